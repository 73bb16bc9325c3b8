import type { IsoDate } from './isoDate';

/**
 * A span of calendar days, both ends included.
 *
 * @example
 * ```ts
 * import { isoDate } from 'cxzy/schedule';
 * import type { DateRange } from 'cxzy/campaign';
 * const period: DateRange = { start: isoDate('2010-07-01'), end: isoDate('2012-06-30') };
 * ```
 */
export interface DateRange {
  /** The first day. */
  readonly start: IsoDate;
  /** The last day, included. */
  readonly end: IsoDate;
}
