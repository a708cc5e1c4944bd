import { InputError } from './errors.js';
import { readEntryBytes } from './read-bytes.js';
import type { SourceEntry } from './source.js';

/**
 * Reads a whole JSON document (an API response page, an export file) up to `maxBytes`. A
 * document that does not parse — truncated, or not JSON — is an `InputError` naming the file;
 * pathological nesting that overflows the parser's stack is reported the same way.
 */
export async function readJsonDocument(entry: SourceEntry, maxBytes: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of readEntryBytes(entry)) {
    length += chunk.length;
    if (length > maxBytes) {
      throw new InputError(
        `${entry.path} is larger than ${maxBytes} bytes: too large for one JSON document`,
        entry.path,
      );
    }
    chunks.push(Buffer.from(chunk));
  }
  const bytes = Buffer.concat(chunks, length);
  const text = bytes.toString('utf8');
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const reason = error instanceof RangeError ? 'nested too deeply' : (error as Error).message;
    throw new InputError(`${entry.path} is not valid JSON: ${reason}`, entry.path, {
      cause: error,
    });
  }
}
