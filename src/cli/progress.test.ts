import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import type { Output } from './output.js';
import { createProgress } from './progress.js';

/** A stream that collects what is written to it, a terminal or not. */
function collector(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  const stream = Object.assign(new PassThrough(), { isTTY, columns: 120 });
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => text };
}

function output(interactive: boolean, quiet = false): Output {
  return {
    options: { store: 's.duckdb', json: false, quiet, memory: '1GB' },
    json: () => undefined,
    print: () => undefined,
    note: () => undefined,
    interactive,
  };
}

describe('import progress', () => {
  it('on a terminal, a merge that takes over a second shows its step and how far it is', async () => {
    const { stream, text } = collector(true);
    const progress = createProgress(output(true), 'import reddit', 1000, stream);
    progress.stop();
    let percent: number | null = null;
    const started = performance.now();
    progress.merge('classifying posts', 0, 8, () => percent);
    await sleep(300);
    // (unless this machine is so busy that the 300 ms took a second)
    if (performance.now() - started < 900) assert.equal(text(), '', 'nothing for the first second');
    progress.merge('writing posts', 1, 8, () => percent);
    percent = 50;
    await sleep(1200);
    progress.finish();
    const shown = text();
    // step 2 of 8, half way: (1 + 0.5) / 8 of the bar, 18.75%
    assert.match(shown, /import reddit: merging \[.*\] 18% \| writing posts \(2\/8\) \| \d+s/);
    const after = text();
    await sleep(450);
    assert.equal(text(), after, 'nothing more once finished');
    progress.finish();
  });

  it('in a log, a merge after a long read is a line per step; quiet shows nothing', () => {
    const log = collector(false);
    const progress = createProgress(output(false), 'import reddit', 1000, log.stream);
    progress.batch(50_000);
    progress.stop();
    progress.merge('writing posts', 1, 8, () => null);
    progress.finish();
    const lines = log.text().trim().split('\n');
    assert.match(lines[0]!, /^import reddit: batch staged, 50000 records read/);
    assert.equal(lines[1], 'import reddit: 0 records read; merging them into the store');
    assert.equal(lines[2], 'import reddit: merging: writing posts (2/8)');

    const quiet = collector(false);
    const silent = createProgress(output(false, true), 'import reddit', 1000, quiet.stream);
    silent.batch(50_000);
    silent.stop();
    silent.merge('writing posts', 1, 8, () => null);
    silent.finish();
    assert.equal(quiet.text(), '');
  });
});
