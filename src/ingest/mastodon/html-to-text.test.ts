import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToText } from './html-to-text.js';

describe('htmlToText', () => {
  it('htmlToText(status HTML) keeps paragraphs, line breaks and full link text', () => {
    const html =
      '<p>Hi <span class="h-card"><a href="https://example.social/@friend" class="u-url mention">@<span>friend</span></a></span> &amp; all</p>' +
      '<p>read <a href="https://example.org/a/long/path" rel="nofollow noopener"><span class="invisible">https://</span><span class="ellipsis">example.org/a/lo</span><span class="invisible">ng/path</span></a><br />' +
      '<a href="https://example.social/tags/mentalhealth" class="mention hashtag" rel="tag">#<span>mentalhealth</span></a></p>';
    assert.deepEqual(htmlToText(html), {
      text: 'Hi @friend & all\n\nread https://example.org/a/long/path\n#mentalhealth',
      links: ['https://example.org/a/long/path'],
    });
  });

  it('htmlToText decodes numeric entities and leaves unknown ones', () => {
    assert.equal(htmlToText('&#8217;&#x1F49C;&bogus;&#0;').text, '\u2019\u{1F49C}&bogus;&#0;');
  });
});
