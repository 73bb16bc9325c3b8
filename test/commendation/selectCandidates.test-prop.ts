import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { selectCandidates, type AwardTitle, type Candidate, type CommendationRule, type TitleRule } from '../../src/commendation';
import { MEMBER_TIERS } from '../../src/scoring';
import { deepFreeze } from '../_helpers/deepFreeze';

const TITLES = ['excellentMember', 'exemplaryTeacher', 'excellentPartyWorker', 'advancedOrganization'] as const satisfies readonly AwardTitle[];
const score = fc.integer({ min: 0, max: 12_000 }).map((hundredths) => hundredths / 100);
const admission = fc.constantFrom('eligible', 'ineligible') as fc.Arbitrary<TitleRule['probationary']>;

const ruleArb: fc.Arbitrary<CommendationRule> = fc.record({
  titles: fc.shuffledSubarray([...TITLES], { minLength: 1 }).chain((titles) =>
    fc.tuple(
      ...titles.map((title) =>
        fc.record({
          title: fc.constant(title),
          quota: fc.integer({ min: 0, max: 4 }),
          minimumTier: fc.option(fc.constantFrom(...MEMBER_TIERS), { nil: undefined }),
          probationary: admission,
          openRectification: admission,
          weights: fc.integer({ min: 0, max: 100 }).map((performance) => ({ performance, recognition: 100 - performance })),
        }).map(({ minimumTier, ...rest }): TitleRule => (minimumTier === undefined ? rest : { ...rest, minimumTier })),
      ),
    ),
  ),
  onePerPerson: fc.boolean(),
  tieBreak: fc.constantFrom(['performance', 'recognition'], ['recognition'], []) as fc.Arbitrary<CommendationRule['tieBreak']>,
});

const candidatesArb: fc.Arbitrary<Candidate[]> = fc.array(
  fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    title: fc.constantFrom(...TITLES),
    tier: fc.option(fc.constantFrom(...MEMBER_TIERS), { nil: undefined }),
    status: fc.constantFrom('full', 'probationary') as fc.Arbitrary<NonNullable<Candidate['status']>>,
    performance: score,
    recognition: score,
    open: fc.boolean(),
  }).map(({ tier, open, ...rest }): Candidate => ({
    ...rest,
    ...(tier === undefined ? {} : { tier }),
    ...(open ? { openRectificationIds: ['r1'] } : {}),
  })),
  { maxLength: 20 },
);

const ineligible = (candidate: Candidate, rule: TitleRule): boolean =>
  (rule.minimumTier !== undefined &&
    (candidate.tier === undefined || MEMBER_TIERS.indexOf(candidate.tier) > MEMBER_TIERS.indexOf(rule.minimumTier))) ||
  (candidate.status === 'probationary' && rule.probationary === 'ineligible') ||
  ((candidate.openRectificationIds ?? []).length > 0 && rule.openRectification === 'ineligible');

test.prop([candidatesArb, ruleArb])('selection never exceeds a title’s quota', (candidates, rule) => {
  const result = selectCandidates(deepFreeze(candidates), deepFreeze(rule));
  for (const title of result.titles) expect(title.selected.length).toBeLessThanOrEqual(title.quota);
  expect(result.recommended.length).toBe(result.titles.reduce((sum, title) => sum + title.selected.length, 0));
});

test.prop([candidatesArb, ruleArb])('no ineligible candidate is ever selected', (candidates, rule) => {
  const result = selectCandidates(candidates, rule);
  for (const verdict of result.recommended) {
    const candidate = candidates[verdict.candidateIndex]!;
    const titleRule = rule.titles.find((each) => each.title === verdict.title)!;
    expect(ineligible(candidate, titleRule)).toBe(false);
  }
  if (rule.onePerPerson) {
    const ids = result.recommended.map((verdict) => verdict.id);
    expect(new Set(ids).size).toBe(ids.length);
  }
});

test.prop([candidatesArb, ruleArb])('every nomination gets a verdict with at least one reason', (candidates, rule) => {
  const result = selectCandidates(candidates, rule);
  expect(result.verdicts).toHaveLength(candidates.length);
  for (const verdict of result.verdicts) expect(verdict.reasons.length).toBeGreaterThan(0);
});

test.prop([candidatesArb, ruleArb, fc.func(fc.integer())])('the list to recommend does not depend on input order', (candidates, rule, key) => {
  // Distinct nominations only: with a repeated one, "the first counts" depends on order by design.
  const unique = candidates.filter(
    (candidate, index) => candidates.findIndex((other) => other.id === candidate.id && other.title === candidate.title) === index,
  );
  const shuffled = unique.map((value, index) => ({ value, k: key(index) })).sort((a, b) => a.k - b.k).map(({ value }) => value);
  const summary = (list: Candidate[]) =>
    selectCandidates(list, rule).recommended.map((verdict) => [verdict.title, verdict.id, verdict.combined, verdict.rank]);
  expect(summary(shuffled)).toEqual(summary(unique));
});
