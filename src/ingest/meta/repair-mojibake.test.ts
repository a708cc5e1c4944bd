import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fixture, fixturesSkip } from '../../testing/fixtures.js';
import { repairMojibake, repairMojibakeDeep } from './repair-mojibake.js';

describe('repairMojibake(text)', () => {
  it('re-decodes Latin-1-escaped UTF-8 and leaves everything else alone', () => {
    const cases: [string, string][] = [
      ['T\u00c3\u0098S', 'TØS'],
      ['sl\u00c3\u00a5 op p\u00c3\u00a5', 'slå op på'],
      ['\u00f0\u009f\u0099\u008c', '🙌'],
      ['plain ascii', 'plain ascii'],
      ['café', 'café'], // a real Latin-1 é is not valid UTF-8 on its own
      ['Ã© and 😀', 'Ã© and 😀'], // wider characters: already decoded text
      ['', ''],
    ];
    for (const [input, expected] of cases) assert.equal(repairMojibake(input), expected, input);
  });

  it('repairMojibakeDeep(value) repairs strings inside arrays and objects', () => {
    assert.deepEqual(repairMojibakeDeep({ a: ['f\u00c3\u00b8r', 1, null], b: { c: 'x' } }), {
      a: ['før', 1, null],
      b: { c: 'x' },
    });
  });

  it('repairs a real string from the Instagram fixtures', { skip: fixturesSkip() }, () => {
    // post_comments_1.json stores 🙄 as "\u00f0\u009f\u0099\u0084" (SOURCES.md caveat).
    const path = fixture('instagram', 'export-2024-yummyhopper/comments/post_comments_1.json');
    const doc = JSON.parse(readFileSync(path, 'utf8')) as {
      string_map_data: { Comment: { value: string } };
    }[];
    const raw = doc[1]!.string_map_data.Comment.value;
    assert.ok(raw.endsWith('\u00f0\u009f\u0099\u0084'));
    assert.ok(repairMojibake(raw).endsWith(' 🙄'));
    assert.equal([...repairMojibake(raw)].length, [...raw].length - 3);
  });

  it('repairs a real string from the Facebook fixtures', { skip: fixturesSkip() }, () => {
    const path = fixture('facebook', 'waultar-2022/comments_and_reactions/comments.json');
    const doc = JSON.parse(readFileSync(path, 'utf8')) as {
      comments_v2: { data?: { comment: { comment: string } }[] }[];
    };
    assert.equal(repairMojibake(doc.comments_v2[4]!.data![0]!.comment.comment), 'TØS\n');
  });
});
