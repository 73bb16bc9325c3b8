import type { IsoDate } from '../core/isoDate';
import type { MemberTier } from '../core/tiers';

/**
 * Every {@link RectificationSource}, in the order the documents list them: the one list the type, the labels
 * and the schemas are made from.
 *
 * @example
 * ```ts
 * import { RECTIFICATION_SOURCES } from 'cxzy/rectification';
 * RECTIFICATION_SOURCES[0]; // 'massOpinion'
 * ```
 */
export const RECTIFICATION_SOURCES = ['massOpinion', 'evaluation', 'inspection', 'selfExamination', 'assessment', 'other'] as const;

/**
 * Where a problem to rectify came from: 群众意见 (the masses' opinions, surveys, the suggestion
 * box), 评议 (a 民主评议 or 党员互评), 督查 (an inspection or 领导点评), 自查 (the branch's own
 * review), 考核 (an assessment, such as a member found 不合格), or something else.
 *
 * @example
 * ```ts
 * import type { RectificationSource } from 'cxzy/rectification';
 * const source: RectificationSource = 'massOpinion'; // 群众意见
 * ```
 */
export type RectificationSource = (typeof RECTIFICATION_SOURCES)[number];

/**
 * Every {@link RectificationItemStatus}, in the order the documents list them: the one list the type, the labels
 * and the schemas are made from.
 *
 * @example
 * ```ts
 * import { RECTIFICATION_ITEM_STATUSES } from 'cxzy/rectification';
 * RECTIFICATION_ITEM_STATUSES[0]; // 'open'
 * ```
 */
export const RECTIFICATION_ITEM_STATUSES = ['open', 'inProgress', 'completed'] as const;

/**
 * Where a rectification item stands: not started, under way, or completed (整改到位).
 *
 * @example
 * ```ts
 * import type { RectificationItemStatus } from 'cxzy/rectification';
 * const status: RectificationItemStatus = 'inProgress';
 * ```
 */
export type RectificationItemStatus = (typeof RECTIFICATION_ITEM_STATUSES)[number];

/**
 * The check of a completed item (验收): who checked it, when, and whether it passed.
 *
 * @example
 * ```ts
 * import { isoDate } from 'cxzy/schedule';
 * import type { Verification } from 'cxzy/rectification';
 * const verification: Verification = { on: isoDate('2011-05-20'), verifierId: 'm01', passed: true };
 * ```
 */
export interface Verification {
  /** The day it was checked. */
  readonly on: IsoDate;
  /** Who checked it: a member or an organization. */
  readonly verifierId: string;
  /** Whether the rectification was found complete (整改到位). */
  readonly passed: boolean;
  /** What the check found. */
  readonly note?: string;
}

/**
 * One 整改 item, as seed 000 asks: "要提出整改目标和时限要求,落实具体责任…整改过程向群众公示,整改
 * 结果向群众公开" — the problem, its measure, target, deadline and the person responsible, and
 * whether its process and result were disclosed to the masses.
 *
 * @example
 * ```ts
 * import { isoDate } from 'cxzy/schedule';
 * import type { RectificationItem } from 'cxzy/rectification';
 * const item: RectificationItem = {
 *   id: 'r1',
 *   problem: '家长反映作业负担过重',
 *   source: 'massOpinion',
 *   measure: '各教研组统筹作业总量,每周公示',
 *   target: '初中生书面作业每天不超过一个半小时',
 *   due: isoDate('2011-05-31'),
 *   ownerId: 'm02',
 *   status: 'completed',
 *   processDisclosed: true,
 *   resultDisclosed: true,
 *   completedOn: isoDate('2011-05-10'),
 * };
 * ```
 */
export interface RectificationItem {
  /** A stable, non-empty identifier. */
  readonly id: string;
  /** The problem, as the masses or the review put it. */
  readonly problem: string;
  /** Where the problem came from. */
  readonly source: RectificationSource;
  /** What will be done (整改措施). */
  readonly measure: string;
  /** What counts as rectified (整改目标). */
  readonly target: string;
  /** The deadline (时限要求), included. */
  readonly due: IsoDate;
  /** The member or organization responsible (落实具体责任). */
  readonly ownerId: string;
  /** Where it stands. */
  readonly status: RectificationItemStatus;
  /** Whether the process was shown to the masses (整改过程向群众公示). */
  readonly processDisclosed: boolean;
  /** Whether the result was made public (整改结果向群众公开). */
  readonly resultDisclosed: boolean;
  /** The day it was completed; expected when `status` is `'completed'`. */
  readonly completedOn?: IsoDate;
  /** The check of the completed item, once made. */
  readonly verification?: Verification;
}

/**
 * An assessment result, as far as 限期改正 needs it: whose, and which tier.
 *
 * @example
 * ```ts
 * import type { TierResult } from 'cxzy/rectification';
 * const result: TierResult = { memberId: 'm11', tier: 'unqualified' };
 * ```
 */
export interface TierResult {
  /** The member assessed. */
  readonly memberId: string;
  /** The tier decided. */
  readonly tier: MemberTier;
}

/**
 * How long 限期改正 lasts, in months: the usual period and the longest allowed.
 *
 * @example
 * ```ts
 * import type { CorrectionPeriodRule } from 'cxzy/rectification';
 * const rule: CorrectionPeriodRule = { months: 6, maxMonths: 12 };
 * ```
 */
export interface CorrectionPeriodRule {
  /** The period given when none is asked for. */
  readonly months: number;
  /** The longest period allowed. */
  readonly maxMonths: number;
}
