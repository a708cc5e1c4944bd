import { createReadStream } from 'node:fs';
import type { Command } from 'commander';
import type { ClassifyResult } from '../../engine/text/index.js';
import { action } from '../program.js';

/**
 * `rapport classify [FILE|-]`: NDJSON `{"id","text"}` in, one SPEC §9 line out per input, in
 * input order, streaming (constant memory, no store). The classifier is imported on first use
 * so that other verbs never pay for compiling its lexicons.
 */
export const DEFAULTS = {
  /** Output is written in chunks of about this many characters. */
  flushChars: 1 << 16,
} as const;

type Id = string | number | null;

/** The SPEC §9 line for one classified text; keys in the order the SPEC lists them. */
export function formatClassifyLine(id: Id, result: ClassifyResult): string {
  return JSON.stringify({
    id,
    topics: result.topics,
    crisis: result.crisis,
    self_promotion: result.selfPromotion,
    language_supported: result.languageSupported,
  });
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
          file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
        input.setEncoding('utf8');
        let rest = '';
        let pending = '';
        const emit = async (line: string): Promise<void> => {
          if (line.length === 0 || line.trim().length === 0) return;
          pending += classifyLine(line, classify) + '\n';
          if (pending.length >= DEFAULTS.flushChars) {
            const chunk = pending;
            pending = '';
            await write(chunk);
          }
        };
        try {
          for await (const chunk of input as AsyncIterable<string>) {
            let from = 0;
            let nl = chunk.indexOf('\n');
            if (nl >= 0 && rest.length > 0) {
              await emit(rest + chunk.slice(0, nl));
              rest = '';
              from = nl + 1;
              nl = chunk.indexOf('\n', from);
            }
            while (nl >= 0) {
              await emit(chunk.slice(from, nl));
              from = nl + 1;
              nl = chunk.indexOf('\n', from);
            }
            rest += chunk.slice(from);
          }
        } catch (error) {
          throw new Error(`cannot read ${file === '-' ? 'stdin' : file}`, { cause: error });
        }
        await emit(rest);
        if (pending) await write(pending);
      }),
    );
}
