// dialogues and dialogue_partners (SPEC §3, §9 "Metrics details"): a dialogue is a maximal chain
// of comments, each a direct reply to the previous one, alternating between a and one x ≠ a, at
// least 3 turns long. The post is not a turn; a 4-turn exchange is one dialogue.
import type { CommentArrays } from './comments.js';

export interface DialogueOptions {
  /** Turns a chain needs to count. */
  readonly minTurns?: number;
}

export const DEFAULTS = { minTurns: 3 } as const;

export interface Dialogues {
  readonly dialogues: Int32Array;
  readonly dialoguePartners: Int32Array;
  /** Dialogues in the window (each counted once, not per participant). */
  readonly total: number;
}

/**
 * Counts dialogues per account. `run[c]` is the length of the longest alternating two-account
 * chain ending at comment c; a chain is maximal where no reply to its last comment extends it.
 *
 * @example dialogues(2, commentsOf([{ author: 0 }, { author: 1, parent: 0 }, { author: 0, parent: 1 }]))
 */
export function dialogues(
  n: number,
  comments: CommentArrays,
  options: DialogueOptions = {},
): Dialogues {
  const minTurns = options.minTurns ?? DEFAULTS.minTurns;
  const { author, parent, count } = comments;
  const run = new Int32Array(count);
  const stack: number[] = [];
  for (let i = 0; i < count; i++) {
    if (run[i] !== 0) continue;
    // Walk up to a resolved ancestor (or a root), then resolve downwards: no recursion.
    let c = i;
    while (c >= 0 && run[c] === 0) {
      stack.push(c);
      c = parent[c];
      if (stack.length > count) throw new Error('reply cycle among comments');
    }
    while (stack.length > 0) {
      const d = stack.pop()!;
      run[d] = chainLength(d, author, parent, run);
    }
  }
  const extended = new Uint8Array(count);
  for (let c = 0; c < count; c++) {
    const p = parent[c];
    if (p >= 0 && run[c] === run[p] + 1) extended[p] = 1;
  }
  const counts = new Int32Array(n);
  const partners = new Set<number>();
  let total = 0;
  for (let c = 0; c < count; c++) {
    if (run[c] < minTurns || extended[c]) continue;
    const a = author[c];
    const x = author[parent[c]];
    counts[a]++;
    counts[x]++;
    total++;
    partners.add(a * n + x);
    partners.add(x * n + a);
  }
  const dialoguePartners = new Int32Array(n);
  for (const key of partners) dialoguePartners[Math.floor(key / n)]++;
  return { dialogues: counts, dialoguePartners, total };
}

function chainLength(c: number, author: Int32Array, parent: Int32Array, run: Int32Array): number {
  const p = parent[c];
  const a = author[c];
  if (p < 0 || a < 0 || author[p] < 0 || author[p] === a) return 1;
  const gp = parent[p];
  if (run[p] >= 2 && gp >= 0 && author[gp] === a) return run[p] + 1;
  return 2;
}
