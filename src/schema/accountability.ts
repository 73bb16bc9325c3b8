import * as z from 'zod';
import { AWARD_TITLES } from '../commendation/types';
import { COMMITMENT_AUDIENCES, COMMITMENT_ITEM_STATUSES, COMMITMENT_LEVELS } from '../commitment/types';
import { MEMBER_TIERS } from '../core/tiers';
import { MEMBER_STATUSES } from '../organization/types';
import { RECTIFICATION_ITEM_STATUSES, RECTIFICATION_SOURCES } from '../rectification/types';
import type { Candidate } from '../commendation/types';
import type { Commitment, CommitmentItem } from '../commitment/types';
import type { RectificationItem } from '../rectification/types';
import { IdSchema, IsoDateSchema, TextSchema, uniqueBy } from './primitives';

const CommitmentItemSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  due: IsoDateSchema,
  status: z.enum(COMMITMENT_ITEM_STATUSES),
  fulfilledOn: IsoDateSchema.exactOptional(),
  evidence: z.array(TextSchema).exactOptional(),
  decomposedFrom: IdSchema.exactOptional(),
  own: z.boolean().exactOptional(),
});

/**
 * A {@link Commitment} of 三级双向承诺; item ids must be unique within it. How the levels decompose
 * is `checkDecomposition`'s to report, in `cxzy/commitment`.
 *
 * @example
 * ```ts
 * import { CommitmentSchema } from 'cxzy/schema';
 * CommitmentSchema.safeParse({
 *   id: 'm06-2010', level: 'member', makerId: 'm06', audiences: ['group', 'masses'],
 *   items: [{ id: 'a', title: '上一节示范课', due: '2010-12-31', status: 'pending' }],
 * }).success; // true
 * ```
 */
export const CommitmentSchema = z.strictObject({
  id: IdSchema,
  level: z.enum(COMMITMENT_LEVELS),
  makerId: IdSchema,
  audiences: z.array(z.enum(COMMITMENT_AUDIENCES)),
  items: uniqueBy(CommitmentItemSchema, 'id'),
});

/**
 * A {@link Candidate} for a title (评选表彰): the two scores are checked to be numbers (or `null`
 * for a figure the candidate does not have) here and to have at most two decimals by
 * `selectCandidates`.
 *
 * @example
 * ```ts
 * import { CandidateSchema } from 'cxzy/schema';
 * CandidateSchema.safeParse({ id: 'm06', title: 'excellentMember', tier: 'excellent', performance: 92, recognition: 94 }).success; // true
 * ```
 */
export const CandidateSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema.exactOptional(),
  title: z.enum(AWARD_TITLES),
  tier: z.enum(MEMBER_TIERS).exactOptional(),
  status: z.enum(MEMBER_STATUSES).exactOptional(),
  performance: z.number().nullable(),
  recognition: z.number().nullable(),
  openRectificationIds: z.array(IdSchema).exactOptional(),
});

/**
 * A {@link RectificationItem} (整改): problem, measure, target, deadline, owner, and whether its
 * process and result were made public (整改过程向群众公示,整改结果向群众公开).
 *
 * @example
 * ```ts
 * import { RectificationItemSchema } from 'cxzy/schema';
 * RectificationItemSchema.safeParse({
 *   id: 'r1', problem: '作业负担过重', source: 'massOpinion', measure: '统筹作业', target: '每周不超过两项',
 *   due: '2011-05-31', ownerId: 'm02', status: 'open', processDisclosed: false, resultDisclosed: false,
 * }).success; // true
 * ```
 */
export const RectificationItemSchema = z.strictObject({
  id: IdSchema,
  problem: TextSchema,
  source: z.enum(RECTIFICATION_SOURCES),
  measure: TextSchema,
  target: TextSchema,
  due: IsoDateSchema,
  ownerId: IdSchema,
  status: z.enum(RECTIFICATION_ITEM_STATUSES),
  processDisclosed: z.boolean(),
  resultDisclosed: z.boolean(),
  completedOn: IsoDateSchema.exactOptional(),
  verification: z
    .strictObject({ on: IsoDateSchema, verifierId: IdSchema, passed: z.boolean(), note: TextSchema.exactOptional() })
    .exactOptional(),
});
