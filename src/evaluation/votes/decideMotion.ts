import type { Issue } from '../../core/issue';
import { createIssue } from '../../core/message';
import { isWholeAtLeast } from '../_arithmetic';
import { evaluationTables } from '../_labelTables';
import { EVALUATION_MESSAGES, type EvaluationIssueCode } from '../messages';
import { fewestReaching } from './_shares';
import { checkQuorum, type QuorumCheck } from './checkQuorum';
import type { MeetingRule, MotionVotes } from './types';

/**
 * Whether a motion passes under a meeting rule, with the reasons when it does not. For a 支部党员
 * 大会 ({@link PARTY_MEMBERS_MEETING_RULE}): the meeting must be quorate and more than half of
 * those who should attend (应到会) must vote in favour — 31 entitled need 16 in favour however
 * many came. A rule may measure against those `present` or the `votesCast` (in favour + against +
 * abstaining) instead. A quorum share that is not a whole numerator of 0 or more over a whole
 * denominator of 1 or more is reported (`evaluation.invalidShare`) and the tally is invalid.
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
  const quorum = checkQuorum(votes, rule);
  const issues: Issue<EvaluationIssueCode>[] = [...quorum.issues];
  for (const field of ['inFavour', 'against', 'abstaining'] as const) {
    if (!isWholeAtLeast(votes[field], 0)) {
      issues.push(createIssue(EVALUATION_MESSAGES, 'evaluation.invalidCount', 'error', [field], { field, value: String(votes[field]) }, evaluationTables()));
    }
  }
  const cast = votes.inFavour + votes.against + votes.abstaining;
  if (issues.length === 0 && cast > votes.present) {
    issues.push(createIssue(EVALUATION_MESSAGES, 'evaluation.votesExceedPresent', 'error', ['inFavour'], { cast, present: votes.present }));
  }
  const valid = issues.length === 0;
  const base = rule.passing.base === 'entitled' ? votes.entitled : rule.passing.base === 'present' ? votes.present : cast;
  const requiredInFavour = valid ? fewestReaching(base, rule.passing) : 0;
  const reasons: MotionDecision['reasons'][number][] = [];
  if (!valid) reasons.push('invalidTally');
  else {
    if (!quorum.quorate) reasons.push('notQuorate');
    if (votes.inFavour < requiredInFavour) reasons.push('tooFewInFavour');
  }
  return { passed: reasons.length === 0, quorum, requiredInFavour, inFavour: votes.inFavour, reasons, issues };
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
  /** Votes in favour. */
  readonly inFavour: number;
  /** Why it failed: `notQuorate`, `tooFewInFavour`, or `invalidTally`; empty when it passed. */
  readonly reasons: readonly ('notQuorate' | 'tooFewInFavour' | 'invalidTally')[];
  /** Problems with the numbers. */
  readonly issues: readonly Issue<EvaluationIssueCode>[];
}
