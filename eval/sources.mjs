// Reads the texts the evaluation set is drawn from: the fixtures' Reddit, Mastodon and X texts
// and the comment threads of the seed articles. Each text keeps its origin (file + record id or
// line) so every labelled item can be traced back; the fixtures themselves stay outside the repo.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The shared fixtures folder: `../shared/fixtures` beside the repo, or `RAPPORT_FIXTURES`. */
export function fixturesDir() {
  return resolve(process.env.RAPPORT_FIXTURES ?? join(repoRoot, '..', 'shared', 'fixtures'));
}

/** The seed articles: `../shared/seeds` beside the fixtures folder, or `RAPPORT_SEEDS`. */
export function seedsDir() {
  return resolve(process.env.RAPPORT_SEEDS ?? join(fixturesDir(), '..', 'seeds'));
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Mastodon `content` HTML → plain text: paragraphs and line breaks kept, tags dropped. */
export function htmlToText(html) {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/p>\s*<p[^>]*>/gi, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
      if (name[0] === '#') {
        const code =
          name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : +name.slice(1);
        return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .trim();
}

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
    )
    .sort();
}

function* readReddit(root) {
  const dir = join(root, 'reddit');
  for (const file of listFiles(dir)) {
    const rel = 'fixtures/' + relative(root, file).split('\\').join('/');
    if (file.endsWith('.ndjson')) {
      const lines = readFileSync(file, 'utf8').split('\n');
      for (let i = 0; i < lines.length; i++) {
        if (!lines[i].trim()) continue;
        yield* redditRecord(JSON.parse(lines[i]), rel, `line ${i + 1}`);
      }
    } else if (file.endsWith('.json')) {
      const data = JSON.parse(readFileSync(file, 'utf8')).data ?? [];
      for (const record of data) yield* redditRecord(record, rel, null);
    }
  }
}

function* redditRecord(record, file, line) {
  const isComment = typeof record.body === 'string';
  const text = isComment
    ? record.body
    : [record.title, record.selftext].filter((part) => part && part.trim()).join('\n');
  if (!text || /^\[(deleted|removed)\]$/.test(text.trim())) return;
  const name = record.name ?? `${isComment ? 't1' : 't3'}_${record.id}`;
  yield {
    source: 'reddit',
    text,
    is_reply: isComment,
    origin: { file, record: name, ...(line ? { line } : {}) },
  };
}

function* mastodonStatus(status, file) {
  if (!status || status.reblog) return;
  const text = htmlToText(status.content ?? '');
  if (!text) return;
  yield {
    source: 'mastodon',
    text,
    is_reply: status.in_reply_to_id != null,
    origin: { file, record: status.uri ?? status.id },
  };
}

function* readMastodon(root) {
  for (const file of listFiles(join(root, 'mastodon'))) {
    if (!file.endsWith('.json')) continue;
    const rel = 'fixtures/' + relative(root, file).split('\\').join('/');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    if (Array.isArray(json?.orderedItems)) {
      for (const activity of json.orderedItems) {
        const note = activity?.type === 'Create' ? activity.object : null;
        if (!note || typeof note.content !== 'string') continue;
        const text = htmlToText(note.content);
        if (text)
          yield {
            source: 'mastodon',
            text,
            is_reply: note.inReplyTo != null,
            origin: { file: rel, record: note.id },
          };
      }
      continue;
    }
    const statuses = Array.isArray(json)
      ? json
      : json?.ancestors
        ? [...json.ancestors, ...json.descendants]
        : [json];
    for (const item of statuses) {
      // notifications wrap their status; plain statuses have `content`
      if (item && typeof item.content === 'string') yield* mastodonStatus(item, rel);
      else if (item?.status) yield* mastodonStatus(item.status, rel);
    }
  }
}

function* readTwitter(root) {
  for (const file of listFiles(join(root, 'twitter'))) {
    const rel = 'fixtures/' + relative(root, file).split('\\').join('/');
    const name = file.split(/[\\/]/).pop();
    if (name === 'tweets.js' || name === 'tweet.js') {
      const raw = readFileSync(file, 'utf8');
      const rows = JSON.parse(raw.slice(raw.indexOf('=') + 1));
      for (const row of rows) {
        const tweet = row.tweet ?? row;
        const text = tweet.full_text ?? tweet.text;
        // `RT @` archive tweets are reposts (SPEC §9), not the account's own text
        if (!text || text.startsWith('RT @')) continue;
        yield {
          source: 'x',
          text,
          is_reply: tweet.in_reply_to_status_id_str != null,
          origin: { file: rel, record: tweet.id_str },
        };
      }
    } else if (name.endsWith('.jsonl')) {
      const lines = readFileSync(file, 'utf8').split('\n');
      for (let i = 0; i < lines.length; i++) {
        if (!lines[i].trim()) continue;
        const page = JSON.parse(lines[i]);
        for (const tweet of page.data ?? []) {
          if (typeof tweet.text !== 'string' || tweet.text.startsWith('RT @')) continue;
          const replied = (tweet.referenced_tweets ?? []).some((r) => r.type === 'replied_to');
          yield {
            source: 'x',
            text: tweet.text,
            is_reply: replied,
            origin: { file: rel, record: tweet.id, line: `line ${i + 1}` },
          };
        }
      }
    } else if (name.endsWith('.json')) {
      const json = JSON.parse(readFileSync(file, 'utf8'));
      for (const tweet of Array.isArray(json) ? json : []) {
        const text = tweet.full_text ?? tweet.text;
        if (!text || text.startsWith('RT @')) continue;
        yield {
          source: 'x',
          text,
          is_reply: tweet.in_reply_to_status_id_str != null,
          origin: { file: rel, record: tweet.id_str },
        };
      }
    }
  }
}

const COMMENT_START = /^(\s*)(\d+)\.\s+(.*)$/;
const NOISE = /^(Liked by \d+ (person|people)|Reply|Loading\.\.\.)$/;

/**
 * Splits a seed article's comment thread into comments. A comment starts at a numbered line
 * (`  3. text` or `  3. Name says:`) after the "N thoughts on" heading and runs to the next one.
 */
export function splitSeedComments(raw) {
  const lines = raw.split('\n');
  const start = lines.findIndex((line) => /^\d+ thoughts on /.test(line.trim()));
  if (start < 0) return [];
  const comments = [];
  let current = null;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (/^Leave a Reply/.test(line.trim())) break;
    const match = COMMENT_START.exec(line);
    if (match && match[1].length >= 2) {
      if (current) comments.push(current);
      const says = /\bsays:\s*$/.test(match[3]);
      current = {
        line: i + 1,
        number: `${match[1].length > 4 ? 'reply ' : ''}${match[2]}`,
        nested: match[1].length > 4,
        parts: says ? [] : [match[3]],
      };
    } else if (current && line.trim() && !NOISE.test(line.trim())) {
      current.parts.push(line.trim());
    }
  }
  if (current) comments.push(current);
  return comments
    .map((c) => ({ ...c, text: c.parts.join('\n').trim() }))
    .filter((c) => c.text.length > 0);
}

function* readSeeds(root) {
  const dir = seedsDir();
  for (const file of listFiles(dir)) {
    if (!file.endsWith('.txt')) continue;
    const rel = 'seeds/' + relative(dir, file).split('\\').join('/');
    for (const comment of splitSeedComments(readFileSync(file, 'utf8'))) {
      yield {
        source: 'seed',
        text: comment.text,
        is_reply: true,
        nested_reply: comment.nested,
        origin: { file: rel, record: `comment ${comment.number}`, line: `line ${comment.line}` },
      };
    }
  }
}

/**
 * The seed articles' own paragraphs (the text before any comment thread), for topics the
 * fixtures' texts barely touch (fundraising, policy, crisis resources). Only paragraphs of at
 * least `minChars` are kept: headings and navigation lines are not texts.
 */
export function splitSeedParagraphs(raw, minChars = 120) {
  const lines = raw.split('\n');
  const end = lines.findIndex((line) => /^\d+ thoughts on /.test(line.trim()));
  const paragraphs = [];
  for (let i = 0; i < (end < 0 ? lines.length : end); i++) {
    const text = lines[i].trim();
    if (text.length >= minChars) paragraphs.push({ line: i + 1, text });
  }
  return paragraphs;
}

function* readSeedArticles() {
  const dir = seedsDir();
  for (const file of listFiles(dir)) {
    if (!file.endsWith('.txt')) continue;
    const rel = 'seeds/' + relative(dir, file).split('\\').join('/');
    for (const paragraph of splitSeedParagraphs(readFileSync(file, 'utf8'))) {
      yield {
        source: 'seed-article',
        text: paragraph.text,
        is_reply: false,
        origin: {
          file: rel,
          record: `paragraph at line ${paragraph.line}`,
          line: `line ${paragraph.line}`,
        },
      };
    }
  }
}

/** Every candidate text, in a fixed order (sorted files, record order within a file). */
export function readAllTexts(root = fixturesDir()) {
  if (!existsSync(root))
    throw new Error(`fixtures folder not found: ${root} (set RAPPORT_FIXTURES)`);
  return [
    ...readReddit(root),
    ...readMastodon(root),
    ...readTwitter(root),
    ...readSeeds(root),
    ...readSeedArticles(),
  ];
}
