/**
 * The compiled SQL run on a real PostgreSQL (PGlite: PostgreSQL 18 in WebAssembly, one instance for
 * the file) against the library's own results: `classify` for tier rules, `aggregateEvaluations`
 * for aggregation policies, on random rules, policies and ballots. Every figure, count, status and
 * issue is compared exactly — not the SQL text.
 */
import { PGlite } from '@electric-sql/pglite';
import { fc } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateEvaluations, type AggregationPolicy, type GroupRule, type ScoreBallot } from '../../src/evaluation';
import { classify, MEMBER_TIERS_TONGMIN_2015, type MemberTier, type TierBand, type TierRule } from '../../src/scoring';
import { compileEvaluationQuery, compileTierQuery, readEvaluationRows, type SqlQuery } from '../../src/sql';

let db: PGlite;

beforeAll(async () => {
  db = await PGlite.create();
  await db.exec(`
    CREATE TABLE ballots (position integer, subject_id text, evaluator_id text, "group" text, score numeric);
    CREATE TABLE totals (id integer, total numeric);
    CREATE TABLE float_totals (id integer, total double precision);
  `);
}, 180_000);

afterAll(async () => {
  await db?.close();
});

const run = async (query: SqlQuery) => (await db.query<Record<string, unknown>>(query.text, [...query.values])).rows;

async function loadBallots(ballots: readonly ScoreBallot<string>[]): Promise<void> {
  await db.query('TRUNCATE ballots');
  const rows = ballots.map((ballot, position) => ({ position, subject_id: ballot.subjectId, evaluator_id: ballot.evaluatorId, group: ballot.group, score: ballot.score }));
  // One statement for the batch; JSON numbers are read as exact numerics.
  await db.query(
    `INSERT INTO ballots SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(position integer, subject_id text, evaluator_id text, "group" text, score numeric)`,
    [JSON.stringify(rows)],
  );
}

async function loadTotals(table: string, scores: readonly (number | null)[]): Promise<void> {
  await db.query(`TRUNCATE ${table}`);
  const type = table === 'totals' ? 'numeric' : 'double precision';
  await db.query(`INSERT INTO ${table} SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id integer, total ${type})`, [JSON.stringify(scores.map((total, id) => ({ id, total })))]);
}

/** What the library gives, in the shape read from the rows. */
function libraryResult<G extends string>(ballots: readonly ScoreBallot<string>[], policy: AggregationPolicy<G>) {
  return aggregateEvaluations(ballots, policy).subjects.map((subject) => ({
    subjectId: subject.subjectId,
    groups: Object.fromEntries(Object.entries(subject.groups).map(([code, figure]) => {
      const { value, count, status } = figure as { value: number | null; count: number; status: string };
      return [code, { value, count, status }];
    })),
    combined: subject.combined,
    issues: subject.issues,
  }));
}

async function sqlResult<G extends string>(policy: AggregationPolicy<G>) {
  const query = compileEvaluationQuery(policy, { table: 'ballots', columns: { position: 'position' } });
  return readEvaluationRows(await run(query), query);
}

// ── Tier rules ────────────────────────────────────────────────────────────────────────────────

const TIERS: readonly MemberTier[] = ['excellent', 'qualified', 'basicallyQualified', 'unqualified'];
/** Bounds from a few points, so that bands share boundaries and overlap often. */
const boundValue = fc.constantFrom(0, 59, 59.99, 60, 60.01, 75.5, 79, 79.99, 80, 89, 90, 100);
const bound = fc.record({ value: boundValue, inclusive: fc.boolean() });
const band: fc.Arbitrary<TierBand> = fc
  .record({ tier: fc.constantFrom(...TIERS), min: fc.option(bound, { nil: undefined }), max: fc.option(bound, { nil: undefined }) })
  .map(({ tier, min, max }) => ({ tier, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) }));
const rule: fc.Arbitrary<TierRule> = fc
  .record({ bands: fc.array(band, { minLength: 1, maxLength: 5 }), overlap: fc.constantFrom('higherTier' as const, 'lowerTier' as const), wholeScores: fc.option(fc.boolean(), { nil: undefined }) })
  .map(({ wholeScores, ...rest }) => (wholeScores === undefined ? rest : { ...rest, wholeScores }));
/** Scores on and around every boundary (half a hundredth included: it rounds), and anywhere. */
const totalScore = fc.oneof(
  fc.constantFrom(0, 59.5, 59.99, 59.995, 60, 60.004, 60.005, 60.01, 75.5, 79.5, 79.99, 79.995, 80, 80.01, 89.5, 89.99, 90, 99.995, 100, 100.01, -0.005, -3),
  fc.integer({ min: -1_000, max: 110_000 }).map((thousandths) => thousandths / 1000),
);

describe('a tier rule compiled to SQL gives every row the tier and band classify gives', () => {
  it('on random rules and scores, boundaries and overlaps included (numeric column)', async () => {
    await fc.assert(
      fc.asyncProperty(rule, fc.array(fc.option(totalScore, { nil: null }), { minLength: 1, maxLength: 40 }), async (tierRule, scores) => {
        await loadTotals('totals', scores);
        const rows = await run({ ...compileTierQuery(tierRule, { table: 'totals', score: 'total' }), text: `${compileTierQuery(tierRule, { table: 'totals', score: 'total' }).text} ORDER BY "t".id` });
        const expected = scores.map((score) => {
          const found = score === null ? undefined : classify(score, tierRule);
          return { tier: found?.tier ?? null, band: found?.bandIndex ?? null };
        });
        expect(rows.map((row) => ({ tier: row['tier'], band: row['band'] }))).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it('on a double precision column, whose values are read as the decimals they print as', async () => {
    const scores = [100, 99.995, 80, 79.995, 79.99, 60, 59.995, 59.99, 0.1 + 0.2, 1.005];
    await loadTotals('float_totals', scores);
    const query = compileTierQuery(MEMBER_TIERS_TONGMIN_2015, { table: 'float_totals', score: 'total' });
    const rows = await run({ ...query, text: `${query.text} ORDER BY "t".id` });
    expect(rows.map((row) => row['tier'])).toEqual(scores.map((score) => classify(score, MEMBER_TIERS_TONGMIN_2015)?.tier));
  });

  it('gives 100 → excellent, 80 → qualified, 60 → basicallyQualified, 59.99 → unqualified under the 2015 rule', async () => {
    await loadTotals('totals', [100, 80, 60, 59.99, Number.NaN]);
    const query = compileTierQuery(MEMBER_TIERS_TONGMIN_2015, { table: 'totals', score: 'total' });
    const rows = await run({ ...query, text: `${query.text} ORDER BY "t".id` });
    expect(rows.map((row) => row['tier'])).toEqual(['excellent', 'qualified', 'basicallyQualified', 'unqualified', null]);
  });
});

// ── Aggregation policies ───────────────────────────────────────────────────────────────────────

const GROUPS = ['leadership', 'peer', 'masses', 'alumni'] as const;
type Group = (typeof GROUPS)[number];
const groupRule: fc.Arbitrary<GroupRule> = fc.oneof(
  fc.record({ weight: fc.constantFrom(0, 0.1, 0.25, 0.3333, 1, 2.5), method: fc.constantFrom('mean' as const, 'median' as const), minBallots: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }) }),
  fc.record({
    weight: fc.constantFrom(0, 0.1, 0.25, 0.3333, 1, 2.5),
    method: fc.constant('trimmedMean' as const),
    dropHighest: fc.integer({ min: 0, max: 3 }),
    dropLowest: fc.integer({ min: 0, max: 3 }),
    minBallots: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  }),
).map((rule) => Object.fromEntries(Object.entries(rule).filter(([, value]) => value !== undefined)) as unknown as GroupRule);

const SCALES = [{ min: 0, max: 100 }, { min: 60, max: 100 }, { min: -5, max: 5 }] as const;

const policy: fc.Arbitrary<AggregationPolicy<Group>> = fc
  .record({
    groups: fc.subarray([...GROUPS], { minLength: 1 }).chain((codes) => fc.tuple(...codes.map((code) => groupRule.map((rule) => [code, rule] as const)))).map((entries) => Object.fromEntries(entries)),
    missingGroup: fc.constantFrom('renormalize' as const, 'zero' as const, 'error' as const),
    duplicateBallot: fc.constantFrom('unchecked' as const, 'error' as const, 'lastWins' as const),
    excludeSelfFromPeer: fc.boolean(),
    precision: fc.integer({ min: 0, max: 4 }),
    scale: fc.option(fc.constantFrom(...SCALES), { nil: undefined }),
    minimum: fc.option(
      fc.record({ countedGroups: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }), countedWeight: fc.option(fc.constantFrom(0.25, 0.5, 0.6, 1), { nil: undefined }) }),
      { nil: undefined },
    ),
  })
  .map((drawn) => {
    const { scale, minimum, ...rest } = drawn;
    const cleanMinimum = minimum === undefined ? undefined : Object.fromEntries(Object.entries(minimum).filter(([, value]) => value !== undefined));
    return { ...rest, ...(scale === undefined ? {} : { scale }), ...(cleanMinimum === undefined ? {} : { minimum: cleanMinimum }) } as unknown as AggregationPolicy<Group>;
  })
  // Only policies the library accepts (weights adding up to more than 0, a minimum it can meet).
  .filter((drawn) => aggregateEvaluations([], drawn).issues.length === 0);

const SUBJECTS = ['s1', 's2', 's3', 's4'];
/**
 * Ballots for a policy: mostly in its groups and on its scale (boundaries included), with a few the
 * library refuses (an unknown group, a score outside the scale or with three decimals, no evaluator);
 * evaluators repeat (duplicates) and include the subjects themselves (self-ballots).
 */
function ballotsFor(drawn: AggregationPolicy<Group>): fc.Arbitrary<ScoreBallot<string>[]> {
  const { min, max } = drawn.scale ?? { min: 0, max: 100 };
  const codes = Object.keys(drawn.groups);
  const score = fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min: min * 100, max: max * 100 }).map((hundredths) => hundredths / 100) },
    { weight: 3, arbitrary: fc.constantFrom(min, max, (min + max) / 2) },
    { weight: 1, arbitrary: fc.constantFrom(max + 0.01, min - 0.01, min + 0.125, 33.333) },
  );
  const ballot = fc.record({
    subjectId: fc.constantFrom(...SUBJECTS),
    evaluatorId: fc.oneof({ weight: 12, arbitrary: fc.constantFrom('e1', 'e2', 'e3', ...SUBJECTS) }, { weight: 1, arbitrary: fc.constant('') }),
    group: fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...codes, 'peer') }, { weight: 1, arbitrary: fc.constant('stranger') }),
    score,
  });
  return fc.array(ballot, { minLength: 5, maxLength: 60 });
}

describe('an aggregation policy compiled to SQL gives what aggregateEvaluations gives', () => {
  it('on random policies and ballots: figures, counts, statuses, combined scores and issues', async () => {
    await fc.assert(
      fc.asyncProperty(policy.chain((drawn) => fc.tuple(fc.constant(drawn), ballotsFor(drawn))), async ([drawn, ballots]) => {
        await loadBallots(ballots);
        expect(await sqlResult(drawn)).toEqual(libraryResult(ballots, drawn));
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('on scores whose weighted mean lies exactly halfway: 71.725 rounds up to 71.73', async () => {
    const policy2: AggregationPolicy<'leadership' | 'peer'> = {
      groups: { leadership: { weight: 0.5, method: 'mean' }, peer: { weight: 0.5, method: 'trimmedMean' } },
      missingGroup: 'renormalize',
      duplicateBallot: 'unchecked',
      excludeSelfFromPeer: false,
      precision: 2,
    };
    const ballots = [
      { subjectId: 'm1', evaluatorId: 'l1', group: 'leadership', score: 71.72 },
      { subjectId: 'm1', evaluatorId: 'l2', group: 'leadership', score: 71.73 },
      ...[60, 71.725 * 2 - 71.72, 71.72, 99].map((score, index) => ({ subjectId: 'm1', evaluatorId: `p${index}`, group: 'peer', score: Math.round(score * 100) / 100 })),
    ];
    await loadBallots(ballots);
    const [sql] = await sqlResult(policy2);
    const [library] = libraryResult(ballots, policy2);
    expect(sql).toEqual(library);
    expect(sql?.groups.leadership.value).toBe(71.73);
  });

  it('reports duplicates, replaced ballots and excluded self-ballots with their positions', async () => {
    const ballots: ScoreBallot<string>[] = [
      { subjectId: 'm1', evaluatorId: 'm1', group: 'peer', score: 100 },
      { subjectId: 'm1', evaluatorId: 'e1', group: 'peer', score: 80 },
      { subjectId: 'm1', evaluatorId: 'e1', group: 'peer', score: 90 },
      { subjectId: 'm1', evaluatorId: 'e2', group: 'leadership', score: 70 },
    ];
    await loadBallots(ballots);
    for (const duplicateBallot of ['error', 'lastWins'] as const) {
      const checked: AggregationPolicy<'leadership' | 'peer'> = {
        groups: { leadership: { weight: 0.5, method: 'mean' }, peer: { weight: 0.5, method: 'mean' } },
        missingGroup: 'renormalize',
        duplicateBallot,
        excludeSelfFromPeer: true,
        precision: 2,
      };
      const [sql] = await sqlResult(checked);
      expect(sql).toEqual(libraryResult(ballots, checked)[0]);
      expect(sql?.issues.map((issue) => issue.code)).toEqual(
        duplicateBallot === 'error' ? ['evaluation.selfBallotExcluded', 'evaluation.duplicateBallot'] : ['evaluation.selfBallotExcluded', 'evaluation.ballotReplaced'],
      );
    }
  });
});

describe('names from the options cannot change the query', () => {
  it('quotes an injection attempt through a table or column name: it names a table that does not exist, and nothing is dropped', async () => {
    await db.exec('CREATE TABLE IF NOT EXISTS victims (id integer)');
    const attempts = ['"x"; drop table victims; --', "x'; drop table victims; --", 'ballots" ; drop table victims; --'];
    for (const table of attempts) {
      const query = compileTierQuery(MEMBER_TIERS_TONGMIN_2015, { table, score: 'total' });
      await expect(run(query)).rejects.toThrow(/does not exist/);
      const evaluation = compileEvaluationQuery(MEMBER_POLICY, { table: 'ballots', columns: { score: table } });
      await expect(run(evaluation)).rejects.toThrow(/does not exist/);
    }
    expect((await db.query("SELECT to_regclass('victims') AS found")).rows).toEqual([{ found: 'victims' }]);
  });

  it('reads a table whose name needs quoting, exactly as it was created', async () => {
    await db.exec('CREATE TABLE "Totals; --" ("Total Score" numeric); INSERT INTO "Totals; --" VALUES (80)');
    const rows = await run(compileTierQuery(MEMBER_TIERS_TONGMIN_2015, { table: 'Totals; --', score: 'Total Score' }));
    expect(rows).toEqual([{ 'Total Score': '80', tier: 'qualified', band: 1 }]);
  });
});

const MEMBER_POLICY: AggregationPolicy<'peer'> = { groups: { peer: { weight: 1, method: 'mean' } }, missingGroup: 'renormalize', duplicateBallot: 'unchecked', excludeSelfFromPeer: false, precision: 2 };
