import type { InputIssueCode, InputIssues } from '../../core/input';
import type { Issue } from '../../core/issue';
import { createIssue } from '../../core/message';
import { EVALUATION_MESSAGES, type EvaluationIssueCode } from '../messages';
import { fewestReaching } from './_shares';
import { checkMeetingRule } from './checkMeetingRule';
import { countIssue, finiteOr0, quorumOf, type QuorumCheck } from './checkQuorum';
import type { MeetingRule, MotionVotes } from './types';

/**
 * Whether a motion passes under a meeting rule, with the reasons when it does not. For a 支部党员
 * 大会 ({@link PARTY_MEMBERS_MEETING_RULE}): the meeting must be quorate and more than half of
 * those who should attend (应到会) must vote in favour — 31 entitled need 16 in favour however
 * many came. A rule may measure against those `present` or the `votesCast` (in favour + against +
 * abstaining) instead. A quorum or passing share that is not a whole numerator of 0 or more over
 * a whole denominator of 1 or more (1/0, NaN) is reported (`evaluation.invalidShare`) and the tally
 * is invalid, never `Infinity` votes required. The whole rule is checked first, before any number
 * is used: a rule that is not shaped as a `MeetingRule` (from JSON or a cast: no `passing`,
 * `inclusive: "false"`, an unknown `base`) gives `input.*` issues with paths from `['rule']`, and
 * `votes` that is not an object `input.expected` at `['votes']`; the motion then does not pass
 * (`invalidTally`), with `requiredInFavour` 0. A count that is missing is `input.missing`, one
 * that is not a number `input.expected` (at `['inFavour']` …), one that is no count (negative,
 * fractional) `evaluation.invalidCount`; the tally is then invalid too.
 *
 * @param votes - attendance and tally. Not modified.
 * @param rule - the meeting rule. Not modified.
 * @returns the decision, the quorum check, the fewest votes in favour needed, and the reasons.
 *
 * @example
 * ```ts
 * import { decideMotion, PARTY_MEMBERS_MEETING_RULE } from 'cxzy/evaluation';
 * const decision = decideMotion({ entitled: 31, present: 20, inFavour: 15, against: 3, abstaining: 2 }, PARTY_MEMBERS_MEETING_RULE);
 * decision.passed; // false: 15 of 20 present, but 16 of the 31 entitled are needed
 * decision.requiredInFavour; // 16
 * decision.reasons; // ['tooFewInFavour']
 * ```
 */
export function decideMotion(votes: MotionVotes, rule: MeetingRule): MotionDecision {
  const ruleIssues: InputIssues = [];
  const usable = checkMeetingRule(rule, true, ruleIssues);
  const quorum = quorumOf(votes, rule, usable, ruleIssues, 'votes');
  const issues: Issue<EvaluationIssueCode | InputIssueCode>[] = [...quorum.issues];
  const counted = typeof votes === 'object' && votes !== null;
  if (counted) {
    for (const field of ['inFavour', 'against', 'abstaining'] as const) countIssue(votes, field, issues);
  }
  const valid = issues.length === 0;
  const cast = valid ? votes.inFavour + votes.against + votes.abstaining : 0;
  if (valid && cast > votes.present) {
    issues.push(createIssue(EVALUATION_MESSAGES, 'evaluation.votesExceedPresent', 'error', ['inFavour'], { cast, present: votes.present }));
  }
  const requiredInFavour = issues.length === 0 ? fewestReaching(rule.passing.base === 'entitled' ? votes.entitled : rule.passing.base === 'present' ? votes.present : cast, rule.passing) : 0;
  const reasons: MotionDecision['reasons'][number][] = [];
  if (issues.length > 0) reasons.push('invalidTally');
  else {
    if (!quorum.quorate) reasons.push('notQuorate');
    if (votes.inFavour < requiredInFavour) reasons.push('tooFewInFavour');
  }
  return { passed: reasons.length === 0, quorum, requiredInFavour, inFavour: counted ? finiteOr0(votes.inFavour) : 0, reasons, issues };
}

/**
 * Whether a motion passes, with the numbers that decide it.
 *
 * @example
 * ```ts
 * import { decideMotion, PARTY_MEMBERS_MEETING_RULE } from 'cxzy/evaluation';
 * const decision = decideMotion({ entitled: 31, present: 25, inFavour: 16, against: 7, abstaining: 2 }, PARTY_MEMBERS_MEETING_RULE);
 * decision.passed; // true
 * ```
 */
export interface MotionDecision {
  /** Whether the motion passes: the meeting is quorate and enough voted in favour. */
  readonly passed: boolean;
  /** The quorum check. */
  readonly quorum: QuorumCheck;
  /** The fewest votes in favour that pass the motion. */
  readonly requiredInFavour: number;
  /** Votes in favour; 0 when the count given is not a finite number. */
  readonly inFavour: number;
  /** Why it failed: `notQuorate`, `tooFewInFavour`, or `invalidTally` (a number or the rule is invalid); empty when it passed. */
  readonly reasons: readonly ('notQuorate' | 'tooFewInFavour' | 'invalidTally')[];
  /** Problems with the rule and the numbers. */
  readonly issues: readonly Issue<EvaluationIssueCode | InputIssueCode>[];
}
