// The engine's view of one platform's window: accounts are dense integers 0..n-1, comments are
// parallel typed arrays (SPEC §9 "Metrics details": turns are comments only).

/** Every public comment of the window, one entry per comment. */
export interface CommentArrays {
  /** Number of comments. */
  readonly count: number;
  /** Author account, −1 when unknown (deleted). */
  readonly author: Int32Array;
  /** The comment this one directly replies to (its index), −1 when the parent is no comment of the window. */
  readonly parent: Int32Array;
  /** Author of the parent (post or comment, any time), −1 when unknown or absent. */
  readonly parentAuthor: Int32Array;
  /** 1 when the parent is a root post. */
  readonly parentIsRoot: Uint8Array;
  /** Creation time in ms since the epoch, NaN when unknown. */
  readonly atMs: Float64Array;
}

/** Allocates comment arrays for `count` comments, filled as "unknown". */
export function allocateComments(count: number): CommentArrays {
  return {
    count,
    author: new Int32Array(count).fill(-1),
    parent: new Int32Array(count).fill(-1),
    parentAuthor: new Int32Array(count).fill(-1),
    parentIsRoot: new Uint8Array(count),
    atMs: new Float64Array(count).fill(NaN),
  };
}

/** A small builder for tests and hand-made threads: comments in the order given. */
export function commentsOf(
  rows: readonly {
    author: number;
    parent?: number;
    parentAuthor?: number;
    parentIsRoot?: boolean;
    atMs?: number;
  }[],
): CommentArrays {
  const c = allocateComments(rows.length);
  rows.forEach((row, i) => {
    c.author[i] = row.author;
    c.parent[i] = row.parent ?? -1;
    c.parentIsRoot[i] = row.parentIsRoot ? 1 : 0;
    c.atMs[i] = row.atMs ?? NaN;
    c.parentAuthor[i] =
      row.parentAuthor ?? (row.parent !== undefined ? (rows[row.parent]?.author ?? -1) : -1);
  });
  return c;
}
