import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import {
  accountId,
  postId,
  type ImportUnit,
  type ModelRecord,
  type Platform,
} from '../../model/index.js';
import { Database, writeImport } from '../../store/index.js';
import { tempDir } from '../../testing/cli.js';
import { classifyStore } from '../classify-store.js';
import { loadHelplines } from './helplines.js';
import { inboxItemId, markInboxItemHandled, readSafetyInbox } from './inbox.js';

// readSafetyInbox(db) on Bluesky-shaped records, where a post may carry a regional locale and
// an account a bio: the helplines follow the SPEC §4 rule per commenter.
const AT = (day: number) => ({ ms: Date.UTC(2024, 4, day, 12), isLocal: false });
const FLAGGED = 'Honestly I feel so hopeless lately, like everyone would be better off without me.';

function unit(items: ModelRecord[]): ImportUnit {
  return { outcome: 'record', where: { file: 'test', line: 1 }, items };
}

function account(id: string, bio: string | null): ModelRecord {
  return { type: 'account', platform: 'bluesky', id: accountId(id), handle: id, bio };
}

function post(id: string, author: string, day: number, text: string, language: string | null) {
  const comment = id !== 'root';
  const record: ModelRecord = {
    type: 'post',
    platform: 'bluesky' as Platform,
    id: postId(`at://${id}`),
    author: accountId(author),
    createdAt: AT(day),
    kind: comment ? 'comment' : 'post',
    root: comment ? postId('at://root') : null,
    parent: comment ? postId('at://root') : null,
    parentIsComment: comment ? false : null,
    text,
    hashtags: [],
    links: [],
    language,
    visibility: 'public',
  };
  return record;
}

async function* units(list: ImportUnit[]): AsyncIterable<ImportUnit> {
  yield* list;
}

describe('readSafetyInbox(db)', () => {
  const { dir, cleanup } = tempDir('rapport-safety-inbox-');
  let db: Database;
  const directory = loadHelplines();

  before(async () => {
    db = await Database.open(join(dir, 's.duckdb'), { create: true });
    await writeImport(
      db,
      { platform: 'bluesky', format: 'test', path: 'test', synthetic: true },
      units([
        unit([account('owner', null), post('root', 'owner', 1, 'Talking about stigma.', 'en')]),
        // stated location wins over the post's locale
        unit([account('uk', 'Peer supporter 📍 Leeds, UK'), post('c1', 'uk', 2, FLAGGED, 'en-US')]),
        // a locale with a region picks the country
        unit([account('au', 'coffee and cats'), post('c2', 'au', 3, FLAGGED, 'en-AU')]),
        // language only: international directories
        unit([account('en', null), post('c3', 'en', 4, FLAGGED, 'en')]),
        // a country with no line in the file: international directories, country kept
        unit([account('fi', null), post('c4', 'fi', 5, FLAGGED, 'en-FI')]),
      ]),
    );
    await classifyStore(db);
  });

  after(() => {
    db.close();
    cleanup();
  });

  it('chooses helplines per commenter by the SPEC §4 rule, all from the file', async () => {
    const inbox = await readSafetyInbox(db, { ownerCountry: 'NZ', helplines: directory });
    const byAuthor = new Map(inbox.items.map((i) => [i.author.handle, i.helplines]));
    const ids = (h: { lines: { id: string }[] } | undefined) => h?.lines.map((l) => l.id).sort();
    const zz = directory
      .filter((h) => h.country === 'ZZ')
      .map((h) => h.id)
      .sort();
    assert.deepEqual(ids(byAuthor.get('uk')), ['gb-samaritans', 'gb-shout']);
    assert.equal(byAuthor.get('uk')!.basis, 'stated_location');
    assert.deepEqual(ids(byAuthor.get('au')), ['au-lifeline']);
    assert.equal(byAuthor.get('au')!.basis, 'locale');
    assert.deepEqual(ids(byAuthor.get('en')), zz);
    assert.equal(byAuthor.get('en')!.country, null);
    assert.deepEqual(ids(byAuthor.get('fi')), zz);
    assert.equal(byAuthor.get('fi')!.country, 'FI');
    for (const item of inbox.items)
      for (const line of item.helplines.lines) {
        const entry = directory.find((h) => h.id === line.id)!;
        assert.equal(line.source_url, entry.source_url);
        assert.equal(line.phone, entry.phone);
      }
    assert.deepEqual(ids(inbox.owner), ['nz-1737']);
    // the reply suggestion names the commenter's own line
    const uk = inbox.items.find((i) => i.author.handle === 'uk')!;
    assert.match(uk.reply_templates[0]!.text, /116 123/);
    assert.equal(uk.report?.platform, 'bluesky');
  });

  it('lists newest first, and markInboxItemHandled(db, id) takes an item off the open list', async () => {
    const open = await readSafetyInbox(db);
    assert.deepEqual(
      open.items.map((i) => i.author.handle),
      ['fi', 'en', 'au', 'uk'],
    );
    const id = inboxItemId('bluesky', 'at://c2');
    assert.deepEqual(await markInboxItemHandled(db, id), {
      platform: 'bluesky',
      postId: 'at://c2',
    });
    assert.equal(await markInboxItemHandled(db, 'nope'), null);
    const after = await readSafetyInbox(db);
    assert.deepEqual(
      after.items.map((i) => i.author.handle),
      ['fi', 'en', 'uk'],
    );
    // "handled" survives a reclassification run
    await classifyStore(db);
    const handled = await readSafetyInbox(db, { filter: 'handled' });
    assert.deepEqual(
      handled.items.map((i) => i.id),
      [id],
    );
  });
});
