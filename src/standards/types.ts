import type { LocalizedText } from '../core/locale';

/**
 * Every {@link StandardSubject}, in the order the documents list them: the one list the type, the labels
 * and the schemas are made from.
 *
 * @example
 * ```ts
 * import { STANDARD_SUBJECTS } from 'cxzy/campaign';
 * STANDARD_SUBJECTS[0]; // 'organization'
 * ```
 */
export const STANDARD_SUBJECTS = ['organization', 'member', 'partyAffairsWorker', 'exemplaryTeacher', 'other'] as const;

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
export type StandardSubject = (typeof STANDARD_SUBJECTS)[number];

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
