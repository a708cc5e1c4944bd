import type { DemoCommunity } from './community.js';

/** A Reddit base-36 id for a number (Reddit's ids are base-36 counters). */
export function base36(n: number): string {
  return n.toString(36);
}

/**
 * One submission as a Pushshift / Arctic Shift dump line. Field names and types follow the
 * dump files (the shared fixtures' sample); only fields a dump always has are written.
 */
export function submissionLine(s: {
  id: string;
  author: string;
  subreddit: string;
  createdS: number;
  title: string;
  selftext: string;
  numComments: number;
  score: number;
}): string {
  return JSON.stringify({
    archived: false,
    author: s.author,
    created_utc: s.createdS,
    domain: `self.${s.subreddit}`,
    id: s.id,
    is_self: true,
    name: `t3_${s.id}`,
    num_comments: s.numComments,
    over_18: false,
    permalink: `/r/${s.subreddit}/comments/${s.id}/`,
    retrieved_on: s.createdS + 86400,
    score: s.score,
    selftext: s.selftext,
    subreddit: s.subreddit,
    subreddit_id: 't5_demo',
    title: s.title,
  });
}

/** One comment as a dump line; `parentId` is a fullname (`t1_…` or `t3_…`). */
export function commentLine(c: {
  id: string;
  author: string;
  subreddit: string;
  createdS: number;
  body: string;
  linkId: string;
  parentId: string;
  score: number;
}): string {
  return JSON.stringify({
    archived: false,
    author: c.author,
    body: c.body,
    controversiality: 0,
    created_utc: c.createdS,
    downs: 0,
    edited: false,
    gilded: 0,
    id: c.id,
    link_id: c.linkId,
    name: `t1_${c.id}`,
    parent_id: c.parentId,
    retrieved_on: c.createdS + 86400,
    score: c.score,
    score_hidden: false,
    subreddit: c.subreddit,
    subreddit_id: 't5_demo',
    ups: c.score,
  });
}

/** The community's subreddit as dump NDJSON: submissions, then their comments. */
export function writeRedditNdjson(community: DemoCommunity): string {
  const lines: string[] = [];
  for (const thread of community.redditThreads) {
    const id = base36(thread.id * 7919);
    lines.push(
      submissionLine({
        id,
        author: thread.author.handle,
        subreddit: community.subreddit,
        createdS: Math.floor(thread.atMs / 1000),
        title: thread.title,
        selftext: thread.text,
        numComments: thread.comments.length,
        score: 1 + (thread.id % 17),
      }),
    );
    for (const c of thread.comments) {
      lines.push(
        commentLine({
          id: `c${base36(c.id)}`,
          author: c.author.handle,
          subreddit: community.subreddit,
          createdS: Math.floor(c.atMs / 1000),
          body: c.text,
          linkId: `t3_${id}`,
          parentId: c.parentComment === null ? `t3_${id}` : `t1_c${base36(c.parentComment)}`,
          score: 1 + (c.id % 5),
        }),
      );
    }
  }
  return lines.join('\n') + '\n';
}
