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
 * @throws RangeError if `decidedOn` is not a calendar date (the `IsoDate` type forbids it).
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
  if (result.tier !== 'unqualified') return { issues: [] };
  const rule = options.rule ?? LIMITED_CORRECTION_PERIOD;
  const months = options.months ?? rule.months;
  if (!Number.isInteger(months) || months < 1 || months > rule.maxMonths) {
    return {
      issues: [createIssue(RECTIFICATION_MESSAGES, 'rectification.invalidPeriod', 'error', ['months'], { months, maxMonths: rule.maxMonths })],
    };
  }
  const locale = options.locale ?? 'zh-CN';
  return {
    item: {
      id: options.id ?? `limited-correction-${result.memberId}`,
      problem: LIMITED_CORRECTION_TEXT.problem[locale],
      source: 'assessment',
      measure: LIMITED_CORRECTION_TEXT.measure[locale],
      target: LIMITED_CORRECTION_TEXT.target[locale],
      due: endOfMonthsPeriod(decidedOn, months),
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
  /** Why no item could be made. */
  readonly issues: readonly Issue<RectificationIssueCode>[];
}

const MONTHS_PER_YEAR = 12;

/**
 * The day a period of `months` months starting on `start` ends, by 民法典 第二百零一、二百零二条:
 * the first day is not counted, and the period ends on the day of the final month that corresponds
 * to `start`, or on its last day if the month has no such day.
 */
function endOfMonthsPeriod(start: IsoDate, months: number): IsoDate {
  const parts = calendarParts(start);
  // An IsoDate is checked when it is made; a forged one is a programming error.
  if (parts === undefined) throw new RangeError(`Not a calendar date: ${JSON.stringify(start)}`);
  const monthIndex = parts.month - 1 + months;
  const year = parts.year + Math.floor(monthIndex / MONTHS_PER_YEAR);
  const month = (monthIndex % MONTHS_PER_YEAR) + 1;
  return formatCalendarDate(year, month, Math.min(parts.day, daysInMonth(year, month))) as IsoDate;
}
