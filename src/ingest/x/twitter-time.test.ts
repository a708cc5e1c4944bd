import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseTwitterTime } from './twitter-time.js';

describe('parseTwitterTime', () => {
  const ms = (text: string) => parseTwitterTime(text)?.ms ?? null;
  it('parseTwitterTime(legacy created_at) is UTC', () => {
    assert.equal(ms('Wed Oct 10 20:19:24 +0000 2018'), Date.UTC(2018, 9, 10, 20, 19, 24));
    assert.equal(ms('Wed Oct 10 22:19:24 +0200 2018'), Date.UTC(2018, 9, 10, 20, 19, 24));
    assert.equal(parseTwitterTime('Wed Oct 10 20:19:24 +0000 2018')?.isLocal, false);
  });
  it('parseTwitterTime(ISO 8601 with a zone) is UTC', () => {
    assert.equal(ms('2021-09-22T16:37:29.000Z'), Date.UTC(2021, 8, 22, 16, 37, 29));
  });
  it('parseTwitterTime rejects impossible dates, zero dates and zone-less times', () => {
    assert.equal(ms('Wed Feb 31 20:19:24 +0000 2018'), null);
    assert.equal(ms('0000-00-00 00:00:00'), null);
    assert.equal(ms('2021-09-22T16:37:29'), null);
    assert.equal(ms('Wed Foo 10 20:19:24 +0000 2018'), null);
  });
});
