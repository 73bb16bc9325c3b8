import type { Issue } from '../../core/issue';
import { createIssue } from '../../core/message';
import { isWholeAtLeast } from '../_arithmetic';
import { evaluationTables } from '../_labelTables';
import { EVALUATION_MESSAGES, type EvaluationIssueCode } from '../messages';
import { fewestReaching, reaches } from './_shares';
import type { Attendance, MeetingRule } from './types';

/**
 * Whether a voting meeting is quorate under a rule. For a 支部党员大会
 * ({@link PARTY_MEMBERS_MEETING_RULE}): more than half of the members entitled to vote must be
 * present — 31 entitled need 16, 30 entitled need 16. Numbers that cannot be right (negative,
 * fractional, more present than entitled) are reported and the meeting is not quorate; so is a
 * quorum share that is not a whole numerator of 0 or more over a whole denominator of 1 or more
 * (`evaluation.invalidShare`, e.g. 1/0), and then `required` is 0, as for any invalid input, never `Infinity`.
 *
 * @param attendance - members entitled to vote and present. Not modified.
 * @param rule - the meeting rule. Not modified.
 * @returns whether it is quorate, the fewest present needed, and any issues.
 *
 * @example
 * ```ts
 * import { checkQuorum, PARTY_MEMBERS_MEETING_RULE } from 'cxzy/evaluation';
 * checkQuorum({ entitled: 30, present: 15 }, PARTY_MEMBERS_MEETING_RULE).quorate; // false: exactly half is not more than half
 * checkQuorum({ entitled: 30, present: 16 }, PARTY_MEMBERS_MEETING_RULE).quorate; // true
 * ```
 */
export function checkQuorum(attendance: Attendance, rule: MeetingRule): QuorumCheck {
  const issues = attendanceIssues(attendance);
  // A share of 1/0 would ask for infinitely many members: a safe whole numerator over a positive one.
  const { numerator, denominator } = rule.quorum.share;
  if (!(Number.isSafeInteger(numerator) && numerator >= 0 && Number.isSafeInteger(denominator) && denominator > 0)) {
    issues.push(createIssue(EVALUATION_MESSAGES, 'evaluation.invalidShare', 'error', ['rule', 'quorum', 'share'], { numerator: String(numerator), denominator: String(denominator) }));
  }
  const valid = issues.length === 0;
  return {
    quorate: valid && reaches(attendance.present, attendance.entitled, rule.quorum),
    required: valid ? fewestReaching(attendance.entitled, rule.quorum) : 0,
    present: attendance.present,
    entitled: attendance.entitled,
    issues,
  };
}

/**
 * Whether a meeting is quorate, with the numbers that decide it.
 *
 * @example
 * ```ts
 * import { checkQuorum, PARTY_MEMBERS_MEETING_RULE } from 'cxzy/evaluation';
 * checkQuorum({ entitled: 31, present: 16 }, PARTY_MEMBERS_MEETING_RULE).required; // 16
 * ```
 */
export interface QuorumCheck {
  /** Whether enough members are present. */
  readonly quorate: boolean;
  /** The fewest present that make the meeting quorate; 0 when the numbers or the rule's share are invalid. */
  readonly required: number;
  /** Members present. */
  readonly present: number;
  /** Members entitled to vote. */
  readonly entitled: number;
  /** Problems with the numbers (negative, fractional, more present than entitled) and with the rule's quorum share. */
  readonly issues: readonly Issue<EvaluationIssueCode>[];
}

/** The problems with an attendance's numbers. */
function attendanceIssues(attendance: Attendance): Issue<EvaluationIssueCode>[] {
  const issues: Issue<EvaluationIssueCode>[] = [];
  for (const field of ['entitled', 'present'] as const) {
    if (!isWholeAtLeast(attendance[field], 0)) {
      issues.push(createIssue(EVALUATION_MESSAGES, 'evaluation.invalidCount', 'error', [field], { field, value: String(attendance[field]) }, evaluationTables()));
    }
  }
  if (issues.length === 0 && attendance.present > attendance.entitled) {
    issues.push(
      createIssue(EVALUATION_MESSAGES, 'evaluation.presentExceedsEntitled', 'error', ['present'], {
        present: attendance.present,
        entitled: attendance.entitled,
      }),
    );
  }
  return issues;
}
