import { createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRng } from '../src/engine/graph/rng.js';
import { commentLine, submissionLine } from '../src/demo/write-reddit.js';

const WORDS =
  'i you we they feel felt today week really still though support help anxiety therapy sleep work friends family better worse tired hope talk listen thanks sharing same here time know think just like because something anyone else post read blog day night morning walk routine doctor meds group people alone together small steps'.split(
    ' ',
  );

/**
 * Writes `count` Reddit dump records (about 10% submissions, the rest comments, half of them
 * replies to comments) as NDJSON, deterministically for a seed: the benchmark input. Authors
 * follow a heavy-tailed distribution, as on Reddit. About 360 bytes a record.
 */
export async function generateRedditDump(
  path: string,
  count: number,
  seed = 1,
): Promise<{ bytes: number }> {
  if (existsSync(path)) return { bytes: statSync(path).size };
  mkdirSync(dirname(path), { recursive: true });
  const rng = createRng(seed);
  const tmp = `${path}.partial`;
  const out = createWriteStream(tmp);
  const authors = 50_000;
  const author = () => `user_${Math.floor(authors * rng() ** 3)}`;
  const text = (min: number, spread: number) => {
    const n = min + Math.floor(rng() * spread);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(rng() * WORDS.length)]!);
    return words.join(' ');
  };
  const submissions: string[] = [];
  const comments: string[] = [];
  let buffer: string[] = [];
  const startS = 1_420_070_400; // 2015-01-01
  for (let i = 0; i < count; i++) {
    const createdS = startS + Math.floor((i / count) * 365 * 86400);
    const id = (1_000_000 + i).toString(36);
    const subreddit = rng() < 0.7 ? 'depression' : 'Anxiety';
    if (i % 10 === 0 || submissions.length === 0) {
      submissions.push(id);
      if (submissions.length > 2000) submissions.shift();
      buffer.push(
        submissionLine({
          id,
          author: author(),
          subreddit,
          createdS,
          title: text(4, 8),
          selftext: text(10, 30),
          numComments: 9,
          score: Math.floor(rng() * 50),
        }),
      );
    } else {
      const link = submissions[Math.floor(rng() * submissions.length)]!;
      const parent =
        rng() < 0.5 && comments.length > 0
          ? `t1_${comments[Math.floor(rng() * comments.length)]!}`
          : `t3_${link}`;
      comments.push(id);
      if (comments.length > 5000) comments.shift();
      buffer.push(
        commentLine({
          id,
          author: rng() < 0.03 ? '[deleted]' : author(),
          subreddit,
          createdS,
          body: text(4, 14),
          linkId: `t3_${link}`,
          parentId: parent,
          score: Math.floor(rng() * 20),
        }),
      );
    }
    if (buffer.length >= 10_000) {
      if (!out.write(buffer.join('\n') + '\n'))
        await new Promise<void>((r) => out.once('drain', () => r()));
      buffer = [];
    }
  }
  if (buffer.length) out.write(buffer.join('\n') + '\n');
  await new Promise<void>((resolve, reject) =>
    out.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
  renameSync(tmp, path);
  return { bytes: statSync(path).size };
}
