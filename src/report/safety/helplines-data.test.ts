import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../testing/repo-root.js';
import { HELPLINES_PATH, HelplineFileError, loadHelplines, parseHelplines } from './helplines.js';

// The shared, researched directory beside the checkout; the repository carries a copy because
// the app cannot read ../shared at run time. The copy must never drift from it.
const SHARED = join(REPO_ROOT, '..', 'shared', 'data', 'helplines.json');
const sharedSkip = existsSync(SHARED) ? false : `shared helplines not found at ${SHARED}`;

describe('data/helplines.json', () => {
  it('is where the app loads it from', () => {
    assert.equal(HELPLINES_PATH, join(REPO_ROOT, 'data', 'helplines.json'));
  });

  it('is byte-for-byte the shared, sourced file', { skip: sharedSkip }, () => {
    assert.ok(readFileSync(HELPLINES_PATH).equals(readFileSync(SHARED)));
  });

  it('every entry has a source URL and title (checked on the raw JSON)', () => {
    const raw = JSON.parse(readFileSync(HELPLINES_PATH, 'utf8')) as Record<string, unknown>[];
    assert.ok(raw.length > 0);
    for (const entry of raw) {
      assert.match(String(entry.source_url), /^https?:\/\/\S+$/, `${entry.id}: source_url`);
      assert.ok(String(entry.source_title ?? '').length > 0, `${entry.id}: source_title`);
    }
  });

  it('loadHelplines() validates it, with international (ZZ) entries to fall back on', () => {
    const directory = loadHelplines();
    assert.ok(directory.some((h) => h.country === 'ZZ' && h.scope === 'international'));
    assert.equal(new Set(directory.map((h) => h.id)).size, directory.length);
  });

  it('parseHelplines(json) refuses an entry without a source or any way to reach it', () => {
    const good = JSON.parse(readFileSync(HELPLINES_PATH, 'utf8')) as Record<string, unknown>[];
    const without = (patch: Record<string, unknown>) =>
      JSON.stringify([{ ...good[0], ...patch }, ...good.slice(1)]);
    const expectInvalid = (json: string, message: RegExp) =>
      assert.throws(
        () => parseHelplines(json),
        (e: unknown) => {
          assert.ok(e instanceof HelplineFileError);
          assert.match((e as Error).message, message);
          return true;
        },
      );
    expectInvalid(without({ source_url: null }), /source_url/);
    expectInvalid(without({ source_url: '' }), /source_url/);
    expectInvalid(without({ source_title: '' }), /source_title/);
    expectInvalid(
      without({ phone: null, tel: null, sms: null, whatsapp: null, website: null, chat_url: null }),
      /at least one way/,
    );
    expectInvalid(without({ country: 'gb' }), /country/);
    expectInvalid('[', /not JSON/);
    assert.equal(parseHelplines(JSON.stringify(good)).length, good.length);
  });
});
