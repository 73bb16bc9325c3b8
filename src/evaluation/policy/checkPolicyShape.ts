/**
 * The entry check of an aggregation policy (private): its shape, before any of its values is used.
 */
import { expectBoolean, expectNumber, expectObject, expectText, type InputIssues } from '../../core/input';
import type { IssuePath } from '../../core/issue';

/**
 * Checks that `policy` is shaped as an `AggregationPolicy`: an object whose `groups` is an
 * object of group rules (each an object with a numeric `weight`, a text `method`, and whole
 * `dropHighest`, `dropLowest` and `minBallots` when given), text `missingGroup` and
 * `duplicateBallot`, a boolean `excludeSelfFromPeer` (the text `"false"` is not one), a whole
 * `precision`, and, when given, a `scale` of two numbers. Each problem is an `input.*` issue with a
 * path from `['policy']`. Values of the right kind that the policy does not allow (an unknown
 * method, a negative weight, a precision of 5 or 2.5, NaN) are left to the policy's own checks,
 * which run once the shape is right and keep their `evaluation.*` codes.
 *
 * @param policy - the value given as a policy.
 * @param issues - where the problems go.
 * @returns whether the shape is right.
 */
export function checkPolicyShape(policy: unknown, issues: InputIssues): boolean {
  const before = issues.length;
  if (!expectObject(policy, ['policy'], issues)) return false;
  const groups = policy['groups'];
  if (expectObject(groups, ['policy', 'groups'], issues)) {
    for (const code of Object.keys(groups)) {
      const path = ['policy', 'groups', code];
      const rule = groups[code];
      if (!expectObject(rule, path, issues)) continue;
      expectNumeric(rule['weight'], [...path, 'weight'], issues);
      expectText(rule['method'], [...path, 'method'], issues);
      for (const field of ['dropHighest', 'dropLowest', 'minBallots']) {
        if (rule[field] !== undefined) expectNumeric(rule[field], [...path, field], issues, true);
      }
    }
  }
  expectText(policy['missingGroup'], ['policy', 'missingGroup'], issues);
  expectText(policy['duplicateBallot'], ['policy', 'duplicateBallot'], issues);
  expectBoolean(policy['excludeSelfFromPeer'], ['policy', 'excludeSelfFromPeer'], issues);
  expectNumeric(policy['precision'], ['policy', 'precision'], issues, true);
  const scale = policy['scale'];
  if (scale !== undefined && expectObject(scale, ['policy', 'scale'], issues)) {
    expectNumeric(scale['min'], ['policy', 'scale', 'min'], issues);
    expectNumeric(scale['max'], ['policy', 'scale', 'max'], issues);
  }
  return issues.length === before;
}

/**
 * Checks that `value` is of the kind number (the text `"2"` is not); which numbers are allowed is
 * the policy's own check. `integer` says a whole number is expected, for the message.
 */
function expectNumeric(value: unknown, path: IssuePath, issues: InputIssues, integer = false): boolean {
  return typeof value === 'number' || expectNumber(value, path, issues, { integer });
}
