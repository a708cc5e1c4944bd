/** Where one top-level element of a JSON document lies, in string offsets and bytes. */
export interface JsonSpan {
  readonly start: number;
  readonly end: number;
  readonly byteOffset: number;
  /** 1-based line of its first character. */
  readonly line: number;
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\n' || c === '\r' || c === '\t';

/**
 * The spans of a top-level array's elements (or of the one top-level value), so that each REST
 * record gets its real position and a hash of its own raw bytes. `text` must be valid JSON (the
 * caller parsed it); strings are skipped with their escapes.
 */
export function jsonSpans(text: string): JsonSpan[] {
  let first = 0;
  while (isSpace(text[first])) first++;
  let counted = 0;
  let bytes = 0;
  let line = 1;
  const at = (start: number, end: number): JsonSpan => {
    // bytes and lines are counted from the previous element on, so the scan stays linear
    const between = text.slice(counted, start);
    bytes += Buffer.byteLength(between);
    for (let k = between.indexOf('\n'); k !== -1; k = between.indexOf('\n', k + 1)) line++;
    counted = start;
    return { start, end, byteOffset: bytes, line };
  };
  if (text[first] !== '[') return [at(first, text.trimEnd().length)];
  const spans: JsonSpan[] = [];
  let depth = 0;
  let start = -1;
  for (let i = first; i < text.length; i++) {
    const c = text[i]!;
    if (depth === 1 && start === -1 && !isSpace(c) && c !== ',' && c !== ']') start = i;
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '{' || c === '[') {
      depth++;
      continue;
    } else if (c === '}' || c === ']') {
      depth--;
    }
    if (depth === 1 && start !== -1) {
      // an element ends where the next character at array level is a comma or the bracket
      let j = i + 1;
      while (isSpace(text[j])) j++;
      if (text[j] === ',' || text[j] === ']') {
        spans.push(at(start, i + 1));
        start = -1;
      }
    }
  }
  return spans;
}
