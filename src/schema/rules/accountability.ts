import * as z from 'zod';
import { AWARD_TITLES } from '../../commendation/types';
import { LOCALES } from '../../core/locale';
import { MEMBER_TIERS } from '../../core/tiers';
import { IdSchema } from '../primitives';
import { ADMISSIONS, TIE_BREAK_KEYS, whole } from './_fields';
import { DeadlinesOptionsSchema } from './schedule';

const PERCENT = 100;

/**
 * A `TitleRule` of 评选表彰: the title, its quota, who may stand, and the weights of 工作实绩 and
 * 社会公认度 as whole percentages. That the two weights come to 100 is `selectCandidates`' to report.
 *
 * @example
 * ```ts
 * import { TitleRuleSchema } from 'cxzy/schema';
 * TitleRuleSchema.safeParse({
 *   title: 'excellentMember', quota: 2, minimumTier: 'excellent',
 *   probationary: 'ineligible', openRectification: 'ineligible',
 *   weights: { performance: 50, recognition: 50 },
 * }).success; // true
 * ```
 */
export const TitleRuleSchema = z.strictObject({
  title: z.enum(AWARD_TITLES),
  quota: whole(0),
  minimumTier: z.enum(MEMBER_TIERS).exactOptional(),
  probationary: z.enum(ADMISSIONS),
  openRectification: z.enum(ADMISSIONS),
  weights: z.strictObject({ performance: whole(0, PERCENT), recognition: whole(0, PERCENT) }),
});

/**
 * A `CommendationRule`: the titles in the order they are awarded, one title per person or not, and
 * the tie-break.
 *
 * @example
 * ```ts
 * import { DEFAULT_COMMENDATION_RULE } from 'cxzy/commendation';
 * import { CommendationRuleSchema } from 'cxzy/schema';
 * CommendationRuleSchema.safeParse(DEFAULT_COMMENDATION_RULE).success; // true
 * ```
 */
export const CommendationRuleSchema = z.strictObject({
  titles: z.array(TitleRuleSchema),
  onePerPerson: z.boolean(),
  tieBreak: z.array(z.enum(TIE_BREAK_KEYS)),
});

/**
 * A `CorrectionPeriodRule` of 限期改正: the usual period and the longest, in whole months. That the
 * usual one is not the longer is `rectifyUnqualified`'s to report.
 *
 * @example
 * ```ts
 * import { LIMITED_CORRECTION_PERIOD } from 'cxzy/rectification';
 * import { CorrectionPeriodRuleSchema } from 'cxzy/schema';
 * CorrectionPeriodRuleSchema.safeParse(LIMITED_CORRECTION_PERIOD).success; // true
 * ```
 */
export const CorrectionPeriodRuleSchema = z.strictObject({
  months: whole(1),
  maxMonths: whole(1),
});

/**
 * The options of `rectifyUnqualified` (`RectifyUnqualifiedOptions`).
 *
 * @example
 * ```ts
 * import { RectifyUnqualifiedOptionsSchema } from 'cxzy/schema';
 * RectifyUnqualifiedOptionsSchema.safeParse({ months: 12, id: 'correction-m11', locale: 'en' }).success; // true
 * RectifyUnqualifiedOptionsSchema.safeParse({ locale: 'fr' }).success; // false
 * ```
 */
export const RectifyUnqualifiedOptionsSchema = z.strictObject({
  months: whole(1).exactOptional(),
  rule: CorrectionPeriodRuleSchema.exactOptional(),
  id: IdSchema.exactOptional(),
  locale: z.enum(LOCALES).exactOptional(),
});

/**
 * The options of `summarizeCampaign` (`SummarizeCampaignOptions`).
 *
 * @example
 * ```ts
 * import { SummarizeCampaignOptionsSchema } from 'cxzy/schema';
 * SummarizeCampaignOptionsSchema.safeParse({ deadlines: { withinDays: 30 } }).success; // true
 * ```
 */
export const SummarizeCampaignOptionsSchema = z.strictObject({
  deadlines: DeadlinesOptionsSchema.exactOptional(),
});
