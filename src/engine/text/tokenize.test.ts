import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitHashtag } from './hashtag.js';
import { classify } from './classify.js';
import { tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('tokenize(text) lower-cases words and keeps UTF-16 offsets after an emoji', () => {
    const text = '😀😀 I’m Anxious';
    const t = tokenize(text);
    assert.deepEqual(t.norm, ["i'm", 'anxious']);
    assert.equal(text.slice(t.start[1], t.end[1]), 'Anxious');
    assert.equal(t.start[0], 5);
  });
  it('tokenize(text) splits hyphens and marks sentence boundaries', () => {
    const t = tokenize('self-harm. again');
    assert.deepEqual(t.norm, ['self', 'harm', 'again']);
    assert.deepEqual(t.sentence, [0, 0, 1]);
  });
  it('tokenize(text) turns links and mentions into single tokens', () => {
    const t = tokenize('@sam check https://example.org/x now');
    assert.deepEqual(t.norm, ['@', 'check', 'http', 'now']);
  });
  it('tokenize(text) reads words styled with combining marks as the words their letters spell', () => {
    // stacked ("Zalgo") and strike-through marks are dropped; a mark that makes a letter stays
    const text =
      'k\u0337\u0321\u0334i\u0337l\u0337l\u0337 m\u0336e\u0336 caf\u00e9 cafe\u0301 e\u0336\u0301 \u0130stanbul';
    const t = tokenize(text);
    assert.deepEqual(t.norm, ['kill', 'me', 'café', 'café', 'é', 'istanbul']);
    assert.equal(text.slice(t.start[0], t.end[0]), 'k\u0337\u0321\u0334i\u0337l\u0337l\u0337');
    assert.equal(
      classify('I want to k\u0336i\u0336l\u0336l\u0336 m\u0336y\u0336s\u0336e\u0336l\u0336f\u0336')
        .crisis?.level,
      'concern',
    );
  });
  it('tokenize(text) reads a word whose random stacked marks compose into other letters, or whose accents are look-alikes, as its bare letters', () => {
    // "Zalgo" generators stack marks at random: `a` + diaeresis composes to `ä`, `i` + tilde to
    // `ĩ`; the word is the letters underneath. An accented word that is a word stays as it is.
    const zalgo =
      'i\u0303\u0353 w\u0301\u031b\u0330a\u0308\u0361n\u0320\u030ft\u033f t\u0339o\u0303 d\u0325i\u0303\u0302e\u0301\u0360';
    assert.deepEqual(tokenize(zalgo).norm, ['i', 'want', 'to', 'die']);
    assert.equal(classify(zalgo).crisis?.level, 'concern');
    assert.deepEqual(tokenize('kïll mysëlf sùicide café naïve résumé').norm, [
      'kill',
      'myself',
      'suicide',
      'café',
      'naïve',
      'résumé',
    ]);
    assert.equal(classify('I want to kïll mysëlf').crisis?.level, 'concern');
  });
  it('tokenize(text) reads crisis words disguised with look-alike digits and symbols, and nothing else', () => {
    const text = 'I want to k1ll mys3lf, su!cide $uicide s*icide d!e';
    const t = tokenize(text);
    assert.deepEqual(t.norm, [
      'i',
      'want',
      'to',
      'kill',
      'myself',
      'suicide',
      'suicide',
      'suicide',
      'die',
    ]);
    // the evidence keeps the spelling as written
    assert.equal(text.slice(t.start[3], t.end[3]), 'k1ll');
    assert.equal(text.slice(t.start[5], t.end[5]), 'su!cide');
    // tokens with digits or symbols that spell no crisis word stay what they are
    assert.deepEqual(tokenize('the 10pm show, mp3 b12 h2o wow!great 4am').norm, [
      'the',
      '10pm',
      'show',
      'mp3',
      'b12',
      'h2o',
      'wow',
      'great',
      '4am',
    ]);
  });
  it(
    'tokenize(text) reads a long run of look-alikes once (hostile text cannot make it quadratic)',
    {
      timeout: 20_000,
    },
    () => {
      // 400,000 characters each: read again from every symbol, these took minutes
      for (const unit of ['a!', '$', 'k1', 'a*']) {
        const t = tokenize(unit.repeat(400_000 / unit.length));
        assert.ok(t.count > 0 || unit === '$');
      }
    },
  );
  it('tokenize(text) reads drawn-out letters, invisible characters and styled alphabets as plain words', () => {
    const text = 'dieeee killlll ki\u200bll 𝐝𝐢𝐞 ｄｉｅ';
    const t = tokenize(text);
    assert.deepEqual(t.norm, ['die', 'kill', 'kill', 'die', 'die']);
    assert.equal(text.slice(t.start[2], t.end[2]), 'ki\u200bll');
    assert.equal(text.slice(t.start[3], t.end[3]), '𝐝𝐢𝐞');
    // a word with a real double letter is left alone
    assert.deepEqual(tokenize('too sleepy').norm, ['too', 'sleepy']);
  });
  it('tokenize(text) takes asterisks touching a word as emphasis, and a lone star as a separator', () => {
    const t = tokenize('*I* want to **really** *die* * next');
    assert.deepEqual(t.norm, ['i', 'want', 'to', 'really', 'die', 'next']);
    assert.deepEqual(Array.from(t.boundary), [2, 0, 0, 0, 0, 1]);
  });
  it('tokenize(text) marks words in double and single quotation marks as quoted, not apostrophes', () => {
    const quoted = (text: string) => {
      const t = tokenize(text);
      return t.norm.filter((_, i) => t.quoted[i]);
    };
    assert.deepEqual(quoted('she said "I give up" and left'), ['i', 'give', 'up']);
    assert.deepEqual(quoted("she said 'I give up' and left"), ['i', 'give', 'up']);
    assert.deepEqual(quoted('she said ‘I’m done’ and left'), ["i'm", 'done']);
    assert.deepEqual(quoted("(‘it's over') I'm fine"), ["it's", 'over']);
    // inner and trailing apostrophes, elisions and a quote left open at the sentence's end
    assert.deepEqual(quoted("I don't know, my parents' house isn't home"), []);
    assert.deepEqual(quoted("'cause I'm tired of 'em all"), []);
    assert.deepEqual(quoted("he wrote 'never again. I'm fine"), ['never', 'again']);
  });
});

describe('splitHashtag', () => {
  const words = (tag: string): string[] => splitHashtag(tag, 0, tag.length).map((w) => w.word);
  it('splitHashtag("EndTheStigma") splits camel case', () => {
    assert.deepEqual(words('EndTheStigma'), ['end', 'the', 'stigma']);
  });
  it('splitHashtag("endthestigma") segments a lower-case run into known words', () => {
    assert.deepEqual(words('endthestigma'), ['end', 'the', 'stigma']);
  });
  it('splitHashtag("PTSDAwareness") keeps an upper-case run together', () => {
    assert.deepEqual(words('PTSDAwareness'), ['ptsd', 'awareness']);
  });
  it('splitHashtag(tag) reports offsets into the original text', () => {
    const text = '#BellLetsTalk';
    const parts = splitHashtag(text, 1, text.length);
    assert.deepEqual(
      parts.map((p) => text.slice(p.start, p.end)),
      ['Bell', 'Lets', 'Talk'],
    );
  });
});
