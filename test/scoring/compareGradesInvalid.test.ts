import { describe, expect, it } from 'vitest';
import { compareGrades } from '../../src/scoring';

describe('compareGrades with stars that cannot be compared', () => {
  it('says undetermined, not downgraded, for NaN stars, and reports them', () => {
    const comparison = compareGrades({ stars: Number.NaN, band: 'advanced' }, { stars: 5, band: 'advanced' });
    expect(comparison.change).toBe('undetermined');
    expect(comparison.issues?.map((issue) => [issue.code, issue.severity, issue.path, issue.params])).toEqual([
      ['scoring.compareBadStars', 'error', ['previous', 'stars'], { stars: 'NaN' }],
    ]);
    expect(comparison.issues?.[0]?.message['zh-CN']).toBe('星数 NaN 应为不小于 0 的整数');
  });

  it.each([Infinity, -1, 4.5])('reports current stars %s', (stars) => {
    const comparison = compareGrades({ stars: 4, band: 'intermediate' }, { stars, band: 'intermediate' });
    expect(comparison.change).toBe('undetermined');
    expect(comparison.issues?.map((issue) => issue.path)).toEqual([['current', 'stars']]);
  });

  it('has no issues for two sound grades', () => {
    expect(compareGrades({ stars: 4, band: 'intermediate' }, { stars: 5, band: 'advanced' })).not.toHaveProperty('issues');
  });
});
