import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WxrSplitter, type WxrPiece } from './split-wxr.js';

const DOC = `<?xml version="1.0"?>
<!-- <item> in a comment -->
<rss><channel>
<item><title>a</title><content:encoded><![CDATA[<item> and </item> and <wp:comment> are text]]></content:encoded>
<wp:comment><wp:comment_id>1</wp:comment_id></wp:comment>
<wp:comment><wp:comment_id>2</wp:comment_id><wp:comment_content><![CDATA[</wp:comment>]]></wp:comment_content></wp:comment>
</item>
<item><title>b é</title></item>
</channel></rss>
`;

function describePieces(pieces: readonly WxrPiece[]): string[] {
  const out: string[] = [];
  let skeleton = '';
  for (const piece of pieces) {
    if (piece.kind === 'skeleton') skeleton += piece.bytes.toString();
    else if (piece.kind === 'item-end') out.push('end');
    else
      out.push(
        `${piece.kind}@${piece.record.line}:${piece.record.byteOffset} ${piece.record.bytes?.toString()}`,
      );
  }
  return [...out, skeleton];
}

function split(bytes: Buffer, chunkSize: number): string[] {
  const splitter = new WxrSplitter(1 << 20);
  const pieces: WxrPiece[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) {
    pieces.push(...splitter.push(bytes.subarray(i, i + chunkSize)));
  }
  pieces.push(...splitter.end());
  assert.equal(splitter.insideItem, false);
  return describePieces(pieces);
}

describe('WxrSplitter', () => {
  it('splitter.push(bytes) cuts items and comments, ignoring tags inside CDATA and comments', () => {
    const pieces = split(Buffer.from(DOC), 1 << 16);
    const first = DOC.indexOf('<item><title>a');
    const head = DOC.slice(first, DOC.indexOf('<wp:comment><wp:comment_id>1'));
    assert.deepEqual(pieces.slice(0, 6), [
      `item@4:${first} ${head}`,
      `comment@5:${DOC.indexOf('<wp:comment><wp:comment_id>1')} <wp:comment><wp:comment_id>1</wp:comment_id></wp:comment>`,
      `comment@6:${DOC.indexOf('<wp:comment><wp:comment_id>2')} <wp:comment><wp:comment_id>2</wp:comment_id><wp:comment_content><![CDATA[</wp:comment>]]></wp:comment_content></wp:comment>`,
      'end',
      `item@8:${Buffer.byteLength(DOC.slice(0, DOC.indexOf('<item><title>b')))} <item><title>b é</title></item>`,
      'end',
    ]);
    // the skeleton keeps every line where it was
    assert.equal(pieces[6]!.split('\n').length, DOC.split('\n').length);
    assert.match(pieces[6]!, /^<\?xml[\s\S]*<rss><channel>\n{5}\n<\/channel><\/rss>\n$/);
  });

  it('splitter.push(bytes) gives the same pieces whatever the chunk boundaries', () => {
    const bytes = Buffer.from(DOC);
    const whole = split(bytes, bytes.length);
    for (const size of [1, 2, 3, 7, 13, 64]) assert.deepEqual(split(bytes, size), whole);
  });
});
