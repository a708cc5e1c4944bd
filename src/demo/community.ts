import { createRng, type Rng } from '../engine/graph/rng.js';

/**
 * A seeded, clearly synthetic peer-support community for the demo and the benches: the shapes
 * the advocates describe, not anyone's data. A few connectors reply to everything, some
 * broadcasters post a lot and never answer, and most members never engage at all.
 */
export type Role = 'connector' | 'broadcaster' | 'regular' | 'lurker';

export interface Member {
  readonly handle: string;
  readonly role: Role;
  /** Anonymous WordPress commenters have an email (synthetic, .example) instead of a login. */
  readonly email: string;
}

export interface DemoComment {
  readonly id: number;
  readonly author: Member;
  readonly parentComment: number | null;
  readonly atMs: number;
  readonly text: string;
}

export interface DemoThread {
  readonly id: number;
  readonly author: Member;
  readonly atMs: number;
  readonly title: string;
  readonly text: string;
  readonly comments: DemoComment[];
}

export interface DemoCommunity {
  readonly members: readonly Member[];
  readonly blogOwner: Member;
  readonly blogThreads: readonly DemoThread[];
  readonly redditThreads: readonly DemoThread[];
  readonly subreddit: string;
}

const ADJECTIVES = [
  'quiet',
  'teal',
  'gentle',
  'brave',
  'slow',
  'kind',
  'steady',
  'misty',
  'north',
  'amber',
  'soft',
  'little',
  'open',
  'patient',
  'wild',
  'calm',
];
const NOUNS = [
  'fern',
  'heron',
  'lantern',
  'harbour',
  'willow',
  'sparrow',
  'tide',
  'meadow',
  'ember',
  'otter',
  'pebble',
  'compass',
  'kettle',
  'maple',
  'robin',
  'cedar',
];
const TOPICS = [
  'anxiety',
  'depression',
  'therapy',
  'self-care',
  'stigma',
  'peer support',
  'medication',
  'burnout',
  'sleep',
  'grief',
];
const TITLES = [
  'What helped me through a hard week with {t}',
  'Talking about {t} without the stigma',
  'A small routine that makes {t} easier',
  'Questions I wish I had asked about {t}',
  'Five things I learned from a year of {t}',
  'Why I keep writing about {t}',
];
const BODIES = [
  'This is a synthetic demo post about {t}. I wanted to share what has worked for me and hear what works for you.',
  'Synthetic demo text: some days {t} feels heavy, and writing it down helps. How do you look after yourself?',
  'Demo community post. I have been reading other blogs about {t} and they made me feel less alone.',
];
const COMMENTS = [
  'Thank you for writing this, it really resonates with me.',
  'I tried something similar and it helped a little. Did you notice a change after a few weeks?',
  'Sending support. You are not alone in this.',
  'This made me think about my own routine. Thanks for sharing.',
  'I agree with you, talking about it openly matters.',
  'Could you say more about how you started?',
  'Saving this for the next time my anxiety spikes.',
];
const REPLIES = [
  'Thank you for reading and for sharing your experience.',
  'Yes! It took about a month before I noticed a difference.',
  'I am so glad it helped. How are you doing this week?',
  'That is a great question. I started very small, five minutes a day.',
  'Thank you, that means a lot. Take care of yourself too.',
];

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}

function fill(template: string, rng: Rng): string {
  return template.replace('{t}', pick(rng, TOPICS));
}

const START_MS = Date.UTC(2025, 0, 1);
const SPAN_MS = 180 * 24 * 3600 * 1000;
const HOUR_MS = 3600 * 1000;

/** Builds the community for a seed; `size` scales the number of members. */
export function buildCommunity(seed = 20250101, size = 320): DemoCommunity {
  const rng = createRng(seed);
  const members: Member[] = [];
  const taken = new Set<string>();
  for (let i = 0; i < size; i++) {
    let handle = '';
    do handle = `${pick(rng, ADJECTIVES)}_${pick(rng, NOUNS)}${Math.floor(rng() * 100)}`;
    while (taken.has(handle));
    taken.add(handle);
    const role: Role =
      i < 10 ? 'connector' : i < 16 ? 'broadcaster' : i < 70 ? 'regular' : 'lurker';
    members.push({ handle, role, email: `${handle}@members.example` });
  }
  const blogOwner = members[0]!;
  const connectors = members.filter((m) => m.role === 'connector');
  const broadcasters = members.filter((m) => m.role === 'broadcaster');
  const regulars = members.filter((m) => m.role === 'regular');
  const lurkers = members.filter((m) => m.role === 'lurker');
  let nextComment = 1;

  function commenter(): Member {
    const r = rng();
    if (r < 0.35) return pick(rng, connectors);
    if (r < 0.9) return pick(rng, regulars);
    return pick(rng, lurkers); // most lurkers never appear at all
  }

  function thread(id: number, author: Member, answerRate: number): DemoThread {
    const atMs = START_MS + Math.floor(rng() * SPAN_MS);
    const comments: DemoComment[] = [];
    const count = author.role === 'broadcaster' ? Math.floor(rng() * 6) : 1 + Math.floor(rng() * 8);
    for (let c = 0; c < count; c++) {
      let who = commenter();
      if (who === author) who = pick(rng, regulars);
      const commentAt = atMs + Math.floor(rng() * 72 * HOUR_MS);
      const top: DemoComment = {
        id: nextComment++,
        author: who,
        parentComment: null,
        atMs: commentAt,
        text: pick(rng, COMMENTS),
      };
      comments.push(top);
      // The author answers (or not): connectors nearly always, broadcasters never.
      if (rng() < answerRate) {
        const reply: DemoComment = {
          id: nextComment++,
          author,
          parentComment: top.id,
          atMs: commentAt + Math.floor((0.5 + rng() * 20) * HOUR_MS),
          text: pick(rng, REPLIES),
        };
        comments.push(reply);
        // …and sometimes the commenter answers back: a three-turn dialogue.
        if (rng() < 0.5) {
          comments.push({
            id: nextComment++,
            author: who,
            parentComment: reply.id,
            atMs: reply.atMs + Math.floor((1 + rng() * 30) * HOUR_MS),
            text: pick(rng, COMMENTS),
          });
        }
      }
    }
    return {
      id,
      author,
      atMs,
      title: fill(pick(rng, TITLES), rng),
      text: fill(pick(rng, BODIES), rng),
      comments,
    };
  }

  const answerRate = (m: Member) =>
    m.role === 'connector' ? 0.95 : m.role === 'broadcaster' ? 0 : 0.4;
  const blogThreads: DemoThread[] = [];
  for (let i = 0; i < 40; i++) blogThreads.push(thread(100 + i, blogOwner, 0.95));
  const redditThreads: DemoThread[] = [];
  for (let i = 0; i < 160; i++) {
    const r = rng();
    const author =
      r < 0.45 ? pick(rng, broadcasters) : r < 0.65 ? pick(rng, connectors) : pick(rng, regulars);
    redditThreads.push(thread(1000 + i, author, answerRate(author)));
  }
  return { members, blogOwner, blogThreads, redditThreads, subreddit: 'PeerSupportDemo' };
}
