/**
 * Every sentence the safety inbox shows, in one place so the copy linter (copy-lint.test.ts)
 * checks all of it against SAFE-MESSAGING.md. Calm and plain on purpose: no alarm words, no
 * method detail, no numbers that look like a clinical risk score (SAFE-MESSAGING.md §3, §5).
 */
export const SAFETY_COPY = {
  title: 'Safety inbox: comments that may need your attention',
  privateNote:
    'Private to you. Nothing here is shown in reports, rankings or the directory, and Rapport never sends a message on its own.',
  empty: 'Nothing here needs your attention right now.',
  emptyHandled: 'No comment has been marked handled yet.',
  contentWarning: 'Content warning: this comment may mention suicide or self-harm.',
  readHint: (id: string) =>
    `Run \`rapport safety --show-text ${id}\` when you are ready to read it.`,
  emergencyStep: 'If a life is in danger now, contact local emergency services.',
  helplinesIntro: (country: string | null, international: boolean) =>
    international
      ? country
        ? `Helplines: Rapport has no verified line for ${country} yet, so here are international directories:`
        : "Helplines: the commenter's country is not known, so here are international directories:"
      : `Helplines for ${country}, where the commenter appears to be:`,
  replyIntro:
    'A reply you could adapt (reply only if you feel able to; say it as you would in person):',
  reportIntro: 'Ask the platform to reach out:',
  handleHint: (id: string) => `When you have dealt with it: \`rapport safety handle ${id}\``,
  handled: (id: string) => `Marked ${id} as handled.`,
  unchecked: (count: number) =>
    `${count === 1 ? 'One post or comment is' : `${count} posts and comments are`} in a language Rapport cannot read yet, so ${count === 1 ? 'it was' : 'they were'} not checked. If you can read them, please look through them yourself.`,
  notShown: (count: number) =>
    `${count} more ${count === 1 ? 'comment is' : 'comments are'} not shown here; run \`rapport safety\` without --limit to see every one.`,
  ownerWellbeing:
    'Looking after yourself matters too. You are not expected to be a crisis counsellor, and it is fine to take a break.',
  ownerLineIntro: 'If you would like to talk to someone yourself:',
  verifyNote:
    'Helplines come from data/helplines.json, each with its source; check the source if anything looks out of date.',
} as const;

/** What each crisis level is called in the inbox: a place in the queue, not a risk grade. */
export const LEVEL_LABELS = {
  urgent: 'Please look at this first',
  concern: 'May need attention',
} as const;

/**
 * Why a comment was flagged, per crisis rule (SAFE-MESSAGING.md §6.4: say which rule fired,
 * not a number). Never repeats the words that matched, so no method detail is echoed.
 */
export const RULE_EXPLANATIONS: Readonly<Record<string, string>> = {
  'urgent:intent': 'the writer speaks of intending to end their life',
  'urgent:plan': 'the writer speaks of a plan to end their life',
  'urgent:method': 'the writer mentions a way of ending their life',
  'urgent:means': 'thoughts of dying together with having the means at hand',
  'urgent:timeline': 'thoughts of dying together with a time frame',
  'urgent:goodbye': 'words that read like a goodbye',
  'concern:ideation': 'the writer speaks of not wanting to live',
  'concern:self-harm': 'the writer speaks of hurting themselves',
  'concern:burden': 'the writer speaks of feeling like a burden',
  'concern:trapped': 'the writer speaks of feeling trapped',
  'concern:hopelessness': 'the writer speaks of hopelessness',
  'concern:distress': 'the writer speaks of pain that feels unbearable',
  'concern:third-person': 'the writer is worried about someone else who may be at risk',
};

/** The explanation of a rule id, with a neutral fallback for rules added later. */
export function explainRule(rule: string | null): string {
  return (rule && RULE_EXPLANATIONS[rule]) ?? 'words that may signal someone is struggling';
}
