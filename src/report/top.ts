// `rapport top --by connection|reach|dialogue_partners [--topic SLUG]`: the leading accounts of
// each platform, always showing reach beside connection; with a topic, only the accounts whose
// top advocacy topics include it (the topic search a directory of advocates is built on).
import {
  readDataPlatforms,
  readTop,
  type Database,
  type MetricsWindow,
  type TopBy,
} from '../store/index.js';
import { analyzePlatform, windowKey, type AnalyzeOptions } from './analyze.js';

export const TOP_BY: readonly TopBy[] = ['connection', 'reach', 'dialogue_partners'];

export interface TopEntry {
  readonly platform: string;
  readonly handle: string;
  readonly native_id: string;
  readonly connection_rank: number | null;
  readonly reach_rank: number | null;
  readonly connection_score: number | null;
  readonly reach_score: number | null;
  readonly dialogue_partners: number | null;
  readonly followers: number | null;
  readonly engaged_audience: number | null;
  readonly quadrant: string | null;
  /** Share of the account's posts in advocacy topics, and its top topics (null: not classified). */
  readonly advocacy_focus: number | null;
  readonly advocacy_topics: string[] | null;
}

export async function readTopAccounts(
  db: Database,
  options: {
    by: TopBy;
    limit: number;
    platform?: string;
    topic?: string;
    window: MetricsWindow;
    /** Text signals for the analysis when it must be brought up to date (a topic needs them). */
    text?: Pick<AnalyzeOptions, 'textSignals' | 'textVersion'>;
  },
): Promise<TopEntry[]> {
  const platforms = options.platform ? [options.platform] : await readDataPlatforms(db);
  const entries: TopEntry[] = [];
  for (const platform of platforms) {
    await analyzePlatform(db, platform, options.window, options.text ?? {});
    for (const r of await readTop(
      db,
      platform,
      windowKey(options.window),
      options.by,
      options.limit,
      options.topic,
    )) {
      const num = (k: string) => (r[k] === null || r[k] === undefined ? null : Number(r[k]));
      entries.push({
        platform,
        handle: String(r.handle),
        native_id: String(r.account_id),
        connection_rank: num('connection_rank'),
        reach_rank: num('reach_rank'),
        connection_score: num('connection_score'),
        reach_score: num('reach_score'),
        dialogue_partners: num('dialogue_partners'),
        followers: num('followers'),
        engaged_audience: num('engaged_audience'),
        quadrant: r.quadrant === null ? null : String(r.quadrant),
        advocacy_focus: num('advocacy_focus'),
        advocacy_topics:
          typeof r.advocacy_topics === 'string'
            ? (JSON.parse(r.advocacy_topics) as string[])
            : null,
      });
    }
  }
  return entries;
}
