import type { LocalizedText } from '../../core/locale';
import type { MemberTier } from '../../core/tiers';

const SEED_2015 = '同民镇中学《创新学校党建工作方式,打造党建工作亮点》(2015)';
const REVIEW_GUIDANCE = '民主评议党员(共产党员网“党支部工作”):评定等次与结果运用';
const PARTY_CONSTITUTION = '《中国共产党章程》第九条';
const EDUCATION_REGULATIONS = '《中国共产党党员教育管理工作条例》(2019)';

/**
 * What each tier leads to. From the 2015 seed: 优秀 — "推荐为本年度优秀党员,支部给予表彰奖励";
 * 不合格 — "支部作为重点教育对象,并书面上报镇党委依照相关规定进行处理". From the guidance on
 * 民主评议党员: praise for 优秀, encouragement for 合格, gaps pointed out for 基本合格. And the
 * current disposal of an unqualified member, in order: 限期改正 (usually six months, at most a
 * year); 劝其退党 when education brings no change; 除名 when the member will not withdraw
 * (党章第九条: decided by the branch's general meeting and approved by the superior organization).
 *
 * @example
 * ```ts
 * import { TIER_CONSEQUENCES } from 'cxzy/scoring';
 * TIER_CONSEQUENCES.unqualified.map((consequence) => consequence.code);
 * // ['keyEducationSubject', 'reportToSuperior', 'rectifyWithinDeadline', 'persuadeToWithdraw', 'removeFromParty']
 * TIER_CONSEQUENCES.unqualified[2]?.months; // { usual: 6, max: 12 }
 * ```
 */
export const TIER_CONSEQUENCES = {
  excellent: [
    {
      code: 'recommendAndCommend',
      label: { 'zh-CN': '推荐为本年度优秀党员,支部给予表彰奖励', en: "Recommended as the year's outstanding member and commended by the branch" },
      source: SEED_2015,
    },
    {
      code: 'publicPraise',
      label: { 'zh-CN': '通报表扬和褒奖', en: 'Praised in a circular and rewarded' },
      source: REVIEW_GUIDANCE,
    },
  ],
  qualified: [
    {
      code: 'affirmAndEncourage',
      label: { 'zh-CN': '予以肯定鼓励,提出希望和要求', en: 'Affirmed and encouraged, with hopes and requirements' },
      source: REVIEW_GUIDANCE,
    },
  ],
  basicallyQualified: [
    {
      code: 'pointOutGaps',
      label: { 'zh-CN': '指出差距,帮助改进提高', en: 'Told where they fall short and helped to improve' },
      source: REVIEW_GUIDANCE,
    },
  ],
  unqualified: [
    {
      code: 'keyEducationSubject',
      label: { 'zh-CN': '支部作为重点教育对象', en: 'The branch makes the member a key subject of education' },
      source: SEED_2015,
    },
    {
      code: 'reportToSuperior',
      label: { 'zh-CN': '书面上报上级党委依照相关规定进行处理', en: 'Reported in writing to the superior committee, to be dealt with under the rules' },
      source: SEED_2015,
    },
    {
      code: 'rectifyWithinDeadline',
      label: { 'zh-CN': '限期改正', en: 'Ordered to correct within a time limit' },
      months: { usual: 6, max: 12 },
      source: `${EDUCATION_REGULATIONS};${PARTY_CONSTITUTION}`,
    },
    {
      code: 'persuadeToWithdraw',
      label: { 'zh-CN': '劝其退党', en: 'Persuaded to withdraw from the Party' },
      condition: { 'zh-CN': '经教育仍无转变、限期改正期满仍无明显改进的', en: 'When education changes nothing and the time limit passes without clear improvement' },
      source: `${PARTY_CONSTITUTION};${EDUCATION_REGULATIONS}`,
    },
    {
      code: 'removeFromParty',
      label: { 'zh-CN': '除名', en: 'Removed from the Party' },
      condition: {
        'zh-CN': '劝而不退的,经支部党员大会讨论决定,报上级党组织批准',
        en: "When persuaded but refusing to withdraw; decided by the branch's general meeting and approved by the superior organization",
      },
      source: PARTY_CONSTITUTION,
    },
  ],
} as const satisfies Record<MemberTier, readonly TierConsequence[]>;

/**
 * One thing a tier leads to: what, on what condition, within what time, and by which document.
 *
 * @example
 * ```ts
 * import type { TierConsequence } from 'cxzy/scoring';
 * const consequence: TierConsequence = {
 *   code: 'keyEducationSubject',
 *   label: { 'zh-CN': '支部作为重点教育对象', en: 'The branch makes the member a key subject of education' },
 *   source: '同民镇中学(2015)',
 * };
 * ```
 */
export interface TierConsequence {
  /** A stable code. */
  readonly code: string;
  /** What happens. */
  readonly label: LocalizedText;
  /** When it applies, if not always. */
  readonly condition?: LocalizedText;
  /** The usual and the longest time allowed, in months. */
  readonly months?: { readonly usual: number; readonly max: number };
  /** The document that says so. */
  readonly source: string;
}
