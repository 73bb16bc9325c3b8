import type { IssuePath } from '../../core/issue';
import { expectBoolean, expectNumberKind, expectObject, expectOneOf, expectText, inputIssue, type InputIssues } from '../../core/input';
import { isIsoDate } from '../../core/isoDate';
import { expectEach, expectLocalizedText, optional } from '../_shape';
import type { LedgerEvent, LedgerPeriod, LedgerRule } from './types';

/**
 * The entry check of a {@link LedgerRule}: a number as `baseScore` and `floor`; categories and
 * items, each with its `id` and `title`, an item with its `categoryId`, a number as `points` and
 * `once` a boolean; each cap `{ points, per }` with `per` one of `year`, `quarter`, `month`, `day`;
 * a carry-over `{ share: { numerator, denominator }, max? }` of numbers. Numbers that are not
 * finite, negative where they may not be or have a third decimal are `scoring.ledgerBadNumber`,
 * reported afterwards; a quarter of `"2"` is not a number.
 *
 * @param rule - the rule, as received.
 * @param path - where it is: `['rule']`.
 * @param issues - where the problems go.
 */
export function checkLedgerRuleShape(rule: unknown, path: IssuePath, issues: InputIssues): void {
  if (!expectObject(rule, path, issues)) return;
  optional(rule['id'], [...path, 'id'], issues, expectText);
  optional(rule['label'], [...path, 'label'], issues, expectLocalizedText);
  expectNumberKind(rule['baseScore'], [...path, 'baseScore'], issues);
  optional(rule['floor'], [...path, 'floor'], issues, expectNumberKind);
  expectEach(rule['categories'], [...path, 'categories'], issues, (category, at, found) => {
    if (!expectObject(category, at, found)) return;
    expectText(category['id'], [...at, 'id'], found);
    expectText(category['title'], [...at, 'title'], found);
    optional(category['cap'], [...at, 'cap'], found, checkCap);
  });
  expectEach(rule['items'], [...path, 'items'], issues, (item, at, found) => {
    if (!expectObject(item, at, found)) return;
    expectText(item['id'], [...at, 'id'], found);
    expectText(item['title'], [...at, 'title'], found);
    expectText(item['categoryId'], [...at, 'categoryId'], found);
    expectNumberKind(item['points'], [...at, 'points'], found);
    optional(item['cap'], [...at, 'cap'], found, checkCap);
    optional(item['once'], [...at, 'once'], found, expectBoolean);
  });
  optional(rule['carryOver'], [...path, 'carryOver'], issues, (carry, at, found) => {
    if (!expectObject(carry, at, found)) return;
    const share = carry['share'];
    if (expectObject(share, [...at, 'share'], found)) {
      expectNumberKind(share['numerator'], [...at, 'share', 'numerator'], found);
      expectNumberKind(share['denominator'], [...at, 'share', 'denominator'], found);
    }
    optional(carry['max'], [...at, 'max'], found, expectNumberKind);
  });
}

/**
 * The entry check of `computeLedger`'s options: an object (or absent); a `period` whose `start`
 * and `end` are dates (`YYYY-MM-DD`); a number as `carriedOver`; a transfer `{ on, branchAverage }`
 * with `on` a text (one that is not a date is `scoring.ledgerBadDate`) and a number.
 */
export function checkLedgerOptionsShape(options: unknown, path: IssuePath, issues: InputIssues): void {
  if (options === undefined || !expectObject(options, path, issues)) return;
  optional(options['period'], [...path, 'period'], issues, (period, at, found) => {
    if (!expectObject(period, at, found)) return;
    expectDate(period['start'], [...at, 'start'], found);
    expectDate(period['end'], [...at, 'end'], found);
  });
  optional(options['carriedOver'], [...path, 'carriedOver'], issues, expectNumberKind);
  optional(options['transferredIn'], [...path, 'transferredIn'], issues, (transfer, at, found) => {
    if (!expectObject(transfer, at, found)) return;
    expectText(transfer['on'], [...at, 'on'], found);
    expectNumberKind(transfer['branchAverage'], [...at, 'branchAverage'], found);
  });
}

/**
 * Whether an event can be read: an object with an `itemId` and an `on` that are text (a text that
 * is not a date is `scoring.ledgerBadDate`), `points`, if given, a number, and `note` a text. An
 * event that cannot be read is reported (`['events', 7]`) and has no line.
 */
export function checkLedgerEventShape(event: unknown, path: IssuePath, issues: InputIssues): event is LedgerEvent {
  if (typeof event === 'object' && event !== null && !Array.isArray(event)) {
    const { itemId, on, points, note } = event as Readonly<Record<string, unknown>>;
    if (typeof itemId === 'string' && typeof on === 'string' && (points === undefined || typeof points === 'number') && (note === undefined || typeof note === 'string')) {
      return true;
    }
  }
  if (!expectObject(event, path, issues)) return false;
  expectText(event['itemId'], [...path, 'itemId'], issues);
  expectText(event['on'], [...path, 'on'], issues);
  optional(event['points'], [...path, 'points'], issues, expectNumberKind);
  optional(event['note'], [...path, 'note'], issues, expectText);
  return false;
}

const LEDGER_PERIODS = ['year', 'quarter', 'month', 'day'] as const satisfies readonly LedgerPeriod[];

function checkCap(cap: unknown, path: IssuePath, issues: InputIssues): void {
  if (!expectObject(cap, path, issues)) return;
  expectNumberKind(cap['points'], [...path, 'points'], issues);
  expectOneOf(cap['per'], LEDGER_PERIODS, [...path, 'per'], issues);
}

function expectDate(value: unknown, path: IssuePath, issues: InputIssues): void {
  if (!expectText(value, path, issues) || isIsoDate(value)) return;
  issues.push(inputIssue('input.expected', path, { expected: 'date' }, value));
}
