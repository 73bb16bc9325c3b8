/**
 * The entry check of a vote rule (private).
 */
import { expectList, expectNumber, expectObject, expectText, type InputIssues } from '../../core/input';
import type { IssuePath } from '../../core/issue';
import { MAX_PRECISION } from '../_arithmetic';
import { checkThreshold } from './checkMeetingRule';

/**
 * Checks a `VoteRule` before it is used: lists of grades (each a text: a grade no ballot gives is
 * simply never counted), verdict bands each with a text `verdict`, a `label` in every locale, its grades and a
 * share threshold, a `fallback` verdict, and a whole `precision` from 0 to 4. Shape problems are
 * `input.*` issues with paths from `['rule']`; a band's share that cannot be one (1/0, NaN) is
 * `evaluation.invalidShare`.
 *
 * @param rule - the value given as a rule.
 * @param issues - where the problems go.
 * @returns whether the rule can be used.
 */
export function checkVoteRule(rule: unknown, issues: InputIssues): boolean {
  const before = issues.length;
  if (!expectObject(rule, ['rule'], issues)) return false;
  checkGrades(rule['grades'], ['rule', 'grades'], issues);
  checkGrades(rule['satisfiedGrades'], ['rule', 'satisfiedGrades'], issues);
  const bands = rule['bands'];
  if (expectList(bands, ['rule', 'bands'], issues)) {
    for (let index = 0; index < bands.length; index += 1) {
      const path = ['rule', 'bands', index];
      const band: unknown = bands[index];
      if (!checkVerdict(band, path, issues)) continue;
      checkGrades(band['grades'], [...path, 'grades'], issues);
      checkThreshold(band['threshold'], [...path, 'threshold'], issues);
    }
  }
  checkVerdict(rule['fallback'], ['rule', 'fallback'], issues);
  expectNumber(rule['precision'], ['rule', 'precision'], issues, { integer: true, min: 0, max: MAX_PRECISION });
  return issues.length === before;
}

function checkGrades(grades: unknown, path: IssuePath, issues: InputIssues): void {
  if (!expectList(grades, path, issues)) return;
  for (let index = 0; index < grades.length; index += 1) expectText(grades[index], [...path, index], issues);
}

/** A verdict and its label in every locale; whether the value is an object at all. */
function checkVerdict(value: unknown, path: IssuePath, issues: InputIssues): value is Readonly<Record<string, unknown>> {
  if (!expectObject(value, path, issues)) return false;
  expectText(value['verdict'], [...path, 'verdict'], issues);
  const label = value['label'];
  if (expectObject(label, [...path, 'label'], issues)) {
    expectText(label['zh-CN'], [...path, 'label', 'zh-CN'], issues);
    expectText(label['en'], [...path, 'label', 'en'], issues);
  }
  return true;
}
