import { describe, expect, it } from 'vitest';
import {
  compareDistributions,
  compareGrades,
  gradeOrganization,
  ORGANIZATION_GRADES_FIVE_GOODS,
  type OrganizationGradeRule,
  type TierDistribution,
} from '../../src/scoring';
import { deepFreeze } from '../_helpers/deepFreeze';

const rule = deepFreeze(ORGANIZATION_GRADES_FIVE_GOODS);
const all = (score: number) => ({ leadershipTeam: score, memberTeam: score, workMechanism: score, workResults: score, response: score });

describe('“五星级”基层党组织: one star per 好', () => {
  it('五个好 all met: five stars, 先进', () => {
    expect(gradeOrganization(deepFreeze(all(80)), rule)).toEqual({
      stars: 5,
      met: ['leadershipTeam', 'memberTeam', 'workMechanism', 'workResults', 'response'],
      missed: [],
      band: 'advanced',
      issues: [],
    });
  });
  it('中间状态: three or four stars; 相对后进: fewer', () => {
    expect(gradeOrganization({ ...all(90), response: 79.99 }, rule)).toMatchObject({ stars: 4, missed: ['response'], band: 'intermediate' });
    expect(gradeOrganization({ ...all(90), response: 79.995 }, rule).band).toBe('advanced');
    expect(gradeOrganization({ ...all(70), leadershipTeam: 85, memberTeam: 85 }, rule)).toMatchObject({ stars: 2, band: 'lagging' });
  });
  it('reports missing, non-finite and unknown scores', () => {
    const { leadershipTeam: _dropped, ...rest } = all(90);
    const grade = gradeOrganization({ ...rest, memberTeam: Number.NaN, morale: 100 }, rule);
    expect(grade.issues.map((issue) => [issue.code, issue.severity, issue.path])).toEqual([
      ['scoring.gradeMissingScore', 'warning', ['leadershipTeam']],
      ['scoring.gradeBadScore', 'error', ['memberTeam']],
      ['scoring.gradeUnknownCriterion', 'warning', ['morale']],
    ]);
    // Each message names the standard it is about, as the 党务工作者 reads it.
    expect(grade.issues.map((issue) => issue.message['zh-CN'])).toEqual([
      '标准“leadershipTeam”没有得分,按未达到计',
      '标准“memberTeam”的得分 NaN 不是有限数',
      '评定规则中没有标准“morale”',
    ]);
    expect(grade).toMatchObject({ stars: 3, missed: ['leadershipTeam', 'memberTeam'], band: 'intermediate' });
  });
  it('exclusive thresholds, and a rule whose bands leave some stars out', () => {
    const strict: OrganizationGradeRule = {
      criteria: [{ code: 'a', label: { 'zh-CN': '甲', en: 'A' }, meets: { value: 80, inclusive: false } }],
      bands: [{ band: 'advanced', minStars: 1 }],
    };
    expect(gradeOrganization({ a: 80.01 }, strict).band).toBe('advanced');
    const none = gradeOrganization({ a: 80 }, strict);
    expect(none.band).toBeUndefined();
    expect(none.issues.map((issue) => [issue.message['zh-CN'], issue.path])).toEqual([['0 颗星不满足任何档次的最低要求', []]]);
  });
});

describe('晋档升级: compareGrades', () => {
  it('a better band is upgraded, a worse one downgraded, the same band by stars', () => {
    const grade = (stars: number) => gradeOrganization({ ...all(50), ...Object.fromEntries(Object.keys(all(0)).slice(0, stars).map((code) => [code, 90])) }, rule);
    expect(compareGrades(grade(4), grade(5))).toEqual({ change: 'upgraded', band: { from: 'intermediate', to: 'advanced' }, stars: { from: 4, to: 5 } });
    expect(compareGrades(grade(5), grade(2)).change).toBe('downgraded');
    expect(compareGrades(grade(3), grade(4)).change).toBe('upgraded');
    expect(compareGrades(grade(4), grade(3)).change).toBe('downgraded');
    expect(compareGrades(grade(4), grade(4)).change).toBe('held');
    expect(compareGrades({ stars: 0, band: undefined }, grade(0)).change).toBe('upgraded');
  });
});

describe('compareDistributions: 优秀党员的比例', () => {
  it('gives each tier’s share in both years and the change in points', () => {
    const previous: TierDistribution = { members: 10, graded: 10, counts: { excellent: 2, qualified: 7, basicallyQualified: 1, unqualified: 0 } };
    const current: TierDistribution = { members: 13, graded: 12, counts: { excellent: 4, qualified: 8, basicallyQualified: 0, unqualified: 0 } };
    expect(compareDistributions(deepFreeze(previous), deepFreeze(current))).toEqual([
      { tier: 'excellent', previous: { count: 2, percent: 20 }, current: { count: 4, percent: 33.33 }, changePoints: 13.33 },
      { tier: 'qualified', previous: { count: 7, percent: 70 }, current: { count: 8, percent: 66.67 }, changePoints: -3.33 },
      { tier: 'basicallyQualified', previous: { count: 1, percent: 10 }, current: { count: 0, percent: 0 }, changePoints: -10 },
      { tier: 'unqualified', previous: { count: 0, percent: 0 }, current: { count: 0, percent: 0 }, changePoints: 0 },
    ]);
  });
  it('a year without graded members has every share 0', () => {
    const empty: TierDistribution = { members: 0, graded: 0, counts: { excellent: 0, qualified: 0, basicallyQualified: 0, unqualified: 0 } };
    expect(compareDistributions(empty, empty).every((change) => change.current.percent === 0)).toBe(true);
  });
});

describe('a score that is not a number is shown as the 党务工作者 would recognise it', () => {
  const shown = (score: unknown) =>
    gradeOrganization({ ...all(90), memberTeam: score as number }, rule).issues.find((issue) => issue.code === 'scoring.gradeBadScore')?.params['score'];
  it('a text, a boolean and null as they are written', () => {
    expect(shown('九十')).toBe('九十');
    expect(shown(true)).toBe('true');
    expect(shown(null)).toBe('null');
    expect(shown(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });
  it('a list, an object, a function and a symbol by their kind, never by their contents', () => {
    expect(shown([90])).toBe('list');
    expect(shown({ value: 90 })).toBe('object');
    expect(shown(() => 90)).toBe('function');
    expect(shown(Symbol('90'))).toBe('symbol');
  });
});
