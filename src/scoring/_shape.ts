import type { IssuePath } from '../core/issue';
import { expectList, expectObject, expectText, inputIssue, type InputIssues } from '../core/input';

// Small pieces the entry checks of `cxzy/scoring` share: a field that may be absent, a number
// whose value a domain check reads afterwards, a text in every locale, each item of a list.

/**
 * Checks that `value` is a number, finite or not: a field whose value (NaN, a third decimal, a
 * negative) has its own domain issue, reported by the function after the shape check. A text
 * `"80"` is not a number.
 */
export function expectNumberKind(value: unknown, path: IssuePath, issues: InputIssues): value is number {
  if (typeof value === 'number') return true;
  issues.push(value === undefined ? inputIssue('input.missing', path, {}) : inputIssue('input.expected', path, { expected: 'number' }, value));
  return false;
}

/** Runs `check` on a field unless it is absent (`undefined`): an optional field. */
export function optional(value: unknown, path: IssuePath, issues: InputIssues, check: (value: unknown, path: IssuePath, issues: InputIssues) => unknown): void {
  if (value !== undefined) check(value, path, issues);
}

/** Checks a text in every locale: an object with a `zh-CN` text and an `en` text. */
export function expectLocalizedText(value: unknown, path: IssuePath, issues: InputIssues): boolean {
  if (!expectObject(value, path, issues)) return false;
  const zh = expectText(value['zh-CN'], [...path, 'zh-CN'], issues);
  const en = expectText(value['en'], [...path, 'en'], issues);
  return zh && en;
}

/**
 * The most problems an entry check reports in one list: a list of a million holes is reported by
 * its first hundred, in time that does not grow with the list, and the rest is left out as well.
 */
export const MAX_LIST_ISSUES = 100;

/**
 * Checks that `value` is a list and runs `check` on each item, holes of a sparse list included
 * (they read as missing), until {@link MAX_LIST_ISSUES} problems are found in it.
 */
export function expectEach(
  value: unknown,
  path: IssuePath,
  issues: InputIssues,
  check: (item: unknown, path: IssuePath, issues: InputIssues, index: number) => unknown,
): value is readonly unknown[] {
  if (!expectList(value, path, issues)) return false;
  const before = issues.length;
  for (let index = 0; index < value.length && issues.length - before < MAX_LIST_ISSUES; index += 1) check(value[index], [...path, index], issues, index);
  return true;
}

/**
 * A value as an issue parameter shows it: a text, number, boolean or `null` as `String` writes it,
 * and anything else by its kind (`String` would throw on an object without a prototype).
 */
export function shownValue(value: unknown): string {
  if (typeof value === 'object' && value !== null) return Array.isArray(value) ? 'list' : 'object';
  return typeof value === 'symbol' || typeof value === 'function' ? typeof value : String(value);
}
