/**
 * Wording that SAFE-MESSAGING.md says to avoid, each entry with the section (and its sources)
 * that says so. `lintCopy` finds them in product copy and reply templates (§6.6: "Lint
 * product copy").
 */
export interface AvoidedWording {
  readonly pattern: RegExp;
  /** What to write instead, or why not. */
  readonly advice: string;
  /** SAFE-MESSAGING.md section and source ids. */
  readonly source: string;
}

export const AVOIDED_WORDING: readonly AvoidedWording[] = [
  {
    pattern: /\bcommit(s|ted|ting)?\s+suicide\b/i,
    advice: 'say "died by suicide" or "took their life" (it echoes crime or sin)',
    source: '§4 Language [S15]; §6.6 [S15]',
  },
  {
    pattern: /\bchose to\b/i,
    advice: 'do not present suicide as a choice',
    source: '§4 Language [S15]',
  },
  {
    pattern: /\b(un)?successful\s+(suicide|attempt)\b/i,
    advice: 'do not grade an attempt as a success or failure',
    source: '§6.6 [S15][S29]',
  },
  {
    pattern: /\bfailed\s+(suicide\s+)?attempt\b/i,
    advice: 'say "suicide attempt"',
    source: '§4 Language [S29]; §6.6 [S15][S29]',
  },
  {
    pattern: /\b(suicide\s+)?(epidemic|skyrocket\w*|soaring|shocking|horrific|tragic)\b/i,
    advice: 'no sensational presentation',
    source: '§3 Sensational presentation [S13]',
  },
  {
    pattern: /\brisk\s+score\b|\brisk\s+(rating|percentage)\b/i,
    advice: 'no numeric, clinical-looking risk score',
    source: '§5 Warning signs [S22]; §6.4 [S22]',
  },
  {
    pattern:
      /\b(noose|hanging|hang (himself|herself|themselves|myself)|overdos\w*|pills?|poison\w*|gun|firearm|bridge|jump(ed|ing)? off)\b/i,
    advice: 'no method or location detail',
    source: '§3 Method or location [S14][S15]; §6.2 [S12][S14]',
  },
  {
    pattern: /\bsuicide note\b/i,
    advice: 'never quote or describe the content of a note',
    source: '§3 Content of a suicide note [S14]',
  },
  {
    pattern: /\b(you must|you have to|you need to) (call|contact|get help)\b/i,
    advice: 'templates are non-directive: offer, do not order',
    source: '§4 Template responses [S6]',
  },
];

export interface CopyFinding {
  readonly where: string;
  readonly text: string;
  readonly match: string;
  readonly advice: string;
  readonly source: string;
}

/** Every avoided wording in `text`; `where` names the copy for the report. */
export function lintCopy(where: string, text: string): CopyFinding[] {
  const findings: CopyFinding[] = [];
  for (const rule of AVOIDED_WORDING) {
    const m = rule.pattern.exec(text);
    if (m) findings.push({ where, text, match: m[0], advice: rule.advice, source: rule.source });
  }
  return findings;
}
