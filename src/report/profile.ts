// `rapport profile <platform>:<handle>`: one account's connection profile beside its reach
// (SPEC §3 metrics, §9 `profile --json` shape), from stored results brought up to date first.
import {
  findAccountById,
  findAccountsByHandle,
  readAccountResult,
  type AccountMatch,
  type Database,
  type MetricsWindow,
} from '../store/index.js';
import { analyzePlatform, windowKey, type AnalyzeOptions } from './analyze.js';
import { inlineText } from './terminal-text.js';

/** A handle matching several accounts (SPEC §9: list the candidates, exit 2). */
export class AmbiguousHandleError extends Error {
  override name = 'AmbiguousHandleError';
  constructor(
    readonly ref: string,
    readonly candidates: readonly AccountMatch[],
  ) {
    super(
      `ambiguous handle ${ref}: ${candidates.length} accounts match (${candidates.map((c) => c.id).join(', ')}); choose one with --id`,
    );
  }
}

export class UnknownAccountError extends Error {
  override name = 'UnknownAccountError';
  constructor(readonly ref: string) {
    super(`no account ${ref}`);
  }
}

export interface ScoreWithParts {
  readonly value: number | null;
  readonly parts: Record<
    string,
    { value: number | null; normalized: number | null; weight: number }
  >;
}

export interface Workload {
  readonly replies_per_day: number | null;
  readonly rolling_mean_7d: number | null;
  readonly baseline_median_90d: number | null;
  readonly flag: boolean | null;
  readonly as_of: string | null;
}

/** SPEC §9 `rapport profile --json`. Metric keys are the SPEC §3 names (plus a few helpers). */
export interface Profile {
  readonly platform: string;
  readonly handle: string;
  readonly native_id: string;
  readonly window: { since: string | null; until: string | null };
  readonly metrics: {
    followers: number | null;
    following: number | null;
    follow_ratio: number | null;
    posts: number | null;
    inbound_replies: number | null;
    engaged_audience: number | null;
    engaged_follower_rate: number | null;
    engaged_follower_rate_estimated: boolean | null;
    response_rate: number | null;
    median_response_hours: number | null;
    dialogues: number | null;
    dialogue_partners: number | null;
    outbound_replies: number | null;
    outbound_reach: number | null;
    reciprocity: number | null;
    connection_rank: number | null;
    connection_pagerank: number | null;
    reach_rank: number | null;
    community: number | null;
    advocacy_focus: number | null;
    advocacy_topics: string[] | null;
    self_promotion_rate: number | null;
    workload: Workload | null;
  };
  readonly scores: { connection_score: ScoreWithParts; reach_score: ScoreWithParts };
  readonly quadrant: string | null;
}

/** Which account: a platform and a handle (`@`/`u/` optional, any case) or a native id. */
export interface AccountRef {
  readonly platform: string;
  readonly handle?: string;
  readonly id?: string;
}

/** Finds the one account a reference names, or throws Unknown/AmbiguousHandle errors. */
export async function resolveAccount(db: Database, ref: AccountRef): Promise<AccountMatch> {
  if (ref.id !== undefined) {
    const found = await findAccountById(db, ref.platform, ref.id);
    if (!found) throw new UnknownAccountError(`${ref.platform} --id ${ref.id}`);
    return found;
  }
  const text = `${ref.platform}:${ref.handle ?? ''}`;
  const matches = await findAccountsByHandle(db, ref.platform, ref.handle ?? '');
  if (matches.length === 0) throw new UnknownAccountError(text);
  if (matches.length > 1) throw new AmbiguousHandleError(text, matches);
  return matches[0]!;
}

export async function readProfile(
  db: Database,
  ref: AccountRef,
  window: MetricsWindow,
  /** Text signals for the analysis, asked for once the account is known (classifying costs). */
  text?: () => Promise<Pick<AnalyzeOptions, 'textSignals' | 'textVersion'>>,
): Promise<Profile> {
  const account = await resolveAccount(db, ref);
  await analyzePlatform(db, ref.platform, window, text ? await text() : {});
  const row = await readAccountResult(db, ref.platform, windowKey(window), account.id);
  const num = (key: string): number | null => {
    const v = row?.[key];
    return v === null || v === undefined ? null : Number(v);
  };
  const bool = (key: string): boolean | null => {
    const v = row?.[key];
    return v === null || v === undefined ? null : Boolean(v);
  };
  const json = <T>(key: string): T | null => {
    const v = row?.[key];
    return v === null || v === undefined ? null : (JSON.parse(String(v)) as T);
  };
  const workload: Workload | null =
    row && row.workload_as_of !== null
      ? {
          replies_per_day: num('replies_per_day'),
          rolling_mean_7d: num('rolling_mean_7d'),
          baseline_median_90d: num('baseline_median_90d'),
          flag: bool('workload_flag'),
          as_of: row.workload_as_of === null ? null : String(row.workload_as_of),
        }
      : null;
  return {
    platform: ref.platform,
    handle: account.handle,
    native_id: account.id,
    window: {
      since: window.since?.toISOString() ?? null,
      until: window.until?.toISOString() ?? null,
    },
    metrics: {
      followers: num('followers'),
      following: num('following'),
      follow_ratio: num('follow_ratio'),
      posts: num('posts'),
      inbound_replies: num('inbound_replies'),
      engaged_audience: num('engaged_audience'),
      engaged_follower_rate: num('engaged_follower_rate'),
      engaged_follower_rate_estimated: bool('engaged_follower_rate_estimated'),
      response_rate: num('response_rate'),
      median_response_hours: num('median_response_hours'),
      dialogues: num('dialogues'),
      dialogue_partners: num('dialogue_partners'),
      outbound_replies: num('outbound_replies'),
      outbound_reach: num('outbound_reach'),
      reciprocity: num('reciprocity'),
      connection_rank: num('connection_rank'),
      connection_pagerank: num('connection_pagerank'),
      reach_rank: num('reach_rank'),
      community: num('community'),
      advocacy_focus: num('advocacy_focus'),
      advocacy_topics: json<string[]>('advocacy_topics'),
      self_promotion_rate: num('self_promotion_rate'),
      workload,
    },
    scores: {
      connection_score: {
        value: num('connection_score'),
        parts: json<ScoreWithParts['parts']>('connection_parts') ?? {},
      },
      reach_score: {
        value: num('reach_score'),
        parts: json<ScoreWithParts['parts']>('reach_parts') ?? {},
      },
    },
    quadrant: row?.quadrant === null || row?.quadrant === undefined ? null : String(row.quadrant),
  };
}

/** The readable profile: connection beside reach, every score with its parts. */
export function formatProfile(p: Profile): string {
  const m = p.metrics;
  const f = (x: number | null, digits = 0) => (x === null ? '—' : x.toFixed(digits));
  const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(0)}%`);
  const window =
    p.window.since || p.window.until
      ? `${p.window.since?.slice(0, 10) ?? 'start'} to ${p.window.until?.slice(0, 10) ?? 'now'}`
      : 'all data';
  const parts = (s: ScoreWithParts) =>
    Object.entries(s.parts)
      .map(
        ([name, part]) =>
          `    ${name.padEnd(18)} ${part.value === null ? '—' : String(Number(part.value.toFixed(4)))}  → ${part.normalized === null ? 'unknown, left out' : part.normalized.toFixed(3)} × ${part.weight}`,
      )
      .join('\n');
  const rows: [string, string, string, string][] = [
    ['response rate', pct(m.response_rate), 'followers', f(m.followers)],
    [
      'median response',
      m.median_response_hours === null ? '—' : `${m.median_response_hours.toFixed(1)} h`,
      'following',
      f(m.following),
    ],
    ['dialogues', f(m.dialogues), 'follow ratio', f(m.follow_ratio, 2)],
    ['dialogue partners', f(m.dialogue_partners), 'engaged audience', f(m.engaged_audience)],
    [
      'reciprocity',
      pct(m.reciprocity),
      'engaged followers',
      m.engaged_follower_rate === null
        ? '—'
        : `${pct(m.engaged_follower_rate)}${m.engaged_follower_rate_estimated ? ' (estimated)' : ''}`,
    ],
    ['outbound replies', f(m.outbound_replies), 'posts', f(m.posts)],
    ['outbound reach', f(m.outbound_reach), 'inbound replies', f(m.inbound_replies)],
    ['connection rank', f(m.connection_rank, 1), 'reach rank', f(m.reach_rank, 1)],
  ];
  const table = rows
    .map(
      ([a, av, b, bv]) =>
        `  ${a.padEnd(18)} ${av.padStart(10)}    ${b.padEnd(18)} ${bv.padStart(10)}`,
    )
    .join('\n');
  const w = m.workload;
  return [
    `${p.platform}:${inlineText(p.handle)}  (${inlineText(p.native_id)}) — ${window}`,
    `quadrant: ${p.quadrant ?? '—'}${m.community === null ? '' : `   community ${m.community}`}`,
    '',
    `  ${'CONNECTION'.padEnd(29)}    ${'REACH'}`,
    table,
    '',
    `connection score ${f(p.scores.connection_score.value, 1)} = 100 × weighted mean of the known parts:`,
    parts(p.scores.connection_score),
    `reach score ${f(p.scores.reach_score.value, 1)} = 100 × weighted mean of the known parts:`,
    parts(p.scores.reach_score),
    '',
    w
      ? `workload: ${f(w.replies_per_day, 2)} replies/day; 7-day mean ${f(w.rolling_mean_7d, 2)} vs 90-day median ${f(w.baseline_median_90d, 2)} as of ${w.as_of}${w.flag ? '  ⚠ well above your usual pace — take care of yourself' : ''}`
      : 'workload: —',
    `advocacy focus: ${m.advocacy_focus === null ? '—' : pct(m.advocacy_focus)}   self-promotion: ${m.self_promotion_rate === null ? '—' : pct(m.self_promotion_rate)}`,
  ].join('\n');
}
