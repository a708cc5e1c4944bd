import { isUtf8 } from 'node:buffer';

/**
 * Meta's "Download your information" JSON writes every UTF-8 byte of a string as its own
 * `\u00XX` escape, so `ø` arrives as `Ã¸` and 🙄 as four Latin-1 characters. A string whose code
 * points are all ≤ 0xFF, with at least one ≥ 0x80, is re-read as those bytes in UTF-8 when they
 * are valid UTF-8; anything else (plain ASCII, real Latin-1 such as a lone `é`, text that
 * already holds wider characters) is returned unchanged.
 *
 * @example repairMojibake('T\u00c3\u0098S') // 'TØS'
 */
export function repairMojibake(text: string): string {
  let high = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0xff) return text;
    if (code >= 0x80) high = true;
  }
  if (!high) return text;
  const bytes = Buffer.from(text, 'latin1');
  return isUtf8(bytes) ? bytes.toString('utf8') : text;
}

/** A copy of a parsed JSON value with `repairMojibake` applied to every string in it. */
export function repairMojibakeDeep(value: unknown): unknown {
  if (typeof value === 'string') return repairMojibake(value);
  if (Array.isArray(value)) return value.map(repairMojibakeDeep);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = repairMojibakeDeep(inner);
    return out;
  }
  return value;
}
