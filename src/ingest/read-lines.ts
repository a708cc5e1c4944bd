import { createHash } from 'node:crypto';
import { isUtf8 } from 'node:buffer';

/** One line of a line-oriented input, with its position. */
export type LineEvent =
  | {
      readonly kind: 'line';
      readonly text: string;
      /** 1-based line number. */
      readonly line: number;
      readonly byteOffset: number;
      readonly byteLength: number;
      /** false for a last line with no newline after it (a possibly truncated file). */
      readonly terminated: boolean;
    }
  | {
      readonly kind: 'bad';
      readonly reason: 'record too large' | 'invalid UTF-8';
      readonly line: number;
      readonly byteOffset: number;
      readonly byteLength: number;
      /** sha256 of the line's raw bytes. */
      readonly contentHash: string;
    };

const NEWLINE = 10;
const EMPTY = Buffer.alloc(0);

/**
 * Splits a byte stream into lines (LF or CRLF), validating UTF-8 and never holding more than
 * `maxRecordBytes` of one line: a longer line is skipped while hashed, and reported as
 * `record too large`. Blank lines are skipped but counted.
 */
export async function* readLines(
  bytes: AsyncIterable<Uint8Array>,
  maxRecordBytes: number,
): AsyncIterable<LineEvent> {
  for await (const batch of readLineBatches(bytes, maxRecordBytes)) yield* batch;
}

/** Where a part of a file starts: lines before it, and its first byte's offset. */
export interface LineOrigin {
  readonly line: number;
  readonly byteOffset: number;
}

/** Newline bytes in `bytes`. */
export function countNewlines(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let lines = 0;
  for (let at = buffer.indexOf(NEWLINE); at >= 0; at = buffer.indexOf(NEWLINE, at + 1)) lines++;
  return lines;
}

/**
 * `readLines` one input chunk at a time: the lines each chunk completes, as an array. Readers
 * of millions of lines iterate these, so an await is paid per chunk rather than per line.
 */
export async function* readLineBatches(
  bytes: AsyncIterable<Uint8Array>,
  maxRecordBytes: number,
  origin?: LineOrigin,
): AsyncIterable<LineEvent[]> {
  let carry: Buffer[] = [];
  let carryLength = 0;
  let oversize: ReturnType<typeof createHash> | null = null;
  // A part of a file (`origin`) goes on counting from where the part starts; a byte order mark
  // can only begin the file.
  let lineNo = origin?.line ?? 0;
  let lineStart = origin?.byteOffset ?? 0; // byte offset of the current line's first byte
  let offset = lineStart; // byte offset of the current chunk's first byte
  let first = lineStart === 0;

  // A plain function, not a nested generator: it runs once per line of the input. The line is
  // `buf` from `from` to `to`; `valid`: its bytes are known to be UTF-8 already.
  function finish(
    buf: Buffer,
    from: number,
    to: number,
    terminated: boolean,
    valid: boolean,
  ): LineEvent | null {
    lineNo += 1;
    const start = lineStart;
    const length = oversize ? carryLength : to - from;
    if (oversize) {
      const contentHash = oversize.digest('hex');
      oversize = null;
      return {
        kind: 'bad',
        reason: 'record too large',
        line: lineNo,
        byteOffset: start,
        byteLength: length,
        contentHash,
      };
    }
    let end = to;
    if (end > from && buf[end - 1] === 13) end -= 1;
    if (end === from) return null;
    if (!valid && !isUtf8(buf.subarray(from, end))) {
      const contentHash = createHash('sha256').update(buf.subarray(from, end)).digest('hex');
      return {
        kind: 'bad',
        reason: 'invalid UTF-8',
        line: lineNo,
        byteOffset: start,
        byteLength: end - from,
        contentHash,
      };
    }
    return {
      kind: 'line',
      text: buf.toString('utf8', from, end),
      line: lineNo,
      byteOffset: start,
      byteLength: end - from,
      terminated,
    };
  }

  for await (const chunkIn of bytes) {
    let chunk = Buffer.isBuffer(chunkIn)
      ? chunkIn
      : Buffer.from(chunkIn.buffer, chunkIn.byteOffset, chunkIn.byteLength);
    if (first) {
      first = false;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
        chunk = chunk.subarray(3);
        offset += 3;
        lineStart = 3;
      }
    }
    let pos = 0;
    const batch: LineEvent[] = [];
    // The lines that lie whole in this chunk are checked for UTF-8 at once, from the first of
    // them to the chunk's last newline: a newline byte is never part of a multi-byte character,
    // so each line of a valid run is valid. Should the run not be, each line is checked alone.
    const last = chunk.lastIndexOf(NEWLINE);
    let runChecked = false;
    let runValid = false;
    for (;;) {
      const nl = chunk.indexOf(NEWLINE, pos);
      if (nl === -1) break;
      let event: LineEvent | null;
      if (oversize) {
        oversize.update(chunk.subarray(pos, nl));
        carryLength += nl - pos;
        event = finish(EMPTY, 0, 0, true, true);
      } else if (carryLength > 0) {
        carry.push(chunk.subarray(pos, nl));
        const whole = Buffer.concat(carry, carryLength + nl - pos);
        carry = [];
        if (whole.length > maxRecordBytes) {
          oversize = createHash('sha256').update(whole);
          carryLength = whole.length;
          event = finish(EMPTY, 0, 0, true, true);
        } else event = finish(whole, 0, whole.length, true, false);
      } else if (nl - pos > maxRecordBytes) {
        oversize = createHash('sha256').update(chunk.subarray(pos, nl));
        carryLength = nl - pos;
        event = finish(EMPTY, 0, 0, true, true);
      } else {
        if (!runChecked) {
          runChecked = true;
          runValid = isUtf8(chunk.subarray(pos, last));
        }
        event = finish(chunk, pos, nl, true, runValid);
      }
      if (event) batch.push(event);
      carryLength = 0;
      pos = nl + 1;
      lineStart = offset + pos;
    }
    const rest = chunk.subarray(pos);
    if (rest.length > 0) {
      if (oversize) {
        oversize.update(rest);
        carryLength += rest.length;
      } else {
        // copy: the reader may reuse its buffer
        carry.push(Buffer.from(rest));
        carryLength += rest.length;
        if (carryLength > maxRecordBytes) {
          oversize = createHash('sha256');
          for (const part of carry) oversize.update(part);
          carry = [];
        }
      }
    }
    offset += chunk.length;
    if (batch.length > 0) yield batch;
  }
  if (oversize) {
    yield [finish(EMPTY, 0, 0, false, true)!];
  } else if (carryLength > 0) {
    const whole = Buffer.concat(carry, carryLength);
    const last = finish(whole, 0, whole.length, false, false);
    if (last) yield [last];
  }
}
