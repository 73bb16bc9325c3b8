/**
 * The entry check of an aggregation policy (private): its shape, before any of its values is used.
 */
import { expectBoolean, expectNumber, expectNumberKind, expectObject, expectText, type InputIssues } from '../../core/input';

/**
 * Checks that `policy` is shaped as an `AggregationPolicy`: an object whose `groups` is an
 * object of group rules (each an object with a numeric `weight`, a text `method`, and whole
 * `dropHighest`, `dropLowest` and `minBallots` when given), text `missingGroup` and
 * `duplicateBallot`, a boolean `excludeSelfFromPeer` (the text `"false"` is not one), a whole
 * `precision`, a `scale` of two numbers when given, and a `minimum` when given, whose
 * `countedGroups` is a whole number from 1 to the number of groups and whose `countedWeight` is a
 * number from 0.0001 to 1. Each problem is an `input.*` issue with a path from `['policy']`.
 * Values of the right kind that the policy does not allow (an unknown method, a negative weight,
 * a precision of 5 or 2.5, NaN) are left to the policy's own checks, which run once the shape is
 * right and keep their `evaluation.*` codes; the bounds of `minimum`, a field without such codes,
 * are checked here.
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
      expectNumberKind(rule['weight'], [...path, 'weight'], issues);
      expectText(rule['method'], [...path, 'method'], issues);
      for (const field of ['dropHighest', 'dropLowest', 'minBallots']) {
        if (rule[field] !== undefined) expectNumberKind(rule[field], [...path, field], issues, true);
      }
    }
  }
  expectText(policy['missingGroup'], ['policy', 'missingGroup'], issues);
  expectText(policy['duplicateBallot'], ['policy', 'duplicateBallot'], issues);
  expectBoolean(policy['excludeSelfFromPeer'], ['policy', 'excludeSelfFromPeer'], issues);
  expectNumberKind(policy['precision'], ['policy', 'precision'], issues, true);
  const scale = policy['scale'];
  if (scale !== undefined && expectObject(scale, ['policy', 'scale'], issues)) {
    expectNumberKind(scale['min'], ['policy', 'scale', 'min'], issues);
    expectNumberKind(scale['max'], ['policy', 'scale', 'max'], issues);
  }
  checkMinimumShape(policy['minimum'], typeof groups === 'object' && groups !== null ? Object.keys(groups).length : 0, issues);
  return issues.length === before;
}

/**
 * Checks a policy's `minimum`, when given: an object whose `countedGroups`, when given, is a whole
 * number from 1 up to the number of groups (`groupCount`; no upper bound is checked for a policy
 * without groups, which is reported on its own), and whose `countedWeight`, when given, is a
 * number from 0.0001 (the least share with four decimals) to 1. That the share has at most four
 * decimals is the policy's own check (`evaluation.invalidMinimumWeight`).
 */
function checkMinimumShape(minimum: unknown, groupCount: number, issues: InputIssues): void {
  if (minimum === undefined || !expectObject(minimum, ['policy', 'minimum'], issues)) return;
  const groups = minimum['countedGroups'];
  if (groups !== undefined) {
    expectNumber(groups, ['policy', 'minimum', 'countedGroups'], issues, { integer: true, min: 1, ...(groupCount > 0 ? { max: groupCount } : {}) });
  }
  const weight = minimum['countedWeight'];
  if (weight !== undefined) expectNumber(weight, ['policy', 'minimum', 'countedWeight'], issues, { min: MIN_COUNTED_WEIGHT, max: 1 });
}

/** The least share of weight a minimum may ask for: one ten-thousandth, as weights have four decimals. */
const MIN_COUNTED_WEIGHT = 0.0001;
