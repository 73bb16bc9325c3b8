import { describe, expect, it } from 'vitest';
import { checkQuorum, PARTY_MEMBERS_MEETING_RULE, type MeetingRule } from '../../src/evaluation';
import { deepFreeze } from '../_helpers/deepFreeze';

// 党员大会的到会要求 sat on exactly, at shares other than one half (where `part * n` and `part / n`
// would agree), and the numbers a user reads when the attendance cannot be right.

const withQuorum = (numerator: number, denominator: number, inclusive: boolean): MeetingRule =>
  deepFreeze({ ...PARTY_MEMBERS_MEETING_RULE, quorum: { share: { numerator, denominator }, inclusive } });

describe('checkQuorum at shares other than one half', () => {
  it.each([
    // entitled, share, inclusive, fewest present needed
    [10, 3, 5, true, 6],
    [10, 3, 5, false, 7],
    [12, 3, 4, true, 9],
    [12, 3, 4, false, 10],
    [13, 3, 4, true, 10],
    [13, 3, 4, false, 10],
    [7, 2, 7, true, 2],
    [30, 2, 3, false, 21],
    [9, 1, 3, true, 3],
    [9, 1, 3, false, 4],
  ])('%i entitled, %i/%i (inclusive %s): %i present are needed, one fewer is not enough', (entitled, numerator, denominator, inclusive, required) => {
    const rule = withQuorum(numerator, denominator, inclusive);
    expect(checkQuorum({ entitled, present: required }, rule)).toEqual({ quorate: true, required, present: required, entitled, issues: [] });
    expect(checkQuorum({ entitled, present: required - 1 }, rule)).toMatchObject({ quorate: false, required, issues: [] });
  });
  it('"at least 0/1" is met by an empty room; "more than 0/1" needs one member', () => {
    expect(checkQuorum({ entitled: 5, present: 0 }, withQuorum(0, 1, true))).toMatchObject({ quorate: true, required: 0 });
    expect(checkQuorum({ entitled: 5, present: 0 }, withQuorum(0, 1, false))).toMatchObject({ quorate: false, required: 1 });
  });
  it('"all of them" (1/1 inclusive) needs every entitled member', () => {
    expect(checkQuorum({ entitled: 5, present: 4 }, withQuorum(1, 1, true))).toMatchObject({ quorate: false, required: 5 });
    expect(checkQuorum({ entitled: 5, present: 5 }, withQuorum(1, 1, true))).toMatchObject({ quorate: true, required: 5 });
  });
});

describe('checkQuorum with numbers that cannot be right', () => {
  it('names more members present than entitled, with both numbers', () => {
    const check = checkQuorum({ entitled: 10, present: 11 }, PARTY_MEMBERS_MEETING_RULE);
    expect(check).toMatchObject({ quorate: false, required: 0, present: 11, entitled: 10 });
    expect(check.issues.map((issue) => [issue.code, issue.severity, issue.path, issue.params])).toEqual([
      ['evaluation.presentExceedsEntitled', 'error', ['present'], { present: 11, entitled: 10 }],
    ]);
  });
  it('all the entitled present is no problem', () => {
    expect(checkQuorum({ entitled: 10, present: 10 }, PARTY_MEMBERS_MEETING_RULE)).toMatchObject({ quorate: true, issues: [] });
  });
  it('an invalid entitled count is reported alone, not also as fewer than those present', () => {
    const check = checkQuorum({ entitled: -1, present: 5 }, PARTY_MEMBERS_MEETING_RULE);
    expect(check).toMatchObject({ quorate: false, required: 0 });
    expect(check.issues.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
      ['evaluation.invalidCount', ['entitled'], { field: 'entitled', value: '-1' }],
    ]);
  });
  it('a present count that is not a number is named with what was found', () => {
    const check = checkQuorum({ entitled: 10, present: Number.NaN }, PARTY_MEMBERS_MEETING_RULE);
    expect(check.issues.map((issue) => [issue.code, issue.severity, issue.path, issue.params])).toEqual([
      ['evaluation.invalidCount', 'error', ['present'], { field: 'present', value: 'NaN' }],
    ]);
    // The count comes back as 0, never as NaN.
    expect(check).toMatchObject({ quorate: false, required: 0, present: 0, entitled: 10 });
  });
  it('a quorum share with a negative numerator, a fractional or a negative denominator is refused', () => {
    for (const [numerator, denominator] of [
      [-1, 2],
      [1, 2.5],
      [1, -2],
    ] as const) {
      const check = checkQuorum({ entitled: 10, present: 10 }, withQuorum(numerator, denominator, true));
      expect(check).toMatchObject({ quorate: false, required: 0 });
      expect(check.issues.length).toBeGreaterThan(0);
      expect(check.issues.every((issue) => issue.severity === 'error' && issue.path.slice(0, 3).join('.') === 'rule.quorum.share')).toBe(true);
    }
  });
});

describe('checkQuorum reads only the quorum of a meeting rule', () => {
  it('a passing threshold it does not use is not checked, and does not stop the quorum', () => {
    const rule = { ...PARTY_MEMBERS_MEETING_RULE, passing: null } as unknown as MeetingRule;
    expect(checkQuorum({ entitled: 31, present: 16 }, rule)).toEqual({ quorate: true, required: 16, present: 16, entitled: 31, issues: [] });
  });
});
