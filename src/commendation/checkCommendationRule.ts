/**
 * The entry checks of `selectCandidates` (private): the rule's shape, and each nomination's.
 */
import { expectBoolean, expectList, expectNumber, expectNumberKind, expectObject, expectOneOf, expectText, type InputIssues } from '../core/input';
import type { IssuePath } from '../core/issue';
import { MEMBER_TIERS } from '../core/tiers';
import { MEMBER_STATUSES } from '../organization/types';
import { AWARD_TITLES } from './types';

/**
 * Checks that `rule` is shaped as a `CommendationRule`: a list of title rules, each with a title of
 * `AWARD_TITLES`, a finite numeric `quota`, a member tier as `minimumTier` when given, `eligible`
 * or `ineligible` for `probationary` and `openRectification`, and `weights` of two finite numbers
 * from -100 to 100 (NaN is refused here: it would make every combined score NaN; so is a weight
 * beyond 100 either way, which could make one ±Infinity); a boolean
 * `onePerPerson` (the text `"false"` is not one); a list of `performance` and `recognition` as
 * `tieBreak`. Shape problems are `input.*` issues with paths from `['rule']`. Numbers of the right
 * kind that the rule does not allow (a quota of 1.5, weights not summing to 100) are left to the
 * rule's own checks (`commendation.invalidQuota`, `commendation.invalidWeights`).
 *
 * @param rule - the value given as a rule.
 * @param issues - where the problems go.
 * @returns whether the rule can be used.
 */
export function checkCommendationRule(rule: unknown, issues: InputIssues): boolean {
  const before = issues.length;
  if (!expectObject(rule, ['rule'], issues)) return false;
  const titles = rule['titles'];
  if (expectList(titles, ['rule', 'titles'], issues)) {
    for (let index = 0; index < titles.length; index += 1) {
      const path = ['rule', 'titles', index];
      const title: unknown = titles[index];
      if (!expectObject(title, path, issues)) continue;
      expectOneOf(title['title'], AWARD_TITLES, [...path, 'title'], issues);
      expectFinite(title['quota'], [...path, 'quota'], issues, true);
      if (title['minimumTier'] !== undefined) expectOneOf(title['minimumTier'], MEMBER_TIERS, [...path, 'minimumTier'], issues);
      for (const field of ['probationary', 'openRectification']) expectOneOf(title[field], ADMISSIONS, [...path, field], issues);
      const weights = title['weights'];
      if (expectObject(weights, [...path, 'weights'], issues)) {
        // A whole percentage is at most 100 in size: a larger weight, either way, is refused before it
        // can make a combined score overflow (1e308 to Infinity, -1e308 to -Infinity).
        for (const field of SCORES) if (expectFinite(weights[field], [...path, 'weights', field], issues, true)) expectNumber(weights[field], [...path, 'weights', field], issues, { min: -100, max: 100 });
      }
    }
  }
  expectBoolean(rule['onePerPerson'], ['rule', 'onePerPerson'], issues);
  const tieBreak = rule['tieBreak'];
  if (expectList(tieBreak, ['rule', 'tieBreak'], issues)) {
    for (let index = 0; index < tieBreak.length; index += 1) expectOneOf(tieBreak[index], SCORES, ['rule', 'tieBreak', index], issues);
  }
  return issues.length === before;
}

/**
 * Checks one nomination's shape: an object whose `id` and `title` are texts, whose `performance` and
 * `recognition` are numbers when given (absent or `null` is a missing figure, which the selection
 * explains; the text `"90"` is not a number), whose `tier` is a member tier and `status` `full` or
 * `probationary` when given (an unknown tier would pass a minimum-tier check unnoticed), whose
 * `name` is a text and `openRectificationIds` a list of texts when given.
 *
 * @returns whether the nomination can be judged; when not, its problems are in `issues`.
 */
export function checkCandidateShape(candidate: unknown, index: number, issues: InputIssues): boolean {
  const before = issues.length;
  const path = ['candidates', index];
  if (!expectObject(candidate, path, issues)) return false;
  expectText(candidate['id'], [...path, 'id'], issues);
  expectText(candidate['title'], [...path, 'title'], issues);
  for (const field of SCORES) {
    const value = candidate[field];
    if (value !== undefined && value !== null) expectNumberKind(value, [...path, field], issues);
  }
  if (candidate['tier'] !== undefined) expectOneOf(candidate['tier'], MEMBER_TIERS, [...path, 'tier'], issues);
  if (candidate['status'] !== undefined) expectOneOf(candidate['status'], MEMBER_STATUSES, [...path, 'status'], issues);
  if (candidate['name'] !== undefined) expectText(candidate['name'], [...path, 'name'], issues);
  const open = candidate['openRectificationIds'];
  if (open !== undefined && expectList(open, [...path, 'openRectificationIds'], issues)) {
    for (let at = 0; at < open.length; at += 1) expectText(open[at], [...path, 'openRectificationIds', at], issues);
  }
  return issues.length === before;
}

const ADMISSIONS = ['eligible', 'ineligible'] as const;
const SCORES = ['performance', 'recognition'] as const;


/**
 * A finite number (not the text `"2"`, not NaN, which would make every combined score NaN); whether
 * it is whole and in range is the rule's own check. `integer` says a whole number is expected, for the message.
 */
function expectFinite(value: unknown, path: IssuePath, issues: InputIssues, integer: boolean): boolean {
  return (typeof value === 'number' && Number.isFinite(value)) || expectNumber(value, path, issues, { integer });
}
