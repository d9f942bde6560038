import { foldName } from "@/lib/search/match-name";
import { CITIES, countriesIn, countryOfWord } from "./places";
import type { Directory } from "./types";

/** A person named in a sentence: as stored when known, else as written. */
export type PersonMention = {
  name: string;
  party: string | null;
  index: number;
  end: number;
  known: boolean;
};

/** Lower-case with accents dropped, one character for one, so offsets still point into the original. */
export function foldKeepingOffsets(text: string): string {
  let out = "";
  for (const ch of text) {
    const f = ch
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase();
    out += f.length === 1 ? f : ch.length === 1 ? (f[0] ?? ch) : ch;
  }
  return out;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Where `needle` occurs as whole words in `text`, ignoring case and accents. */
export function findWord(text: string, needle: string): number[] {
  const folded = foldKeepingOffsets(text);
  const n = foldKeepingOffsets(needle.trim());
  if (!n) return [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(n)}(?![\\p{L}\\p{N}])`, "gu");
  return [...folded.matchAll(re)].map((m) => m.index ?? 0);
}

/** The stored party a country or name stands for ("Kiev" → Ukraine), or null when the directory has none. */
export function storedParty(directory: Directory, written: string): string | null {
  const f = foldName(written);
  for (const p of directory.parties)
    if (foldName(p.name) === f || p.aliases.some((a) => foldName(a) === f)) return p.name;
  const country = countryOfWord(written);
  if (country && country !== written) return storedParty(directory, country);
  return null;
}

/** A party as stored, or the country's name as the article gives it when the directory lacks it. */
export const partyName = (directory: Directory, written: string) =>
  storedParty(directory, written) ?? countryOfWord(written) ?? written;

/** Every party the sentence names, by country, adjective or stored alias ("Kremlin", "Kiev"). */
export function partiesIn(text: string, directory: Directory): { party: string; index: number }[] {
  const out = countriesIn(text).map((c) => ({ party: partyName(directory, c.word), index: c.index }));
  for (const p of directory.parties)
    for (const name of [p.name, ...p.aliases])
      for (const index of findWord(text, name)) out.push({ party: p.name, index });
  return out.sort((a, b) => a.index - b.index);
}

const NOT_NAMES = new Set(
  (
    "The A An In On At As By For From With And But Or Of To Its His Her Their Our This That These Those " +
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July " +
    "August September October November December President Prime Minister Foreign Defence Defense Deputy " +
    "Secretary General Chancellor King Queen Prince Pope Senator Ambassador Envoy Spokesman Spokeswoman " +
    "Spokesperson Head Chief Mr Mrs Ms Dr Kremlin White House Office News Press Agency Ministry Council " +
    "Security United Nations Union European Western Eastern Northern Southern Meanwhile However Photo " +
    "Reuters Associated Anadolu Interfax Tass After Before When While Speaking According Earlier Later " +
    "Talks Peace Istanbul Black Sea Special Operation Communique Statement Share Article Website " +
    "Villa Palace House Hotel Centre Center Hall Forces Army Council Committee Forum Island Republic " +
    "Foundation Institute University Square Street Airport Port Guard Front Party Movement Government " +
    "Parliament Lawmaker Sources Officials Delegation Negotiators Foreign Affairs State Department Turkish"
  ).split(" "),
);
const TITLES =
  /^(?:President|Prime|Minister|Foreign|Defence|Defense|Deputy|Chancellor|Secretary|Senator|Ambassador|Envoy|Mr|Mrs|Ms|Dr|General|Gen|King|Pope|Sheikh|Emir|Crown|Prince)$/;

/**
 * People the sentence names: known ones by name, other name or surname; new
 * ones as two or three capitalised words that are not places, days or titles.
 */
export function peopleIn(text: string, directory: Directory): PersonMention[] {
  const found: PersonMention[] = [];
  const taken = (i: number, e: number) => found.some((f) => i < f.end && e > f.index);
  for (const person of directory.people) {
    const surname = person.name.split(" ").at(-1) ?? person.name;
    const needles = [person.name, ...person.aliases, surname].sort((a, b) => b.length - a.length);
    for (const needle of needles)
      for (const index of findWord(text, needle))
        if (!taken(index, index + needle.length))
          found.push({
            name: person.name,
            party: person.party || null,
            index,
            end: index + needle.length,
            known: true,
          });
  }
  // Particles ("Faisal bin Farhan", "Ursula von der Leyen") may sit between capitalised names.
  const candidate =
    /(?<![\p{L}])([A-Z][\p{Ll}'’-]+(?:[ -](?:(?:bin|ibn|al|el|de|van|von|der|da|di|du|la|le|dos) )*[A-Z][\p{Ll}'’-]+){1,4})(?![\p{L}])/gu;
  for (const m of text.matchAll(candidate)) {
    let tokens = (m[1] ?? "").split(" ");
    let index = m.index ?? 0;
    const lead = (t: string) => TITLES.test(t) || NOT_NAMES.has(t) || countryOfWord(t) !== null;
    while (tokens.length && lead(tokens[0] ?? "")) {
      index += (tokens[0]?.length ?? 0) + 1;
      tokens = tokens.slice(1);
    }
    tokens = tokens.map((t) => t.replace(/[’']s$/, ""));
    const capitals = tokens.filter((t) => /^[A-Z]/.test(t));
    if (capitals.length < 2 || capitals.length > 3) continue;
    if (capitals.some((t) => NOT_NAMES.has(t) || countryOfWord(t) || CITIES[t])) continue;
    const name = tokens.join(" ");
    if (taken(index, index + name.length)) continue;
    found.push({
      name,
      party: partyNear(text, index, index + name.length, directory),
      index,
      end: index + name.length,
      known: false,
    });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The party a new person speaks for: "Turkish President X", "Ukraine’s minister X", "X, a Ukrainian lawmaker". */
function partyNear(text: string, start: number, end: number, directory: Directory): string | null {
  const before = text.slice(Math.max(0, start - 45), start);
  const clause = before.split(/[,;]| and | said | told /).at(-1) ?? "";
  const pre = countriesIn(clause).at(-1);
  if (pre) return partyName(directory, pre.word);
  const appositive = text.slice(end).match(/^,\s*(?:a|an|the|who is|[\p{L}’']+[’']s)?\s*([^,.;]{0,60})/u);
  const post = appositive ? countriesIn(appositive[0]).at(0) : undefined;
  return post ? partyName(directory, post.word) : null;
}
