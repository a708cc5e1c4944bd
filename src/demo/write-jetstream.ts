import { createHash } from 'node:crypto';
import { createRng } from '../engine/graph/rng.js';
import type { DemoCommunity, Member } from './community.js';

/** A stable synthetic DID for a member (did:plc ids are 24 base-32 characters). */
export function demoDid(member: Member): string {
  const digest = createHash('sha256').update(`rapport-demo:${member.handle}`).digest();
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
  let id = '';
  for (let i = 0; i < 24; i++) id += alphabet[digest[i]! % 32];
  return `did:plc:${id}`;
}

/** A DNS-shaped handle under a reserved example domain. */
export function demoHandle(member: Member): string {
  return `${member.handle.replace(/_/g, '-')}.demo.rapport.example`;
}

const CID = 'bafyreihdemodemodemodemodemodemodemodemodemodemodemodemo';

/**
 * The community's follows, likes and a few threads on Bluesky, as Jetstream events (the JSON
 * lines Jetstream serves: identity events for handles, then commits): the demo's source of
 * likes and follows, which blog exports and Reddit dumps do not carry. Broadcasters gather many
 * followers who never engage; connectors follow and like others back.
 */
export function writeJetstream(community: DemoCommunity, seed = 7): string {
  const rng = createRng(seed);
  const lines: string[] = [];
  let timeUs = Date.UTC(2025, 0, 1) * 1000;
  const tick = () => (timeUs += Math.floor(1 + rng() * 3_600_000_000));
  const iso = () => new Date(Math.floor(timeUs / 1000)).toISOString();
  let rkey = 0;
  const commit = (member: Member, collection: string, record: object) => {
    tick();
    const key = `3demo${(rkey++).toString(36).padStart(8, '0')}`;
    lines.push(
      JSON.stringify({
        did: demoDid(member),
        time_us: timeUs,
        kind: 'commit',
        commit: {
          rev: key,
          operation: 'create',
          collection,
          rkey: key,
          record: { $type: collection, ...record, createdAt: iso() },
          cid: CID,
        },
      }),
    );
    return `at://${demoDid(member)}/${collection}/${key}`;
  };
  const members = community.members;
  for (const member of members) {
    tick();
    lines.push(
      JSON.stringify({
        did: demoDid(member),
        time_us: timeUs,
        kind: 'identity',
        identity: {
          did: demoDid(member),
          handle: demoHandle(member),
          seq: lines.length + 1,
          time: iso(),
        },
      }),
    );
  }
  const pick = <T>(items: readonly T[]) => items[Math.floor(rng() * items.length)]!;
  const byRole = (role: Member['role']) => members.filter((m) => m.role === role);
  const broadcasters = byRole('broadcaster');
  const connectors = byRole('connector');
  const regulars = byRole('regular');
  // Follows: almost everyone follows a broadcaster or two; connectors follow each other.
  const follows = new Set<string>();
  const follow = (from: Member, to: Member) => {
    const key = `${from.handle}>${to.handle}`;
    if (from === to || follows.has(key)) return;
    follows.add(key);
    commit(from, 'app.bsky.graph.follow', { subject: demoDid(to) });
  };
  for (const member of members) {
    for (const b of broadcasters) if (rng() < 0.8) follow(member, b);
    if (rng() < 0.3) follow(member, pick(connectors));
  }
  for (const a of connectors)
    for (const b of [...connectors, ...regulars]) if (rng() < 0.3) follow(a, b);
  // Posts and short threads; likes mostly from the few who engage.
  for (let i = 0; i < 80; i++) {
    const author = rng() < 0.5 ? pick(broadcasters) : pick(connectors);
    const root = commit(author, 'app.bsky.feed.post', {
      text: `Synthetic demo post ${i} about peer support.`,
      langs: ['en'],
    });
    const likers = 1 + Math.floor(rng() * (author.role === 'broadcaster' ? 12 : 5));
    for (let l = 0; l < likers; l++) {
      commit(rng() < 0.6 ? pick(connectors) : pick(regulars), 'app.bsky.feed.like', {
        subject: { uri: root, cid: CID },
      });
    }
    if (author.role === 'connector') {
      const who = pick(regulars);
      const reply = commit(who, 'app.bsky.feed.post', {
        text: 'Thank you for this, it helped.',
        reply: { root: { uri: root, cid: CID }, parent: { uri: root, cid: CID } },
      });
      commit(author, 'app.bsky.feed.post', {
        text: 'Glad it helped, thank you for saying so.',
        reply: { root: { uri: root, cid: CID }, parent: { uri: reply, cid: CID } },
      });
    }
  }
  return lines.join('\n') + '\n';
}
