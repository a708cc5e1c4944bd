/** Safety limits of SPEC §9 for reading untrusted input. */
export interface InputLimits {
  /** Largest single input record (a line, an array element, an XML item); larger → quarantine. */
  readonly maxRecordBytes: number;
  /** Most bytes inflated from all archive entries together. */
  readonly maxExpandedBytes: number;
  /** Largest inflated:compressed ratio of one archive entry. */
  readonly maxEntryRatio: number;
  /** Largest whole JSON document read at once (API responses, exports). */
  readonly maxDocumentBytes: number;
}

export const DEFAULT_LIMITS: InputLimits = {
  maxRecordBytes: 4 * 1024 * 1024,
  maxExpandedBytes: 8 * 1024 * 1024 * 1024,
  maxEntryRatio: 200,
  maxDocumentBytes: 512 * 1024 * 1024,
};

/** Parses sizes such as `4MiB`, `8GiB`, `512MB`, `1000` (bytes). */
export function parseByteSize(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?i?b?)?\s*$/i.exec(text);
  if (!match) throw new Error(`invalid size: ${text}`);
  const value = Number(match[1]);
  const unit = (match[2] ?? '').toLowerCase().replace(/b$/, '');
  const power = { '': 0, k: 1, ki: 1, m: 2, mi: 2, g: 3, gi: 3, t: 4, ti: 4 }[unit];
  if (power === undefined) throw new Error(`invalid size: ${text}`);
  const base = unit.endsWith('i') || unit.length === 1 ? 1024 : 1000;
  return Math.floor(value * base ** power);
}
