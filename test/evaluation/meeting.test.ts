import { describe, expect, it } from 'vitest';
import { checkQuorum, decideMotion, PARTY_MEMBERS_MEETING_RULE, type MeetingRule } from '../../src/evaluation';
import { deepFreeze } from '../_helpers/deepFreeze';

const rule = deepFreeze(PARTY_MEMBERS_MEETING_RULE);

describe('checkQuorum — 有表决权的到会人数必须超过应到会人数的半数', () => {
  it.each([
    [30, 15, false, 16],
    [30, 16, true, 16],
    [31, 15, false, 16],
    [31, 16, true, 16],
    [1, 1, true, 1],
    [0, 0, false, 1],
  ])('%i entitled, %i present → quorate %s (at least %i needed)', (entitled, present, quorate, required) => {
    expect(checkQuorum(deepFreeze({ entitled, present }), rule)).toEqual({ quorate, required, present, entitled, issues: [] });
  });

  it('takes "at least two thirds" as a rule the user writes', () => {
    const twoThirds: MeetingRule = { ...rule, quorum: { share: { numerator: 2, denominator: 3 }, inclusive: true } };
    expect(checkQuorum({ entitled: 30, present: 20 }, twoThirds)).toMatchObject({ quorate: true, required: 20 });
    expect(checkQuorum({ entitled: 31, present: 20 }, twoThirds)).toMatchObject({ quorate: false, required: 21 });
  });

  it('reports numbers that cannot be right, and is not quorate', () => {
    expect(checkQuorum({ entitled: 10, present: 12 }, rule).issues.map((issue) => issue.code)).toEqual(['evaluation.presentExceedsEntitled']);
    const fractional = checkQuorum({ entitled: 10.5, present: -1 }, rule);
    expect(fractional.quorate).toBe(false);
    expect(fractional.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['evaluation.invalidCount', ['entitled']],
      ['evaluation.invalidCount', ['present']],
    ]);
    expect(fractional.issues[1]?.message['zh-CN']).toBe('实到会人数 -1 无效:应为不小于 0 的整数');
    expect(fractional.issues[0]?.message.en).toBe('The entitled count 10.5 is invalid: it must be a whole number of at least 0');
  });
});

describe('decideMotion — 赞成票超过应到会有表决权党员的半数', () => {
  it('16 of 31 entitled in favour passes', () => {
    expect(decideMotion({ entitled: 31, present: 25, inFavour: 16, against: 7, abstaining: 2 }, rule)).toMatchObject({
      passed: true,
      requiredInFavour: 16,
      reasons: [],
    });
  });

  it('15 of 20 present is a majority of those present but not of those entitled: it fails', () => {
    const decision = decideMotion(deepFreeze({ entitled: 31, present: 20, inFavour: 15, against: 3, abstaining: 2 }), rule);
    expect(decision).toMatchObject({ passed: false, requiredInFavour: 16, inFavour: 15, reasons: ['tooFewInFavour'] });
    expect(decision.quorum.quorate).toBe(true);
  });

  it('fails a meeting that is not quorate, whatever the vote', () => {
    expect(decideMotion({ entitled: 31, present: 15, inFavour: 15, against: 0, abstaining: 0 }, rule).reasons).toEqual(['notQuorate', 'tooFewInFavour']);
  });

  it('measures against those present or the votes cast when the rule says so', () => {
    const present: MeetingRule = { ...rule, passing: { ...rule.passing, base: 'present' } };
    const cast: MeetingRule = { ...rule, passing: { ...rule.passing, base: 'votesCast' } };
    const votes = { entitled: 31, present: 20, inFavour: 9, against: 5, abstaining: 2 };
    expect(decideMotion(votes, present)).toMatchObject({ passed: false, requiredInFavour: 11 });
    expect(decideMotion(votes, cast)).toMatchObject({ passed: true, requiredInFavour: 9 });
  });

  it('reports an impossible tally and does not pass it', () => {
    const decision = decideMotion({ entitled: 31, present: 20, inFavour: 15, against: 5, abstaining: 2 }, rule);
    expect(decision).toMatchObject({ passed: false, reasons: ['invalidTally'], requiredInFavour: 0 });
    expect(decision.issues[0]?.message['zh-CN']).toBe('赞成、反对、弃权票合计 22 张,多于实到会人数 20');
    expect(decideMotion({ entitled: 31, present: 20, inFavour: -1, against: 0, abstaining: 0 }, rule).issues.map((issue) => issue.path)).toEqual([['inFavour']]);
  });
});
