// The private crisis results (migration 3), read only for the owner's safety inbox (SPEC §4:
// never used for ranking, never shown publicly). Only `report/safety/**` and the `safety` CLI
// verb may import this module; a static test (test/e2e/safety-imports.test.ts) enforces it, and
// `store/index.ts` deliberately does not re-export it.
import type { Database } from '../database.js';

export type HandledFilter = 'open' | 'handled' | 'all';

/** One flagged post with its thread context, as the inbox needs it. */
export interface CrisisRow {
  readonly platform: string;
  readonly postId: string;
  readonly level: 'concern' | 'urgent';
  readonly rule: string | null;
  readonly spans: { start: number; end: number; text: string }[];
  readonly text: string;
  readonly kind: string;
  readonly createdAt: string | null;
  readonly language: string | null;
  readonly venue: string | null;
  readonly author: {
    readonly id: string | null;
    readonly handle: string | null;
    readonly bio: string | null;
  };
  /** The thread's root post (null when the flagged post is the root, or it is not stored). */
  readonly root: ContextPost | null;
  /** What the flagged comment directly replies to, when it is not the root. */
  readonly parent: ContextPost | null;
  readonly handledAt: string | null;
}

export interface ContextPost {
  readonly id: string;
  readonly title: string | null;
  readonly text: string;
  readonly authorHandle: string | null;
}

const ISO = `'%Y-%m-%dT%H:%M:%SZ'`;

/**
 * Flagged posts, urgent first, then newest first (posts without a time last).
 * `open` = not yet handled, `handled` = only handled ones, `all` = both.
 */
export async function readCrisisSignals(
  db: Database,
  filter: HandledFilter = 'open',
): Promise<CrisisRow[]> {
  const where =
    filter === 'open'
      ? 'h.post_id IS NULL'
      : filter === 'handled'
        ? 'h.post_id IS NOT NULL'
        : 'true';
  const rows = await db.rows(
    `WITH acc AS (SELECT platform, id, any_value(handle) AS handle, any_value(bio) AS bio
                  FROM accounts GROUP BY ALL),
          handled AS (SELECT platform, post_id, max(handled_at) AS handled_at
                      FROM crisis_handled GROUP BY ALL)
     SELECT s.platform, s.post_id, s.level, s.rule, s.spans, p.text, p.kind,
       strftime(p.created_at, ${ISO}) AS created_at, p.language, p.venue,
       p.author_id, a.handle, a.bio,
       r.id AS root_id, r.title AS root_title, r.text AS root_text, ra.handle AS root_handle,
       q.id AS parent_id, q.title AS parent_title, q.text AS parent_text,
       qa.handle AS parent_handle, strftime(h.handled_at, ${ISO}) AS handled_at
     FROM crisis_signals s
     JOIN posts p ON p.platform = s.platform AND p.id = s.post_id
     LEFT JOIN acc a ON a.platform = p.platform AND a.id = p.author_id
     LEFT JOIN posts r ON r.platform = p.platform AND r.id = p.root_id AND r.id <> p.id
     LEFT JOIN acc ra ON ra.platform = r.platform AND ra.id = r.author_id
     LEFT JOIN posts q ON q.platform = p.platform AND q.id = p.parent_id
       AND q.id IS DISTINCT FROM p.root_id
     LEFT JOIN acc qa ON qa.platform = q.platform AND qa.id = q.author_id
     LEFT JOIN handled h ON h.platform = s.platform AND h.post_id = s.post_id
     WHERE ${where}
     ORDER BY s.level = 'urgent' DESC, p.created_at DESC NULLS LAST, s.platform, s.post_id`,
  );
  const context = (id: unknown, title: unknown, text: unknown, handle: unknown) =>
    id === null || id === undefined
      ? null
      : {
          id: String(id),
          title: title === null ? null : String(title),
          text: String(text),
          authorHandle: handle === null ? null : String(handle),
        };
  return rows.map((r) => ({
    platform: String(r.platform),
    postId: String(r.post_id),
    level: r.level === 'urgent' ? 'urgent' : 'concern',
    rule: r.rule === null ? null : String(r.rule),
    spans: JSON.parse(String(r.spans)) as CrisisRow['spans'],
    text: String(r.text),
    kind: String(r.kind),
    createdAt: r.created_at === null ? null : String(r.created_at),
    language: r.language === null ? null : String(r.language),
    venue: r.venue === null ? null : String(r.venue),
    author: {
      id: r.author_id === null ? null : String(r.author_id),
      handle: r.handle === null ? null : String(r.handle),
      bio: r.bio === null ? null : String(r.bio),
    },
    root: context(r.root_id, r.root_title, r.root_text, r.root_handle),
    parent: context(r.parent_id, r.parent_title, r.parent_text, r.parent_handle),
    handledAt: r.handled_at === null ? null : String(r.handled_at),
  }));
}

/**
 * Stored texts the classifier could not read (a language without a lexicon), so no crisis
 * verdict exists for them: counts by the post's language tag (null when the platform gave
 * none), most first. The inbox says they were not checked, so that silence is not taken for
 * "nothing here".
 */
export async function readUncheckedTexts(
  db: Database,
): Promise<{ language: string | null; count: number }[]> {
  const rows = await db.rows(
    `SELECT p.language, count(*)::INTEGER AS n
     FROM text_classified c JOIN posts p ON p.platform = c.platform AND p.id = c.post_id
     WHERE NOT c.language_supported
     GROUP BY p.language ORDER BY n DESC, p.language NULLS LAST`,
  );
  return rows.map((r) => ({
    language: r.language === null ? null : String(r.language),
    count: Number(r.n),
  }));
}

/** Records that the owner has dealt with a flagged post (idempotent). */
export async function markCrisisHandled(
  db: Database,
  platform: string,
  postId: string,
): Promise<void> {
  await db.transaction(async () => {
    await db.run(`DELETE FROM crisis_handled WHERE platform = $1 AND post_id = $2`, [
      platform,
      postId,
    ]);
    await db.run(`INSERT INTO crisis_handled VALUES ($1, $2, now()::TIMESTAMP)`, [
      platform,
      postId,
    ]);
  });
}

/**
 * Deletes every crisis result and "handled" mark. Used to show that rankings do not depend on
 * them; the next classification run recomputes the signals only for posts it classifies anew.
 */
export async function deleteCrisisResults(db: Database): Promise<void> {
  await db.transaction(async () => {
    await db.run(`DELETE FROM crisis_signals`);
    await db.run(`DELETE FROM crisis_handled`);
  });
}

/** How many crisis results are stored (for tests and the inbox summary). */
export async function countCrisisSignals(db: Database): Promise<number> {
  return Number(await db.value(`SELECT count(*) FROM crisis_signals`));
}
