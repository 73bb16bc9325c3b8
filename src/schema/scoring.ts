import * as z from 'zod';
import { MEMBER_TIERS } from '../core/tiers';
import { MEMBER_STATUSES } from '../organization/types';
import { SCORE_ITEM_KINDS } from '../scoring/sheets/types';
import { SATISFACTION_GRADES } from '../evaluation/votes/types';
import type { ScoreBallot } from '../evaluation/policy/types';
import type { GradeBallot } from '../evaluation/votes/types';
import type { ScoreCard, ScoreEntry, ScoreItem, ScoreSheet } from '../scoring/sheets/types';
import { IdSchema, TextSchema, uniqueBy } from './primitives';

/**
 * A {@link ScoreItem} of a score sheet. Whether its points are sensible is `assessMember`'s to
 * report, with the member's card beside it.
 *
 * @example
 * ```ts
 * import { ScoreItemSchema } from 'cxzy/schema';
 * ScoreItemSchema.safeParse({ id: 'teaching', title: '教学工作', kind: 'base', maxPoints: 40 }).success; // true
 * ```
 */
export const ScoreItemSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  standard: IdSchema.exactOptional(),
  kind: z.enum(SCORE_ITEM_KINDS),
  maxPoints: z.number().nonnegative(),
});

/**
 * A {@link ScoreSheet} (目标管理责任书, 党风廉政建设责任书 …); item ids must be unique within it.
 *
 * @example
 * ```ts
 * import { ScoreSheetSchema } from 'cxzy/schema';
 * ScoreSheetSchema.safeParse({ id: 'goals', title: '党员目标管理责任书', items: [] }).success; // true
 * ```
 */
export const ScoreSheetSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  items: uniqueBy(ScoreItemSchema, 'id'),
});

const ScoreEntrySchema = z.strictObject({
  sheetId: IdSchema,
  itemId: IdSchema,
  points: z.number(),
  note: TextSchema.exactOptional(),
});

/**
 * A member's {@link ScoreCard}. Points over an item's maximum, unknown items and duplicate entries
 * pass here and are reported by `assessMember`, which knows the sheets.
 *
 * @example
 * ```ts
 * import { ScoreCardSchema } from 'cxzy/schema';
 * ScoreCardSchema.safeParse({ memberId: 'm1', entries: [{ sheetId: 'goals', itemId: 'teaching', points: 38.5 }] }).success; // true
 * ```
 */
export const ScoreCardSchema = z.strictObject({
  memberId: IdSchema,
  status: z.enum(MEMBER_STATUSES).exactOptional(),
  entries: z.array(ScoreEntrySchema),
  vetoes: z.array(z.strictObject({ vetoId: IdSchema, note: TextSchema.exactOptional() })).exactOptional(),
});

/**
 * A {@link ScoreBallot}: one evaluator's score for one subject in one group. The score's range is
 * the aggregation policy's to check.
 *
 * @example
 * ```ts
 * import { ScoreBallotSchema } from 'cxzy/schema';
 * ScoreBallotSchema.safeParse({ subjectId: 'm06', evaluatorId: 'p1', group: 'peer', score: 92 }).success; // true
 * ```
 */
export const ScoreBallotSchema = z.strictObject({
  subjectId: IdSchema,
  evaluatorId: IdSchema,
  group: IdSchema,
  score: z.number(),
});

/**
 * A {@link GradeBallot}: a tier (优秀 … 不合格) or a satisfaction grade (满意, 基本满意, 不满意).
 *
 * @example
 * ```ts
 * import { GradeBallotSchema } from 'cxzy/schema';
 * GradeBallotSchema.safeParse({ subjectId: 'branch', evaluatorId: 'parent-7', group: 'parents', grade: 'satisfied' }).success; // true
 * ```
 */
export const GradeBallotSchema = z.strictObject({
  subjectId: IdSchema,
  evaluatorId: IdSchema,
  group: IdSchema,
  grade: z.enum([...MEMBER_TIERS, ...SATISFACTION_GRADES]),
});
