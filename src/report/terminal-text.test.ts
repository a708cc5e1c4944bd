import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inlineText, terminalJson, terminalText } from './terminal-text.js';

describe('terminal text', () => {
  it('shows every control character but newline and tab as its escape', () => {
    assert.equal(terminalText('a\u001b[2Jb\u0007c'), 'a\\u001b[2Jb\\u0007c');
    assert.equal(terminalText('line one\nline\ttwo'), 'line one\nline\ttwo');
    assert.equal(terminalText('over\rwrite'), 'over\\u000dwrite');
    assert.equal(terminalText('windows\r\nline'), 'windows\nline');
    assert.equal(
      terminalText('del\u007f c1\u009b31m nul\u0000'),
      'del\\u007f c1\\u009b31m nul\\u0000',
    );
  });

  it('shows the bidirectional controls as escapes and keeps other text as it is', () => {
    assert.equal(terminalText('abc\u202Efed'), 'abc\\u202efed');
    assert.equal(terminalText('\u2066x\u2069 \u200f \u061c'), '\\u2066x\\u2069 \\u200f \\u061c');
    const ordinary = 'Zoë — 日本語 😊 «quoted» \\u001b';
    assert.equal(terminalText(ordinary), ordinary);
  });

  it('keeps a field on its line', () => {
    assert.equal(
      inlineText('name\n   Why it is here: x\tend'),
      'name\\u000a   Why it is here: x\\u0009end',
    );
  });

  it('writes JSON that reads back as the same value, with nothing a terminal acts on', () => {
    const value = { handle: 'a\u001b]0;t\u0007\u009b\u202e', n: 1, list: ['\u2066', 'plain'] };
    const line = terminalJson(value);
    assert.doesNotMatch(line, /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    assert.deepEqual(JSON.parse(line), value);
  });
});
