import type { MessageCatalog } from '../core/message';

/**
 * Message templates of the issues `cxzy/commendation` reports, keyed by issue code.
 *
 * @example
 * ```ts
 * import { COMMENDATION_MESSAGES } from 'cxzy/commendation';
 * COMMENDATION_MESSAGES['commendation.invalidQuota'].en; // 'The quota of {titleEn} must be a whole number, 0 or more; it is {quota}'
 * ```
 */
export const COMMENDATION_MESSAGES = {
  'commendation.invalidQuota': {
    'zh-CN': '{title}的名额应为不小于 0 的整数,现为 {quota}',
    en: 'The quota of {titleEn} must be a whole number, 0 or more; it is {quota}',
  },
  'commendation.invalidWeights': {
    'zh-CN': '{title}的权重应为合计 100 的非负整数百分比,现为工作实绩 {performance}、社会公认度 {recognition}',
    en: 'The weights of {titleEn} must be whole percentages, 0 or more, summing to 100; they are {performance} and {recognition}',
  },
  'commendation.duplicateTitle': {
    'zh-CN': '评选规则两次列出{title},首次在第 {firstIndex} 项;以首次为准',
    en: 'The rule lists {titleEn} twice, first at index {firstIndex}; the first is used',
  },
  'commendation.titleNotInRule': {
    'zh-CN': '“{id}”申报的{title}不在评选规则中',
    en: '"{id}" is nominated for {titleEn}, which the rule does not award',
  },
  'commendation.duplicateNomination': {
    'zh-CN': '“{id}”重复申报{title},首次在第 {firstIndex} 项;以首次为准',
    en: '"{id}" is nominated for {titleEn} twice, first at index {firstIndex}; the first is used',
  },
  'commendation.invalidScore': {
    'zh-CN': '“{id}”的{field}分数 {value} 不是最多两位小数的有限数',
    en: 'The score for {fieldEn} of "{id}" ({value}) is not a finite number with at most two decimals',
  },
} as const satisfies MessageCatalog;

/**
 * The codes of every issue `cxzy/commendation` reports.
 *
 * @example
 * ```ts
 * import type { CommendationIssueCode } from 'cxzy/commendation';
 * const code: CommendationIssueCode = 'commendation.invalidWeights';
 * ```
 */
export type CommendationIssueCode = keyof typeof COMMENDATION_MESSAGES;

/**
 * Sentences for each reason a verdict can give, keyed by reason code, for 公示 of the list.
 *
 * @example
 * ```ts
 * import { SELECTION_REASON_MESSAGES } from 'cxzy/commendation';
 * SELECTION_REASON_MESSAGES.withinQuota['zh-CN']; // '综合得分排名第 {rank},在名额 {quota} 名以内'
 * ```
 */
export const SELECTION_REASON_MESSAGES = {
  titleNotInRule: { 'zh-CN': '评选规则不评选{title}', en: 'The rule does not award {titleEn}' },
  duplicateNomination: {
    'zh-CN': '重复申报,以第 {firstIndex} 项申报为准',
    en: 'A repeated nomination; the one at index {firstIndex} counts',
  },
  invalidRule: { 'zh-CN': '{title}的评选规则有误,本次不评选', en: 'The rule for {titleEn} is invalid, so nobody is selected' },
  invalidScore: { 'zh-CN': '{field}分数 {value} 无法使用', en: 'The score for {fieldEn} ({value}) cannot be used' },
  noTier: {
    'zh-CN': '没有年度等次,而{title}要求至少{minimumTier}',
    en: 'Has no tier this year, and {titleEn} requires at least {minimumTierEn}',
  },
  belowMinimumTier: {
    'zh-CN': '年度等次为{tier},未达到{minimumTier}',
    en: 'Tier is {tierEn}, below {minimumTierEn}',
  },
  probationary: { 'zh-CN': '预备党员不参加{title}评选', en: 'Probationary members do not stand for {titleEn}' },
  openRectification: {
    'zh-CN': '尚有整改事项未完成:{itemIds}',
    en: 'Has rectification items still open: {itemIds}',
  },
  alreadyAwarded: {
    'zh-CN': '已入选{awardedTitle},同一人本次只评一项',
    en: 'Already selected as {awardedTitleEn}; one title per person in this selection',
  },
  combinedScore: {
    'zh-CN': '综合得分 {combined} = 工作实绩 {performance} × {performanceWeight}% + 社会公认度 {recognition} × {recognitionWeight}%',
    en: 'Combined score {combined} = work results {performance} × {performanceWeight}% + recognition {recognition} × {recognitionWeight}%',
  },
  withinQuota: { 'zh-CN': '综合得分排名第 {rank},在名额 {quota} 名以内', en: 'Ranked {rank}, within the quota of {quota}' },
  outsideQuota: {
    'zh-CN': '综合得分排名第 {rank},超出名额 {quota} 名',
    en: 'Ranked {rank}, outside the quota of {quota}',
  },
  wonTieBreak: {
    'zh-CN': '与“{otherId}”综合得分相同,按{decidedBy}排在其前',
    en: 'Tied with "{otherId}" on the combined score; ahead on {decidedByEn}',
  },
  lostTieBreak: {
    'zh-CN': '与“{otherId}”综合得分相同,按{decidedBy}排在其后',
    en: 'Tied with "{otherId}" on the combined score; behind on {decidedByEn}',
  },
} as const satisfies MessageCatalog;

/**
 * The codes of every reason a verdict can give.
 *
 * @example
 * ```ts
 * import type { SelectionReasonCode } from 'cxzy/commendation';
 * const code: SelectionReasonCode = 'outsideQuota';
 * ```
 */
export type SelectionReasonCode = keyof typeof SELECTION_REASON_MESSAGES;
