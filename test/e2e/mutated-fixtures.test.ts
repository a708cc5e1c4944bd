import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DEFAULT_LIMITS, detectFormat, InputError, openSource } from '../../src/ingest/index.js';
import type { Platform } from '../../src/model/index.js';
import { importData } from '../../src/report/import-data.js';
import { listDir, tempDir } from '../../src/testing/cli.js';
import { FIXTURES_DIR, fixturesSkip } from '../../src/testing/fixtures.js';

/**
 * Every importable file of the shared fixtures, damaged in seeded ways (a JSON value replaced by
 * one of another type or range, an XML element's text replaced or removed, bytes overwritten or
 * cut out), then imported as the platform the intact file was detected as. Each import ends in a
 * summary or in an InputError naming the file, leaving no store behind: never another error, a
 * wait that never ends, or a half-written store. Mutating the real fixtures this way found a
 * corrupt .zst and a damaged Takeout CSV that left the import waiting forever, and a Meta
 * timestamp beyond any date that failed the run in the store.
 */

/** A small seeded generator (LCG): the same damage on every run. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  return { next, pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]! };
}
type Generator = ReturnType<typeof generator>;

const VALUES: readonly unknown[] = [
  null,
  0,
  -1,
  1e308,
  1.2345678901234568e19,
  '',
  'x',
  '2020-13-45',
  '\u0000',
  true,
  [],
  {},
  [[[[]]]],
  '9'.repeat(400),
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The paths of every value inside `value`. */
function paths(value: Json, path: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(path);
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const child = Array.isArray(value) ? value[Number(key)]! : value[key]!;
      paths(child, [...path, Array.isArray(value) ? Number(key) : key], out);
    }
  }
  return out;
}

/** `value` with one value inside it replaced by one of `VALUES`, or removed. */
function damageJson(value: Json, g: Generator): Json {
  const inner = paths(value).slice(1);
  if (inner.length === 0) return g.pick(VALUES) as Json;
  const path = g.pick(inner);
  let parent = value as { [key: string]: Json } | Json[];
  for (const key of path.slice(0, -1))
    parent = (parent as Record<string, Json>)[key] as typeof parent;
  const key = path[path.length - 1]!;
  if (!Array.isArray(parent) && g.next() < 0.2) delete parent[key as string];
  else (parent as Record<string | number, Json>)[key] = structuredClone(g.pick(VALUES)) as Json;
  return value;
}

const WRAPPER = /^\s*window\.[A-Za-z0-9_.]+\s*=\s*/;
const XML_TEXT = /<((?:wp|dc|content|excerpt):[a-z_]+|title|link|pubDate|guid)>([^<]*)<\/\1>/g;

/** The damaged content of one value-level mutation, or null when the file has no such values. */
function damageValue(bytes: Buffer, file: string, g: Generator): Buffer | null {
  const text = bytes.toString('utf8');
  const wrapper = WRAPPER.exec(text)?.[0] ?? null;
  if (file.endsWith('.json') || wrapper !== null) {
    try {
      const body = JSON.parse(wrapper ? text.slice(wrapper.length) : text) as Json;
      return Buffer.from((wrapper ?? '') + JSON.stringify(damageJson(body, g)));
    } catch {
      return null;
    }
  }
  if (/\.(jsonl|ndjson)$/.test(file)) {
    const lines = text.split('\n');
    const at = Math.floor(g.next() * lines.length);
    try {
      lines[at] = JSON.stringify(damageJson(JSON.parse(lines[at]!) as Json, g));
    } catch {
      return null;
    }
    return Buffer.from(lines.join('\n'));
  }
  if (file.endsWith('.xml')) {
    const all = [...text.matchAll(XML_TEXT)];
    if (all.length === 0) return null;
    const match = g.pick(all);
    const replacement =
      g.next() < 0.3
        ? ''
        : `<${match[1]}>${g.pick(['', '0000-00-00 00:00:00', '-1', '9'.repeat(30), 'x&amp;y'])}</${match[1]}>`;
    return Buffer.from(
      text.slice(0, match.index) + replacement + text.slice(match.index! + match[0].length),
    );
  }
  return null;
}

/** The bytes with four of them overwritten. */
function overwriteBytes(bytes: Buffer, g: Generator): Buffer {
  const out = Buffer.from(bytes);
  for (let i = 0; i < 4; i++) out[Math.floor(g.next() * out.length)] = Math.floor(g.next() * 256);
  return out;
}

/** The bytes with a stretch of up to 200 cut out. */
function cutBytes(bytes: Buffer, g: Generator): Buffer {
  const at = Math.floor(g.next() * bytes.length);
  return Buffer.concat([
    bytes.subarray(0, at),
    bytes.subarray(at + 1 + Math.floor(g.next() * 200)),
  ]);
}

/** The fixture files, each a single input (folders are imported file by file here). */
function fixtureFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!name.endsWith('.md')) out.push(path);
    }
  };
  for (const platform of readdirSync(FIXTURES_DIR).sort()) {
    if (platform !== 'crisis') walk(join(FIXTURES_DIR, platform));
  }
  return out;
}

describe('damaged fixtures through importData', { skip: fixturesSkip() }, () => {
  it('end in a summary or an InputError naming the file, leaving no store behind', async () => {
    const g = generator(20_261_206);
    const { dir, cleanup } = tempDir('rapport-damaged-');
    let imports = 0;
    let failures = 0;
    try {
      for (const original of fixtureFiles()) {
        const store = join(dir, 'store.duckdb');
        const platform = await detectedPlatform(original);
        if (platform === null) continue; // not a platform input: rejected whole, as its own test checks
        const bytes = readFileSync(original);
        const damaged = [
          damageValue(bytes, original, g),
          overwriteBytes(bytes, g),
          cutBytes(bytes, g),
        ];
        for (const content of damaged) {
          if (content === null) continue;
          const file = join(dir, basename(original));
          writeFileSync(file, content);
          imports++;
          try {
            await importData({ storePath: store, platform, path: file });
          } catch (error) {
            failures++;
            assert.ok(
              error instanceof InputError && error.message.includes(file),
              `${basename(original)}, damaged: ${String(error)}`,
            );
            assert.ok(
              !existsSync(store),
              `${basename(original)}: a failed first import left a store`,
            );
          }
          for (const name of listDir(dir)) remove(join(dir, name));
        }
      }
    } finally {
      cleanup();
    }
    assert.ok(imports >= 200, `${imports} damaged imports`);
    assert.ok(failures > 0 && failures < imports, `${failures} of ${imports} ended in an error`);
  });
});

/** The platform `auto` detects in the intact file, or null when it is no platform input. */
async function detectedPlatform(path: string): Promise<Platform | null> {
  const source = await openSource(path, DEFAULT_LIMITS);
  try {
    return (await detectFormat(source, 'auto')).importer.platform;
  } catch (error) {
    assert.ok(error instanceof InputError, `${path}: ${String(error)}`);
    return null;
  } finally {
    source.close();
  }
}

/** A file or a folder (a store's staging folder) with what it holds. */
function remove(path: string): void {
  rmSync(path, { recursive: true, force: true });
}
