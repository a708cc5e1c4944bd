import { InputError } from '../errors.js';
import { readEntryBytes } from '../read-bytes.js';
import { readJsonDocument } from '../read-json.js';
import type { SourceEntry } from '../source.js';

/**
 * The deepest nesting an export document may have. Meta's, TikTok's and the YouTube Data API's
 * JSON nest fewer than 20 levels; past this, the recursive steps after parsing (mojibake repair,
 * validation, serialising a record for its hash) would overflow the stack.
 */
export const MAX_JSON_DEPTH = 256;

/**
 * Reads a whole JSON export document (`readJsonDocument`), also refusing bytes that are not
 * UTF-8 (instead of replacing them, which would import altered text) and nesting deeper than
 * `MAX_JSON_DEPTH`. Each is an `InputError` naming the file.
 */
export async function readExportJson(entry: SourceEntry, maxBytes: number): Promise<unknown> {
  const doc = await readJsonDocument({ ...entry, open: () => checkUtf8(entry) }, maxBytes);
  if (depthExceeds(doc, MAX_JSON_DEPTH)) {
    throw new InputError(
      `${entry.path} is not valid JSON: nested too deeply (over ${MAX_JSON_DEPTH} levels)`,
      entry.path,
    );
  }
  return doc;
}

async function* checkUtf8(entry: SourceEntry): AsyncIterable<Uint8Array> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  for await (const chunk of readEntryBytes(entry)) {
    try {
      decoder.decode(chunk, { stream: true });
    } catch {
      throw new InputError(`${entry.path}: invalid UTF-8 near byte ${offset}`, entry.path);
    }
    offset += chunk.length;
    yield chunk;
  }
  try {
    decoder.decode();
  } catch {
    throw new InputError(`${entry.path}: invalid UTF-8 at its end`, entry.path);
  }
}

/** Whether a parsed JSON value nests arrays and objects more than `max` levels (no recursion). */
export function depthExceeds(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth >= max) return true;
    const inner = Array.isArray(item) ? item : Object.values(item);
    for (const child of inner) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}
