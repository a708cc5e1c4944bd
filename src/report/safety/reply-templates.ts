import type { Helpline } from './helplines.js';

/**
 * Suggested replies, written from SAFE-MESSAGING.md §4: empathetic and non-directive (Samaritans'
 * "it sounds like you're going through a difficult time … Take care of yourself" [S6]), they
 * acknowledge the pain, then offer a resource from the sourced file (Lifeline's samples [S21]),
 * name no method and keep the advocate's limits honest (#chatsafe [S2]). They are suggestions
 * for the owner to adapt and post themselves: Rapport never sends them.
 */
export interface ReplyTemplate {
  readonly id: 'first-person' | 'first-person-short' | 'someone-else';
  readonly text: string;
}

/** One helpline as a phrase for a reply: name, how to reach it, and only what the file says. */
export function describeHelpline(h: Helpline): string {
  if (h.scope === 'international') {
    // a directory: its address is the resource ("Find A Helpline at findahelpline.com")
    const site = (h.website ?? h.chat_url ?? '').replace(/^https?:\/\/(www\.)?/, '');
    return `${h.name.split(' - ')[0]} at ${site}, which can help you find a helpline where you are`;
  }
  const ways: string[] = [];
  if (h.phone) ways.push(`call ${h.phone}`);
  if (h.sms) ways.push(`text ${h.sms}`);
  if (!h.phone && !h.sms && (h.website ?? h.chat_url))
    ways.push(`visit ${h.website ?? h.chat_url}`);
  // "free" only where the file says so: a line whose cost is unconfirmed is not promised free
  const terms: string[] = [];
  if (/^(free|toll-free)\b/i.test(h.cost)) terms.push('free');
  if (/confidential|anonymous/i.test(h.cost)) terms.push('confidential');
  terms.push(/24/.test(h.hours) ? '24/7' : h.hours);
  return `${h.name} (${ways.join(' or ')}; ${terms.join(', ')})`;
}

/** The resource sentence: one or two helplines joined. */
function resources(helplines: readonly Helpline[]): string {
  // one directory is enough in a reply; two national lines (a call and a text line) can help
  const national = helplines.filter((h) => h.scope !== 'international');
  const shown = (national.length > 0 ? national.slice(0, 2) : helplines.slice(0, 1)).map(
    describeHelpline,
  );
  return shown.join(', or ');
}

/**
 * Reply suggestions for a flagged comment. `aboutSomeoneElse` is true when the writer is
 * worried about another person (rule `concern:third-person`).
 */
export function replyTemplates(
  helplines: readonly Helpline[],
  aboutSomeoneElse: boolean,
): ReplyTemplate[] {
  const resource = resources(helplines);
  if (aboutSomeoneElse) {
    return [
      {
        id: 'someone-else',
        text:
          `It sounds like you're really worried about them, and it means a lot that you're looking out for them. ` +
          `You don't have to handle this on your own: if you'd like support, you could reach out to ${resource}. ` +
          `Please take care of yourself as well.`,
      },
    ];
  }
  return [
    {
      id: 'first-person',
      text:
        `Thank you for sharing this here. It sounds like you're going through a really difficult time, and I'm sorry it hurts so much right now. ` +
        `I'm not a counsellor, but I care about how you're doing. If you'd like to talk to someone, you could reach out to ${resource}. ` +
        `Take care of yourself.`,
    },
    {
      id: 'first-person-short',
      text: `I'm really sorry you're feeling this way, and I'm glad you said something. If you want to talk to someone, you could try ${resource}. You're not alone in this.`,
    },
  ];
}
