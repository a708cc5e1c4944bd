import { createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRng } from '../src/engine/graph/rng.js';

const WORDS =
  'i you we feel today week still support help anxiety therapy sleep work friends family better tired hope talk listen thanks sharing same here know think because anyone post read day night walk routine doctor meds group people alone together small steps'.split(
    ' ',
  );
const TAGS = ['MentalHealthAwareness', 'EndTheStigma', 'BellLetsTalk', 'SelfCare', 'PeerSupport'];

/**
 * Writes `count` Jetstream events (https://github.com/bluesky-social/jetstream#example-events)
 * as NDJSON, deterministically for a seed: the `import-bluesky-jetstream-1m` input. About 35%
 * posts (half replies, some with mention, link and tag facets, some quoting), 40% likes, 10%
 * reposts, 10% follows, and a few deletes, identity and account events. Authors are
 * heavy-tailed over 50,000 DIDs. About 500 bytes an event.
 */
export async function generateJetstream(
  path: string,
  count: number,
  seed = 1,
): Promise<{ bytes: number }> {
  if (existsSync(path)) return { bytes: statSync(path).size };
  mkdirSync(dirname(path), { recursive: true });
  const rng = createRng(seed);
  const tmp = `${path}.partial`;
  const out = createWriteStream(tmp);
  const users = 50_000;
  const did = (n: number) => `did:plc:${n.toString(36).padStart(24, 'a')}`;
  const someone = () => did(Math.floor(users * rng() ** 3));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)]!;
  const rkey = (i: number) => `3l${(1e12 + i).toString(32)}`;
  const text = () => {
    const n = 6 + Math.floor(rng() * 25);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(pick(WORDS));
    return words.join(' ');
  };
  const cid = (i: number) => `bafyrei${(i * 2654435761).toString(32).padStart(52, 'q')}`;
  const posts: string[] = [];
  const startUs = 1_725_000_000_000_000;
  let buffer: string[] = [];
  for (let i = 0; i < count; i++) {
    const timeUs = startUs + i * 1000;
    const createdAt = new Date(timeUs / 1000).toISOString();
    const actor = someone();
    const r = rng();
    let event: object;
    const commit = (collection: string, record: object, key = rkey(i)) => ({
      did: actor,
      time_us: timeUs,
      kind: 'commit',
      commit: {
        rev: rkey(i),
        operation: 'create',
        collection,
        rkey: key,
        record: { $type: collection, ...record, createdAt },
        cid: cid(i),
      },
    });
    const target = () => ({ uri: pick(posts), cid: cid(i + 1) });
    if (r < 0.35 || posts.length === 0) {
      const record: Record<string, unknown> = { text: text(), langs: ['en'] };
      if (posts.length > 0 && rng() < 0.5) {
        const parent = pick(posts);
        record.reply = {
          root: { uri: pick(posts), cid: cid(i + 2) },
          parent: { uri: parent, cid: cid(i + 3) },
        };
      }
      if (rng() < 0.3) {
        record.facets = [
          {
            index: { byteStart: 0, byteEnd: 10 },
            features: [{ $type: 'app.bsky.richtext.facet#mention', did: someone() }],
          },
          {
            index: { byteStart: 11, byteEnd: 20 },
            features: [{ $type: 'app.bsky.richtext.facet#tag', tag: pick(TAGS) }],
          },
        ];
      }
      if (rng() < 0.05) record.embed = { $type: 'app.bsky.embed.record', record: target() };
      event = commit('app.bsky.feed.post', record);
      posts.push(`at://${actor}/app.bsky.feed.post/${rkey(i)}`);
      if (posts.length > 5000) posts.splice(0, 1);
    } else if (r < 0.75) {
      event = commit('app.bsky.feed.like', { subject: target() });
    } else if (r < 0.85) {
      event = commit('app.bsky.feed.repost', { subject: target() });
    } else if (r < 0.95) {
      event = commit('app.bsky.graph.follow', { subject: someone() });
    } else if (r < 0.97) {
      event = {
        did: actor,
        time_us: timeUs,
        kind: 'commit',
        commit: {
          rev: rkey(i),
          operation: 'delete',
          collection: 'app.bsky.feed.like',
          rkey: rkey(i - 7),
        },
      };
    } else if (r < 0.99) {
      event = {
        did: actor,
        time_us: timeUs,
        kind: 'identity',
        identity: {
          did: actor,
          handle: `user${actor.slice(-6)}.bsky.social`,
          seq: i,
          time: createdAt,
        },
      };
    } else {
      event = {
        did: actor,
        time_us: timeUs,
        kind: 'account',
        account: { active: true, did: actor, seq: i, time: createdAt },
      };
    }
    buffer.push(JSON.stringify(event));
    if (buffer.length >= 10_000) {
      if (!out.write(buffer.join('\n') + '\n'))
        await new Promise<void>((r) => out.once('drain', () => r()));
      buffer = [];
    }
  }
  if (buffer.length) out.write(buffer.join('\n') + '\n');
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  renameSync(tmp, path);
  return { bytes: statSync(path).size };
}
