import type { DateRange } from '../core/dateRange';
import type { IsoDate } from '../core/isoDate';
import type { Phase } from '../schedule/types';
import type { StandardSet } from '../standards/types';



/**
 * A themed activity of the campaign (主题实践活动), such as 树正气做好事 or 党员示范岗.
 *
 * @example
 * ```ts
 * import type { Activity } from 'cxzy/campaign';
 * const activity: Activity = { id: 'model-posts', title: '党员示范岗' };
 * ```
 */
export interface Activity {
  /** A stable, non-empty identifier, unique within the campaign. */
  readonly id: string;
  /** The activity's name. */
  readonly title: string;
  /** What it involves. */
  readonly description?: string;
  /** The organization or member responsible. */
  readonly ownerId?: string;
  /** The days it runs, if the plan says. */
  readonly period?: DateRange;
}

/**
 * A 创先争优 campaign as a plan lays it out: who organizes it, its theme, its period, the documents
 * it is based on (依据文件), its phases, the standards it measures against and its activities.
 *
 * @example
 * ```ts
 * import { FIVE_GOODS, FIVE_LEADS, type Campaign } from 'cxzy/campaign';
 * import { isoDate } from 'cxzy/schedule';
 * const campaign: Campaign = {
 *   id: 'cxzy-2010',
 *   title: '深入开展创先争优活动实施方案',
 *   theme: '深入开展创先争优活动,加快南郊职业教育发展',
 *   organizerId: 'school-branch',
 *   period: { start: isoDate('2010-06-01'), end: isoDate('2012-06-30') },
 *   basis: ['南创组发[2010]8号'],
 *   phases: [],
 *   standards: [FIVE_GOODS, FIVE_LEADS],
 *   activities: [],
 * };
 * ```
 */
export interface Campaign {
  /** A stable, non-empty identifier. */
  readonly id: string;
  /** The plan's title. */
  readonly title: string;
  /** The campaign's theme (活动主题). */
  readonly theme: string;
  /** The id of the organization that runs it. */
  readonly organizerId: string;
  /** The first and last day of the whole campaign. */
  readonly period: DateRange;
  /** The documents it is based on (依据文件), as cited. */
  readonly basis: readonly string[];
  /** Its phases, in order. */
  readonly phases: readonly Phase[];
  /** The standards it measures organizations and members against. */
  readonly standards: readonly StandardSet[];
  /** Its themed activities. */
  readonly activities: readonly Activity[];
}
