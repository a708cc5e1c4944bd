import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  countryFromLocale,
  countryFromStatedLocation,
  inferCommenterCountry,
} from './commenter-country.js';
import { chooseHelplines, loadHelplines, ownerHelplines } from './helplines.js';

const directory = loadHelplines();
const ids = (lines: readonly { id: string }[]) => lines.map((h) => h.id).sort();
const zz = ids(directory.filter((h) => h.country === 'ZZ'));

describe('SPEC §4 helpline choice', () => {
  it('countryFromLocale(locale) takes only a region, never a language', () => {
    const cases: [string | null, string | null][] = [
      ['en-GB', 'GB'],
      ['en_GB', 'GB'],
      ['pt-BR', 'BR'],
      ['zh-Hant-TW', 'TW'],
      ['en-uk', 'GB'],
      ['en', null],
      ['de', null],
      ['ja', null],
      ['es-419', null],
      ['en-ZZ', null],
      ['und', null],
      ['', null],
      [null, null],
    ];
    for (const [locale, country] of cases)
      assert.equal(countryFromLocale(locale), country, String(locale));
  });

  it('countryFromStatedLocation(bio) takes only an explicit, unambiguous statement', () => {
    const cases: [string, string | null][] = [
      ['Mental health advocate. 📍 Manchester, UK', 'GB'],
      ['based in Toronto, Canada | she/her', 'CA'],
      ['Living in Northern Ireland', 'GB'],
      ['Location: Dublin, Ireland', 'IE'],
      ['based in New South Wales', 'AU'],
      ['living in New Mexico', 'US'],
      ['📍 Aotearoa', 'NZ'],
      ['Raising money for Mind UK', null],
      ['I love 🇬🇧 and tea', null],
      ['📍 UK / USA', null],
      ['Based in Ukraine', null],
      ['based in London', null],
      ['', null],
    ];
    for (const [bio, country] of cases) assert.equal(countryFromStatedLocation(bio), country, bio);
  });

  it('inferCommenterCountry(…) prefers a stated location, then a locale with a region', () => {
    assert.deepEqual(inferCommenterCountry({ locale: 'en-GB' }), {
      country: 'GB',
      basis: 'locale',
    });
    assert.deepEqual(inferCommenterCountry({ bio: '📍 Dublin, Ireland', locale: 'en-US' }), {
      country: 'IE',
      basis: 'stated_location',
    });
    assert.deepEqual(inferCommenterCountry({ statedLocation: 'Berlin, Germany' }), {
      country: 'DE',
      basis: 'stated_location',
    });
    // language only: never a country
    assert.equal(inferCommenterCountry({ locale: 'en' }), null);
    assert.equal(inferCommenterCountry({ locale: 'pt', bio: 'Olá! Saúde mental' }), null);
  });

  it('chooseHelplines(dir, country) gives the country’s own lines', () => {
    const gb = chooseHelplines(directory, { country: 'GB', basis: 'locale' });
    assert.deepEqual(ids(gb.helplines), ['gb-samaritans', 'gb-shout']);
    assert.equal(gb.international, false);
    assert.equal(gb.country, 'GB');
    const us = chooseHelplines(directory, inferCommenterCountry({ locale: 'en-US' }));
    assert.deepEqual(ids(us.helplines), ['us-988']);
  });

  it('chooseHelplines(dir, null) and an unlisted country give the international directories', () => {
    const none = chooseHelplines(directory, inferCommenterCountry({ locale: 'en' }));
    assert.deepEqual(ids(none.helplines), zz);
    assert.equal(none.international, true);
    assert.equal(none.country, null);
    const fi = chooseHelplines(directory, { country: 'FI', basis: 'locale' });
    assert.deepEqual(ids(fi.helplines), zz);
    assert.equal(fi.country, 'FI');
    assert.equal(fi.international, true);
    assert.ok(zz.length >= 1);
  });

  it('every chosen helpline is an entry of data/helplines.json, with its source', () => {
    for (const country of ['GB', 'US', 'JP', 'ZZ', 'FI', null]) {
      const choice = chooseHelplines(
        directory,
        country ? { country, basis: 'stated_location' } : null,
      );
      assert.ok(choice.helplines.length > 0);
      for (const h of choice.helplines) {
        assert.ok(directory.includes(h));
        assert.match(h.source_url, /^https?:\/\//);
      }
    }
  });

  it('ownerHelplines(dir, country) is the owner’s own line, else the directories', () => {
    assert.deepEqual(ids(ownerHelplines(directory, 'au').helplines), ['au-lifeline']);
    assert.equal(ownerHelplines(directory, 'au').basis, 'owner_setting');
    assert.deepEqual(ids(ownerHelplines(directory, null).helplines), zz);
  });
});
