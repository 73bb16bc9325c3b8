import type { CommendationRule } from './types';

/**
 * A default 评选表彰 rule. The seeds name the titles and the principle — "注重工作实绩和社会公认度" —
 * but give no weights or quotas, so the defaults are stated choices to copy and change:
 *
 * - 工作实绩 and 社会公认度 weigh the same (50 % each): the seeds name both and rank neither.
 * - 优秀共产党员 requires the tier 优秀 (the 2015 seed: "得分在100分以上者,推荐为本年度优秀党员");
 *   师德标兵 and 优秀党务工作者 require at least 合格; 先进基层党组织 has no member tier.
 * - 预备党员 do not stand for 优秀共产党员 or 优秀党务工作者, and may stand for 师德标兵 (a teacher's
 *   title); nobody with a rectification item still open stands for anything.
 * - Quotas of 2, 1, 1 and 1 suit a branch of about a dozen members, like the example campaign; set
 *   your superior committee's numbers.
 * - One title per person in one selection, awarded in the order listed; ties go to 工作实绩 first.
 *
 * @example
 * ```ts
 * import { DEFAULT_COMMENDATION_RULE } from 'cxzy/commendation';
 * DEFAULT_COMMENDATION_RULE.titles.map((title) => title.quota); // [2, 1, 1, 1]
 * DEFAULT_COMMENDATION_RULE.tieBreak; // ['performance', 'recognition']
 * ```
 */
export const DEFAULT_COMMENDATION_RULE = {
  titles: [
    {
      title: 'excellentMember',
      quota: 2,
      minimumTier: 'excellent',
      probationary: 'ineligible',
      openRectification: 'ineligible',
      weights: { performance: 50, recognition: 50 },
    },
    {
      title: 'exemplaryTeacher',
      quota: 1,
      minimumTier: 'qualified',
      probationary: 'eligible',
      openRectification: 'ineligible',
      weights: { performance: 50, recognition: 50 },
    },
    {
      title: 'excellentPartyWorker',
      quota: 1,
      minimumTier: 'qualified',
      probationary: 'ineligible',
      openRectification: 'ineligible',
      weights: { performance: 50, recognition: 50 },
    },
    {
      title: 'advancedOrganization',
      quota: 1,
      probationary: 'eligible',
      openRectification: 'ineligible',
      weights: { performance: 50, recognition: 50 },
    },
  ],
  onePerPerson: true,
  tieBreak: ['performance', 'recognition'],
} as const satisfies CommendationRule;
