import { InputError } from '../errors.js';
import { readEntryBytes } from '../read-bytes.js';
import { readJsonDocument } from '../read-json.js';
import type { SourceEntry } from '../source.js';

/**
 * `readJsonDocument`, but the bytes must be valid UTF-8: a decoder would silently turn bad
 * bytes into U+FFFD and the text would enter the store altered.
 */
export async function readCheckedJson(entry: SourceEntry, maxBytes: number): Promise<unknown> {
  return readJsonDocument({ ...entry, open: () => checkUtf8(entry) }, maxBytes);
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
