import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify } from '../../engine/text/index.js';
import { terminalJson } from '../../report/terminal-text.js';
import {
  classifyLine,
  formatClassifyLine,
  jsonString,
  LineWriter,
  processLine,
  writeLineBytes,
} from './classify.js';

describe('rapport classify output formatting', () => {
  it('jsonString(s) equals terminalJson(s) for quotes, backslashes, controls and surrogates', () => {
    for (const s of [
      '',
      'plain text',
      'a "quote" and a \\ backslash',
      'controls \u0000 \u0001 \u001f \n \r \t \b \f',
      'lone high \ud800 surrogate',
      'lone low \udc00 surrogate',
      'reversed pair \udc00\ud800',
      'emoji pair 😀 and 💙',
      'line separators \u2028 \u2029 and DEL \u007f',
      'C1 \u0085 \u009b and bidi \u202e \u2066 \u200f \u061c',
      'café “quoted” — naïve İstanbul 😀',
    ]) {
      assert.equal(jsonString(s), terminalJson(s), JSON.stringify(s));
      assert.equal(JSON.parse(jsonString(s)), s);
    }
  });
  it('jsonString(s) writes DEL, C1 controls and bidirectional formatting as escapes', () => {
    assert.equal(jsonString('a\u007fb'), '"a\\u007fb"');
    assert.equal(jsonString('\u009b2J'), '"\\u009b2J"');
    assert.equal(jsonString('evil\u202egnp.exe'), '"evil\\u202egnp.exe"');
    assert.equal(jsonString('naïve'), '"naïve"');
  });
  it('formatClassifyLine(id, result) equals JSON.stringify of the SPEC §9 object', () => {
    for (const [id, text] of [
      ['a"\\\ud800', 'I want to die tonight, "quoted" \\ and a lone \ud800'],
      [7, '#EndTheStigma check out my blog https://example.org'],
      [null, 'estoy muy triste, no quiero vivir'],
      ['\u009b31m', 'I want to die\u202e tonight \u0085'],
      ['e', ''],
    ] as const) {
      const result = classify(text);
      const expected = terminalJson({
        id,
        topics: result.topics,
        crisis: result.crisis,
        self_promotion: result.selfPromotion,
        language_supported: result.languageSupported,
      });
      assert.equal(formatClassifyLine(id, result), expected);
    }
  });
});

describe('rapport classify line fast paths', () => {
  const texts = [
    '',
    'Great post, thanks for writing this up!',
    'lol this made my day 😂',
    'I would kill for a coffee right now ☕',
    "You're not alone in this. Sending love 💙",
    'If you are struggling please reach out, you can call or text 988 any time.',
    'Mental health awareness month starts today #EndTheStigma #MentalHealthMatters',
    'Check out my new video on coping with panic attacks, link in bio! https://example.org/v',
    "I don't know how much longer I can do this, everything feels hopeless.",
    'I want to die tonight, I have the pills',
    'estoy muy triste y no quiero vivir',
    'Пожалуйста помогите',
    'café “quoted” — naïve İstanbul',
    'tab\there',
    'a "quote" and a \\ backslash',
    'lone \ud800 surrogate and a pair 😀',
    'line\u2028separator',
    'I want to die\u202e tonight \u0085 and \u007f',
  ];
  const ids: unknown[] = [
    't1',
    'é-id',
    '😀',
    'a"b',
    'back\\slash',
    'ctl\u0001',
    'del\u007f',
    'c1\u009b',
    'bidi\u202e',
    7,
    1.5,
    -3,
    null,
  ];
  const lines: string[] = ['', '   ', 'not json', '[1,2]', '{"id":"x"}', '{"id":{},"text":"x"}'];
  for (const id of ids) {
    for (const text of texts) lines.push(JSON.stringify({ id, text }));
  }
  lines.push(
    '{"id":"a","text":"I want to die"}\r',
    '{"id":"a", "text":"x"}',
    '{"text":"x","id":"a"}',
  );
  lines.push(
    '{"id":"a","text":"a\tb"}',
    '{"id":"a\tb","text":"x"}',
    '{"id":"a","text":"x","text":"y"}',
  );
  lines.push('{"id":"a","text":"I want to die"} ', ' {"id":"a","text":"x"}', '{"id":"","text":""}');

  /** What `rapport classify` printed for a line before its fast paths: `JSON.parse` and `formatClassifyLine`. */
  const reference = (line: string): string =>
    line.trim().length === 0 ? '' : classifyLine(line, classify) + '\n';

  it('formatClassifyLine(id, result, true) equals formatClassifyLine(id, result) for a plain text', () => {
    for (const text of texts) {
      if (/[\u0000-\u001f"\\\ud800-\udfff\u007f-\u009f\u202e]/.test(text)) continue;
      const result = classify(text);
      assert.equal(formatClassifyLine('x', result, true), formatClassifyLine('x', result));
    }
  });
  it('processLine(line) equals JSON.parse then formatClassifyLine for every kind of line', () => {
    for (const line of lines) assert.equal(processLine(line, classify), reference(line), line);
  });
  it('writeLineBytes(out, bytes, from, to) writes the UTF-8 of processLine, in place in a chunk', () => {
    const chunk = Buffer.from(lines.join('\n') + '\n');
    const out = new LineWriter(64);
    let from = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, from)) {
      writeLineBytes(out, chunk, from, nl, classify);
      from = nl + 1;
    }
    assert.equal(out.take().toString('utf8'), lines.map(reference).join(''));
  });
  it('writeLineBytes(out, bytes, from, to) decodes invalid UTF-8 as the whole input would be', () => {
    const bad = [
      [0xff],
      [0x80],
      [0xe2, 0x82],
      [0xf0, 0x9f, 0x98],
      [0xed, 0xa0, 0x80],
      [0xc0, 0xaf],
    ];
    for (const bytes of bad) {
      for (const where of ['id', 'text']) {
        const parts = ['{"id":"a', '","text":"I want to die ', ' now"}'];
        const at = where === 'id' ? 0 : 1;
        const line = Buffer.concat([
          Buffer.from(parts.slice(0, at + 1).join('')),
          Buffer.from(bytes),
          Buffer.from(parts.slice(at + 1).join('')),
        ]);
        const out = new LineWriter();
        writeLineBytes(out, line, 0, line.length, classify);
        assert.equal(out.take().toString('utf8'), reference(line.toString('utf8')));
      }
    }
  });
});
