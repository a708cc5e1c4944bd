import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { crc32 } from 'node:zlib';
import type { ImportUnit } from '../../model/index.js';
import { InputError, UnsafeArchiveError } from '../errors.js';
import { DEFAULT_LIMITS, type InputLimits } from '../limits.js';
import { openSource } from '../source.js';
import { wordpressImporter } from './index.js';

const HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<wp:base_blog_url>http://hostile.example/</wp:base_blog_url>
`;
const TAIL = `</channel>
</rss>
`;

function item(id: number, title = `Post ${id}`): string {
  return `<item><title>${title}</title><dc:creator>x</dc:creator>
<content:encoded><![CDATA[body <item> in CDATA is text </item>]]></content:encoded>
<wp:post_id>${id}</wp:post_id><wp:post_date_gmt>2024-01-01 00:00:00</wp:post_date_gmt>
<wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
`;
}

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rapport-wp-hostile-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, content);
  return file;
}

async function read(path: string, limits: InputLimits = DEFAULT_LIMITS): Promise<ImportUnit[]> {
  const source = await openSource(path, limits);
  try {
    const units: ImportUnit[] = [];
    const context = { limits, salt: 's', observedAtMs: 0 };
    for await (const unit of wordpressImporter.read(source, 'wxr', context)) units.push(unit);
    return units;
  } finally {
    source.close();
  }
}

const outcomes = (units: readonly ImportUnit[]) =>
  units.map((u) => (u.outcome === 'record' ? 'record' : `${u.outcome}: ${u.reason}`));

/** A zip archive of stored (uncompressed) entries: just enough format for these tests. */
function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text);
    const fileName = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += 30 + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('wordpressImporter on hostile input', () => {
  it('read(wxr) never resolves an external entity (XXE): the item is quarantined', async () => {
    const doctype = `<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n`;
    const file = await write(
      'xxe.xml',
      HEAD.replace('<rss', `${doctype}<rss`) + item(1, '&xxe;') + item(2) + TAIL,
    );
    const units = await read(file);
    assert.deepEqual(outcomes(units), ['quarantined: malformed XML: undefined entity', 'record']);
    assert.doesNotMatch(JSON.stringify(units), /root:/);
  });

  it('read(wxr) never expands a billion-laughs entity, and returns at once', async () => {
    const lol = ['<!ENTITY lol "lol">'];
    for (let k = 1; k <= 9; k++) {
      lol.push(`<!ENTITY lol${k} "${`&lol${k === 1 ? '' : k - 1};`.repeat(10)}">`);
    }
    const doctype = `<!DOCTYPE rss [${lol.join('')}]>\n`;
    const file = await write(
      'lol.xml',
      HEAD.replace('<rss', `${doctype}<rss`) + item(1, '&lol9;') + item(2) + TAIL,
    );
    const started = Date.now();
    const units = await read(file);
    assert.ok(Date.now() - started < 5000);
    assert.deepEqual(outcomes(units), ['quarantined: malformed XML: undefined entity', 'record']);
  });

  it('read(wxr) fails the file when the channel itself uses an undefined entity', async () => {
    const file = await write(
      'channel-entity.xml',
      HEAD + '<title>&xxe;</title>\n' + item(1) + TAIL,
    );
    await assert.rejects(
      read(file),
      (e) => e instanceof InputError && /channel-entity\.xml/.test(e.message),
    );
  });

  it('openSource refuses a zip with a ../ entry name (zip-slip) before any entry is read', async () => {
    const file = await write(
      'slip.zip',
      zip({ 'ok.xml': HEAD + item(1) + TAIL, '../evil.xml': 'x' }),
    );
    await assert.rejects(
      openSource(file, DEFAULT_LIMITS),
      (e) => e instanceof UnsafeArchiveError && e.message.includes('../evil.xml'),
    );
  });

  it('read(zip) finds the WXR entry by content and leaves other entries alone', async () => {
    const file = await write(
      'export.zip',
      zip({ 'readme.txt': 'not xml', 'blog.WordPress.2024.xml': HEAD + item(1) + item(2) + TAIL }),
    );
    const source = await openSource(file, DEFAULT_LIMITS);
    try {
      assert.equal(await wordpressImporter.detect(source), 'wxr');
    } finally {
      source.close();
    }
    assert.deepEqual(outcomes(await read(file)), ['record', 'record']);
  });

  it('read(wxr) of a file truncated inside an item is an InputError naming the file', async () => {
    const whole = HEAD + item(1) + item(2) + TAIL;
    const file = await write('cut.xml', whole.slice(0, whole.lastIndexOf('<wp:status>')));
    await assert.rejects(
      read(file),
      (e) => e instanceof InputError && e.message.includes('cut.xml'),
    );
  });

  it('read(wxr) of a file truncated between items is an InputError too', async () => {
    const file = await write('cut2.xml', HEAD + item(1));
    await assert.rejects(
      read(file),
      (e) => e instanceof InputError && /truncated.*cut2\.xml/.test(e.message),
    );
  });

  it('detect(binary) is null and read(binary) is an InputError, never a crash', async () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
    const file = await write('noise.bin', bytes);
    const source = await openSource(file, DEFAULT_LIMITS);
    try {
      assert.equal(await wordpressImporter.detect(source), null);
    } finally {
      source.close();
    }
    // read() ignores entries that are not WordPress: nothing comes out
    assert.deepEqual(await read(file), []);
  });

  it('read(wxr) quarantines a broken element with its line and goes on', async () => {
    const broken = `<item><title>x</titl><wp:post_id>9</wp:post_id></item>\n`;
    const file = await write('broken.xml', HEAD + item(1) + broken + item(2) + TAIL);
    const units = await read(file);
    assert.deepEqual(outcomes(units), [
      'record',
      'quarantined: malformed XML: unexpected close tag',
      'record',
    ]);
    const bad = units[1]!;
    assert.equal(bad.where.line, 9);
    assert.equal(bad.where.byteOffset, (HEAD + item(1)).length);
  });

  it('read(wxr) quarantines an item that never closes and reads the next one', async () => {
    const file = await write('unclosed.xml', HEAD + '<item><title>x</title>\n' + item(2) + TAIL);
    assert.deepEqual(outcomes(await read(file)), [
      'quarantined: malformed XML: unclosed <item>',
      'record',
    ]);
  });

  it('read(wxr) quarantines invalid UTF-8 and an item over maxRecordBytes', async () => {
    const bad = Buffer.concat([
      Buffer.from(HEAD + item(1, 'bad \xff')),
      Buffer.from(item(2).replace('Post 2', 'bad \udcff')),
    ]);
    // a raw 0xff byte inside the first item's title
    const bytes = Buffer.from(bad.toString('latin1').replace('bad Ã¿', 'bad \xff'), 'latin1');
    const file = await write(
      'utf8.xml',
      Buffer.concat([bytes, Buffer.from(item(3, 'x'.repeat(5000)) + TAIL)]),
    );
    const units = await read(file, { ...DEFAULT_LIMITS, maxRecordBytes: 2000 });
    assert.deepEqual(outcomes(units), [
      'quarantined: invalid UTF-8',
      'record',
      'quarantined: record too large',
    ]);
  });

  it('read(rest) quarantines an element that fails the schema and fails a truncated document', async () => {
    const good = {
      id: 1,
      post: 3,
      parent: 0,
      author: 0,
      author_name: 'A',
      date_gmt: '2024-01-01T00:00:00',
      content: { rendered: 'hi' },
      link: 'https://r.example/p/#comment-1',
    };
    const file = await write('comments.json', JSON.stringify([good, { ...good, id: 'two' }]));
    const units = await read(file);
    assert.deepEqual(outcomes(units), [
      'record',
      'quarantined: invalid REST comment: id: Invalid input: expected number, received string',
    ]);
    assert.equal(units[1]!.where.byteOffset, JSON.stringify([good]).length);
    const cut = await write('cut.json', JSON.stringify([good, good]).slice(0, -20));
    await assert.rejects(
      read(cut),
      (e) => e instanceof InputError && e.message.includes('cut.json'),
    );
  });
});
