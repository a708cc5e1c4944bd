import { createReadStream } from 'node:fs';
import type { Command } from 'commander';
import type { ClassifyResult, Evidence } from '../../engine/text/index.js';
import { terminalJson } from '../../report/terminal-text.js';
import { fileError } from '../errors.js';
import { action } from '../program.js';

/**
 * `rapport classify [FILE|-]`: NDJSON `{"id","text"}` in, one SPEC §9 line out per input, in
 * input order, streaming (constant memory, no store). The classifier is imported on first use
 * so that other verbs never pay for compiling its lexicons.
 */
export const DEFAULTS = {
  /** Input is read in chunks of this many bytes; a chunk's output is written by its end. */
  readChunkBytes: 1 << 20,
  /** Output is encoded into buffers of this many bytes, each written once full. */
  writeBytes: 1 << 18,
  /** Rule ids (and topic scores) whose JSON literal is remembered. */
  ruleLiteralsCached: 10_000,
} as const;

type Id = string | number | null;

/** Whether the char code `c` (at least 0x7f) is escaped in the output (see `jsonString`). */
function escapedAbove7e(c: number): boolean {
  return (
    c <= 0x9f ||
    (c >= 0xd800 && c <= 0xdfff) ||
    c === 0x061c ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

/**
 * A JSON string literal. Most texts need no escaping, so they are checked with one pass over
 * their char codes and quoted as they are. Anything else goes through `terminalJson`: a quote,
 * a backslash, a control character or a surrogate (paired or lone), which `JSON.stringify`
 * escapes as it must (lone surrogates as `\\uXXXX`, well-formed JSON.stringify, ES2019); and
 * DEL, a C1 control or a bidirectional formatting character, which a terminal would act on
 * and `terminalJson` writes as `\\uXXXX` too. The output is often read on a terminal, and its
 * ids and texts are the caller's; JSON reads such an escape back as the same character.
 */
export function jsonString(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0x7f && escapedAbove7e(c))) {
      return terminalJson(value);
    }
  }
  return `"${value}"`;
}

function jsonId(id: Id): string {
  return typeof id === 'string' ? jsonString(id) : id === null ? 'null' : JSON.stringify(id);
}

// JSON literals of the rule ids seen so far: a few hundred strings, each reused many times.
const ruleLiterals = new Map<string, string>();

function jsonRule(rule: string): string {
  let literal = ruleLiterals.get(rule);
  if (literal === undefined) {
    literal = jsonString(rule);
    if (ruleLiterals.size < DEFAULTS.ruleLiteralsCached) ruleLiterals.set(rule, literal);
  }
  return literal;
}

/** The literal of a piece of the classified text: `plain` when the text needs no escape. */
function jsonPiece(value: string, plain: boolean): string {
  return plain ? '"' + value + '"' : jsonString(value);
}

function jsonEvidence(evidence: readonly Evidence[], plain: boolean): string {
  let out = '[';
  for (let k = 0; k < evidence.length; k++) {
    const e = evidence[k]!;
    if (k > 0) out += ',';
    out +=
      '{"start":' +
      e.start +
      ',"end":' +
      e.end +
      ',"text":' +
      jsonPiece(e.text, plain) +
      ',"rule":' +
      jsonRule(e.rule) +
      '}';
  }
  return out + ']';
}

/** What follows the topics of a supported text with no crisis signal or self-promotion. */
const QUIET_END =
  ',"crisis":{"level":"none","spans":[],"rule":null},' +
  '"self_promotion":{"score":0,"evidence":[]},"language_supported":true}';

/** The bytes of a quiet line (see `isQuiet`) around its id, and of a `QUIET_END` line's end. */
const QUIET_LINE_OPEN = Buffer.from('{"id":"');
const QUIET_LINE_END = Buffer.from('","topics":[]' + QUIET_END + '\n');
const QUIET_END_LINE = Buffer.from(QUIET_END + '\n');

/** Whether what follows the topics of `result` is `QUIET_END` (most texts). */
function hasQuietEnd(result: ClassifyResult): boolean {
  const { crisis, selfPromotion: promotion } = result;
  return (
    result.languageSupported === true &&
    crisis !== null &&
    crisis.level === 'none' &&
    crisis.spans.length === 0 &&
    crisis.rule === null &&
    promotion.score === 0 &&
    promotion.evidence.length === 0
  );
}

/** Whether `result` has no topic either (a quiet text: a line of constants but its id). */
function isQuiet(result: ClassifyResult): boolean {
  return result.topics.length === 0 && hasQuietEnd(result);
}

// JSON numbers of the topic scores seen so far (scores have three decimals: few values).
const scoreLiterals = new Map<number, string>();

function jsonScore(score: number): string {
  let literal = scoreLiterals.get(score);
  if (literal === undefined) {
    literal = JSON.stringify(score);
    if (scoreLiterals.size < DEFAULTS.ruleLiteralsCached) scoreLiterals.set(score, literal);
  }
  return literal;
}

/** The start of a line, `{"id":…,"topics":[…]`: all of it but what `QUIET_END` may be. */
function formatHead(id: Id, result: ClassifyResult, plainText: boolean): string {
  let out = '{"id":' + jsonId(id) + ',"topics":[';
  const topics = result.topics;
  for (let k = 0; k < topics.length; k++) {
    const t = topics[k]!;
    if (k > 0) out += ',';
    out +=
      '{"topic":"' +
      t.topic +
      '","score":' +
      jsonScore(t.score) +
      ',"evidence":' +
      jsonEvidence(t.evidence, plainText) +
      '}';
  }
  return out + ']';
}

/**
 * The SPEC §9 line for one classified text; keys in the order the SPEC lists them. Built by
 * hand rather than by `JSON.stringify` of nested objects: this is half the cost of a line.
 * `plainText` says that the classified text has no code unit JSON escapes (no quote,
 * backslash, control character or surrogate), so that no piece of it has any either.
 */
export function formatClassifyLine(id: Id, result: ClassifyResult, plainText = false): string {
  let out = formatHead(id, result, plainText);
  if (hasQuietEnd(result)) return out + QUIET_END;
  out += ',"crisis":';
  const crisis = result.crisis;
  if (crisis === null) out += 'null';
  else {
    out += '{"level":"' + crisis.level + '","spans":[';
    for (let k = 0; k < crisis.spans.length; k++) {
      const s = crisis.spans[k]!;
      if (k > 0) out += ',';
      out +=
        '{"start":' + s.start + ',"end":' + s.end + ',"text":' + jsonPiece(s.text, plainText) + '}';
    }
    out += '],"rule":' + (crisis.rule === null ? 'null' : jsonRule(crisis.rule)) + '}';
  }
  const promotion = result.selfPromotion;
  out +=
    ',"self_promotion":{"score":' +
    JSON.stringify(promotion.score) +
    ',"evidence":' +
    jsonEvidence(promotion.evidence, plainText) +
    '}';
  return out + ',"language_supported":' + result.languageSupported + '}';
}

/** The SPEC §9 line for an input line that could not be classified. */
export function formatErrorLine(id: Id, error: string): string {
  return terminalJson({ id, error });
}

function idOf(value: unknown): Id {
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return id;
  }
  return null;
}

/** Classifies one NDJSON input line into one output line. */
export function classifyLine(line: string, classify: (text: string) => ClassifyResult): string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return formatErrorLine(null, 'invalid JSON');
  }
  const id = idOf(value);
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return formatErrorLine(null, 'expected an object {"id","text"}');
  }
  const record = value as { id?: unknown; text?: unknown };
  if (record.id !== undefined && record.id !== null && id === null) {
    return formatErrorLine(null, '"id" must be a string or a number');
  }
  if (typeof record.text !== 'string') return formatErrorLine(id, '"text" must be a string');
  return formatClassifyLine(id, classify(record.text));
}

/**
 * The usual line, exactly `{"id":"…","text":"…"}` with no escape and no control character:
 * its two values are then the substrings as they stand, which is what `JSON.parse` returns.
 */
const PLAIN_LINE = /^\{"id":"([^"\\\u0000-\u001f]*)","text":"([^"\\\u0000-\u001f]*)"\}$/;
/**
 * A code unit that is escaped in the output: a surrogate (escaped by JSON when lone), or a
 * character a terminal would act on (see `jsonString`). A text with one is not plain.
 */
const NOT_PLAIN = /[\ud800-\udfff\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function plainOutput(id: string, text: string, classify: (text: string) => ClassifyResult): string {
  return formatClassifyLine(id, classify(text), !NOT_PLAIN.test(text)) + '\n';
}

/** The output line (with its newline) of a `PLAIN_LINE`, read without `JSON.parse`, or null. */
function plainLine(line: string, classify: (text: string) => ClassifyResult): string | null {
  const match = PLAIN_LINE.exec(line);
  return match === null ? null : plainOutput(match[1]!, match[2]!, classify);
}

const ID_OPEN = Buffer.from('{"id":"');
const TEXT_OPEN = Buffer.from('","text":"');
/** A control character: a JSON string cannot hold one as it stands. */
const CONTROL = /[\u0000-\u001f]/;

function bytesAt(bytes: Buffer, at: number, to: number, expected: Buffer): boolean {
  if (at + expected.length > to) return false;
  for (let k = 0; k < expected.length; k++) if (bytes[at + k] !== expected[k]) return false;
  return true;
}

// The next backslash in `backslashIn` from `backslashFrom` on (or its length): one search per
// chunk in the usual case, as lines are read in order.
let backslashIn: Buffer | null = null;
let backslashFrom = 0;
let backslashAt = 0;

function nextBackslash(bytes: Buffer, from: number): number {
  if (bytes !== backslashIn || from < backslashFrom || from > backslashAt) {
    const at = bytes.indexOf(0x5c, from);
    backslashIn = bytes;
    backslashFrom = from;
    backslashAt = at < 0 ? bytes.length : at;
  }
  return backslashAt;
}

/** Whether `bytes[from, to)` are printable ASCII (no DEL): their JSON string body is themselves. */
function printableAscii(bytes: Buffer, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const b = bytes[k]!;
    if (b < 0x20 || b >= 0x7f) return false;
  }
  return true;
}

/**
 * `processLine` of the UTF-8 line `bytes[from, to)` (without its newline), written to `out`.
 * A `PLAIN_LINE` is recognised on the bytes, and its text decoded on its own: a quote, a
 * backslash or a control character is a byte of its own in UTF-8, and a string of its own is
 * quicker to tokenize than a slice of the line. The output of a quiet text (see `isQuiet`)
 * with a printable ASCII id is copied in as bytes.
 */
export function writeLineBytes(
  out: LineWriter,
  bytes: Buffer,
  from: number,
  to: number,
  classify: (text: string) => ClassifyResult,
): void {
  if (bytesAt(bytes, from, to, ID_OPEN)) {
    const idStart = from + ID_OPEN.length;
    const idEnd = bytes.indexOf(0x22, idStart);
    if (idEnd >= 0 && bytesAt(bytes, idEnd, to, TEXT_OPEN)) {
      const textStart = idEnd + TEXT_OPEN.length;
      const textEnd = to - 2;
      if (
        textEnd >= textStart &&
        bytes.indexOf(0x22, textStart) === textEnd &&
        bytes[to - 1] === 0x7d &&
        nextBackslash(bytes, from) >= to
      ) {
        const text = bytes.toString('utf8', textStart, textEnd);
        if (printableAscii(bytes, idStart, idEnd)) {
          if (!CONTROL.test(text)) {
            const result = classify(text);
            if (isQuiet(result)) out.addQuiet(bytes, idStart, idEnd);
            else {
              const id = bytes.toString('latin1', idStart, idEnd);
              const plain = !NOT_PLAIN.test(text);
              if (hasQuietEnd(result)) {
                out.add(formatHead(id, result, plain));
                out.addBytes(QUIET_END_LINE);
              } else out.add(formatClassifyLine(id, result, plain) + '\n');
            }
            return;
          }
        } else {
          const id = bytes.toString('utf8', idStart, idEnd);
          if (!CONTROL.test(id) && !CONTROL.test(text)) {
            out.add(plainOutput(id, text, classify));
            return;
          }
        }
      }
    }
  }
  out.add(processLine(bytes.toString('utf8', from, to), classify));
}

/** One input line's output line with its newline, or nothing for a blank line. */
export function processLine(line: string, classify: (text: string) => ClassifyResult): string {
  return plainLine(line, classify) ?? otherLine(line, classify);
}

/** `processLine` of a line that is no `PLAIN_LINE`. */
function otherLine(line: string, classify: (text: string) => ClassifyResult): string {
  if (line.length === 0 || line.trim().length === 0) return '';
  return classifyLine(line, classify) + '\n';
}

/**
 * Output lines encoded one by one into a buffer, which is written when full: one string of
 * many lines would cost more to flatten and encode. `take` hands the filled part over and
 * starts a new buffer, so a written buffer is never reused.
 */
export class LineWriter {
  private buffer: Buffer;
  private used = 0;

  /** Written once `size` bytes have gathered; the buffer has room for as many more. */
  constructor(private readonly size: number = DEFAULTS.writeBytes) {
    this.buffer = Buffer.allocUnsafe(2 * size);
  }

  /** Bytes gathered since the last `take`. */
  get length(): number {
    return this.used;
  }

  /** Room for `n` more bytes. */
  private ensure(n: number): void {
    if (this.used + n <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(this.used + n + this.size);
    this.buffer.copy(grown, 0, 0, this.used);
    this.buffer = grown;
  }

  /** Adds a line (or any text) as UTF-8. */
  add(text: string): void {
    // a UTF-16 code unit takes at most 3 bytes of UTF-8
    this.ensure(text.length * 3);
    this.used += this.buffer.write(text, this.used);
  }

  /** Adds the line of a quiet text whose id is the printable ASCII `bytes[from, to)`. */
  addQuiet(bytes: Buffer, from: number, to: number): void {
    this.ensure(QUIET_LINE_OPEN.length + (to - from) + QUIET_LINE_END.length);
    const buffer = this.buffer;
    let used = this.used;
    buffer.set(QUIET_LINE_OPEN, used);
    used += QUIET_LINE_OPEN.length;
    for (let k = from; k < to; k++) buffer[used++] = bytes[k]!;
    buffer.set(QUIET_LINE_END, used);
    this.used = used + QUIET_LINE_END.length;
  }

  /** Adds encoded bytes. */
  addBytes(bytes: Uint8Array): void {
    this.ensure(bytes.length);
    this.buffer.set(bytes, this.used);
    this.used += bytes.length;
  }

  /** The bytes gathered so far; what follows goes to a new buffer. */
  take(): Buffer {
    const out = this.buffer.subarray(0, this.used);
    this.buffer = Buffer.allocUnsafe(2 * this.size);
    this.used = 0;
    return out;
  }
}

async function write(chunk: string | Uint8Array): Promise<void> {
  if (!process.stdout.write(chunk)) {
    await new Promise<void>((resolve) => process.stdout.once('drain', resolve));
  }
}

export function registerClassify(program: Command): void {
  program
    .command('classify')
    .summary('topics, crisis signals and self-promotion of NDJSON texts')
    .description(
      'Reads NDJSON lines {"id","text"} from FILE (or stdin with - or no FILE) and prints one\n' +
        'NDJSON line per input, in input order: topics with evidence, crisis level with the\n' +
        'matched spans and the deciding rule, self-promotion score, and whether the language is\n' +
        'supported. A bad line prints {"id","error"} and the run goes on. Needs no store.',
    )
    .argument('[file]', 'NDJSON file, or - for stdin', '-')
    .action(
      action(async (_out, file: string) => {
        const { classify } = await import('../../engine/text/index.js');
        const input =
          file === '-'
            ? process.stdin
            : createReadStream(file, { highWaterMark: DEFAULTS.readChunkBytes });
        const out = new LineWriter();
        // Lines are cut at newline bytes and each decoded on its own: a line of ASCII then
        // becomes a one-byte string, whatever the rest of its chunk holds. A newline byte is
        // never inside a multi-byte character, so this decodes as the whole input would.
        // the start of a line that goes on in the next chunk(s)
        let rest: Buffer[] = [];
        try {
          for await (const chunk of input as AsyncIterable<Buffer>) {
            // every complete line of the chunk is classified synchronously, and the chunk's
            // output written by its end: no promise per line
            let from = 0;
            let nl = chunk.indexOf(0x0a);
            if (nl >= 0 && rest.length > 0) {
              rest.push(chunk.subarray(0, nl));
              out.add(processLine(Buffer.concat(rest).toString('utf8'), classify));
              rest = [];
              from = nl + 1;
              nl = chunk.indexOf(0x0a, from);
            }
            while (nl >= 0) {
              writeLineBytes(out, chunk, from, nl, classify);
              from = nl + 1;
              nl = chunk.indexOf(0x0a, from);
              if (out.length >= DEFAULTS.writeBytes) await write(out.take());
            }
            if (from < chunk.length) rest.push(Buffer.from(chunk.subarray(from)));
            if (out.length > 0) await write(out.take());
          }
        } catch (error) {
          // a file system error says what is wrong with the file, in words
          const name = file === '-' ? 'stdin' : file;
          throw new Error(
            fileError(name, error) ?? `cannot read ${name}: ${(error as Error).message}`,
            { cause: error },
          );
        }
        if (rest.length > 0) out.add(processLine(Buffer.concat(rest).toString('utf8'), classify));
        if (out.length > 0) await write(out.take());
      }),
    );
}
