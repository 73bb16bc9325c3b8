import { describe, expect, it } from 'vitest';
import { checkQuorum, decideMotion, PARTY_MEMBERS_MEETING_RULE, type MeetingRule } from '../../src/evaluation';

const withQuorumShare = (numerator: number, denominator: number): MeetingRule => ({
  ...PARTY_MEMBERS_MEETING_RULE,
  quorum: { ...PARTY_MEMBERS_MEETING_RULE.quorum, share: { numerator, denominator } },
});

describe('a meeting rule whose quorum share is not a whole number over a positive whole number', () => {
  it('checkQuorum with a quorum of 1/0 reports the share and asks for 0 members, never Infinity', () => {
    const check = checkQuorum({ entitled: 30, present: 16 }, withQuorumShare(1, 0));
    expect(check).toMatchObject({ quorate: false, required: 0, present: 16, entitled: 30 });
    expect(check.issues.map((issue) => [issue.code, issue.severity, issue.path, issue.params])).toEqual([
      ['evaluation.invalidShare', 'error', ['rule', 'quorum', 'share'], { numerator: '1', denominator: '0' }],
    ]);
    expect(check.issues[0]?.message['zh-CN']).toBe('比例 1/0 无效:分子应为不小于 0 的整数,分母应为不小于 1 的整数');
  });

  it.each([
    [NaN, 2],
    [1, Infinity],
    [-1, 2],
    [0.5, 1],
  ])('checkQuorum reports the share %s/%s', (numerator, denominator) => {
    const check = checkQuorum({ entitled: 30, present: 30 }, withQuorumShare(numerator, denominator));
    expect(check.quorate).toBe(false);
    expect(Number.isFinite(check.required)).toBe(true);
    expect(check.issues.map((issue) => issue.code)).toEqual(['evaluation.invalidShare']);
  });

  it('decideMotion with a quorum of 1/0 does not pass, as an invalid tally', () => {
    const decision = decideMotion({ entitled: 30, present: 16, inFavour: 16, against: 0, abstaining: 0 }, withQuorumShare(1, 0));
    expect(decision).toMatchObject({ passed: false, requiredInFavour: 0, reasons: ['invalidTally'] });
    expect(decision.issues.map((issue) => [issue.code, issue.path])).toEqual([['evaluation.invalidShare', ['rule', 'quorum', 'share']]]);
  });

  it('keeps 1/1 and 0/1 as valid shares', () => {
    expect(checkQuorum({ entitled: 30, present: 30 }, withQuorumShare(1, 1)).issues).toEqual([]);
    expect(checkQuorum({ entitled: 30, present: 0 }, withQuorumShare(0, 1)).issues).toEqual([]);
  });
});
