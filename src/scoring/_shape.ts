import type { IssuePath } from '../core/issue';
import { expectList, expectObject, expectText, MAX_LIST_ISSUES, type InputIssues } from '../core/input';

// Small pieces the entry checks of `cxzy/scoring` share: a field that may be absent, a number
// whose value a domain check reads afterwards, a text in every locale, each item of a list.

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
