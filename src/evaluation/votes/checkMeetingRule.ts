/**
 * The entry check of a meeting rule and of a meeting's numbers (private).
 */
import { expectBoolean, expectNumber, expectObject, expectOneOf, type InputIssues } from '../../core/input';
import type { IssuePath } from '../../core/issue';
import { createIssue } from '../../core/message';
import { EVALUATION_MESSAGES } from '../messages';

/**
 * Checks a `MeetingRule` before it is used: an object whose `quorum` (and, with `passing`, whose
 * `passing`) is a threshold — a `share` of two numbers and a boolean `inclusive` (the text
 * `"false"` is not one) — and whose `passing.base` is `entitled`, `present` or `votesCast`. Shape
 * problems are `input.*` issues with paths from `['rule']`; a share whose numbers cannot be a share
 * (NaN, 1/0, a negative or fractional part) is `evaluation.invalidShare`, the same for the quorum
 * and the passing share.
 *
 * @param rule - the value given as a rule.
 * @param passing - whether the passing threshold is checked too (`decideMotion`).
 * @param issues - where the problems go.
 * @returns whether the rule can be used.
 */
export function checkMeetingRule(rule: unknown, passing: boolean, issues: InputIssues): boolean {
  const before = issues.length;
  if (!expectObject(rule, ['rule'], issues)) return false;
  checkThreshold(rule['quorum'], ['rule', 'quorum'], issues);
  const threshold = rule['passing'];
  if (passing && checkThreshold(threshold, ['rule', 'passing'], issues)) expectOneOf(threshold['base'], VOTE_BASES, ['rule', 'passing', 'base'], issues);
  return issues.length === before;
}

const VOTE_BASES = ['entitled', 'present', 'votesCast'] as const;

/** Checks a share threshold; `evaluation.invalidShare` when its share is not a whole numerator of 0 or more over a whole denominator of 1 or more. */
export function checkThreshold(threshold: unknown, path: IssuePath, issues: InputIssues): threshold is Readonly<Record<string, unknown>> {
  if (!expectObject(threshold, path, issues)) return false;
  expectBoolean(threshold['inclusive'], [...path, 'inclusive'], issues);
  const share = threshold['share'];
  const sharePath = [...path, 'share'];
  if (!expectObject(share, sharePath, issues)) return false;
  const { numerator, denominator } = share;
  // The kind first (the text "1" is not a number), then whether the numbers make a share.
  const kinds = [numerator, denominator].map((part, index) => typeof part === 'number' || expectNumber(part, [...sharePath, index === 0 ? 'numerator' : 'denominator'], issues, { integer: true }));
  const numbers = kinds[0] === true && kinds[1] === true;
  if (numbers && !(Number.isSafeInteger(numerator) && (numerator as number) >= 0 && Number.isSafeInteger(denominator) && (denominator as number) > 0)) {
    issues.push(createIssue(EVALUATION_MESSAGES, 'evaluation.invalidShare', 'error', sharePath, { numerator: String(numerator), denominator: String(denominator) }));
  }
  return true;
}
