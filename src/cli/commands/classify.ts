import { createReadStream } from 'node:fs';
import type { Command } from 'commander';
import type { ClassifyResult, Evidence } from '../../engine/text/index.js';
import { action } from '../program.js';

/**
 * `rapport classify [FILE|-]`: NDJSON `{"id","text"}` in, one SPEC §9 line out per input, in
 * input order, streaming (constant memory, no store). The classifier is imported on first use
 * so that other verbs never pay for compiling its lexicons.
 */
export const DEFAULTS = {
  /** Input is read in chunks of this many bytes; each chunk's output is written at once. */
  readChunkBytes: 1 << 20,
} as const;

type Id = string | number | null;

/**
 * A JSON string literal. Most texts need no escaping, so they are checked with one pass over
 * their char codes and quoted as they are; anything with a quote, a backslash, a control
 * character or a surrogate (paired or lone) goes through `JSON.stringify`, which escapes lone
 * surrogates as `\\uXXXX` (well-formed JSON.stringify, ES2019).
 */
export function jsonString(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) {
      return JSON.stringify(value);
    }
  }
  return `"${value}"`;
}

function jsonId(id: Id): string {
  return typeof id === 'string' ? jsonString(id) : id === null ? 'null' : JSON.stringify(id);
}

function jsonEvidence(evidence: readonly Evidence[]): string {
  let out = '[';
  for (let k = 0; k < evidence.length; k++) {
    const e = evidence[k]!;
    if (k > 0) out += ',';
    out += `{"start":${e.start},"end":${e.end},"text":${jsonString(e.text)},"rule":${jsonString(e.rule)}}`;
  }
  return out + ']';
}

/**
 * The SPEC §9 line for one classified text; keys in the order the SPEC lists them. Built by
 * hand rather than by `JSON.stringify` of nested objects: this is half the cost of a line.
 */
export function formatClassifyLine(id: Id, result: ClassifyResult): string {
  let out = `{"id":${jsonId(id)},"topics":[`;
  const topics = result.topics;
  for (let k = 0; k < topics.length; k++) {
    const t = topics[k]!;
    if (k > 0) out += ',';
    out += `{"topic":"${t.topic}","score":${JSON.stringify(t.score)},"evidence":${jsonEvidence(t.evidence)}}`;
  }
  out += '],"crisis":';
  const crisis = result.crisis;
  if (crisis === null) out += 'null';
  else {
    out += `{"level":"${crisis.level}","spans":[`;
    for (let k = 0; k < crisis.spans.length; k++) {
      const s = crisis.spans[k]!;
      if (k > 0) out += ',';
      out += `{"start":${s.start},"end":${s.end},"text":${jsonString(s.text)}}`;
    }
    out += `],"rule":${crisis.rule === null ? 'null' : jsonString(crisis.rule)}}`;
  }
  const promotion = result.selfPromotion;
  out += `,"self_promotion":{"score":${JSON.stringify(promotion.score)},"evidence":${jsonEvidence(promotion.evidence)}}`;
  return `${out},"language_supported":${result.languageSupported}}`;
}

/** The SPEC §9 line for an input line that could not be classified. */
export function formatErrorLine(id: Id, error: string): string {
  return JSON.stringify({ id, error });
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

/** One input line's output line with its newline, or nothing for a blank line. */
function processLine(line: string, classify: (text: string) => ClassifyResult): string {
  if (line.length === 0 || line.trim().length === 0) return '';
  return classifyLine(line, classify) + '\n';
}

async function write(chunk: string): Promise<void> {
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
        input.setEncoding('utf8');
        let rest = '';
        try {
          for await (const chunk of input as AsyncIterable<string>) {
            // every complete line of the chunk is classified synchronously, and the chunk's
            // output written once: no promise per line
            let out = '';
            let from = 0;
            let nl = chunk.indexOf('\n');
            if (nl >= 0 && rest.length > 0) {
              out += processLine(rest + chunk.slice(0, nl), classify);
              rest = '';
              from = nl + 1;
              nl = chunk.indexOf('\n', from);
            }
            while (nl >= 0) {
              out += processLine(chunk.slice(from, nl), classify);
              from = nl + 1;
              nl = chunk.indexOf('\n', from);
            }
            rest += chunk.slice(from);
            if (out) await write(out);
          }
        } catch (error) {
          throw new Error(`cannot read ${file === '-' ? 'stdin' : file}`, { cause: error });
        }
        const last = processLine(rest, classify);
        if (last) await write(last);
      }),
    );
}
