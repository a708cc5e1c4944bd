import { firstByte, peekEntry } from '../read-bytes.js';
import type { SourceEntry } from '../source.js';
import { xrpcMethod } from './xrpc-method.js';

export const FORMATS = [
  'bluesky-car',
  'bluesky-xrpc',
  'bluesky-jetstream',
  'bluesky-automod-capture',
] as const;
export type BlueskyFormat = (typeof FORMATS)[number];

const JETSTREAM_KINDS = new Set(['commit', 'identity', 'account']);

/**
 * Names the Bluesky format of one entry from its first bytes, or null. Deliberately not
 * recognised: a DID document or handle resolution, a single record (`getRecord`: `uri`, `cid`,
 * `value`), and raw firehose `#commit` frames rendered as JSON — none is an account's data.
 */
export async function detectEntry(entry: SourceEntry): Promise<BlueskyFormat | null> {
  const head = await peekEntry(entry);
  if (await isCarHead(head)) return 'bluesky-car';
  if (firstByte(head) !== 0x7b) return null; // every other Bluesky input is JSON: `{`
  let text = head.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.trimStart();
  if (!text.startsWith('{')) return null;
  const newline = text.indexOf('\n');
  if (newline !== -1 || head.length < 64 * 1024) {
    const first = newline === -1 ? text : text.slice(0, newline);
    if (isJetstreamEvent(first)) return 'bluesky-jetstream';
  }
  const keys = topLevelKeys(text);
  if (keys.includes('capturedAt') && keys.includes('accountMeta')) return 'bluesky-automod-capture';
  // Every Bluesky view names accounts by DID: a response without one is another platform's.
  if (xrpcMethod(keys) !== null && /"did:[a-z]+:/.test(text)) return 'bluesky-xrpc';
  return null;
}

function isJetstreamEvent(line: string): boolean {
  try {
    const event = JSON.parse(line) as Record<string, unknown>;
    return (
      typeof event === 'object' &&
      event !== null &&
      typeof event.did === 'string' &&
      event.did.startsWith('did:') &&
      typeof event.time_us === 'number' &&
      JETSTREAM_KINDS.has(event.kind as string)
    );
  } catch {
    return false;
  }
}

/**
 * CAR v1: a varint-prefixed DAG-CBOR header `{version: 1, roots: [...]}`. The CBOR decoder (the
 * atproto repository library, slow to load) is loaded only for a head that starts as a CBOR map
 * does, so telling a JSON file's format loads none of it.
 */
async function isCarHead(head: Buffer): Promise<boolean> {
  let length = 0;
  let i = 0;
  for (let shift = 0; i < 4; i++, shift += 7) {
    const byte = head[i];
    if (byte === undefined) return false;
    length += (byte & 0x7f) << shift;
    if (byte < 0x80) break;
  }
  i += 1;
  if (length < 10 || length > 4096 || head.length < i + length) return false;
  // CBOR major type 5 (a map) is 0b101 in the top three bits of its first byte
  if ((head[i]! & 0xe0) !== 0xa0) return false;
  const { cborToLex } = (await import('@atproto/repo')).default;
  try {
    const header = cborToLex(head.subarray(i, i + length)) as Record<string, unknown>;
    return header.version === 1 && Array.isArray(header.roots);
  } catch {
    return false;
  }
}

/**
 * The keys of a JSON object's top level, read from a possibly cut-off text by skipping over
 * strings and nested values; enough to tell saved API responses apart without parsing them.
 */
export function topLevelKeys(text: string): string[] {
  const keys: string[] = [];
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const start = i;
      i++;
      while (i < text.length && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 ? 2 : 1;
      const end = ++i;
      if (depth === 1) {
        let j = i;
        while (j < text.length && /\s/.test(text[j]!)) j++;
        if (text[j] === ':') {
          try {
            keys.push(JSON.parse(text.slice(start, end)) as string);
          } catch {
            // a cut-off key at the end of the peeked bytes
          }
        }
      }
      continue;
    }
    if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) depth--;
    i++;
  }
  return keys;
}
