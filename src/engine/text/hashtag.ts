import { segmentationWords } from './lexicons/en/index.js';

/**
 * Splits a hashtag body into the words it spells, with offsets into the original text:
 * camel case and digits first (`EndTheStigma` → End|The|Stigma, `PTSDAwareness` →
 * PTSD|Awareness), then known-word segmentation of single-case runs (`endthestigma` →
 * end|the|stigma) by the fewest-words split over the lexicons' words and a list of common
 * words. A run that cannot be fully segmented stays one word.
 */
export interface HashtagWord {
  readonly start: number;
  readonly end: number;
  readonly word: string;
}

export const DEFAULTS = {
  /** Runs shorter than this are never segmented (`#ocd`, `#sad`). */
  minSegmentLength: 5,
  /** The longest dictionary word tried. */
  maxWordLength: 18,
  /** Segmentations remembered (hashtags repeat a lot in a corpus). */
  cacheSize: 20_000,
} as const;

const cache = new Map<string, readonly number[] | null>();

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Split points (exclusive ends, relative to the run) of the fewest-words segmentation, or null. */
export function segmentWords(run: string): readonly number[] | null {
  const cached = cache.get(run);
  if (cached !== undefined) return cached;
  const words = segmentationWords();
  const n = run.length;
  const best = new Array<number>(n + 1).fill(Infinity);
  const back = new Array<number>(n + 1).fill(-1);
  best[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = Math.max(0, i - DEFAULTS.maxWordLength); j < i; j++) {
      if (best[j]! === Infinity) continue;
      const len = i - j;
      const piece = run.slice(j, i);
      const known = len === 1 ? piece === 'a' || piece === 'i' : words.has(piece);
      if (!known && !(len > 1 && /^[0-9]+$/.test(piece))) continue;
      // fewer words wins; between equals, the longer last word (a stable choice)
      if (best[j]! + 1 < best[i]!) {
        best[i] = best[j]! + 1;
        back[i] = j;
      }
    }
  }
  let result: number[] | null = null;
  if (best[n]! !== Infinity) {
    result = [];
    for (let i = n; i > 0; i = back[i]!) result.push(i);
    result.reverse();
  }
  if (cache.size >= DEFAULTS.cacheSize) cache.clear();
  cache.set(run, result);
  return result;
}

/** The words of the hashtag body `text[start, end)` (without the `#`). */
export function splitHashtag(text: string, start: number, end: number): HashtagWord[] {
  // 1. camel case, digits and underscores
  const cuts: number[] = [start];
  for (let i = start + 1; i < end; i++) {
    const a = text.charCodeAt(i - 1);
    const b = text.charCodeAt(i);
    if (b === 95) continue;
    if (a === 95) {
      cuts.push(i);
      continue;
    }
    const next = i + 1 < end ? text.charCodeAt(i + 1) : 0;
    if (
      (isLower(a) && isUpper(b)) ||
      (isDigit(a) !== isDigit(b) && (isDigit(a) || isDigit(b))) ||
      (isUpper(a) && isUpper(b) && isLower(next))
    )
      cuts.push(i);
  }
  cuts.push(end);
  const out: HashtagWord[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    let s = cuts[k]!;
    let e = cuts[k + 1]!;
    while (s < e && text.charCodeAt(s) === 95) s++;
    while (e > s && text.charCodeAt(e - 1) === 95) e--;
    if (s >= e) continue;
    const word = text.slice(s, e).toLowerCase();
    // 2. known-word segmentation of a long single-case run
    if (e - s >= DEFAULTS.minSegmentLength && !segmentationWords().has(word)) {
      const ends = segmentWords(word);
      if (ends && ends.length > 1) {
        let from = 0;
        for (const to of ends) {
          out.push({ start: s + from, end: s + to, word: word.slice(from, to) });
          from = to;
        }
        continue;
      }
    }
    out.push({ start: s, end: e, word });
  }
  return out;
}
