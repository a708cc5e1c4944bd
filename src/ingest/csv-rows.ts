import { Readable } from 'node:stream';
import type { Parser } from 'csv-parse';
import { InputError } from './errors.js';

/**
 * The rows `parser` (csv-parse) makes of `bytes`. The bytes are piped into it, never written by
 * hand: a parser that has failed sends no 'drain', so a writer waiting for one would wait
 * forever. A failure to parse ends the input as an InputError naming `file` (an unclosed quote
 * at the end means the file was cut off); an InputError from reading the bytes passes as it is.
 */
export async function* csvRows<T>(
  bytes: AsyncIterable<Uint8Array>,
  parser: Parser,
  file: string,
): AsyncGenerator<T> {
  const input = Readable.from(bytes);
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);
  try {
    for await (const row of parser as AsyncIterable<T>) yield row;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as { code?: string }).code;
    const message =
      code === 'CSV_QUOTE_NOT_CLOSED'
        ? `${file} is truncated: a quoted cell is never closed`
        : `${file} is not a readable CSV: ${(error as Error).message}`;
    throw new InputError(message, file, { cause: error });
  } finally {
    input.destroy();
    parser.destroy();
  }
}
