import transliterate from "@sindresorhus/slugify";

const MAX_LENGTH = 80;

/**
 * A URL slug from a name or title: lower-case ASCII letters and digits joined
 * by single hyphens, other scripts transliterated ("Зеленський" → "zelenskiy",
 * "Ελλάδα" → "ellada"). Empty when nothing Latin remains (Hebrew, Chinese…):
 * the caller then names the row by its kind.
 */
export function slugify(text: string): string {
  // Accents come off Latin letters first ("ü" → "u", as slugs always had); other
  // scripts are recomposed so the transliterator sees "й", not "и" plus a breve.
  const latinPlain = text
    .normalize("NFKD")
    .replace(/([A-Za-z])[\u0300-\u036f]+/g, "$1")
    .normalize("NFC");
  return transliterate(latinPlain, {
    decamelize: false,
    // Slugs made before transliteration split words at these: keep doing so.
    customReplacements: [
      ["&", " "],
      ["'", " "],
      ["’", " "],
    ],
  })
    .slice(0, MAX_LENGTH)
    .replace(/-+$/g, "");
}
