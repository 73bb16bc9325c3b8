import * as z from 'zod';
import { PHASE_KINDS } from '../schedule/types';
import { STANDARD_SUBJECTS } from '../standards/types';
import type { Activity, Campaign } from '../campaign/types';
import type { DateRange } from '../core/dateRange';
import type { Criterion, StandardSet } from '../standards/types';
import type { Phase, Task } from '../schedule/types';
import { IdSchema, IsoDateSchema, LocalizedTextSchema, TextSchema, uniqueBy } from './primitives';

/**
 * A {@link DateRange}: two calendar dates. Whether `end` comes after `start` is a schedule question,
 * reported by the schedule checks with the rest of the plan's dates, not here.
 *
 * @example
 * ```ts
 * import { DateRangeSchema } from 'cxzy/schema';
 * DateRangeSchema.safeParse({ start: '2010-07-01', end: '2011-03-31' }).success; // true
 * ```
 */
export const DateRangeSchema = z.strictObject({
  start: IsoDateSchema,
  end: IsoDateSchema,
});

/**
 * A {@link Criterion} of a standard set.
 *
 * @example
 * ```ts
 * import { CriterionSchema } from 'cxzy/schema';
 * CriterionSchema.safeParse({
 *   code: 'learning',
 *   label: { 'zh-CN': '带头学习提高', en: 'Lead in learning' },
 *   description: { 'zh-CN': '……', en: '…' },
 * }).success; // true
 * ```
 */
export const CriterionSchema = z.strictObject({
  code: IdSchema,
  label: LocalizedTextSchema,
  description: LocalizedTextSchema,
});

/**
 * A {@link StandardSet}; criterion codes must be unique within it.
 *
 * @example
 * ```ts
 * import { FIVE_GOODS } from 'cxzy/campaign';
 * import { StandardSetSchema } from 'cxzy/schema';
 * StandardSetSchema.safeParse(FIVE_GOODS).success; // true
 * ```
 */
export const StandardSetSchema = z.strictObject({
  code: IdSchema,
  label: LocalizedTextSchema,
  subject: z.enum(STANDARD_SUBJECTS),
  source: TextSchema,
  criteria: uniqueBy(CriterionSchema, 'code'),
});

/**
 * A {@link Task}.
 *
 * @example
 * ```ts
 * import { TaskSchema } from 'cxzy/schema';
 * TaskSchema.safeParse({ id: 't1', title: '召开动员大会', due: '2010-06-04' }).success; // true
 * ```
 */
export const TaskSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  due: IsoDateSchema.exactOptional(),
  done: IsoDateSchema.exactOptional(),
  ownerId: IdSchema.exactOptional(),
});

/**
 * A {@link Phase}; its task ids must be unique within it.
 *
 * @example
 * ```ts
 * import { PhaseSchema } from 'cxzy/schema';
 * PhaseSchema.safeParse({
 *   id: 'p1', kind: 'mobilization', title: '广泛发动,安排部署',
 *   start: '2010-06-01', end: '2010-07-05', tasks: [],
 * }).success; // true
 * ```
 */
export const PhaseSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(PHASE_KINDS),
  title: TextSchema,
  start: IsoDateSchema,
  end: IsoDateSchema,
  tasks: uniqueBy(TaskSchema, 'id'),
});

/**
 * An {@link Activity}.
 *
 * @example
 * ```ts
 * import { ActivitySchema } from 'cxzy/schema';
 * ActivitySchema.safeParse({ id: 'a1', title: '树正气做好事' }).success; // true
 * ```
 */
export const ActivitySchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  description: TextSchema.exactOptional(),
  ownerId: IdSchema.exactOptional(),
  period: DateRangeSchema.exactOptional(),
});

/**
 * A {@link Campaign}: phase and activity ids and standard-set codes must each be unique.
 *
 * @example
 * ```ts
 * import { CampaignSchema } from 'cxzy/schema';
 * CampaignSchema.safeParse({
 *   id: 'c', title: '实施方案', theme: '创先争优', organizerId: 'b',
 *   period: { start: '2010-06-01', end: '2012-06-30' },
 *   basis: [], phases: [], standards: [], activities: [],
 * }).success; // true
 * ```
 */
export const CampaignSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  theme: TextSchema,
  organizerId: IdSchema,
  period: DateRangeSchema,
  basis: z.array(TextSchema),
  phases: uniqueBy(PhaseSchema, 'id'),
  standards: uniqueBy(StandardSetSchema, 'code'),
  activities: uniqueBy(ActivitySchema, 'id'),
});
