/**
 * Text for a terminal. What the CLI prints often holds imported text (handles, titles, comments,
 * entry names inside an archive, excerpts of a bad record), and imported text is hostile: a
 * terminal obeys the control characters it is given, so an escape sequence in a handle could
 * clear the screen, retitle the window, hide the lines above it or make a line say something
 * else. Such characters are printed as visible `\u` escapes instead:
 * - C0 controls other than newline and tab (a carriage return could overwrite its line; one
 *   before a newline is a Windows line end and is dropped), DEL, and the C1 controls, which
 *   some terminals take as escape sequences too;
 * - the bidirectional formatting characters, which can reorder what a line appears to say.
 */
const UNSAFE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Characters a JSON string may hold as they are but a terminal would act on (see above). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `text` safe to print: every unsafe character shown as its `\uXXXX` escape. */
export function terminalText(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(UNSAFE, escape);
}

/**
 * One line of JSON safe to print: `JSON.stringify` escapes the C0 controls; the characters it
 * leaves as they are and a terminal would act on are written as `\uXXXX` escapes too, which
 * JSON reads back as the same characters (they can only occur inside strings).
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE_IN_JSON, escape);
}

/**
 * A field shown within a line (a handle, a title): also its newlines and tabs as escapes, so
 * that imported text cannot start a line of its own that looks like Rapport's.
 */
export function inlineText(text: string): string {
  return text.replace(/[\n\t]/g, escape);
}
