import type { LocalizedText } from '../i18n/locale';
import type { IsoDate } from '../schedule/iso-date';
import type { Phase } from '../schedule/types';

/**
 * Who a standard set is written for: an organization (五个好), a member (五带头, 五好党员), a
 * Party-affairs worker (五个强), a teacher standing for 师德标兵 (五个模范), or `other`.
 *
 * @example
 * ```ts
 * import type { StandardSubject } from 'cxzy/campaign';
 * const subject: StandardSubject = 'partyAffairsWorker';
 * ```
 */
export type StandardSubject = 'organization' | 'member' | 'partyAffairsWorker' | 'exemplaryTeacher' | 'other';

/**
 * One criterion of a standard set, such as 领导班子好 or 带头学习提高.
 *
 * @example
 * ```ts
 * import type { Criterion } from 'cxzy/campaign';
 * const criterion: Criterion = {
 *   code: 'learning',
 *   label: { 'zh-CN': '带头学习提高', en: 'Lead in learning' },
 *   description: { 'zh-CN': '树立终身学习的观念……', en: 'Keep learning throughout life …' },
 * };
 * ```
 */
export interface Criterion {
  /** A stable code, unique within its set. */
  readonly code: string;
  /** The criterion's short name. */
  readonly label: LocalizedText;
  /** What the criterion asks, in the source document's words. */
  readonly description: LocalizedText;
}

/**
 * A named set of criteria from a campaign plan: 五个好, 五带头, 五个强 … Users define their own
 * with the same shape.
 *
 * @example
 * ```ts
 * import { FIVE_GOODS, type StandardSet } from 'cxzy/campaign';
 * const set: StandardSet = FIVE_GOODS;
 * set.criteria.length; // 5
 * ```
 */
export interface StandardSet {
  /** A stable code for the set, unique within a catalogue. */
  readonly code: string;
  /** The set's name (五个好). */
  readonly label: LocalizedText;
  /** Who it is written for. */
  readonly subject: StandardSubject;
  /** Where it comes from: the document and year. */
  readonly source: string;
  /** Its criteria, in the source's order. */
  readonly criteria: readonly Criterion[];
}

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
