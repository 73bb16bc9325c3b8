import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SATISFACTION_SURVEY_RULE, SCHOOL_FOUR_SIDED_EVALUATION } from '../../src/evaluation';
import { SCORE_SHEETS_EXAMPLE } from '../../src/scoring';
import { arbitraries, InvalidInputError } from '../../src/testing';
import { thrownIssues } from '../_helpers/thrownIssues';

const a = arbitraries(fc);
const paths = (run: () => unknown) => thrownIssues(run, InvalidInputError).map((issue) => issue.path);
const sample = <T>(arbitrary: fc.Arbitrary<T>) => fc.sample(arbitrary, { numRuns: 20, seed: 2015 });

describe('arbitraries', () => {
  it('takes the fast-check module it is given, and names what a wrong one lacks', () => {
    expect(paths(() => arbitraries(null as never))).toEqual([['fc']]);
    expect(paths(() => arbitraries({ ...fc, integer: undefined } as never))).toEqual([['fc', 'integer']]);
  });

  it('keeps to the sizes asked for', () => {
    expect(sample(a.members({ minLength: 3, maxLength: 3, organizationId: 'b7' })).every((m) => m.length === 3 && m.every((x) => x.organizationId === 'b7'))).toBe(true);
    expect(sample(a.branch({ minLength: 5, maxLength: 5, maxGroups: 1 })).every((b) => b.groups.length === 1 && b.groups[0]!.memberIds.length === 5)).toBe(true);
    expect(sample(a.scoreSheets({ minLength: 2, maxLength: 2, maxItems: 1 })).every((s) => s.length === 2 && s.every((sheet) => sheet.items.length === 1))).toBe(true);
    expect(sample(a.campaign({ minLength: 2, maxLength: 2, maxTasks: 0 })).every((c) => c.phases.length === 2 && c.phases.every((p) => p.tasks.length === 0))).toBe(true);
    expect(sample(a.score({ min: 60, max: 60 }))).toEqual(Array(20).fill(60));
  });

  it('scores a card on the seed’s sheets item by item, within each maximum', () => {
    for (const card of sample(a.scoreCard(SCORE_SHEETS_EXAMPLE, 'm06'))) {
      expect(card.memberId).toBe('m06');
      expect(card.entries.length).toBe(SCORE_SHEETS_EXAMPLE.reduce((sum, sheet) => sum + sheet.items.length, 0));
    }
  });

  it('casts ballots for the subjects named, under the group named', () => {
    const ballots = sample(a.scoreBallots(SCHOOL_FOUR_SIDED_EVALUATION, { subjectIds: ['m01'], maxBallotsPerGroup: 3 }));
    expect(ballots.every((list) => list.every((b) => b.subjectId === 'm01'))).toBe(true);
    // Trimmed means that drop one highest and one lowest need three ballots: exactly three here.
    expect(ballots.every((list) => list.filter((b) => b.group === 'peer').length === 3)).toBe(true);
    const grades = sample(a.gradeBallots(SATISFACTION_SURVEY_RULE, { subjectIds: ['branch'], group: 'parents', maxBallots: 4 }));
    expect(grades.every((list) => list.length >= 1 && list.length <= 4 && list.every((b) => b.group === 'parents'))).toBe(true);
    expect(sample(a.gradeBallots({ ...SATISFACTION_SURVEY_RULE, grades: [] }, { subjectIds: ['branch'] }))).toEqual(Array(20).fill([]));
  });

  it('keeps points within a maximum written with a third decimal, and reads a policy’s defaults', () => {
    const sheets = [{ id: 's', title: '责任书', items: [{ id: 'i', title: '廉洁自律', kind: 'base' as const, maxPoints: 1.005 }] }];
    expect(sample(a.scoreCard(sheets)).every((card) => card.memberId === 'm001' && card.entries[0]!.points <= 1.005)).toBe(true);
    // No scale: the hundred-point scale; a trimmed mean without its drops: one highest, one lowest.
    const policy = { groups: { peer: { weight: 1, method: 'trimmedMean' as const } }, missingGroup: 'error' as const, duplicateBallot: 'error' as const, excludeSelfFromPeer: true, precision: 2 };
    const ballots = sample(a.scoreBallots(policy, { maxBallotsPerGroup: 1 }));
    expect(ballots.every((list) => list.every((b) => b.score >= 0 && b.score <= 100))).toBe(true);
    expect(ballots.every((list) => list.length % 3 === 0)).toBe(true);
    expect(paths(() => a.scoreBallots(policy, { subjectIds: 'm01' } as never))).toEqual([['options', 'subjectIds']]);
    expect(paths(() => a.members(null as never))).toEqual([['options']]);
  });

  it('makes whole-score rules when asked', () => {
    for (const rule of sample(a.tierRule({ wholeScores: true }))) {
      expect(rule.wholeScores).toBe(true);
      expect(rule.bands.every((band) => [band.min, band.max].every((bound) => bound === undefined || Number.isInteger(bound.value)))).toBe(true);
    }
  });

  it('refuses options it cannot read, by path', () => {
    expect(paths(() => a.members({ maxLength: -1 }))).toEqual([['options', 'maxLength']]);
    expect(paths(() => a.members({ organizationId: 7 } as never))).toEqual([['options', 'organizationId']]);
    expect(paths(() => a.score({ max: 'high' } as never))).toEqual([['options', 'max']]);
    expect(paths(() => a.scoreCard([{ id: 's', title: 't', items: [{ id: 'i', title: 't', kind: 'base', maxPoints: -1 }] }]))).toEqual([['sheets', 0, 'items', 0, 'maxPoints']]);
    expect(paths(() => a.scoreCard(SCORE_SHEETS_EXAMPLE, 5 as never))).toEqual([['memberId']]);
    expect(paths(() => a.scoreBallots({ ...SCHOOL_FOUR_SIDED_EVALUATION, scale: { min: 100, max: 0 } }))).toEqual([['policy', 'scale', 'max']]);
    expect(paths(() => a.scoreBallots(SCHOOL_FOUR_SIDED_EVALUATION, { subjectIds: [1] } as never))).toEqual([['options', 'subjectIds', 0]]);
    expect(paths(() => a.scoreBallots(null as never))).toEqual([['policy']]);
    expect(paths(() => a.gradeBallots(null as never))).toEqual([['rule']]);
    expect(paths(() => a.tierRule({ wholeScores: 'yes' } as never))).toEqual([['options', 'wholeScores']]);
    expect(paths(() => a.tierRule({ tierSet: { tiers: 'a' } } as never)).every((path) => path[0] === 'options' && path[1] === 'tierSet')).toBe(true);
  });
});
