import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify } from '../../engine/text/index.js';
import { formatClassifyLine, jsonString } from './classify.js';

describe('rapport classify output formatting', () => {
  it('jsonString(s) equals JSON.stringify(s) for quotes, backslashes, controls and surrogates', () => {
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
    ]) {
      assert.equal(jsonString(s), JSON.stringify(s), JSON.stringify(s));
    }
  });
  it('formatClassifyLine(id, result) equals JSON.stringify of the SPEC §9 object', () => {
    for (const [id, text] of [
      ['a"\\\ud800', 'I want to die tonight, "quoted" \\ and a lone \ud800'],
      [7, '#EndTheStigma check out my blog https://example.org'],
      [null, 'estoy muy triste, no quiero vivir'],
      ['e', ''],
    ] as const) {
      const result = classify(text);
      const expected = JSON.stringify({
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
