import type { IsoDate } from '../core/isoDate';

/**
 * The three levels, from the top: the order tallies and checks use.
 *
 * @example
 * ```ts
 * import { COMMITMENT_LEVELS } from 'cxzy/commitment';
 * COMMITMENT_LEVELS; // ['branch', 'group', 'member']
 * ```
 */
export const COMMITMENT_LEVELS = ['branch', 'group', 'member'] as const;

/**
 * The three levels of 三级双向承诺: the 党支部 (branch), each 功能党小组 (functional group), each
 * 党员 (member).
 *
 * @example
 * ```ts
 * import type { CommitmentLevel } from 'cxzy/commitment';
 * const level: CommitmentLevel = 'group'; // 功能党小组承诺
 * ```
 */
export type CommitmentLevel = (typeof COMMITMENT_LEVELS)[number];

/**
 * Every {@link CommitmentAudience}, in the order the documents list them: the one list the type, the labels
 * and the schemas are made from.
 *
 * @example
 * ```ts
 * import { COMMITMENT_AUDIENCES } from 'cxzy/commitment';
 * COMMITMENT_AUDIENCES[0]; // 'members'
 * ```
 */
export const COMMITMENT_AUDIENCES = ['members', 'masses', 'superiorCommittee', 'teachersStudents', 'branch', 'group'] as const;

/**
 * Whom a commitment is made to. Seed 001: the branch commits to 党员群众 and the superior committee
 * (教体局党委); a functional group to 党员, 师生 and the 党支部; a member to the 党小组 and 群众.
 *
 * @example
 * ```ts
 * import type { CommitmentAudience } from 'cxzy/commitment';
 * const audiences: readonly CommitmentAudience[] = ['members', 'masses', 'superiorCommittee'];
 * ```
 */
export type CommitmentAudience = (typeof COMMITMENT_AUDIENCES)[number];

/**
 * Every {@link CommitmentItemStatus}, in the order the documents list them: the one list the type, the labels
 * and the schemas are made from.
 *
 * @example
 * ```ts
 * import { COMMITMENT_ITEM_STATUSES } from 'cxzy/commitment';
 * COMMITMENT_ITEM_STATUSES[0]; // 'pending'
 * ```
 */
export const COMMITMENT_ITEM_STATUSES = ['pending', 'inProgress', 'fulfilled'] as const;

/**
 * Where an item stands: not started, under way, or fulfilled (践诺).
 *
 * @example
 * ```ts
 * import type { CommitmentItemStatus } from 'cxzy/commitment';
 * const status: CommitmentItemStatus = 'inProgress';
 * ```
 */
export type CommitmentItemStatus = (typeof COMMITMENT_ITEM_STATUSES)[number];

/**
 * One promised matter (承诺事项) with its deadline (办结时限). A group item names the branch item
 * it breaks down (`decomposedFrom`) or is marked the group's own (`own`); a member item may name
 * the group item it takes up.
 *
 * @example
 * ```ts
 * import { isoDate } from 'cxzy/schedule';
 * import type { CommitmentItem } from 'cxzy/commitment';
 * const item: CommitmentItem = {
 *   id: 'teaching-1',
 *   title: '每位党员教师上一节示范课',
 *   due: isoDate('2011-01-15'),
 *   status: 'fulfilled',
 *   fulfilledOn: isoDate('2010-12-20'),
 *   evidence: ['示范课听课记录'],
 *   decomposedFrom: 'branch-1',
 * };
 * ```
 */
export interface CommitmentItem {
  /** A stable, non-empty identifier, unique across all the commitments checked together. */
  readonly id: string;
  /** The matter as the written commitment words it. */
  readonly title: string;
  /** The last day it may be fulfilled on (办结时限), included. */
  readonly due: IsoDate;
  /** Where it stands. */
  readonly status: CommitmentItemStatus;
  /** The day it was fulfilled; expected when `status` is `'fulfilled'`. */
  readonly fulfilledOn?: IsoDate;
  /** What shows it was fulfilled (records, minutes, photos), as references. */
  readonly evidence?: readonly string[];
  /** The id of the item one level up that this item breaks down (分解、细化). */
  readonly decomposedFrom?: string;
  /** `true` for an item the group or member adds on its own initiative, traced to no item above. */
  readonly own?: boolean;
}

/**
 * A written commitment (书面承诺) of one maker at one level, to its audiences.
 *
 * `makerId` is the branch's organization id, the functional group's id, or the member's id,
 * according to `level`.
 *
 * @example
 * ```ts
 * import { isoDate } from 'cxzy/schedule';
 * import type { Commitment } from 'cxzy/commitment';
 * const branch: Commitment = {
 *   id: 'branch-2010',
 *   level: 'branch',
 *   makerId: 'vocational-branch',
 *   audiences: ['members', 'masses', 'superiorCommittee'],
 *   items: [{ id: 'branch-1', title: '提高教育教学质量', due: isoDate('2011-06-30'), status: 'pending' }],
 * };
 * ```
 */
export interface Commitment {
  /** A stable, non-empty identifier. */
  readonly id: string;
  /** Which of the three levels makes it. */
  readonly level: CommitmentLevel;
  /** Who makes it: an organization, functional group or member id, according to `level`. */
  readonly makerId: string;
  /** Whom it is made to. */
  readonly audiences: readonly CommitmentAudience[];
  /** The promised matters. */
  readonly items: readonly CommitmentItem[];
}
