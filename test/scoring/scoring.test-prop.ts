import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import {
  assessMember,
  assessMembers,
  classify,
  formatTierRule,
  MEMBER_TIERS,
  MEMBER_TIERS_DEMOCRATIC_REVIEW,
  MEMBER_TIERS_TONGMIN_2015,
  parseTierRule,
  type ExcellentQuota,
  type MemberTier,
  type ScoreCard,
  type TierBand,
  type TierRule,
} from '../../src/scoring';
import { deepFreeze } from '../_helpers/deepFreeze';
import { TONGMIN_SHEETS } from './_fixtures';

/** A sound rule: three cut scores, each shared by both bands, or given to the band above or below. */
const soundRule: fc.Arbitrary<TierRule> = fc
  .record({
    cuts: fc.uniqueArray(fc.integer({ min: -5000, max: 20000 }), { minLength: 3, maxLength: 3 }),
    modes: fc.array(fc.constantFrom('shared', 'above', 'below'), { minLength: 3, maxLength: 3 }),
    overlap: fc.constantFrom('higherTier' as const, 'lowerTier' as const),
  })
  .map(({ cuts, modes, overlap }) => {
    // Spread the cuts so that no band is left empty (two exclusive ends a hundredth apart).
    const [low, middle, high] = [...cuts].sort((a, b) => a - b).map((cut, index) => (cut + 2 * index) / 100) as [number, number, number];
    const upper = (value: number, mode: string) => ({ value, inclusive: mode !== 'below' });
    const lower = (value: number, mode: string) => ({ value, inclusive: mode !== 'above' });
    const [m1, m2, m3] = modes as [string, string, string];
    const bands: TierBand[] = [
      { tier: 'excellent', min: upper(high, m3) },
      { tier: 'qualified', min: upper(middle, m2), max: lower(high, m3) },
      { tier: 'basicallyQualified', min: upper(low, m1), max: lower(middle, m2) },
      { tier: 'unqualified', max: lower(low, m1) },
    ];
    return { bands, overlap };
  });

const anyRule = fc.oneof(fc.constant<TierRule>(MEMBER_TIERS_TONGMIN_2015), fc.constant<TierRule>(MEMBER_TIERS_DEMOCRATIC_REVIEW), soundRule);
const hundredths = fc.integer({ min: -10000, max: 30000 });
const rank = (tier: MemberTier | undefined) => (tier === undefined ? Infinity : MEMBER_TIERS.indexOf(tier));

/** The bands read literally: every band containing the score, then the rule's choice among them. */
function bruteForce(score: number, rule: TierRule): MemberTier | undefined {
  const inside = rule.bands.filter(
    (band) =>
      (band.min === undefined || score > band.min.value || (band.min.inclusive && score === band.min.value)) &&
      (band.max === undefined || score < band.max.value || (band.max.inclusive && score === band.max.value)),
  );
  const tiers = inside.map((band) => band.tier).sort((a, b) => rank(a) - rank(b));
  return rule.overlap === 'higherTier' ? tiers[0] : tiers.at(-1);
}

test.prop([anyRule, hundredths, hundredths])('a higher score never gets a lower tier', (rule, a, b) => {
  const [low, high] = a <= b ? [a, b] : [b, a];
  expect(rank(classify(high / 100, rule)?.tier)).toBeLessThanOrEqual(rank(classify(low / 100, rule)?.tier));
});

test.prop([anyRule, hundredths])('classification agrees with a brute-force reading of the bands', (rule, score) => {
  expect(classify(score / 100, deepFreeze(rule))?.tier).toBe(bruteForce(score / 100, rule));
});

test.prop([soundRule])('parseTierRule reads back what formatTierRule writes', (rule) => {
  const result = parseTierRule(formatTierRule(rule), { overlap: rule.overlap });
  expect(result.success).toBe(true);
  if (result.success) expect(result.data.bands.map(({ text: _text, ...band }) => band)).toEqual(rule.bands);
});

const ITEMS = TONGMIN_SHEETS.flatMap((sheet) => sheet.items.map((item) => ({ sheetId: sheet.id, itemId: item.id, max: item.maxPoints })));
const card = (memberId: string): fc.Arbitrary<ScoreCard> =>
  fc
    .tuple(...ITEMS.map((item) => fc.integer({ min: 0, max: item.max * 100 })))
    .map((points) => ({ memberId, entries: ITEMS.map((item, index) => ({ sheetId: item.sheetId, itemId: item.itemId, points: points[index]! / 100 })) }));
const branch = fc.integer({ min: 1, max: 25 }).chain((size) => fc.tuple(...Array.from({ length: size }, (_, index) => card(`m${String(index).padStart(2, '0')}`))));

test.prop([card('m'), fc.context()])('totals do not depend on the order of entries', (scoreCard) => {
  const reversed = { ...scoreCard, entries: [...scoreCard.entries].reverse() };
  const a = assessMember(deepFreeze(scoreCard), TONGMIN_SHEETS, MEMBER_TIERS_TONGMIN_2015);
  const b = assessMember(reversed, TONGMIN_SHEETS, MEMBER_TIERS_TONGMIN_2015);
  expect([b.total, b.bySheet, b.byStandard, b.tier]).toEqual([a.total, a.bySheet, a.byStandard, a.tier]);
  const cents = scoreCard.entries.reduce((sum, entry) => sum + Math.round(entry.points * 100) * (entry.itemId === 'breach' ? -1 : 1), 0);
  expect(a.total).toBe(cents / 100);
});

test.prop([branch])('assessing a branch equals assessing each member', (cards) => {
  const frozen = deepFreeze(cards);
  const result = assessMembers(frozen, TONGMIN_SHEETS, MEMBER_TIERS_TONGMIN_2015);
  expect(result.members).toEqual(frozen.map((scoreCard) => assessMember(scoreCard, TONGMIN_SHEETS, MEMBER_TIERS_TONGMIN_2015)));
});

const quota: fc.Arbitrary<ExcellentQuota> = fc.record({
  share: fc.record({ numerator: fc.integer({ min: 0, max: 3 }), denominator: fc.integer({ min: 1, max: 5 }) }),
  of: fc.constantFrom('allMembers' as const, 'gradedMembers' as const),
  tieBreak: fc.constantFrom('excludeTied' as const, 'memberId' as const),
});
/** Cards whose totals bunch up above 100, so that ties at the cut are common. */
const excellentBranch = fc.array(fc.integer({ min: 95, max: 104 }), { minLength: 1, maxLength: 20 }).map((totals) =>
  totals.map((total, index): ScoreCard => ({
    memberId: `m${index}`,
    entries: [
      { sheetId: 'goals', itemId: 'study', points: 20 },
      { sheetId: 'goals', itemId: 'teaching', points: 40 },
      { sheetId: 'goals', itemId: 'service', points: 10 },
      { sheetId: 'integrity', itemId: 'clean', points: 20 },
      { sheetId: 'integrity', itemId: 'discipline', points: Math.min(10, total - 90) },
      { sheetId: 'goals', itemId: 'model', points: Math.max(0, total - 100) },
    ],
  })),
);

test.prop([excellentBranch, quota, fc.nat()])('the quota never exceeds its cap and does not depend on the order of cards', (cards, excellentQuota, seed) => {
  const result = assessMembers(deepFreeze(cards), TONGMIN_SHEETS, MEMBER_TIERS_TONGMIN_2015, { excellentQuota });
  const excellent = result.members.filter((member) => member.tier === 'excellent');
  expect(excellent.length).toBeLessThanOrEqual(result.quota!.cap);
  expect(result.quota!.kept).toEqual(excellent.map((member) => member.memberId).sort((a, b) => {
    const total = (id: string) => result.members.find((member) => member.memberId === id)!.total!;
    return total(b) - total(a) || (a < b ? -1 : 1);
  }));

  const shuffled = [...cards].sort((a, b) => ((hash(a.memberId, seed) - hash(b.memberId, seed)) || (a.memberId < b.memberId ? -1 : 1)));
  const again = assessMembers(shuffled, TONGMIN_SHEETS, MEMBER_TIERS_TONGMIN_2015, { excellentQuota });
  expect(again.quota).toEqual(result.quota);
  const tierOf = (members: typeof result.members) => Object.fromEntries(members.map((member) => [member.memberId, member.tier]));
  expect(tierOf(again.members)).toEqual(tierOf(result.members));
});

function hash(text: string, seed: number): number {
  let value = seed | 0;
  for (const char of text) value = Math.imul(value ^ char.charCodeAt(0), 2654435761);
  return value;
}
