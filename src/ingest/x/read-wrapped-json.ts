import { InputError } from '../errors.js';
import { readEntryBytes } from '../read-bytes.js';
import { readJsonDocument } from '../read-json.js';
import type { SourceEntry } from '../source.js';

/** How far into a file the `window.YTD.<name>.part0 =` assignment must end. */
export const MAX_WRAPPER_BYTES = 4096;

// `window.YTD.tweets.part0 = [` or, in manifest.js, `window.__THAR_CONFIG = {`.
const WRAPPER = /^\uFEFF?\s*window(?:\.[A-Za-z_$][\w$]*)+\s*=\s*/;
const SPACE_OR_SEMICOLON = new Set([0x20, 0x09, 0x0a, 0x0d, 0x3b]);

/**
 * The JSON payload of an X archive file (`window.YTD.tweets.part0 = [ … ]`), parsed without
 * evaluating anything: the assignment prefix is matched within the first
 * `MAX_WRAPPER_BYTES` bytes and cut off, a trailing `;` is dropped, and the rest must be
 * JSON. The bytes must be valid UTF-8. Anything else is an `InputError` naming the file.
 */
export async function readWrappedJson(entry: SourceEntry, maxBytes: number): Promise<unknown> {
  const payload: SourceEntry = { ...entry, open: () => unwrap(entry) };
  return readJsonDocument(payload, maxBytes);
}

async function* unwrap(entry: SourceEntry): AsyncIterable<Uint8Array> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let head: Buffer | null = Buffer.alloc(0);
  let held: Buffer = Buffer.alloc(0); // trailing spaces and semicolons, emitted only if more follows
  let offset = 0;
  for await (const input of readEntryBytes(entry)) {
    let chunk = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    try {
      decoder.decode(chunk, { stream: true });
    } catch {
      throw new InputError(`${entry.path}: invalid UTF-8 near byte ${offset}`, entry.path);
    }
    offset += chunk.length;
    if (head !== null) {
      head = Buffer.concat([head, chunk]);
      const text = head.subarray(0, MAX_WRAPPER_BYTES + 64).toString('latin1');
      const match = WRAPPER.exec(text);
      // Wait for more bytes until something follows the `=` (the prefix is ASCII, so latin1
      // offsets are byte offsets).
      if (!match || match[0].length === text.length) {
        if (head.length <= MAX_WRAPPER_BYTES) continue;
        throw new InputError(
          `${entry.path} is not an X archive file: no "window.YTD.… =" assignment in its first ${MAX_WRAPPER_BYTES} bytes`,
          entry.path,
        );
      }
      if (match[0].length > MAX_WRAPPER_BYTES) {
        throw new InputError(
          `${entry.path}: the "window.… =" assignment is longer than ${MAX_WRAPPER_BYTES} bytes`,
          entry.path,
        );
      }
      chunk = head.subarray(match[0].length);
      head = null;
    }
    let end = chunk.length;
    while (end > 0 && SPACE_OR_SEMICOLON.has(chunk[end - 1]!)) end -= 1;
    if (end > 0) {
      if (held.length) yield held;
      yield chunk.subarray(0, end);
      held = Buffer.from(chunk.subarray(end));
    } else {
      held = Buffer.concat([held, chunk]);
    }
  }
  try {
    decoder.decode();
  } catch {
    throw new InputError(`${entry.path}: invalid UTF-8 at its end`, entry.path);
  }
  if (head !== null) {
    throw new InputError(
      `${entry.path} is not an X archive file: no "window.YTD.… =" assignment`,
      entry.path,
    );
  }
  // A trailing `;` (and the spaces around it) is dropped; spaces alone are harmless to JSON.
}
