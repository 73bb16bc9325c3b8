/**
 * The entry checks of `checkDecomposition` and `fulfilment`: each commitment, its items and each
 * functional group checked as their types say, so that one not so shaped is reported and left out.
 */
import { expectBoolean, expectList, expectObject, expectOneOf, expectText, inputIssue, MAX_LIST_ISSUES, type InputIssues } from '../core/input';
import type { IssuePath } from '../core/issue';
import { isIsoDate } from '../core/isoDate';
import { COMMITMENT_LEVELS, type Commitment } from './types';
import type { FunctionalGroup } from '../organization/types';

/**
 * Whether `value` is a commitment as `Commitment` says: an object with a text `id` and `makerId`, a
 * `level` (one of {@link COMMITMENT_LEVELS} when `levelIsCode`, else any text: `fulfilment` reports
 * an unknown level itself) and a list of `items`, each an object with a text `id`, `title` and
 * `status`, a `YYYY-MM-DD` `due` and, when given, a `fulfilledOn` date, a text `decomposedFrom` and
 * a boolean `own`. Reports each problem under `path`.
 */
export function isCommitment(value: unknown, path: IssuePath, issues: InputIssues, levelIsCode: boolean): value is Commitment {
  if (issues.length >= MAX_LIST_ISSUES && (typeof value !== 'object' || value === null)) return false;
  if (!expectObject(value, path, issues)) return false;
  const before = issues.length;
  expectText(value['id'], [...path, 'id'], issues);
  if (levelIsCode) expectOneOf(value['level'], COMMITMENT_LEVELS, [...path, 'level'], issues);
  else expectText(value['level'], [...path, 'level'], issues);
  expectText(value['makerId'], [...path, 'makerId'], issues);
  const items = value['items'];
  if (expectList(items, [...path, 'items'], issues)) {
    for (let index = 0; index < items.length && issues.length - before < MAX_LIST_ISSUES; index += 1) {
      const item: unknown = items[index];
      const at = [...path, 'items', index];
      if (!expectObject(item, at, issues)) continue;
      expectText(item['id'], [...at, 'id'], issues);
      expectText(item['title'], [...at, 'title'], issues);
      expectText(item['status'], [...at, 'status'], issues);
      expectDate(item['due'], [...at, 'due'], issues);
      if (item['fulfilledOn'] !== undefined) expectDate(item['fulfilledOn'], [...at, 'fulfilledOn'], issues);
      if (item['decomposedFrom'] !== undefined) expectText(item['decomposedFrom'], [...at, 'decomposedFrom'], issues);
      if (item['own'] !== undefined) expectBoolean(item['own'], [...at, 'own'], issues);
    }
  }
  return issues.length === before;
}

/** Whether `value` is a functional group with a text `id` and `name` and a list of text `memberIds`. */
export function isFunctionalGroup(value: unknown, path: IssuePath, issues: InputIssues): value is FunctionalGroup {
  if (issues.length >= MAX_LIST_ISSUES && (typeof value !== 'object' || value === null)) return false;
  if (!expectObject(value, path, issues)) return false;
  const before = issues.length;
  expectText(value['id'], [...path, 'id'], issues);
  expectText(value['name'], [...path, 'name'], issues);
  const memberIds = value['memberIds'];
  if (expectList(memberIds, [...path, 'memberIds'], issues)) {
    for (let index = 0; index < memberIds.length && issues.length - before < MAX_LIST_ISSUES; index += 1) expectText(memberIds[index], [...path, 'memberIds', index], issues);
  }
  return issues.length === before;
}

/** Checks that `value` is a `YYYY-MM-DD` calendar date. */
export function expectDate(value: unknown, path: IssuePath, issues: InputIssues): boolean {
  if (isIsoDate(value)) return true;
  issues.push(value === undefined ? inputIssue('input.missing', path, {}) : inputIssue('input.expected', path, { expected: 'date' }, value));
  return false;
}
