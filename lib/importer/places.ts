/**
 * A small gazetteer: countries with their adjectives, and cities often named
 * in peace talks with their country. Enough to say where talks are and whose
 * officials took part; an unknown city followed by ", Country" is still found.
 */
export const COUNTRIES: Record<string, string[]> = {
  Russia: ["Russian", "Russians"],
  Ukraine: ["Ukrainian", "Ukrainians"],
  Turkey: ["Turkish", "Türkiye", "Turkiye"],
  Belarus: ["Belarusian", "Belarussian"],
  "United States": ["US", "U.S.", "American", "America", "USA"],
  "United Kingdom": ["UK", "British", "Britain"],
  France: ["French"],
  Germany: ["German"],
  Italy: ["Italian"],
  Poland: ["Polish"],
  China: ["Chinese"],
  India: ["Indian"],
  Israel: ["Israeli"],
  Qatar: ["Qatari"],
  "Saudi Arabia": ["Saudi"],
  "United Arab Emirates": ["UAE", "Emirati"],
  Egypt: ["Egyptian"],
  Iran: ["Iranian"],
  Switzerland: ["Swiss"],
  Austria: ["Austrian"],
  Finland: ["Finnish"],
  Norway: ["Norwegian"],
  Sweden: ["Swedish"],
  Hungary: ["Hungarian"],
  Moldova: ["Moldovan"],
  Georgia: ["Georgian"],
  Armenia: ["Armenian"],
  Azerbaijan: ["Azerbaijani"],
  Kazakhstan: ["Kazakh"],
  Brazil: ["Brazilian"],
  "South Africa": ["South African"],
  Japan: ["Japanese"],
  Vatican: ["Holy See"],
  Belgium: ["Belgian"],
  Denmark: ["Danish"],
  Estonia: ["Estonian"],
  Latvia: ["Latvian"],
  Lithuania: ["Lithuanian"],
  Romania: ["Romanian"],
  Slovakia: ["Slovak"],
  Oman: ["Omani"],
  Jordan: ["Jordanian"],
  Palestine: ["Palestinian"],
  Lebanon: ["Lebanese"],
  Syria: ["Syrian"],
  Sudan: ["Sudanese"],
  Ethiopia: ["Ethiopian"],
  Kenya: ["Kenyan"],
  Colombia: ["Colombian"],
  Venezuela: ["Venezuelan"],
};

export const CITIES: Record<string, string> = {
  Istanbul: "Turkey",
  Ankara: "Turkey",
  Antalya: "Turkey",
  Gomel: "Belarus",
  Minsk: "Belarus",
  Brest: "Belarus",
  Moscow: "Russia",
  "St Petersburg": "Russia",
  Sochi: "Russia",
  Kyiv: "Ukraine",
  Kiev: "Ukraine",
  Lviv: "Ukraine",
  Odesa: "Ukraine",
  Geneva: "Switzerland",
  Bern: "Switzerland",
  Davos: "Switzerland",
  Vienna: "Austria",
  Helsinki: "Finland",
  Oslo: "Norway",
  Stockholm: "Sweden",
  Doha: "Qatar",
  Riyadh: "Saudi Arabia",
  Jeddah: "Saudi Arabia",
  "Abu Dhabi": "United Arab Emirates",
  Dubai: "United Arab Emirates",
  Cairo: "Egypt",
  "Sharm el-Sheikh": "Egypt",
  Tehran: "Iran",
  Beijing: "China",
  Paris: "France",
  Berlin: "Germany",
  Rome: "Italy",
  London: "United Kingdom",
  Brussels: "Belgium",
  Warsaw: "Poland",
  Budapest: "Hungary",
  Washington: "United States",
  "New York": "United States",
  Alaska: "United States",
  Anchorage: "United States",
  Copenhagen: "Denmark",
  Muscat: "Oman",
  Baku: "Azerbaijan",
  Astana: "Kazakhstan",
  Tbilisi: "Georgia",
  Yerevan: "Armenia",
  Chisinau: "Moldova",
  Bucharest: "Romania",
  Amman: "Jordan",
};

const byAdjective = new Map<string, string>();
for (const [country, words] of Object.entries(COUNTRIES)) {
  byAdjective.set(country.toLowerCase(), country);
  for (const w of words) byAdjective.set(w.toLowerCase(), country);
}

/** "Russian" → Russia, "Turkey" → Turkey, "U.S." → United States; else null. */
export function countryOfWord(word: string): string | null {
  return byAdjective.get(word.replace(/[’']s$/, "").toLowerCase()) ?? null;
}

const countryWords = [...byAdjective.keys()].sort((a, b) => b.length - a.length);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const COUNTRY_RE = new RegExp(
  `(?<![\\p{L}])(${countryWords.map(escapeRe).join("|")})(?:[’']s)?(?![\\p{L}])`,
  "giu",
);

/** Every country named in the text, by name or adjective, with where it is named. */
export function countriesIn(text: string): { country: string; index: number; word: string }[] {
  const out: { country: string; index: number; word: string }[] = [];
  for (const m of text.matchAll(COUNTRY_RE)) {
    const word = m[1] ?? "";
    // "US" as a country, never "us" the pronoun.
    if (word.length <= 3 && word !== word.toUpperCase()) continue;
    const country = countryOfWord(word);
    if (country) out.push({ country, index: m.index ?? 0, word });
  }
  return out;
}

const CITY_RE = new RegExp(`\\b(${Object.keys(CITIES).map(escapeRe).join("|")})\\b`, "g");

/**
 * Where the sentence places something: "in Istanbul", "in the Gomel region,
 * Belarus", "in Antalya, Turkey", a known city, or a country after "in".
 */
export function findPlace(
  text: string,
): { place: string | null; country: string | null; index: number } | null {
  // "in the Turkish resort of Antalya", "in the Saudi port city of Jeddah": the town is the place.
  const described = text.match(
    /\b(?:in|at|near) the (?:([A-Z][\p{L}]+) )?(?:[a-z]+ )?(?:resort|city|capital|port|town|village|region) of ([A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)*)/u,
  );
  if (described?.[2]) {
    const name = described[2];
    const country =
      CITIES[name] ?? countryOfWord(name) ?? (described[1] ? countryOfWord(described[1]) : null);
    return { place: name, country, index: described.index ?? 0 };
  }
  const region = text.match(
    /\b(?:in|at|near) (?:the )?((?:[A-Z][\p{L}'’-]+ )*[A-Z][\p{L}'’-]+)( (?:region|province|oblast|resort|city))?(?:, ([A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?))?/u,
  );
  if (region?.[1]) {
    const name = region[1];
    const cityCountry = CITIES[name] ?? null;
    const asCountry = countryOfWord(name);
    const trailing = region[3] ? countryOfWord(region[3]) : null;
    if (asCountry && !region[2]) return { place: null, country: asCountry, index: region.index ?? 0 };
    if (cityCountry || trailing || region[2])
      return {
        place: `${name}${region[2] ?? ""}`,
        country: trailing ?? cityCountry ?? (region[2] ? (CITIES[name] ?? null) : null),
        index: region.index ?? 0,
      };
  }
  for (const m of text.matchAll(CITY_RE)) {
    const city = m[1] ?? "";
    // "Moscow says", "Kyiv said": a capital named for its government is not a place.
    const after = text.slice((m.index ?? 0) + city.length, (m.index ?? 0) + city.length + 12);
    if (/^[’']s\b|^ (?:says|said|has|had|was|is|would|will|wants|insists)\b/.test(after)) continue;
    return { place: city, country: CITIES[city] ?? null, index: m.index ?? 0 };
  }
  return null;
}
