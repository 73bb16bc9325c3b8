import type { DateRange } from '../../core/dateRange';
import { expectList, FIELD_LABELS, MAX_LIST_ISSUES, type InputIssueCode, type InputIssues } from '../../core/input';
import type { Issue } from '../../core/issue';
import { createIssue, type LabelTables } from '../../core/message';
import { isIsoDate, type IsoDate } from '../../core/isoDate';
import { divideRounded, exactHundredths, fromHundredths, isFraction, roundHundredths } from '../_hundredths';
import { SCORING_MESSAGES, type ScoringIssueCode } from '../messages';
import { checkLedgerEventShape, checkLedgerOptionsShape, checkLedgerRuleShape } from './checkLedgerRuleShape';
import type { LedgerEvent, LedgerItem, LedgerPeriod, LedgerRule, PointsCap } from './types';

/** A number of the rule or the options that is not a score is named by its field's label. */
const LEDGER_TABLES: LabelTables = { field: FIELD_LABELS };

/**
 * Tallies a member's points ledger for the year (党员积分制): the base score, then every event in
 * date order (input order within a day), each counted for at most its item's points.
 *
 * Limits, all from the rule: an item's cap and its category's cap, per year, quarter, month or
 * day, bound the points gained and, separately, the points lost in each period (so the totals do
 * not depend on the order of events); a once-only item counts its first occurrence only; the total
 * never falls below the floor (default 0). Each event's line says what it recorded, what it
 * counted for, and which limit held it back. Events outside `options.period` or before a
 * transfer in are listed but not counted. A member who transferred in starts from the branch's
 * average (see {@link branchAverage}) instead of the base score; points carried over from last
 * year are added to the base. `carryOver` is what this year passes on: the rule's share of the
 * points above the base, rounded half up to hundredths, at most the rule's `max`.
 *
 * Events that are not a list, and a rule or options that are not shaped as their types say (from
 * JSON or a cast: a field missing, `null`, of the wrong kind, a cap `per` that is none of the
 * periods, a period whose ends are not dates), are checked first and reported with `input.*`
 * codes (paths from `'events'`, `'rule'`, `'options'`); nothing is then computed: every figure
 * is 0, with no lines, and the issues say why — such a ledger has no total to show. An event that
 * is not an object, or whose `itemId`, `on`, `points` or `note` is of the wrong kind, is reported
 * (`['events', 7]`; the first hundred such events) and has no line. A list is reported by its first
 * hundred problems.
 *
 * @param events - the member's scored events. Not modified.
 * @param rule - the ledger rule. Not modified.
 * @param options - the ledger's period, last year's carry-over, a transfer in.
 * @returns the ledger: base, earned, total, by category, a line per event, the carry-over and
 *   every problem (paths from `'events'`, `'rule'` or `'options'`).
 *
 * @example
 * ```ts
 * import { computeLedger, POINTS_LEDGER_EXAMPLE } from 'cxzy/scoring';
 * import { isoDate } from 'cxzy/schedule';
 * const ledger = computeLedger(
 *   [
 *     { itemId: 'meeting', on: isoDate('2015-03-06') },
 *     { itemId: 'volunteer', on: isoDate('2015-03-08') },
 *     { itemId: 'absence', on: isoDate('2015-04-10') },
 *   ],
 *   POINTS_LEDGER_EXAMPLE,
 * );
 * ledger.base; // 60
 * ledger.earned; // 1 + 2 − 2 = 1
 * ledger.total; // 61
 * ```
 */
export function computeLedger(events: readonly LedgerEvent[], rule: LedgerRule, options: LedgerOptions = {}): LedgerResult {
  const input: InputIssues = [];
  expectList(events, ['events'], input);
  checkLedgerRuleShape(rule, ['rule'], input);
  checkLedgerOptionsShape(options, ['options'], input);
  if (input.length > 0) {
    return { base: 0, earned: 0, total: 0, floored: false, byCategory: [], lines: [], carryOver: 0, issues: input as Issue<InputIssueCode>[] };
  }
  const issues: Issue<ScoringIssueCode | InputIssueCode>[] = [];
  const readable: { readonly event: LedgerEvent; readonly index: number }[] = [];
  // Events that cannot be read have no line; the first MAX_LIST_ISSUES of them are reported.
  let unread = 0;
  for (let index = 0; index < events.length; index += 1) {
    const event = events[index];
    if (checkLedgerEventShape(event, ['events', index], unread < MAX_LIST_ISSUES ? issues : [])) readable.push({ event, index });
    else unread += 1;
  }
  const number = (value: number, path: readonly (string | number)[], field: string, positive = false): number => {
    const hundredths = exactHundredths(value);
    if (hundredths === undefined || (positive && hundredths < 0)) {
      issues.push(createIssue(SCORING_MESSAGES, 'scoring.ledgerBadNumber', 'error', path, { field, value: String(value) }, LEDGER_TABLES));
      return 0;
    }
    return hundredths;
  };

  const baseScore = number(rule.baseScore, ['rule', 'baseScore'], 'baseScore');
  const floor = number(rule.floor ?? 0, ['rule', 'floor'], 'floor');
  const categories = new Map<string, { readonly index: number; readonly cap?: PointsCap; readonly capPoints: number }>();
  rule.categories.forEach((category, index) => {
    if (categories.has(category.id)) {
      issues.push(createIssue(SCORING_MESSAGES, 'scoring.ledgerDuplicateCategory', 'error', ['rule', 'categories', index, 'id'], { categoryId: category.id }));
      return;
    }
    const capPoints = category.cap === undefined ? 0 : number(category.cap.points, ['rule', 'categories', index, 'cap', 'points'], 'cap', true);
    categories.set(category.id, { index, ...(category.cap === undefined ? {} : { cap: category.cap }), capPoints });
  });
  const items = new Map<string, { readonly item: LedgerItem; readonly points: number; readonly capPoints: number }>();
  rule.items.forEach((item, index) => {
    if (items.has(item.id)) {
      issues.push(createIssue(SCORING_MESSAGES, 'scoring.ledgerDuplicateItem', 'error', ['rule', 'items', index, 'id'], { itemId: item.id }));
      return;
    }
    if (!categories.has(item.categoryId)) {
      issues.push(
        createIssue(SCORING_MESSAGES, 'scoring.ledgerUnknownCategory', 'error', ['rule', 'items', index, 'categoryId'], {
          itemId: item.id,
          categoryId: item.categoryId,
        }),
      );
    }
    const points = number(item.points, ['rule', 'items', index, 'points'], 'points');
    const capPoints = item.cap === undefined ? 0 : number(item.cap.points, ['rule', 'items', index, 'cap', 'points'], 'cap', true);
    items.set(item.id, { item, points, capPoints });
  });
  const carriedOver = number(options.carriedOver ?? 0, ['options', 'carriedOver'], 'carriedOver');
  const transfer = options.transferredIn;
  let base = baseScore;
  if (transfer !== undefined) {
    base = roundHundredths(transfer.branchAverage);
    // Past 2^53 hundredths (or past the largest double) an average cannot be counted on exactly.
    if (!Number.isSafeInteger(base)) {
      issues.push(createIssue(SCORING_MESSAGES, 'scoring.ledgerBadNumber', 'error', ['options', 'transferredIn', 'branchAverage'], { field: 'branchAverage', value: String(transfer.branchAverage) }, LEDGER_TABLES));
      base = 0;
    }
    if (!isIsoDate(transfer.on)) {
      issues.push(createIssue(SCORING_MESSAGES, 'scoring.ledgerBadDate', 'error', ['options', 'transferredIn', 'on'], { date: String(transfer.on) }));
    }
  }
  base += carriedOver;
  const transferOn = transfer !== undefined && isIsoDate(transfer.on) ? transfer.on : undefined;

  // Date order, input order within a day; events without a valid date go last, in input order.
  const order = readable
    .map(({ event, index }) => ({ event, index, valid: isIsoDate(event.on) }))
    .sort((a, b) => (a.valid === b.valid ? (a.valid && a.event.on !== b.event.on ? (a.event.on < b.event.on ? -1 : 1) : a.index - b.index) : a.valid ? -1 : 1));

  const used = new Map<string, number>();
  const awardedOnce = new Set<string>();
  const byCategory = new Float64Array(rule.categories.length);
  let earned = 0;
  const lines: LedgerLine[] = [];
  for (const { event, index, valid } of order) {
    const path = ['events', index];
    const entry = items.get(event.itemId);
    const line = (recorded: number, awarded: number, limitedBy?: LedgerLimit): void => {
      lines.push({
        eventIndex: index,
        itemId: event.itemId,
        on: event.on,
        recorded: fromHundredths(recorded),
        awarded: fromHundredths(awarded),
        ...(limitedBy === undefined ? {} : { limitedBy }),
      });
    };
    if (entry === undefined) {
      issues.push(createIssue(SCORING_MESSAGES, 'scoring.ledgerUnknownItem', 'error', [...path, 'itemId'], { itemId: event.itemId }));
      line(0, 0, 'invalid');
      continue;
    }
    if (!valid) {
      issues.push(createIssue(SCORING_MESSAGES, 'scoring.ledgerBadDate', 'error', [...path, 'on'], { date: String(event.on) }));
      line(0, 0, 'invalid');
      continue;
    }
    const recorded = event.points === undefined ? entry.points : exactHundredths(event.points);
    if (recorded === undefined || Math.sign(recorded) * Math.sign(entry.points) < 0 || Math.abs(recorded) > Math.abs(entry.points)) {
      issues.push(
        createIssue(SCORING_MESSAGES, 'scoring.ledgerBadPoints', 'error', [...path, 'points'], {
          itemId: event.itemId,
          points: String(event.points),
          itemPoints: fromHundredths(entry.points),
        }),
      );
      line(0, 0, 'invalid');
      continue;
    }
    const period = options.period;
    if (period !== undefined && (event.on < period.start || event.on > period.end)) {
      issues.push(
        createIssue(SCORING_MESSAGES, 'scoring.ledgerOutsidePeriod', 'warning', [...path, 'on'], {
          itemId: event.itemId,
          date: event.on,
          start: period.start,
          end: period.end,
        }),
      );
      line(recorded, 0, 'outsidePeriod');
      continue;
    }
    if (transferOn !== undefined && event.on < transferOn) {
      issues.push(
        createIssue(SCORING_MESSAGES, 'scoring.ledgerBeforeTransfer', 'info', [...path, 'on'], {
          itemId: event.itemId,
          date: event.on,
          transferOn,
        }),
      );
      line(recorded, 0, 'beforeTransfer');
      continue;
    }
    if (entry.item.once === true && awardedOnce.has(event.itemId)) {
      line(recorded, 0, 'once');
      continue;
    }
    awardedOnce.add(event.itemId);

    // Gains and losses are capped apart, so a deduction never frees room under a bonus cap.
    const direction = recorded < 0 ? '-' : '+';
    let amount = Math.abs(recorded);
    let limitedBy: LedgerLimit | undefined;
    const category = categories.get(entry.item.categoryId);
    const caps = [
      { cap: entry.item.cap, capPoints: entry.capPoints, key: `i${direction}${event.itemId}`, limit: 'itemCap' as const },
      { cap: category?.cap, capPoints: category?.capPoints ?? 0, key: `c${direction}${entry.item.categoryId}`, limit: 'categoryCap' as const },
    ];
    for (const { cap, capPoints, key, limit } of caps) {
      if (cap === undefined) continue;
      const slot = `${key}@${periodKey(event.on, cap.per)}`;
      const room = Math.max(0, capPoints - (used.get(slot) ?? 0));
      if (amount > room) {
        amount = room;
        limitedBy ??= limit;
      }
    }
    for (const { cap, key } of caps) {
      if (cap === undefined) continue;
      const slot = `${key}@${periodKey(event.on, cap.per)}`;
      used.set(slot, (used.get(slot) ?? 0) + amount);
    }
    // `0 - amount`, not `-amount`: a deduction the cap held back entirely counts 0, never -0.
    const awarded = direction === '-' ? 0 - amount : amount;
    earned += awarded;
    if (category !== undefined) byCategory[category.index] = byCategory[category.index]! + awarded;
    line(recorded, awarded, limitedBy);
  }

  const unfloored = base + earned;
  const total = Math.max(floor, unfloored);
  let carryOver = 0;
  const carry = rule.carryOver;
  if (carry !== undefined) {
    // The cap is read whether or not this member has a surplus: a rule's bad number is always reported.
    const max = carry.max === undefined ? undefined : number(carry.max, ['rule', 'carryOver', 'max'], 'max', true);
    if (!isFraction(carry.share.numerator, carry.share.denominator)) {
      issues.push(
        createIssue(SCORING_MESSAGES, 'scoring.ledgerBadCarryOver', 'error', ['rule', 'carryOver', 'share'], {
          numerator: String(carry.share.numerator),
          denominator: String(carry.share.denominator),
        }),
      );
    } else if (total > base) {
      carryOver = divideRounded((total - base) * carry.share.numerator, carry.share.denominator);
      if (max !== undefined) carryOver = Math.min(carryOver, max);
    }
  }

  return {
    base: fromHundredths(base),
    earned: fromHundredths(earned),
    total: fromHundredths(total),
    floored: unfloored < floor,
    byCategory: rule.categories.map((category, index) => ({ categoryId: category.id, total: fromHundredths(byCategory[index]!) })),
    lines,
    carryOver: fromHundredths(carryOver),
    issues,
  };
}

/**
 * Options of {@link computeLedger}.
 *
 * @example
 * ```ts
 * import { isoDate } from 'cxzy/schedule';
 * import type { LedgerOptions } from 'cxzy/scoring';
 * const options: LedgerOptions = {
 *   period: { start: isoDate('2015-01-01'), end: isoDate('2015-12-31') },
 *   carriedOver: 3,
 * };
 * ```
 */
export interface LedgerOptions {
  /** The ledger's year or span; events outside are reported and not counted. */
  readonly period?: DateRange;
  /**
   * Points carried over from last year, added to the base.
   * @defaultValue `0`
   */
  readonly carriedOver?: number;
  /** A mid-year transfer into the branch. */
  readonly transferredIn?: LedgerTransfer;
}

/**
 * A member who transferred in mid-year: events before `on` belong to the previous branch, and the
 * year's base is the receiving branch's average instead of the rule's base score.
 *
 * @example
 * ```ts
 * import { isoDate } from 'cxzy/schedule';
 * import type { LedgerTransfer } from 'cxzy/scoring';
 * const transfer: LedgerTransfer = { on: isoDate('2015-09-01'), branchAverage: 92.5 };
 * ```
 */
export interface LedgerTransfer {
  /** The first day in this branch. */
  readonly on: IsoDate;
  /** The branch's average total, see {@link branchAverage}. */
  readonly branchAverage: number;
}

/**
 * A member's ledger for the year: base, points earned, total (after the floor), by category, each
 * event's line in date order, what carries into next year, and every problem.
 *
 * @example
 * ```ts
 * import { computeLedger, POINTS_LEDGER_EXAMPLE, type LedgerResult } from 'cxzy/scoring';
 * import { isoDate } from 'cxzy/schedule';
 * const result: LedgerResult = computeLedger([{ itemId: 'honour', on: isoDate('2015-07-01') }], POINTS_LEDGER_EXAMPLE);
 * result.total; // 65
 * result.carryOver; // 0.5
 * ```
 */
export interface LedgerResult {
  /** The year's starting score: base score (or branch average) plus carry-over. */
  readonly base: number;
  /** Net points from events. */
  readonly earned: number;
  /** `max(floor, base + earned)`. */
  readonly total: number;
  /** Whether the floor raised the total. */
  readonly floored: boolean;
  /** Net points by category, in the rule's order. */
  readonly byCategory: readonly { readonly categoryId: string; readonly total: number }[];
  /** Every event, in date order (input order within a day). */
  readonly lines: readonly LedgerLine[];
  /** What the rule carries into next year (0 without a carry-over rule). */
  readonly carryOver: number;
  /** Every problem found. */
  readonly issues: readonly Issue<ScoringIssueCode | InputIssueCode>[];
}

/**
 * How one event counted.
 *
 * @example
 * ```ts
 * import { isoDate } from 'cxzy/schedule';
 * import type { LedgerLine } from 'cxzy/scoring';
 * const line: LedgerLine = { eventIndex: 4, itemId: 'meeting', on: isoDate('2015-03-27'), recorded: 1, awarded: 0, limitedBy: 'itemCap' };
 * ```
 */
export interface LedgerLine {
  /** The event's index in the input. */
  readonly eventIndex: number;
  /** Its item. */
  readonly itemId: string;
  /** Its date. */
  readonly on: IsoDate;
  /** The points it recorded. */
  readonly recorded: number;
  /** The points it counted for. */
  readonly awarded: number;
  /** Why it counted for less, if it did. */
  readonly limitedBy?: LedgerLimit;
}

/**
 * Why an event counted for less than it recorded: an item cap, a category cap, a once-only item
 * already awarded, a date outside the ledger, a date before the member transferred in, or an
 * invalid event (see the issues).
 *
 * @example
 * ```ts
 * import type { LedgerLimit } from 'cxzy/scoring';
 * const limit: LedgerLimit = 'itemCap';
 * ```
 */
export type LedgerLimit = 'itemCap' | 'categoryCap' | 'once' | 'outsidePeriod' | 'beforeTransfer' | 'invalid';

/** The calendar period a date falls in, as a key: `2015`, `2015-Q2`, `2015-04`, `2015-04-03`. */
function periodKey(date: string, per: LedgerPeriod): string {
  switch (per) {
    case 'year':
      return date.slice(0, 4);
    case 'quarter':
      return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
    case 'month':
      return date.slice(0, 7);
    case 'day':
      return date;
  }
}
