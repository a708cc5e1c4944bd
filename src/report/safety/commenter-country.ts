import type { CountryBasis } from './helplines.js';

/**
 * The commenter's likely country, by the SPEC §4 rule: only from a stated location or a locale
 * with a region (`en-GB` → GB). Language alone never picks a country — English is spoken in
 * dozens of them, and a wrong national number is worse than the international directory.
 */
export interface InferredCountry {
  readonly country: string;
  readonly basis: CountryBasis;
}

// ISO 3166 user-assigned codes (AA, QM–QZ, XA–XZ, ZZ) name no country.
const USER_ASSIGNED = /^(AA|Q[M-Z]|X[A-Z]|ZZ)$/;

/**
 * The region of a BCP 47 locale (`en-GB`, `pt_BR`, `zh-Hant-TW`), or null when it has none.
 * A numeric region (`es-419`, Latin America) is not a country.
 */
export function countryFromLocale(locale: string | null | undefined): string | null {
  if (!locale) return null;
  const parts = locale.trim().split(/[-_]/);
  if (!/^[A-Za-z]{2,3}$/.test(parts[0] ?? '')) return null;
  let i = 1;
  if (/^[A-Za-z]{4}$/.test(parts[i] ?? '')) i++; // script subtag
  const region = parts[i];
  if (!region || !/^[A-Za-z]{2}$/.test(region)) return null;
  const code = region.toUpperCase();
  if (USER_ASSIGNED.test(code)) return null;
  // `UK` is ISO-reserved for the United Kingdom, whose code is GB
  return code === 'UK' ? 'GB' : code;
}

/**
 * Place names per country, lower-case. Deliberately only country names, their constituent
 * nations and unambiguous abbreviations: city names collide across countries ("London,
 * Ontario", "Perth"), and a guessed country is worse than none.
 */
const PLACE_NAMES: ReadonlyArray<readonly [country: string, names: readonly string[]]> = [
  // states named like another country (New Mexico, New South Wales) win by being longer
  [
    'US',
    [
      'united states',
      'united states of america',
      'usa',
      'u.s.a.',
      'u.s.',
      'new mexico',
      'new england',
    ],
  ],
  ['CA', ['canada']],
  [
    'GB',
    [
      'united kingdom',
      'uk',
      'u.k.',
      'great britain',
      'britain',
      'england',
      'scotland',
      'wales',
      'northern ireland',
    ],
  ],
  ['IE', ['ireland', 'éire', 'eire', 'republic of ireland']],
  ['AU', ['australia', 'new south wales']],
  ['NZ', ['new zealand', 'aotearoa']],
  ['IN', ['india', 'bharat']],
  ['DE', ['germany', 'deutschland']],
  ['FR', ['france']],
  ['ES', ['spain', 'españa', 'espana']],
  ['NL', ['netherlands', 'the netherlands', 'nederland', 'holland']],
  ['ZA', ['south africa']],
  ['BR', ['brazil', 'brasil']],
  ['JP', ['japan', '日本']],
  ['KR', ['south korea', 'republic of korea', '대한민국']],
  ['PH', ['philippines', 'pilipinas']],
  ['SG', ['singapore']],
  ['MX', ['mexico', 'méxico']],
];

// "northern ireland" must not also count as "ireland": longer names are tried first and
// the text they cover is blanked before shorter ones are looked for.
const NAMES = PLACE_NAMES.flatMap(([country, names]) =>
  names.map((name) => ({ country, name })),
).sort((a, b) => b.name.length - a.name.length);

/**
 * Markers after which a bio states where its author is. Only explicit statements count: a
 * country merely mentioned ("raising money for Mind UK") or a flag (heritage as often as
 * residence) says nothing about where the commenter is.
 */
const LOCATION_MARKER =
  /(?:📍|🏠|\b(?:based in|living in|lives in|live in|located in|location:|loc:|home is))\s*([^|•·\n;()]{1,60})/giu;

/** The country of a stated location in free text (a bio), or null when none or ambiguous. */
export function countryFromStatedLocation(text: string | null | undefined): string | null {
  if (!text) return null;
  const found = new Set<string>();
  for (const m of text.matchAll(LOCATION_MARKER)) {
    const place = ` ${m[1]!.toLowerCase().replace(/\s+/g, ' ')} `;
    for (const country of countriesIn(place)) found.add(country);
  }
  // two different countries ("UK / US"): ambiguous, so none
  return found.size === 1 ? [...found][0]! : null;
}

function countriesIn(place: string): Set<string> {
  const out = new Set<string>();
  let rest = place;
  for (const { country, name } of NAMES) {
    const at = indexOfWord(rest, name);
    if (at < 0) continue;
    out.add(country);
    rest = rest.slice(0, at) + ' '.repeat(name.length) + rest.slice(at + name.length);
  }
  return out;
}

/** Index of `word` in `text` bounded by non-letters on both sides, or -1. */
function indexOfWord(text: string, word: string): number {
  let from = 0;
  for (;;) {
    const at = text.indexOf(word, from);
    if (at < 0) return -1;
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return at;
    from = at + 1;
  }
}

/**
 * A commenter's country: a stated location first (what the person says about themselves),
 * else the region of their post's locale; null otherwise — never the language alone.
 */
export function inferCommenterCountry(input: {
  readonly statedLocation?: string | null;
  readonly bio?: string | null;
  readonly locale?: string | null;
}): InferredCountry | null {
  const stated =
    countryFromStatedLocation(input.statedLocation ? `📍 ${input.statedLocation}` : null) ??
    countryFromStatedLocation(input.bio);
  if (stated) return { country: stated, basis: 'stated_location' };
  const fromLocale = countryFromLocale(input.locale);
  if (fromLocale) return { country: fromLocale, basis: 'locale' };
  return null;
}
