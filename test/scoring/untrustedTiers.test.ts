import { describe, expect, it } from 'vitest';
import { tierDistribution, type MemberAssessment } from '../../src/scoring';

describe('tierDistribution with tiers from JSON not parsed first', () => {
  it('counts only the four tiers: "__proto__" and "constructor" are not graded and add no key', () => {
    const assessments = JSON.parse('[{"tier":"__proto__"},{"tier":"constructor"},{"tier":"excellent"}]') as MemberAssessment[];
    expect(tierDistribution(assessments)).toEqual({
      members: 3,
      graded: 1,
      counts: { excellent: 1, qualified: 0, basicallyQualified: 0, unqualified: 0 },
    });
  });
});
