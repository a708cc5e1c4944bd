import { distressCues } from './distress-cues.js';
import type { CrisisCategory } from './lexicon.js';
import { Family, type Payload } from './matcher.js';
import {
  hasFirstPersonWord,
  isFirstPersonSentence,
  isHypothetical,
  isOwnThought,
  isDeferred,
  isNegated,
  isPastFramed,
  subjectOf,
} from './negation.js';
import type { Match } from './phrase-trie.js';
import { TextFlag, wordAt, type Tokens } from './tokenize.js';
import { registerWords } from './words.js';

/**
 * Crisis signals of SPEC §4: `urgent` = first-person intent, plan, method, means, timeline or
 * goodbye; `concern` = first-person ideation without those, self-harm, hopelessness, being a
 * burden, feeling trapped, or a third person at risk; `none` otherwise — including someone
 * offering help, a denial ("I'm not suicidal"), a recovered past, idioms, lyrics and news.
 * The result names the deciding rule and the spans it rests on, never a numeric score.
 */
export type CrisisLevel = 'none' | 'concern' | 'urgent';

export interface CrisisSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface CrisisResult {
  readonly level: CrisisLevel;
  readonly spans: CrisisSpan[];
  /** The deciding rule (`urgent:intent`, `concern:ideation`, `none:negated`…), or null. */
  readonly rule: string | null;
}

export const DEFAULTS = {
  /** How many sentences away means ("I have the pills") may sit from first-person ideation. */
  meansSentenceWindow: 2,
} as const;

type CrisisPayload = Extract<Payload, { family: 1 }>;

// Module-local copies of constants read in loops: an imported binding costs a load and a
// check each time it is read.
const CRISIS = Family.crisis;
const MARKER = Family.marker;

interface Active {
  readonly match: Match<CrisisPayload>;
  readonly person: 'first' | 'third';
  readonly sentence: number;
  readonly quoted: boolean;
  /** A denied act put off ("I'm not going to kill myself tonight"): ideation, never urgent. */
  readonly deferred: boolean;
}

const URGENT_ORDER: readonly CrisisCategory[] = [
  'intent',
  'plan',
  'method',
  'means',
  'timeline',
  'goodbye',
];
const CONCERN_ORDER: readonly CrisisCategory[] = [
  'ideation',
  'self_harm',
  'burden',
  'trapped',
  'hopelessness',
  'distress',
];

/**
 * Words that make a euphemism ("do it", "be gone") mean death when the text also has them.
 * Everyday words of living and ending ("live", "living", "end", "gone", "note") are not among
 * them: a comment saying where its writer lives made its "to go" and "do it" crisis phrases,
 * and "be gone" or "wrote a note" anchored themselves.
 */
const DEATH_WORDS = new Set([
  'suicide',
  'suicidal',
  'die',
  'died',
  'dying',
  'death',
  'dead',
  'kill',
  'killing',
  'overdose',
  'alive',
  'pills',
  'noose',
  'rope',
  'attempt',
  'attempted',
  'sucide',
  'gun',
  'trigger',
  'belt',
  'bridge',
  'overdose',
  'goodbye',
  'goodbyes',
]);

registerWords(DEATH_WORDS);

function speaksOfDeath(tokens: Tokens): boolean {
  for (let i = 0; i < tokens.count; i++) if (DEATH_WORDS.has(wordAt(tokens, i))) return true;
  return false;
}

// Rule ids by level and category (`concern:self-harm`), made once each.
const ruleIds = {
  urgent: new Map<CrisisCategory, string>(),
  concern: new Map<CrisisCategory, string>(),
};
function ruleId(level: 'urgent' | 'concern', category: CrisisCategory): string {
  let id = ruleIds[level].get(category);
  if (id === undefined)
    ruleIds[level].set(category, (id = `${level}:${category.replace('_', '-')}`));
  return id;
}

function overlaps(a: { from: number; to: number }, b: { from: number; to: number }): boolean {
  return a.from < b.to && b.from < a.to;
}

/**
 * Whether crisis match `m` holds the whole of false friend `f` and says more: the longer phrase
 * is the more specific, so "rather die than keep living" is not the idiom "rather die than".
 */
function outspans(m: { from: number; to: number }, f: { from: number; to: number }): boolean {
  return m.from <= f.from && f.to <= m.to && m.to - m.from > f.to - f.from;
}

/** Crisis level of one tokenized text, from its lexicon matches (see `matchEnglish`). */
export function crisisSignals(tokens: Tokens, matches: readonly Match<Payload>[]): CrisisResult {
  // most texts have no crisis phrase: then only a recovery marker matters (see `weakCues`)
  let anyCrisis = false;
  let anyRecovery = false;
  let idioms: Match<Payload>[] | null = null;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    const p = m.payload;
    if (p.family === CRISIS) {
      anyCrisis = true;
      break;
    }
    if (p.family === MARKER) {
      if (p.category === 'recovery') anyRecovery = true;
      else if (p.category === 'false_friend') (idioms ??= []).push(m);
    }
  }
  if (!anyCrisis) return weakCues(tokens, anyRecovery, null, idioms ?? undefined);
  const crisis: Match<CrisisPayload>[] = [];
  const falseFriends: Match<Payload>[] = [];
  const helpMarkers: Match<Payload>[] = [];
  let recovery = false;
  let lyrics = (tokens.flags & TextFlag.musicSymbol) !== 0;
  let newsMarkers: Match<Payload>[] | undefined;
  const distant = new Set<number>();
  const recentMarkers: Match<Payload>[] = [];
  const joke = new Set<number>();
  // "that feeling when you…": the writer's experience told with a generic "you"
  const relatable: Match<Payload>[] = [];
  // a song introduced by "now playing:", from the marker to the end of its sentence
  let songFrom = -1;
  for (const m of matches) {
    const p = m.payload;
    if (p.family === Family.crisis) crisis.push(m as Match<CrisisPayload>);
    else if (p.family === Family.marker) {
      const sentence = tokens.sentence[m.from]!;
      switch (p.category) {
        case 'false_friend':
          falseFriends.push(m);
          break;
        case 'help':
          helpMarkers.push(m);
          break;
        case 'recovery':
          recovery = true;
          break;
        case 'distant_past':
          distant.add(sentence);
          break;
        case 'recent':
          recentMarkers.push(m);
          break;
        case 'lyrics':
          lyrics = true;
          break;
        case 'song_intro':
          lyrics = true;
          if (songFrom < 0) songFrom = m.to;
          break;
        case 'news':
          (newsMarkers ??= []).push(m);
          break;
        case 'joke':
          joke.add(sentence);
          break;
        case 'relatable':
          relatable.push(m);
          break;
      }
    }
  }
  if (crisis.length === 0) return weakCues(tokens, recovery, null, falseFriends);
  // a help phrase inside a crisis phrase is reported speech the writer rejects ("sick of
  // hearing it gets better"), not someone offering help
  const outsideCrisis = (x: Match<Payload>) =>
    !crisis.some((c) => c.from <= x.from && x.to <= c.to);
  const help = helpMarkers.some(outsideCrisis);
  // likewise news words inside a crisis phrase are the writer's own ("my brother almost died by
  // suicide"), not a report
  const news = newsMarkers?.some(outsideCrisis) ?? false;
  // and a recent-time word inside a crisis phrase is part of the wish ("walk into the sea and
  // never come back"), not a sign that a past crisis is current
  const recent = new Set<number>();
  for (const r of recentMarkers) if (outsideCrisis(r)) recent.add(tokens.sentence[r.from]!);
  if (tokens.flags & TextFlag.laughEmoji)
    for (let i = 0; i < tokens.count; i++) joke.add(tokens.sentence[i]!);

  // "that feeling when you…" before token `from` in its sentence: the writer's own "you"
  const ownYou = (from: number, sentence: number) =>
    !help && relatable.some((r) => r.to <= from && tokens.sentence[r.from] === sentence);

  const active: Active[] = [];
  const modifiers: Match<CrisisPayload>[] = [];
  let suppressedBy: string | null = null;
  let deathSpoken: boolean | undefined;
  const suppress = (reason: string): void => {
    suppressedBy ??= `none:${reason}`;
  };
  // where the last crisis phrase (not a modifier) ended: a modifier after it is not negated by
  // a negation inside it
  let phraseEnd = 0;
  for (const m of crisis) {
    const p = m.payload;
    if (p.minCount > 0 && countIn(tokens, m) < p.minCount) continue;
    if (falseFriends.some((f) => overlaps(f, m) && !outspans(m, f))) {
      suppress('false-friend');
      continue;
    }
    const modifier = p.person === 'none';
    const negated = isNegated(tokens, m.from, modifier && phraseEnd <= m.from ? phraseEnd : 0);
    if (!modifier) phraseEnd = Math.max(phraseEnd, m.to);
    const deferred = negated && isDeferred(tokens, m.from, m.to);
    if (negated && !deferred) {
      suppress('negated');
      continue;
    }
    if (p.person === 'none') {
      modifiers.push(m);
      continue;
    }
    const sentence = tokens.sentence[m.from]!;
    // a quotation is someone else's words, unless it is the writer's own thought
    const quoted = tokens.quoted[m.from] ? !isOwnThought(tokens, m.from) : false;
    const inSong =
      songFrom >= 0 && m.from >= songFrom && tokens.sentence[songFrom - 1] === sentence;
    if (lyrics && (quoted || inSong || tokens.flags & TextFlag.musicSymbol)) {
      suppress('lyrics');
      continue;
    }
    if (news && quoted) {
      suppress('news');
      continue;
    }
    let person: 'first' | 'third';
    if (p.person === 'anchored') {
      deathSpoken ??= speaksOfDeath(tokens);
      if (!deathSpoken || subjectOf(tokens, m.from, true) !== 'first') continue;
      person = 'first';
    } else if (p.person === 'open') {
      let subject = subjectOf(tokens, m.from);
      if ((subject === 'second' || subject === 'generic') && ownYou(m.from, sentence)) {
        subject = 'first';
      }
      if (subject === 'second') {
        suppress(help ? 'offering-help' : 'second-person');
        continue;
      }
      if (subject === 'generic') {
        suppress(help ? 'offering-help' : 'generic');
        continue;
      }
      if (subject === 'unknown' && help && !isFirstPersonSentence(tokens, m.from)) {
        suppress('offering-help');
        continue;
      }
      if (subject === 'third' && news) {
        suppress('news');
        continue;
      }
      person = subject === 'third' ? 'third' : 'first';
    } else {
      person = p.person === 'third' ? 'third' : 'first';
      if (person === 'first' && !hasFirstPersonWord(tokens, m.from, m.to)) {
        const subject = subjectOf(tokens, m.from, true);
        // a first-person phrase with no first-person word of its own, said of someone else
        // ("my friend took a bunch of pills"): a third person at risk (SPEC §4)
        if (subject === 'third') person = 'third';
        // said of anyone at all in a condition ("if someone tells you they want to jump in front
        // of a train…"; "does anyone know how to…" is the writer asking), or to the reader
        // beside an offer of help ("if you want to…, please call 988"): advice and support, not
        // the writer's crisis. A "you" without an offer of help stays the writer's own ("do you
        // ever just want to…").
        else if (
          !ownYou(m.from, sentence) &&
          ((subject === 'generic' && (help || isHypothetical(tokens, m.from - 1))) ||
            (subject === 'second' && help))
        ) {
          suppress(help ? 'offering-help' : 'generic');
          continue;
        }
      }
      if (person === 'third' && m.from > 0 && isHypothetical(tokens, m.from - 1)) {
        suppress(help ? 'offering-help' : 'generic');
        continue;
      }
      if (person === 'third' && news) {
        suppress('news');
        continue;
      }
    }
    // A past crisis told as past ("two years ago I wanted to die, today I…") is a recovery
    // story; a recent one ("I tried last night") still counts.
    // Past experience shared beside an offer of help ("I felt that way too, please reach out")
    // is support, not a cry for help.
    const past = p.past || isPastFramed(tokens, m.from);
    const framedAsOver = distant.has(sentence) || recovery || (past && help);
    if (!recent.has(sentence) && framedAsOver && (past || (distant.has(sentence) && recovery))) {
      suppress('past');
      continue;
    }
    active.push({ match: m, person, sentence, quoted, deferred });
  }

  const firstIdeation = active.filter(
    (a) =>
      a.person === 'first' &&
      (a.match.payload.category === 'ideation' || a.match.payload.category === 'self_harm'),
  );
  // urgent: a first-person intent/plan/method/goodbye phrase, or a modifier beside ideation
  const urgent: { category: CrisisCategory; spans: Match<CrisisPayload>[]; capped: boolean }[] = [];
  for (const a of active) {
    const category = a.match.payload.category;
    if (a.person !== 'first' || CONCERN_ORDER.includes(category)) continue;
    urgent.push({
      category,
      spans: [a.match],
      capped: a.quoted || a.deferred || joke.has(a.sentence),
    });
  }
  for (const m of modifiers) {
    const category = m.payload.category;
    const sentence = tokens.sentence[m.from]!;
    // a phrase that is both ideation and a modifier (the edge of a roof, en.crisis 2.53) needs
    // ideation other than itself to be urgent
    const anchor = firstIdeation.find(
      (a) =>
        (a.match.from !== m.from || a.match.to !== m.to) &&
        (category === 'timeline'
          ? a.sentence === sentence
          : category === 'means'
            ? Math.abs(a.sentence - sentence) <= DEFAULTS.meansSentenceWindow
            : true),
    );
    if (!anchor) continue;
    urgent.push({
      category,
      spans: [anchor.match, m],
      capped: anchor.quoted || anchor.deferred || joke.has(anchor.sentence) || joke.has(sentence),
    });
  }
  const uncapped = urgent.filter((u) => !u.capped);
  if (uncapped.length > 0) {
    const category = URGENT_ORDER.find((c) => uncapped.some((u) => u.category === c))!;
    const spans = uncapped.flatMap((u) => u.spans);
    for (const a of firstIdeation) spans.push(a.match);
    return { level: 'urgent', spans: toSpans(tokens, spans), rule: ruleId('urgent', category) };
  }
  if (active.length > 0) {
    const first = active.filter((a) => a.person === 'first');
    const category = CONCERN_ORDER.find((c) => first.some((a) => a.match.payload.category === c));
    const rule =
      category !== undefined
        ? ruleId('concern', category)
        : first.length > 0
          ? 'concern:ideation'
          : 'concern:third-person';
    const spans = [...active.map((a) => a.match), ...urgent.flatMap((u) => u.spans)];
    return { level: 'concern', spans: toSpans(tokens, spans), rule };
  }
  return weakCues(tokens, recovery, suppressedBy, falseFriends);
}

/** The largest number written in digits among a match's tokens (0 if none). */
function countIn(tokens: Tokens, m: Match<Payload>): number {
  let most = 0;
  for (let i = m.from; i < m.to; i++) {
    const lead = tokens.lead[i]!;
    if (lead < 48 || lead > 57) continue;
    const value = Number.parseInt(tokens.text.slice(tokens.start[i], tokens.end[i]), 10);
    if (value > most) most = value;
  }
  return most;
}

/** The fallback when no phrase decided: the weak-cue rule, unless the text is a recovery story. */
function weakCues(
  tokens: Tokens,
  recovery: boolean,
  suppressedBy: string | null,
  falseFriends: readonly Match<Payload>[] = [],
): CrisisResult {
  // a crisis phrase that was denied, framed as past or offered as help decides: weak cues never
  // overrule it. A phrase said of people in general, or a false friend ("my first attempt at
  // baking"), says nothing of the writer's state: the cues still count, but not the words of
  // the idiom itself ("so tired I could die" is no distress)
  const vetoed =
    suppressedBy !== null &&
    suppressedBy !== 'none:generic' &&
    suppressedBy !== 'none:false-friend';
  const cues = recovery || vetoed ? null : distressCues(tokens, falseFriends);
  if (!cues) return { level: 'none', spans: [], rule: suppressedBy };
  const spans = cues.map((i) => {
    const start = tokens.start[i]!;
    const end = tokens.end[i]!;
    return { start, end, text: tokens.text.slice(start, end) };
  });
  return { level: 'concern', spans, rule: 'concern:distress-cues' };
}

function toSpans(tokens: Tokens, matches: readonly Match<Payload>[]): CrisisSpan[] {
  const seen = new Set<number>();
  const out: CrisisSpan[] = [];
  for (const m of [...matches].sort((a, b) => a.from - b.from || b.to - a.to)) {
    const key = m.from * 65536 + m.to;
    if (seen.has(key)) continue;
    seen.add(key);
    const start = tokens.start[m.from]!;
    const end = tokens.end[m.to - 1]!;
    out.push({ start, end, text: tokens.text.slice(start, end) });
  }
  return out;
}
