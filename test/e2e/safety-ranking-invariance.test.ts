import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  Database,
  readAdvocacyFocus,
  readSelfPromotionRate,
  readTextResultCounts,
} from '../../src/store/index.js';
import { countCrisisSignals, deleteCrisisResults } from '../../src/store/queries/crisis-signals.js';
import { jsonOf, rapport, tempDir } from '../../src/testing/cli.js';
import { safetyWxr } from './safety-fixture.js';

// SPEC §4: crisis signals are never an input to a ranking. Every ranking output — analyze,
// top by each ranking, profiles (of the owner and of people whose comments were flagged), the
// exported graph — and the text aggregates behind advocacy_focus and self_promotion_rate are
// byte-identical with the crisis results present and after they are deleted.
describe('rankings do not depend on crisis results', () => {
  const { dir, cleanup } = tempDir('rapport-safety-rank-');
  const store = join(dir, 's.duckdb');
  after(cleanup);

  before(() => {
    assert.equal(rapport(['demo', '--store', store, '--quiet']).code, 0);
    const wxr = join(dir, 'blog.xml');
    writeFileSync(wxr, safetyWxr());
    jsonOf(rapport(['import', 'wordpress', wxr, '--store', store, '--json']));
    // classifies every post and stores the crisis results
    jsonOf(rapport(['safety', '--store', store, '--json', '--quiet']));
  });

  const withoutTiming = (value: any) => {
    const { elapsed_s: _elapsed, ...rest } = value;
    return rest;
  };

  function rankingOutputs(): Record<string, string> {
    const out: Record<string, string> = {};
    const run = (name: string, args: string[]) => {
      out[name] = JSON.stringify(withoutTiming(jsonOf(rapport([...args, '--store', store]))));
    };
    run('analyze', ['analyze', '--force', '--json']);
    for (const by of ['connection', 'reach', 'dialogue_partners'])
      run(`top ${by}`, ['top', '--by', by, '--limit', '1000', '--json']);
    for (const handle of ['sam', 'Jo', 'Kim', 'Alex'])
      run(`profile ${handle}`, ['profile', `wordpress:${handle}`, '--json']);
    const graph = rapport(['export', '--graph', 'csv', '--store', store]);
    assert.equal(graph.code, 0, graph.stderr);
    out['export csv'] = graph.stdout;
    return out;
  }

  async function textAggregates(db: Database): Promise<string> {
    const out: unknown[] = [];
    for (const platform of ['wordpress', 'reddit'])
      out.push(await readAdvocacyFocus(db, platform), await readSelfPromotionRate(db, platform));
    return JSON.stringify(out);
  }

  it('analyze, top, profile and export are identical before and after deleting them', async () => {
    let db = await Database.open(store);
    const crisisBefore = await countCrisisSignals(db);
    const aggregatesBefore = await textAggregates(db);
    const countsBefore = await readTextResultCounts(db);
    db.close();
    assert.ok(crisisBefore >= 3, `crisis results present (${crisisBefore})`);
    assert.ok(countsBefore.topics > 0 && countsBefore.selfPromotion > 0);

    const before = rankingOutputs();

    db = await Database.open(store);
    await deleteCrisisResults(db);
    assert.equal(await countCrisisSignals(db), 0);
    assert.equal(await textAggregates(db), aggregatesBefore);
    assert.deepEqual(await readTextResultCounts(db), countsBefore);
    db.close();

    const afterDelete = rankingOutputs();
    for (const name of Object.keys(before))
      assert.equal(afterDelete[name], before[name], `${name} changed`);
    // nothing of the crisis results leaks into a ranking output (the public topic slug
    // `crisis_resources` — posts that share helplines — is not a crisis result)
    for (const [name, text] of Object.entries(before))
      assert.doesNotMatch(
        text.replace(/crisis_resources/g, ''),
        /crisis|goodbye letters|want to die|"level"/i,
        name,
      );
  });

  it('readAdvocacyFocus / readSelfPromotionRate count what the fixture says', async () => {
    const db = await Database.open(store);
    try {
      const site = 'safety-test.rapport.example';
      const focus = (await readAdvocacyFocus(db, 'wordpress')).filter((r) =>
        r.accountId.startsWith(site),
      );
      const robin = focus.find((r) => r.accountId.includes('Robin'));
      assert.ok(robin, JSON.stringify(focus));
      // both of Robin's comments are about a topic (anxiety at work, peer support, depression)
      assert.equal(robin.texts, 2);
      assert.equal(robin.advocacyFocus, 1);
      assert.ok(robin.topTopics.length > 0 && robin.topTopics.length <= 3);
      const promo = (await readSelfPromotionRate(db, 'wordpress')).filter((r) =>
        r.accountId.startsWith(site),
      );
      const promoter = promo.find((r) => r.accountId.includes('Promo'));
      assert.deepEqual(promoter && [promoter.outboundReplies, promoter.selfPromotionRate], [1, 1]);
      const robinPromo = promo.find((r) => r.accountId.includes('Robin'));
      assert.deepEqual(
        robinPromo && [robinPromo.outboundReplies, robinPromo.selfPromotionRate],
        [2, 0],
      );
    } finally {
      db.close();
    }
  });
});
