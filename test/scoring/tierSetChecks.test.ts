import { describe, expect, it } from 'vitest';
import { checkTierSet, classify, compareDistributions, InvalidInputError, memberTierOf, type TierRule, type TierSet } from '../../src/scoring';
import { thrownIssues } from '../_helpers/thrownIssues';

// A tier set stored as JSON (a school's own 优秀/良好/合格/不合格): each wrong field is named where
// it is, and the set's own rules (no tiers, a tier twice, a mapping out of order) name the tier.

const labels = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const set = (fields: Partial<Record<keyof TierSet, unknown>>): TierSet =>
  ({
    id: 'school',
    label: labels('本校等次', 'School tiers'),
    tiers: ['a', 'b', 'c'],
    tierLabels: { a: labels('甲', 'A'), b: labels('乙', 'B'), c: labels('丙', 'C') },
    ...fields,
  }) as TierSet;

const paths = (set: TierSet) => checkTierSet(set).map((issue) => issue.path);

describe('a tier set read from JSON', () => {
  it('names every field of the wrong kind by its path', () => {
    expect(paths(set({ id: 1, label: '本校', source: 2, tiers: 'a', tierLabels: [], memberTiers: 5 }))).toEqual([
      ['id'],
      ['label'],
      ['source'],
      ['tiers'],
      ['tierLabels'],
      ['memberTiers'],
    ]);
  });

  it('checks the names and the mapping of each tier only once the tier codes are readable', () => {
    expect(paths(set({ tiers: ['a', 1], tierLabels: {} }))).toEqual([['tiers', 1]]);
    expect(paths(set({ tierLabels: { a: labels('甲', 'A') }, memberTiers: { a: 'excellent', b: 'good' } }))).toEqual([
      ['tierLabels', 'b'],
      ['tierLabels', 'c'],
      ['memberTiers', 'b'],
      ['memberTiers', 'c'],
    ]);
  });

  it('names the set in the problems of its own rules', () => {
    const empty = checkTierSet(set({ tiers: [], tierLabels: {} }));
    expect(empty.map((issue) => [issue.code, issue.path, issue.params])).toEqual([['scoring.tierSetEmpty', ['tiers'], { set: 'school' }]]);
    const twice = checkTierSet(set({ tiers: ['a', 'b', 'a'] }));
    expect(twice.map((issue) => [issue.code, issue.path, issue.params])).toEqual([['scoring.tierSetDuplicateTier', ['tiers', 2], { set: 'school', tier: 'a' }]]);
  });

  it('reports a mapping out of order beside the first of two tiers mapped alike, not the second', () => {
    const order = checkTierSet(set({ memberTiers: { a: 'basicallyQualified', b: 'basicallyQualified', c: 'qualified' } }));
    expect(order.map((issue) => [issue.code, issue.path])).toEqual([['scoring.tierSetMappingOrder', ['memberTiers', 'a']]]);
  });

  it('memberTierOf names a tier the set does not have at ["tier"]', () => {
    expect(thrownIssues(() => memberTierOf('d' as never, set({})), InvalidInputError).map((issue) => [issue.code, issue.path])).toEqual([['input.notOneOf', ['tier']]]);
  });

  it('ranks a band whose tier is not in the set below every tier of the set', () => {
    const rule = {
      bands: [
        { tier: 'unlisted', min: { value: 80, inclusive: true } },
        { tier: 'excellent', min: { value: 80, inclusive: true } },
      ],
      overlap: 'higherTier',
    } as unknown as TierRule;
    expect(classify(85, rule)?.tier).toBe('excellent');
  });
});

describe('a distribution of a tier set read from JSON', () => {
  it('reads a tier named like an inherited property only from the counts themselves', () => {
    const odd = set({ tiers: ['constructor'], tierLabels: { constructor: labels('甲', 'A') } });
    const year = { members: 1, graded: 1, counts: {} } as never;
    expect(thrownIssues(() => compareDistributions(year, year, odd), InvalidInputError).map((issue) => [issue.code, issue.path])).toEqual([
      ['input.missing', ['previousYear', 'counts', 'constructor']],
      ['input.missing', ['currentYear', 'counts', 'constructor']],
    ]);
  });
});
