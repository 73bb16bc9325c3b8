import { expectNumber, expectObject, expectOneOf, expectText, inputIssue, type InputIssueCode, type InputIssues } from '../core/input';
import { isIsoDate } from '../core/isoDate';
import { calendarParts, daysInMonth, formatCalendarDate } from '../core/_calendar';
import type { Issue } from '../core/issue';
import type { IsoDate } from '../core/isoDate';
import type { Locale } from '../core/locale';
import { createIssue } from '../core/message';
import { RECTIFICATION_MESSAGES, type RectificationIssueCode } from './messages';
import { LIMITED_CORRECTION_PERIOD, LIMITED_CORRECTION_TEXT } from './rules';
import type { CorrectionPeriodRule, RectificationItem, TierResult } from './types';

/**
 * 限期改正: the rectification item of a member found 不合格 — six months by default, at most a year
 * (see {@link LIMITED_CORRECTION_PERIOD}) — generated from the member's tier.
 *
 * The period starts the day after `decidedOn` and ends on the corresponding day of the last month
 * (民法典 第二百零一、二百零二条): decided on 2011-01-10, six months end on 2011-07-10; decided on
 * 2010-08-31, they end on 2011-02-28. The member is the item's owner; its source is `'assessment'`;
 * nothing is disclosed yet.
 *
 * From a `MemberAssessment`, pass the tier that stands — `effectiveTier(assessment)` of
 * `cxzy/scoring` — so that the branch's decision, not the computed tier, decides (a computed tier
 * is only a recommendation). A member not 不合格 gets no item and no issue. A period that is not a whole number of months from
 * 1 to the rule's longest gives no item and a `rectification.invalidPeriod` issue, never a
 * shortened period.
 *
 * @param result - the member and the tier decided.
 * @param decidedOn - the day the branch decided on 限期改正.
 * @param options - the period, the rule, the item's id and language.
 * @returns the item, or the reason there is none.
 * Arguments not shaped as their types say (a `result` without a text `memberId`, a `decidedOn`
 * that is not a `YYYY-MM-DD` date, `months: "6"`, a `rule` whose `maxMonths` is not a whole number,
 * a `locale` other than `zh-CN` or `en`) give no item and their `input.*` issues, with paths that
 * start with the parameter's name (`['options', 'months']`). A period that would end after
 * 9999-12-31 gives no item and `rectification.dueBeyondCalendar`.
 *
 * @example
 * ```ts
 * import { rectifyUnqualified } from 'cxzy/rectification';
 * import { isoDate } from 'cxzy/schedule';
 * const { item } = rectifyUnqualified({ memberId: 'm11', tier: 'unqualified' }, isoDate('2010-08-31'));
 * item?.due; // '2011-02-28'
 * item?.ownerId; // 'm11'
 * item?.problem; // '民主评议被评定为不合格党员'
 * rectifyUnqualified({ memberId: 'm11', tier: 'unqualified' }, isoDate('2010-08-31'), { months: 18 }).issues[0]?.code; // 'rectification.invalidPeriod'
 * ```
 */
export function rectifyUnqualified(
  result: TierResult,
  decidedOn: IsoDate,
  options: RectifyUnqualifiedOptions = {},
): LimitedCorrection {
  const shape: InputIssues = [];
  checkCorrectionShape(result, decidedOn, options, shape);
  if (shape.length > 0) return { issues: shape as Issue<InputIssueCode>[] };
  if (result.tier !== 'unqualified') return { issues: [] };
  const rule = options.rule ?? LIMITED_CORRECTION_PERIOD;
  const months = options.months ?? rule.months;
  if (!Number.isInteger(months) || months < 1 || months > rule.maxMonths) {
    return {
      issues: [createIssue(RECTIFICATION_MESSAGES, 'rectification.invalidPeriod', 'error', ['options', 'months'], { months, maxMonths: rule.maxMonths })],
    };
  }
  const due = endOfMonthsPeriod(decidedOn, months);
  if (due === undefined) {
    return { issues: [createIssue(RECTIFICATION_MESSAGES, 'rectification.dueBeyondCalendar', 'error', ['decidedOn'], { decidedOn, months })] };
  }
  const locale = options.locale ?? 'zh-CN';
  return {
    item: {
      id: options.id ?? `limited-correction-${result.memberId}`,
      problem: LIMITED_CORRECTION_TEXT.problem[locale],
      source: 'assessment',
      measure: LIMITED_CORRECTION_TEXT.measure[locale],
      target: LIMITED_CORRECTION_TEXT.target[locale],
      due,
      ownerId: result.memberId,
      status: 'open',
      processDisclosed: false,
      resultDisclosed: false,
    },
    issues: [],
  };
}

/**
 * Options of {@link rectifyUnqualified}.
 *
 * @example
 * ```ts
 * import type { RectifyUnqualifiedOptions } from 'cxzy/rectification';
 * const options: RectifyUnqualifiedOptions = { months: 12, id: 'correction-m11', locale: 'en' };
 * ```
 */
export interface RectifyUnqualifiedOptions {
  /** The period in months; the rule's usual period when absent. */
  readonly months?: number;
  /** The usual and longest period; {@link LIMITED_CORRECTION_PERIOD} when absent. */
  readonly rule?: CorrectionPeriodRule;
  /** The item's id; `limited-correction-<memberId>` when absent. */
  readonly id?: string;
  /** The language of the item's texts; `'zh-CN'` when absent. */
  readonly locale?: Locale;
}

/**
 * What {@link rectifyUnqualified} returns: the 限期改正 item, when the member is 不合格 and the
 * period is allowed, and the issues.
 *
 * @example
 * ```ts
 * import { rectifyUnqualified, type LimitedCorrection } from 'cxzy/rectification';
 * import { isoDate } from 'cxzy/schedule';
 * const result: LimitedCorrection = rectifyUnqualified({ memberId: 'm06', tier: 'qualified' }, isoDate('2011-01-10'));
 * result.item; // undefined
 * ```
 */
export interface LimitedCorrection {
  /** The rectification item; absent for a member not 不合格, or a period the rule does not allow. */
  readonly item?: RectificationItem;
  /** Why no item could be made, `input.*` issues for arguments not shaped as their types say included. */
  readonly issues: readonly Issue<RectificationIssueCode | InputIssueCode>[];
}

const MONTHS_PER_YEAR = 12;
const LAST_YEAR = 9999;

/**
 * The day a period of `months` months starting on `start` ends, by 民法典 第二百零一、二百零二条:
 * the first day is not counted, and the period ends on the day of the final month that corresponds
 * to `start`, or on its last day if the month has no such day.
 */
function endOfMonthsPeriod(start: IsoDate, months: number): IsoDate | undefined {
  // The entry check made sure `start` is a calendar date.
  const parts = calendarParts(start)!;
  const monthIndex = parts.month - 1 + months;
  const year = parts.year + Math.floor(monthIndex / MONTHS_PER_YEAR);
  if (year > LAST_YEAR) return undefined;
  const month = (monthIndex % MONTHS_PER_YEAR) + 1;
  return formatCalendarDate(year, month, Math.min(parts.day, daysInMonth(year, month))) as IsoDate;
}

const LOCALES = ['zh-CN', 'en'] as const;

/**
 * The entry check of {@link rectifyUnqualified}: `result` an object with a text `memberId` and
 * `tier`, `decidedOn` a `YYYY-MM-DD` date, `options` an object whose `months` is a number, `rule`
 * an object of two whole numbers `months` and `maxMonths` (at least 1), `id` a text and `locale`
 * `'zh-CN'` or `'en'`. Whether the months are allowed is `rectification.invalidPeriod`'s to say.
 */
function checkCorrectionShape(result: unknown, decidedOn: unknown, options: unknown, issues: InputIssues): void {
  if (expectObject(result, ['result'], issues)) {
    expectText(result['memberId'], ['result', 'memberId'], issues);
    expectText(result['tier'], ['result', 'tier'], issues);
  }
  if (!isIsoDate(decidedOn)) issues.push(inputIssue(decidedOn === undefined ? 'input.missing' : 'input.expected', ['decidedOn'], { expected: 'date' }, decidedOn));
  if (!expectObject(options, ['options'], issues)) return;
  if (options['months'] !== undefined) expectNumber(options['months'], ['options', 'months'], issues);
  const rule = options['rule'];
  if (rule !== undefined && expectObject(rule, ['options', 'rule'], issues)) {
    expectNumber(rule['months'], ['options', 'rule', 'months'], issues, { integer: true, min: 1 });
    expectNumber(rule['maxMonths'], ['options', 'rule', 'maxMonths'], issues, { integer: true, min: 1 });
  }
  if (options['id'] !== undefined) expectText(options['id'], ['options', 'id'], issues);
  if (options['locale'] !== undefined) expectOneOf(options['locale'], LOCALES, ['options', 'locale'], issues);
}
