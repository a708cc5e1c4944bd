import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EdgeListError, parseEdgeList, readEdgeList, type EdgeList } from './edge-list.js';

function rows(list: EdgeList): [string, string, number][] {
  return Array.from({ length: list.rows }, (_, e) => [
    list.names[list.src[e]],
    list.names[list.dst[e]],
    list.weight[e],
  ]);
}

const tricky =
  'src,dst,weight\r\n' +
  '"a, ""the"" one",b,2\r\n' +
  '\r\n' +
  'b,"multi\nline",\r\n' +
  'é,ü,1.5e1\n' +
  '"a, ""the"" one",b\n' +
  'c,c,007';

describe('edge-list', () => {
  it('parseEdgeList reads quotes, CRLF, blank lines, empty and missing weights', () => {
    const list = parseEdgeList(tricky);
    assert.deepEqual(list.names, ['a, "the" one', 'b', 'multi\nline', 'é', 'ü', 'c']);
    assert.deepEqual(rows(list), [
      ['a, "the" one', 'b', 2],
      ['b', 'multi\nline', 1],
      ['é', 'ü', 15],
      ['a, "the" one', 'b', 1],
      ['c', 'c', 7],
    ]);
  });

  it('parseEdgeList takes the first line as a header only when it starts src,dst', () => {
    assert.equal(parseEdgeList('src,dst\nx,y\n').rows, 1);
    assert.equal(parseEdgeList('source,target\nx,y\n').rows, 2);
    assert.equal(parseEdgeList('"src","dst",weight\nx,y\n').rows, 1);
  });

  it('skips the byte order mark a spreadsheet writes first, in memory and from a file', () => {
    const saved = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('src,dst\r\nx,y\r\n'),
    ]);
    for (const list of [parseEdgeList(saved), parseEdgeList(saved.toString('utf8'))]) {
      assert.deepEqual(rows(list), [['x', 'y', 1]]);
    }
    const dir = mkdtempSync(join(tmpdir(), 'rapport-edges-'));
    try {
      const file = join(dir, 'saved.csv');
      writeFileSync(file, saved);
      assert.deepEqual(rows(readEdgeList(file)), [['x', 'y', 1]]);
      // without a header the first node's name has no BOM either
      writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('x,y\n')]));
      assert.deepEqual(readEdgeList(file, 2).names, ['x', 'y']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('parseEdgeList names the line of a bad weight or a short row', () => {
    const bad = (text: string, line: number, pattern: RegExp) =>
      assert.throws(
        () => parseEdgeList(text),
        (e: unknown) => e instanceof EdgeListError && e.line === line && pattern.test(e.message),
      );
    bad('a,b,1\nb,c,x\n', 2, /bad weight "x"/);
    bad('a,"b\nc",1\nb,c,-1\n', 3, /bad weight "-1"/);
    bad('a,b,1\nb,c,0x10\n', 2, /bad weight/);
    bad('a,b\nlonely\n', 2, /expected src,dst/);
    // another tool's header (Gephi's edge table): its third field is no weight
    bad(
      'Source,Target,Type,Id,Label,timeset,Weight\na,b,Directed,0,,,2.0\n',
      1,
      /^line 1: bad weight "Type" \(a header line must start src,dst\)$/,
    );
    bad('a,"b', 1, /unterminated/);
  });

  it('readEdgeList(file) gives the same rows whatever the chunk size', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-edges-'));
    try {
      const file = join(dir, 'edges.csv');
      writeFileSync(file, tricky);
      const whole = parseEdgeList(tricky);
      for (const chunk of [1, 2, 3, 5, 7, 64]) {
        const list = readEdgeList(file, chunk);
        assert.deepEqual(list.names, whole.names, `chunk ${chunk}`);
        assert.deepEqual(rows(list), rows(whole), `chunk ${chunk}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
