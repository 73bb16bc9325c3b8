import { describe, expect, it } from 'vitest';
import { aggregateEvaluations, SATISFACTION_SURVEY_RULE, SCHOOL_FOUR_SIDED_EVALUATION, summarizeVotes, type AggregationPolicy, type GradeBallot, type VoteRule } from '../../src/evaluation';

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

describe('grades and groups named "__proto__" in rules stored as JSON', () => {
  it('summarizeVotes counts a grade named "__proto__" as an own key and adds nothing to Object.prototype', () => {
    const before = prototypeKeys();
    const rule = { ...SATISFACTION_SURVEY_RULE, grades: JSON.parse('["__proto__","satisfied"]') } as VoteRule;
    const ballots = JSON.parse('[{"subjectId":"b","evaluatorId":"x","group":"masses","grade":"__proto__"}]') as GradeBallot[];
    const [summary] = summarizeVotes(ballots, rule).subjects;
    expect(prototypeKeys()).toEqual(before);
    expect(Object.getPrototypeOf(summary?.counts)).toBe(Object.prototype);
    expect(Object.keys(summary?.counts ?? {})).toEqual(['__proto__', 'satisfied']);
    expect(Object.hasOwn(summary?.shares ?? {}, '__proto__')).toBe(true);
  });

  it('aggregateEvaluations shows a group named "__proto__" as an own key and adds nothing to Object.prototype', () => {
    const before = prototypeKeys();
    const [code, rule] = Object.entries(SCHOOL_FOUR_SIDED_EVALUATION.groups)[0]!;
    const groups = JSON.parse(`{"__proto__":${JSON.stringify(rule)}}`) as Record<string, unknown>;
    for (const [other, value] of Object.entries(SCHOOL_FOUR_SIDED_EVALUATION.groups)) if (other !== code) groups[other] = value;
    const policy = { ...SCHOOL_FOUR_SIDED_EVALUATION, groups } as unknown as AggregationPolicy;
    const result = aggregateEvaluations([{ subjectId: 's', evaluatorId: 'e', group: '__proto__', score: 90 }], policy);
    expect(prototypeKeys()).toEqual(before);
    const groupsOfSubject = result.subjects[0]?.groups as Record<string, { count: number }>;
    expect(Object.hasOwn(groupsOfSubject, '__proto__')).toBe(true);
    expect(groupsOfSubject['__proto__']?.count).toBe(1);
  });
});
