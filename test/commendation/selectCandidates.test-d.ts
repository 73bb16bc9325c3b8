import { describe, expectTypeOf, it } from 'vitest';
import {
  DEFAULT_COMMENDATION_RULE,
  selectCandidates,
  type Candidate,
  type CommendationIssueCode,
  type CommendationResult,
  type CommendationRule,
  type SelectionReasonCode,
} from '../../src/commendation';
import type { InputIssueCode } from '../../src/i18n';

describe('commendation types', () => {
  it('returns a typed result', () => {
    expectTypeOf(selectCandidates([], DEFAULT_COMMENDATION_RULE)).toEqualTypeOf<CommendationResult>();
    // Input issues too: a rule or a nomination not shaped as its type is reported, not thrown.
    expectTypeOf<CommendationResult['issues'][number]['code']>().toEqualTypeOf<CommendationIssueCode | InputIssueCode>();
    expectTypeOf<CommendationResult['verdicts'][number]['reasons'][number]['code']>().toEqualTypeOf<SelectionReasonCode>();
    expectTypeOf(DEFAULT_COMMENDATION_RULE).toMatchTypeOf<CommendationRule>();
  });

  it('rejects an unknown title, tier or admission', () => {
    // @ts-expect-error — not one of the four titles
    const title: Candidate['title'] = 'bestTeacher';
    // @ts-expect-error — tiers are the four MemberTier codes
    const tier: Candidate['tier'] = 'good';
    const rule: CommendationRule = {
      ...DEFAULT_COMMENDATION_RULE,
      // @ts-expect-error — eligibility is 'eligible' or 'ineligible', not a boolean
      titles: [{ title: 'excellentMember', quota: 1, probationary: false, openRectification: 'ineligible', weights: { performance: 50, recognition: 50 } }],
    };
    expectTypeOf(title).toBeString();
    expectTypeOf(tier).not.toBeNever();
    expectTypeOf(rule).toEqualTypeOf<CommendationRule>();
  });

  it('keeps the default rule read-only', () => {
    // @ts-expect-error — DEFAULT_COMMENDATION_RULE is a constant
    DEFAULT_COMMENDATION_RULE.onePerPerson = false;
  });
});
