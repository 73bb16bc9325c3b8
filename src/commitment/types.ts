import type { IsoDate } from '../core/isoDate';
import type { Issue } from '../core/issue';
import type { CommitmentIssueCode } from './messages';

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
export type CommitmentLevel = 'branch' | 'group' | 'member';

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
export type CommitmentAudience =
  | 'members'
  | 'masses'
  | 'superiorCommittee'
  | 'teachersStudents'
  | 'branch'
  | 'group';

/**
 * Where an item stands: not started, under way, or fulfilled (践诺).
 *
 * @example
 * ```ts
 * import type { CommitmentItemStatus } from 'cxzy/commitment';
 * const status: CommitmentItemStatus = 'inProgress';
 * ```
 */
export type CommitmentItemStatus = 'pending' | 'inProgress' | 'fulfilled';

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

/**
 * An exact rate of two counts, such as 践诺率: `value` is `numerator / denominator`, or `null` when
 * there is nothing to count (a rate of nothing is not 0 %).
 *
 * @example
 * ```ts
 * import type { FulfilmentRate } from 'cxzy/commitment';
 * const rate: FulfilmentRate = { numerator: 3, denominator: 4, value: 0.75 };
 * ```
 */
export interface FulfilmentRate {
  /** Items fulfilled. */
  readonly numerator: number;
  /** Items settled: fulfilled, or past their deadline. */
  readonly denominator: number;
  /** The rate in [0, 1], or `null` when `denominator` is 0. For display: decide on the counts. */
  readonly value: number | null;
}

/**
 * The counts behind a 践诺率, for a level, a maker or the whole set, as of a date.
 *
 * @example
 * ```ts
 * import type { FulfilmentTally } from 'cxzy/commitment';
 * const tally: FulfilmentTally = {
 *   items: 5, fulfilled: 3, fulfilledLate: 1, overdue: 1, notYetDue: 1,
 *   rate: { numerator: 3, denominator: 4, value: 0.75 },
 * };
 * ```
 */
export interface FulfilmentTally {
  /** Every item counted. */
  readonly items: number;
  /** Items fulfilled on or before the date of the tally. */
  readonly fulfilled: number;
  /** Of `fulfilled`, those fulfilled after their deadline. */
  readonly fulfilledLate: number;
  /** Items not fulfilled whose deadline has passed. */
  readonly overdue: number;
  /** Items not fulfilled whose deadline has not passed: they count neither for nor against. */
  readonly notYetDue: number;
  /** 践诺率: `fulfilled / (fulfilled + overdue)`. */
  readonly rate: FulfilmentRate;
}

/**
 * The tally of one maker: a branch, a group or a member.
 *
 * @example
 * ```ts
 * import type { MakerFulfilment } from 'cxzy/commitment';
 * const maker: MakerFulfilment = {
 *   level: 'member', makerId: 'm06',
 *   tally: { items: 1, fulfilled: 1, fulfilledLate: 0, overdue: 0, notYetDue: 0, rate: { numerator: 1, denominator: 1, value: 1 } },
 * };
 * ```
 */
export interface MakerFulfilment {
  /** The maker's level. */
  readonly level: CommitmentLevel;
  /** The maker's id. */
  readonly makerId: string;
  /** The maker's counts over all its commitments. */
  readonly tally: FulfilmentTally;
}

/**
 * An item located in its commitment, with how late it is or was.
 *
 * @example
 * ```ts
 * import { isoDate } from 'cxzy/schedule';
 * import type { LateItem } from 'cxzy/commitment';
 * const late: LateItem = {
 *   commitmentId: 'm06-2010', itemId: 'm06-1', level: 'member', makerId: 'm06', title: '结对帮扶两名学困生',
 *   due: isoDate('2010-12-31'), daysLate: 5,
 * };
 * ```
 */
export interface LateItem {
  /** The commitment that holds the item. */
  readonly commitmentId: string;
  /** The item's id. */
  readonly itemId: string;
  /** The level of the commitment. */
  readonly level: CommitmentLevel;
  /** Who made the commitment. */
  readonly makerId: string;
  /** The item's title. */
  readonly title: string;
  /** Its deadline. */
  readonly due: IsoDate;
  /** The day it was fulfilled, for an item fulfilled late; absent for an overdue item. */
  readonly fulfilledOn?: IsoDate;
  /** Days past the deadline: to the date of the tally if overdue, to `fulfilledOn` if fulfilled late. */
  readonly daysLate: number;
}

/**
 * What {@link fulfilment} returns: 践诺 as of a date, overall, by level and by maker, with the
 * items overdue and those fulfilled late.
 *
 * @example
 * ```ts
 * import { fulfilment, type Fulfilment } from 'cxzy/commitment';
 * import { isoDate } from 'cxzy/schedule';
 * const result: Fulfilment = fulfilment([], isoDate('2011-06-30'));
 * result.overall.rate.value; // null
 * ```
 */
export interface Fulfilment {
  /** The date the tally is taken on. */
  readonly asOf: IsoDate;
  /** Every item of every commitment. */
  readonly overall: FulfilmentTally;
  /** Items of the branch, group and member commitments. */
  readonly byLevel: Readonly<Record<CommitmentLevel, FulfilmentTally>>;
  /** One tally per maker, ordered by level (branch, group, member), then maker id. */
  readonly byMaker: readonly MakerFulfilment[];
  /** Items not fulfilled past their deadline, most overdue first. */
  readonly overdue: readonly LateItem[];
  /** Items fulfilled after their deadline, latest first. */
  readonly fulfilledLate: readonly LateItem[];
  /** Inconsistent items: fulfilled without a date, or a date on an item not fulfilled. */
  readonly issues: readonly Issue<CommitmentIssueCode>[];
}
