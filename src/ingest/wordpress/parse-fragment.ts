import { SaxesParser } from 'saxes';

/** The text of each direct child of a record's element (`wp:post_id` → `1`), or why it is broken. */
export type Fragment =
  | { readonly ok: true; readonly fields: ReadonlyMap<string, string> }
  | { readonly ok: false; readonly reason: string; readonly line: number };

/**
 * Parses one record cut out by `WxrSplitter` (an `<item>` or a `<wp:comment>`) with a fresh
 * parser. Names are matched as WordPress writes them (`wp:`, `dc:`, `content:` prefixes; WXR
 * 1.0–1.2 differ only in the namespace URI). The parser knows only XML's five predefined
 * entities and never reads a DTD, so `&xxe;` or a billion-laughs `&lol9;` is an undefined
 * entity: the record is broken, nothing is expanded or fetched. `close` completes an item cut
 * at its first comment. `firstLine` makes error lines file lines.
 */
export function parseFragment(text: string, firstLine: number, close = ''): Fragment {
  const parser = new SaxesParser({ position: true });
  const fields = new Map<string, string>();
  let depth = 0;
  let child: string | null = null;
  let value = '';
  let failure: { reason: string; line: number } | null = null;
  parser.on('error', (error) => {
    if (failure) return;
    // saxes prefixes `line:column: `; the line is given separately, as a file line
    const message = error.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    failure = { reason: `malformed XML: ${message}`, line: firstLine + parser.line - 1 };
  });
  parser.on('opentag', (tag) => {
    depth++;
    if (depth === 2) {
      child = tag.name;
      value = '';
    }
  });
  const collect = (text: string) => {
    if (depth === 2) value += text;
  };
  parser.on('text', collect);
  parser.on('cdata', collect);
  parser.on('closetag', () => {
    if (depth === 2 && child !== null && !fields.has(child)) fields.set(child, value);
    depth--;
  });
  parser.write(text);
  if (close && !failure) parser.write(close);
  parser.close();
  if (failure) return { ok: false, ...(failure as { reason: string; line: number }) };
  return { ok: true, fields };
}
