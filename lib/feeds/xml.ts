/**
 * Text for XML 1.0, safe in element content and in double- or single-quoted
 * attributes. Characters XML cannot carry at all (most C0 controls, lone
 * surrogates, U+FFFE/U+FFFF) are dropped: no escape makes them well-formed.
 * Everything is escaped rather than wrapped in CDATA, so no input can close
 * a section early (`]]>`) and splice in live elements.
 */
export function xmlText(value: string): string {
  return value.replace(notXmlChar, "").replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

// The complement of XML 1.0's Char production; with the u flag a lone surrogate is one unit and matches too.
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `<name attr="…">text</name>`, or self-closing without text; attributes in the order given. */
export function element(name: string, attributes: Record<string, string | undefined>, text?: string): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    // Parsers turn a raw tab or line break in an attribute into a space: keep them as references.
    .map(([key, value]) => ` ${key}="${xmlText(value).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`)}"`)
    .join("");
  return text === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${xmlText(text)}</${name}>`;
}
