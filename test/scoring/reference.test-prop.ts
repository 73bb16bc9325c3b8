import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import {
  assessMember,
  assessMembers,
  MEMBER_TIERS,
  MEMBER_TIERS_DEMOCRATIC_REVIEW,
  MEMBER_TIERS_TONGMIN_2015,
  type AssessMembersOptions,
  type ExcellentQuota,
  type ScoreCard,
  type ScoreEntry,
  type ScoreItem,
  type ScoreSheet,
  type TierBand,
  type TierRule,
  type VetoRule,
} from '../../src/scoring';
import { deepFreeze } from '../_helpers/deepFreeze';
import { referenceAssessMember, referenceAssessMembers } from './reference';

// Differential tests: the engine behind assessMember and assessMembers (typed arrays, shared
// scratch, cached reasons, one-sort quota) against the plain reference in ./reference.ts, on
// random sheets, rules and cards. Ids come from small pools, so that duplicate sheets, items,
// entries, cards and vetoes, unknown sheets and items, and ties at the quota are all common.

const SHEET_IDS = ['goals', 'integrity', 'extra'] as const;
const ITEM_IDS = ['a', 'b', 'c', 'd'] as const;
const MEMBER_IDS = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9', 'm10', 'm11', 'm12'] as const;
const VETO_IDS = ['discipline', 'absence', 'unknownVeto'] as const;

const maxPoints = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(10, 25, 40, 60, 12.5) },
  { weight: 1, arbitrary: fc.constantFrom(-5, 1.005, Number.NaN) },
);
const item: fc.Arbitrary<ScoreItem> = fc.record(
  {
    id: fc.constantFrom(...ITEM_IDS),
    title: fc.constant('项目'),
    standard: fc.constantFrom('learning', 'service'),
    kind: fc.constantFrom('base' as const, 'base' as const, 'bonus' as const, 'deduction' as const),
    maxPoints,
  },
  { requiredKeys: ['id', 'title', 'kind', 'maxPoints'] },
);
const sheet: fc.Arbitrary<ScoreSheet> = fc.record({
  id: fc.constantFrom(...SHEET_IDS),
  title: fc.constant('责任书'),
  // Mostly distinct item ids, sometimes a repeated one.
  items: fc.oneof(
    { weight: 8, arbitrary: fc.uniqueArray(item, { minLength: 1, maxLength: 4, selector: (each) => each.id }) },
    { weight: 1, arbitrary: fc.array(item, { minLength: 1, maxLength: 4 }) },
  ),
});
const sheets = fc.oneof(
  { weight: 8, arbitrary: fc.uniqueArray(sheet, { minLength: 1, maxLength: 3, selector: (each) => each.id }) },
  { weight: 1, arbitrary: fc.array(sheet, { minLength: 1, maxLength: 3 }) },
);

/** A sound rule of four bands whose cut scores share, or give away, their boundary. */
const generatedBands = fc
  .record({
    cuts: fc.uniqueArray(fc.integer({ min: 20, max: 150 }), { minLength: 3, maxLength: 3 }),
    inclusive: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
  })
  .map(({ cuts, inclusive }): readonly TierBand[] => {
    const [low, middle, high] = [...cuts].sort((a, b) => a - b) as [number, number, number];
    const [i1, i2, i3] = inclusive as [boolean, boolean, boolean];
    return [
      { tier: 'excellent', min: { value: high, inclusive: true } },
      { tier: 'qualified', min: { value: middle, inclusive: true }, max: { value: high, inclusive: i3 } },
      { tier: 'basicallyQualified', min: { value: low, inclusive: true }, max: { value: middle, inclusive: i2 } },
      { tier: 'unqualified', max: { value: low, inclusive: i1 } },
    ];
  });
const veto: fc.Arbitrary<VetoRule> = fc.record(
  {
    id: fc.constantFrom(...VETO_IDS.slice(0, 2)),
    label: fc.constant({ 'zh-CN': '一票否决', en: 'Veto' }),
    atMost: fc.constantFrom(...MEMBER_TIERS),
    // Mostly on items that exist, with thresholds the round points below often meet exactly.
    trigger: fc.record({
      sheetId: fc.constantFrom('goals', 'goals', 'integrity', 'extra'),
      itemId: fc.constantFrom('a', 'a', 'b', 'c', 'd'),
      atLeast: fc.constantFrom(0, 0.01, 5, 10, 20),
    }),
  },
  { requiredKeys: ['id', 'label', 'atMost'] },
);
const quota: fc.Arbitrary<ExcellentQuota> = fc.record({
  share: fc.oneof(
    { weight: 10, arbitrary: fc.record({ numerator: fc.integer({ min: 0, max: 3 }), denominator: fc.integer({ min: 1, max: 4 }) }) },
    { weight: 1, arbitrary: fc.constantFrom({ numerator: -1, denominator: 3 }, { numerator: 1, denominator: 0 }, { numerator: 0.5, denominator: 2 }) },
  ),
  of: fc.constantFrom('allMembers' as const, 'gradedMembers' as const),
  tieBreak: fc.constantFrom('excludeTied' as const, 'memberId' as const),
});
const rule: fc.Arbitrary<TierRule> = fc
  .record(
    {
      bands: fc.oneof(fc.constant(MEMBER_TIERS_TONGMIN_2015.bands), fc.constant(MEMBER_TIERS_DEMOCRATIC_REVIEW.bands), generatedBands),
      overlap: fc.constantFrom('higherTier' as const, 'lowerTier' as const),
      gradeProbationary: fc.boolean(),
      vetoes: fc.oneof(
        { weight: 6, arbitrary: fc.uniqueArray(veto, { maxLength: 2, selector: (each) => each.id }) },
        { weight: 1, arbitrary: fc.array(veto, { maxLength: 2 }) },
      ),
      excellentQuota: quota,
    },
    { requiredKeys: ['bands', 'overlap'] },
  )
  .map((generated) => generated as TierRule);

const points = fc.oneof(
  // Round figures, so that totals tie often.
  { weight: 6, arbitrary: fc.constantFrom(0, 5, 10, 12.5, 20, 25, 40, 60) },
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 6000 }).map((hundredths) => hundredths / 100) },
  { weight: 1, arbitrary: fc.constantFrom(-1, 61, 0.005, 0.1 + 0.2, Number.NaN, Number.POSITIVE_INFINITY) },
);
const entry: fc.Arbitrary<ScoreEntry> = fc.record({
  sheetId: fc.oneof({ weight: 10, arbitrary: fc.constantFrom(...SHEET_IDS) }, { weight: 1, arbitrary: fc.constant('unknownSheet') }),
  itemId: fc.oneof({ weight: 10, arbitrary: fc.constantFrom(...ITEM_IDS) }, { weight: 1, arbitrary: fc.constant('unknownItem') }),
  points,
});
const card: fc.Arbitrary<ScoreCard> = fc.record(
  {
    memberId: fc.constantFrom(...MEMBER_IDS),
    status: fc.constantFrom('full' as const, 'full' as const, 'probationary' as const),
    entries: fc.array(entry, { maxLength: 8 }),
    vetoes: fc.array(fc.record({ vetoId: fc.constantFrom(...VETO_IDS), note: fc.constant('记录') }, { requiredKeys: ['vetoId'] }), {
      maxLength: 2,
    }),
  },
  { requiredKeys: ['memberId', 'entries'] },
);
const options: fc.Arbitrary<AssessMembersOptions> = fc.record(
  {
    missingEntry: fc.constantFrom('ignore' as const, 'warning' as const, 'error' as const),
    excellentQuota: fc.oneof(fc.constant(false as const), quota),
  },
  { requiredKeys: [] },
);

test.prop([card, sheets, rule, options], { numRuns: 300 })('assessMember equals the reference', (scoreCard, scoreSheets, tierRule, { missingEntry }) => {
  const memberOptions = missingEntry === undefined ? {} : { missingEntry };
  const input = deepFreeze({ scoreCard, scoreSheets, tierRule });
  expect(assessMember(input.scoreCard, input.scoreSheets, input.tierRule, memberOptions)).toEqual(
    referenceAssessMember(scoreCard, scoreSheets, tierRule, memberOptions),
  );
});

test.prop([fc.array(card, { maxLength: 14 }), sheets, rule, options], { numRuns: 200 })('assessMembers equals the reference', (cards, scoreSheets, tierRule, branchOptions) => {
  const input = deepFreeze({ cards, scoreSheets, tierRule, branchOptions });
  expect(assessMembers(input.cards, input.scoreSheets, input.tierRule, input.branchOptions)).toEqual(
    referenceAssessMembers(cards, scoreSheets, tierRule, branchOptions),
  );
});

/** A branch where everybody reaches 优秀 on a few totals: the quota's cut falls in a tie most of the time. */
const tiedBranch = fc.array(fc.tuple(fc.constantFrom(100, 105, 105, 110, 110, 110), fc.integer({ min: 0, max: 40 })), { minLength: 1, maxLength: 30 }).map(
  (members) =>
    members.map(
      ([total, id]): ScoreCard => ({ memberId: `m${String(id).padStart(2, '0')}`, entries: [{ sheetId: 's', itemId: 'work', points: total }] }),
    ),
);
const ONE_SHEET: readonly ScoreSheet[] = [{ id: 's', title: '目标管理责任书', items: [{ id: 'work', title: '工作', kind: 'base', maxPoints: 120 }] }];

test.prop([tiedBranch, quota])('the quota on tied totals equals the reference', (cards, excellentQuota) => {
  expect(assessMembers(deepFreeze(cards), ONE_SHEET, MEMBER_TIERS_TONGMIN_2015, { excellentQuota })).toEqual(
    referenceAssessMembers(cards, ONE_SHEET, MEMBER_TIERS_TONGMIN_2015, { excellentQuota }),
  );
});
