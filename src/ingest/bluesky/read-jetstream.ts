import { isUtf8 } from 'node:buffer';
import type { ImportUnit } from '../../model/index.js';
import type { ImportContext } from '../importer.js';
import { readEntryBytes } from '../read-bytes.js';
import { countNewlines, readLineBatches, type LineEvent } from '../read-lines.js';
import type { SourceEntry } from '../source.js';
import type { UnitSink } from '../units.js';
import { parseJetstreamEvent } from './parse-jetstream.js';
import { toUnit } from './units.js';

/**
 * Jetstream events saved as NDJSON (one event per line, e.g. `websocat … > events.jsonl`,
 * optionally zstd-compressed): streamed line by line, one import unit per line. A profile
 * record takes its handle from the identity events before it; a part of a file (a parallel
 * import's share) first gathers those from the lines before the part.
 */
export async function* readJetstream(
  entry: SourceEntry,
  context: ImportContext,
): AsyncIterable<ImportUnit> {
  const { lines, handles } = await eventLines(entry, context);
  for await (const batch of lines)
    for (const line of batch) yield lineUnit(line, entry.path, handles);
}

/** `readJetstream` pushing each unit into `sink` (a parallel import's reader, `UnitSink`). */
export async function readJetstreamInto(
  entry: SourceEntry,
  context: ImportContext,
  sink: UnitSink,
): Promise<void> {
  const { lines, handles } = await eventLines(entry, context);
  for await (const batch of lines)
    for (const line of batch) sink(lineUnit(line, entry.path, handles));
}

async function eventLines(
  entry: SourceEntry,
  context: ImportContext,
): Promise<{ lines: AsyncIterable<LineEvent[]>; handles: Map<string, string> }> {
  const maxRecordBytes = context.limits.maxRecordBytes;
  const start = entry.origin;
  const before = start ? { handles: await start.handles(), lines: await start.lines() } : null;
  const handles = before?.handles ?? new Map<string, string>();
  const origin = before ? { line: before.lines, byteOffset: start!.byteOffset } : undefined;
  return { lines: readLineBatches(readEntryBytes(entry), maxRecordBytes, origin), handles };
}

/** One line's unit; identity events update `handles`. */
function lineUnit(line: LineEvent, file: string, handles: Map<string, string>): ImportUnit {
  const where = { file, line: line.line, byteOffset: line.byteOffset };
  if (line.kind === 'bad')
    return { outcome: 'quarantined', where, reason: line.reason, contentHash: line.contentHash };
  let event: unknown;
  try {
    event = JSON.parse(line.text);
  } catch {
    const reason = line.terminated ? 'not valid JSON' : 'truncated last line';
    return toUnit({ kind: 'bad', reason }, where, () => line.text);
  }
  return toUnit(parseJetstreamEvent(event, handles), where, () => line.text);
}

const NEWLINE = 0x0a;
// An identity event's kind is the JSON string "identity": these bytes, quotes included (the
// longer needle is searched faster), or a string with a `\u` escape.
const IDENTITY = Buffer.from('"identity"');
const ESCAPE = Buffer.from('\\u');

/**
 * The handles the identity events of `bytes` set, later ones winning, and the lines of `bytes`
 * (one pass): what a reader of the whole file would have learnt from them, for the parts of the
 * file after them (the main thread of a parallel import reads each part so). Only lines that
 * can be an identity event are parsed: a line holding `"identity"`, or a `\u` escape that could
 * spell it. Every line is taken as the reader takes it (over-long and invalid UTF-8 lines are no
 * event; a CR before the newline is dropped); `bytes` end with a newline.
 */
export async function handlesBefore(
  bytes: AsyncIterable<Uint8Array>,
  maxRecordBytes: number,
): Promise<{ handles: Map<string, string>; lines: number }> {
  const handles = new Map<string, string>();
  let lines = 0;
  const take = (line: Buffer) => {
    if (line.length > maxRecordBytes) return;
    const end = line.length > 0 && line[line.length - 1] === 13 ? line.length - 1 : line.length;
    const view = line.subarray(0, end);
    if (view.length === 0 || !isUtf8(view)) return;
    let event: unknown;
    try {
      event = JSON.parse(view.toString('utf8'));
    } catch {
      return;
    }
    parseJetstreamEvent(event, handles);
  };
  // a line begun in an earlier chunk (its bytes so far), or null
  let carry: Buffer | null = null;
  // the rest of an over-long line is passed over, up to its newline
  let skipping = false;
  for await (const piece of bytes) {
    lines += countNewlines(piece);
    const chunk = Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    let from = 0;
    if (skipping || carry) {
      const nl = chunk.indexOf(NEWLINE);
      if (skipping) {
        if (nl < 0) continue;
        skipping = false;
      } else if (nl < 0) {
        // only the carried line's bytes are joined, never a whole chunk to them
        carry = Buffer.concat([carry!, chunk]);
        if (carry.length > maxRecordBytes) [carry, skipping] = [null, true];
        continue;
      } else {
        const line = Buffer.concat([carry!, chunk.subarray(0, nl)]);
        carry = null;
        if (line.includes(IDENTITY) || line.includes(ESCAPE)) take(line);
      }
      from = nl + 1;
    }
    const complete = Math.max(from, chunk.lastIndexOf(NEWLINE) + 1);
    // candidate hits, in order: each takes its whole line, and the search goes on after it;
    // the next hit of each pattern is kept, so every byte is searched once for each
    let identity = -2;
    let escape = -2;
    let pos = from;
    while (pos < complete) {
      if (identity !== -1 && identity < pos) identity = chunk.indexOf(IDENTITY, pos);
      if (escape !== -1 && escape < pos) escape = chunk.indexOf(ESCAPE, pos);
      const hit = identity < 0 ? escape : escape < 0 ? identity : Math.min(identity, escape);
      if (hit < 0 || hit >= complete) break;
      const start = chunk.lastIndexOf(NEWLINE, hit) + 1;
      const end = chunk.indexOf(NEWLINE, hit);
      take(chunk.subarray(start, end));
      pos = end + 1;
    }
    const rest = chunk.subarray(complete);
    if (rest.length > maxRecordBytes) skipping = true;
    else if (rest.length > 0) carry = Buffer.from(rest);
  }
  return { handles, lines };
}
