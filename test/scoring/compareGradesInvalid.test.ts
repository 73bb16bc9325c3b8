import { describe, expect, it } from 'vitest';
import { compareGrades, type OrganizationBand } from '../../src/scoring';

describe('compareGrades with stars or a band that cannot be compared', () => {
  it('says undetermined, not downgraded, for NaN stars, and reports them', () => {
    const comparison = compareGrades({ stars: Number.NaN, band: 'advanced' }, { stars: 5, band: 'advanced' });
    expect(comparison.change).toBe('undetermined');
    expect(comparison.issues?.map((issue) => [issue.code, issue.severity, issue.path, issue.params])).toEqual([
      ['scoring.compareBadStars', 'error', ['previous', 'stars'], { stars: 'NaN' }],
    ]);
    expect(comparison.issues?.[0]?.message['zh-CN']).toBe('用于比较的评定星数 NaN 无效:应为不小于 0 的整数');
  });

  it.each([Infinity, -1, 4.5])('reports current stars %s', (stars) => {
    const comparison = compareGrades({ stars: 4, band: 'intermediate' }, { stars, band: 'intermediate' });
    expect(comparison.change).toBe('undetermined');
    expect(comparison.issues?.map((issue) => issue.path)).toEqual([['current', 'stars']]);
  });

  it('reports a band that is not an organization band', () => {
    const comparison = compareGrades({ stars: 4, band: 'intermediate' }, { stars: 4, band: 'gold' as OrganizationBand });
    expect(comparison).toMatchObject({ change: 'undetermined', band: { from: 'intermediate', to: 'gold' } });
    expect(comparison.issues?.map((issue) => [issue.code, issue.params])).toEqual([['scoring.compareUnknownBand', { band: 'gold' }]]);
  });

  it('has no issues for two sound grades', () => {
    expect(compareGrades({ stars: 4, band: 'intermediate' }, { stars: 5, band: 'advanced' })).not.toHaveProperty('issues');
  });
});
