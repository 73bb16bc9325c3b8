import type { IssuePath } from '../../core/issue';
import { expectNumberKind, expectObject, expectOneOf, expectText, type InputIssues } from '../../core/input';
import { expectEach, optional } from '../_shape';
import { SCORE_ITEM_KINDS, type ScoreSheet } from './types';

/**
 * The entry check of a list of {@link ScoreSheet}s: each sheet an object with an `id`, a `title`
 * and a list of `items`; each item with an `id`, a `title`, an optional `standard`, a `kind` that
 * is one of {@link SCORE_ITEM_KINDS} (an unknown kind is never read as `base`) and a number as
 * `maxPoints` (a maximum that is negative, not finite or has a third decimal is
 * `scoring.badMaxPoints`, reported afterwards).
 *
 * @param sheets - the sheets, as received.
 * @param path - where they are: `['sheets']`.
 * @param issues - where the problems go.
 * @returns whether the sheets are shaped as score sheets.
 */
export function checkScoreSheetsShape(sheets: unknown, path: IssuePath, issues: InputIssues): boolean {
  const before = issues.length;
  expectEach(sheets, path, issues, checkSheet);
  return issues.length === before;
}

function checkSheet(sheet: unknown, path: IssuePath, issues: InputIssues): void {
  if (!expectObject(sheet, path, issues)) return;
  expectText(sheet['id'], [...path, 'id'], issues);
  expectText(sheet['title'], [...path, 'title'], issues);
  expectEach(sheet['items'], [...path, 'items'], issues, checkItem);
}

function checkItem(item: unknown, path: IssuePath, issues: InputIssues): void {
  if (!expectObject(item, path, issues)) return;
  expectText(item['id'], [...path, 'id'], issues);
  expectText(item['title'], [...path, 'title'], issues);
  optional(item['standard'], [...path, 'standard'], issues, expectText);
  expectOneOf(item['kind'], SCORE_ITEM_KINDS, [...path, 'kind'], issues);
  expectNumberKind(item['maxPoints'], [...path, 'maxPoints'], issues);
}
