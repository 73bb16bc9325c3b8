import { expectNumber, expectObject, type InputIssueCode, type InputIssues } from '../../core/input';
import { showValue } from '../../core/_showValue';
import type { Issue } from '../../core/issue';
import { createIssue } from '../../core/message';
import { isWholeAtLeast } from '../_arithmetic';
import { evaluationTables } from '../_labelTables';
import { EVALUATION_MESSAGES, type EvaluationIssueCode } from '../messages';
import { fewestReaching, reaches } from './_shares';
import { checkMeetingRule } from './checkMeetingRule';
import type { Attendance, MeetingRule } from './types';

/**
 * Whether a voting meeting is quorate under a rule. For a 支部党员大会
 * ({@link PARTY_MEMBERS_MEETING_RULE}): more than half of the members entitled to vote must be
 * present — 31 entitled need 16, 30 entitled need 16. Numbers that cannot be right (negative,
 * fractional, more present than entitled) are reported and the meeting is not quorate; so is a
 * quorum share that is not a whole numerator of 0 or more over a whole denominator of 1 or more
 * (`evaluation.invalidShare`, e.g. 1/0), and then `required` is 0, as for any invalid input, never
 * `Infinity`. The rule is checked first, before any number is used: a rule that is not shaped as a
 * `MeetingRule` (from JSON or a cast: no `quorum`, `inclusive: "false"`) gives `input.*` issues with
 * paths from `['rule']`; `attendance` that is not an object, `input.expected` at `['attendance']`.
 * A count that is missing is `input.missing`, and one that is not a number (the text `"30"`)
 * `input.expected`, at `['entitled']` or `['present']`; a number that is no count (negative,
 * fractional) is `evaluation.invalidCount`. Either way the meeting is not quorate, and a count
 * that is not a finite number is given back as 0.
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
  const issues: InputIssues = [];
  const usable = checkMeetingRule(rule, false, issues);
  return quorumOf(attendance, rule, usable, issues, 'attendance');
}

/**
 * The quorum check of `attendance` under a rule already checked (`usable`), after the rule's
 * issues. Shared with `decideMotion`, which checks its whole rule first.
 */
export function quorumOf(attendance: Attendance, rule: MeetingRule, usable: boolean, issues: InputIssues, name: string): QuorumCheck {
  const counted = expectObject(attendance, [name], issues);
  if (counted) issues.push(...attendanceIssues(attendance));
  const valid = usable && issues.length === 0;
  return {
    quorate: valid && reaches(attendance.present, attendance.entitled, rule.quorum),
    required: valid ? fewestReaching(attendance.entitled, rule.quorum) : 0,
    present: counted ? finiteOr0(attendance.present) : 0,
    entitled: counted ? finiteOr0(attendance.entitled) : 0,
    issues: issues as Issue<EvaluationIssueCode | InputIssueCode>[],
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
  /** Members present; 0 when the count given is not a finite number. */
  readonly present: number;
  /** Members entitled to vote; 0 when the count given is not a finite number. */
  readonly entitled: number;
  /** Problems with the rule (its shape, its quorum share) and with the numbers (negative, fractional, more present than entitled). */
  readonly issues: readonly Issue<EvaluationIssueCode | InputIssueCode>[];
}

/** A count as given when it is a finite number, or 0: a result never shows NaN or a text as a count. */
export function finiteOr0(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** The problems with an attendance's numbers. */
function attendanceIssues(attendance: Attendance): Issue<EvaluationIssueCode | InputIssueCode>[] {
  const issues: Issue<EvaluationIssueCode | InputIssueCode>[] = [];
  for (const field of ['entitled', 'present'] as const) countIssue(attendance, field, issues);
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

/**
 * Reports a meeting's count that cannot be used: missing (`input.missing`) or not a number
 * (`input.expected`, the text `"30"` included) at `[field]`, or a number that is no count
 * (negative, fractional, NaN: `evaluation.invalidCount`). Shared with `decideMotion`.
 */
export function countIssue<Field extends string>(counts: Readonly<Record<Field, unknown>>, field: Field, issues: Issue<EvaluationIssueCode | InputIssueCode>[]): void {
  const value = counts[field];
  if (typeof value !== 'number') expectNumber(value, [field], issues, { integer: true, min: 0 });
  else if (!isWholeAtLeast(value, 0)) {
    issues.push(createIssue(EVALUATION_MESSAGES, 'evaluation.invalidCount', 'error', [field], { field, value: showValue(value) }, evaluationTables()));
  }
}
