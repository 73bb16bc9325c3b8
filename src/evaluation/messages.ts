import type { MessageCatalog } from '../core/message';

/**
 * Message templates of the issues `cxzy/evaluation` reports, keyed by issue code. `{groupZh}` and
 * `{groupEn}` are a group's labels (its code for a group without labels).
 *
 * @example
 * ```ts
 * import { EVALUATION_MESSAGES } from 'cxzy/evaluation';
 * EVALUATION_MESSAGES['evaluation.unknownGroup'].en; // 'Ballot {ordinal} names group "{group}", which the policy does not have'
 * ```
 */
export const EVALUATION_MESSAGES = {
  'evaluation.noGroups': {
    'zh-CN': '评价办法没有任何评价主体',
    en: 'The policy has no evaluator group',
  },
  'evaluation.invalidWeight': {
    'zh-CN': '{groupZh}的权重 {weight} 无效:应为不小于 0、最多四位小数的数',
    en: 'The weight {weight} of {groupEn} is invalid: it must be a number of at least 0 with at most four decimals',
  },
  'evaluation.zeroTotalWeight': {
    'zh-CN': '评价办法各评价主体的权重之和为 0',
    en: 'The weights of the policy’s groups add up to 0',
  },
  'evaluation.invalidDrop': {
    'zh-CN': '{groupZh}去掉的分数个数 {value} 无效:应为不小于 0 的整数',
    en: 'The number of scores {groupEn} drops, {value}, is invalid: it must be a whole number of at least 0',
  },
  'evaluation.invalidMinBallots': {
    'zh-CN': '{groupZh}的最少票数 {value} 无效:应为不小于 1 的整数',
    en: 'The minimum ballot count {value} of {groupEn} is invalid: it must be a whole number of at least 1',
  },
  'evaluation.invalidPrecision': {
    'zh-CN': '保留小数位数 {value} 无效:应为 0 到 {max} 的整数',
    en: 'The precision {value} is invalid: it must be a whole number from 0 to {max}',
  },
  'evaluation.invalidScale': {
    'zh-CN': '分值范围 {min}—{max} 无效:两端应为最多两位小数的数,且下限不大于上限',
    en: 'The scale {min}–{max} is invalid: both ends must have at most two decimals and the lower must not exceed the upper',
  },
  'evaluation.missingId': {
    'zh-CN': '第 {ordinal} 张选票缺少{fieldZh}',
    en: 'Ballot {ordinal} has no {fieldEn}',
  },
  'evaluation.unknownGroup': {
    'zh-CN': '第 {ordinal} 张选票的评价主体“{group}”不在评价办法中',
    en: 'Ballot {ordinal} names group "{group}", which the policy does not have',
  },
  'evaluation.scoreNotFinite': {
    'zh-CN': '第 {ordinal} 张选票的分数“{score}”不是有效数字',
    en: 'Ballot {ordinal} has a score that is not a number: "{score}"',
  },
  'evaluation.scoreOutOfRange': {
    'zh-CN': '第 {ordinal} 张选票的分数 {score} 超出分值范围 {min}—{max}',
    en: 'Ballot {ordinal} has a score of {score}, outside the scale {min}–{max}',
  },
  'evaluation.scoreTooPrecise': {
    'zh-CN': '第 {ordinal} 张选票的分数 {score} 超过两位小数',
    en: 'Ballot {ordinal} has a score of {score}, with more than two decimals',
  },
  'evaluation.selfBallotExcluded': {
    'zh-CN': '第 {ordinal} 张选票是“{subjectId}”在党内互评中给自己的评分,不计入',
    en: 'Ballot {ordinal} is "{subjectId}" scoring themself in the peer review; it does not count',
  },
  'evaluation.duplicateBallot': {
    'zh-CN': '第 {ordinal} 张选票重复:“{evaluatorId}”已在第 {keptOrdinal} 张选票中对“{subjectId}”作出{groupZh},本票不计入',
    en: 'Ballot {ordinal} is a duplicate: "{evaluatorId}" already scored "{subjectId}" for {groupEn} on ballot {keptOrdinal}; it does not count',
  },
  'evaluation.ballotReplaced': {
    'zh-CN': '第 {ordinal} 张选票被第 {keptOrdinal} 张选票取代(同一评价人“{evaluatorId}”对“{subjectId}”的{groupZh},以最后一张为准)',
    en: 'Ballot {ordinal} is replaced by ballot {keptOrdinal} (the last ballot from "{evaluatorId}" for "{subjectId}" in {groupEn} counts)',
  },
  'evaluation.missingGroup': {
    'zh-CN': '“{subjectId}”没有{groupZh}的有效选票',
    en: '"{subjectId}" has no valid ballot from {groupEn}',
  },
  'evaluation.underfilledGroup': {
    'zh-CN': '“{subjectId}”的{groupZh}只有 {count} 张有效选票,至少需要 {required} 张',
    en: '"{subjectId}" has only {count} valid ballots from {groupEn}; at least {required} are needed',
  },
  'evaluation.invalidOption': {
    'zh-CN': '评价办法的“{field}”取值“{value}”无效',
    en: 'The policy’s "{field}" has an invalid value "{value}"',
  },
  'evaluation.invalidPartial': {
    'zh-CN': '部分结果数据在 {at} 处无效',
    en: 'The partial result is invalid at {at}',
  },
  'evaluation.partialPolicyMismatch': {
    'zh-CN': '部分结果是按另一评价办法计算的,不能合并',
    en: 'The partial result was computed under another policy and cannot be merged',
  },
  'evaluation.gradeNotInRule': {
    'zh-CN': '第 {ordinal} 张选票的等次“{grade}”不在本次测评的选项中,作废票处理',
    en: 'Ballot {ordinal} gives grade "{grade}", which this vote does not offer; it counts as invalid',
  },
  'evaluation.invalidCount': {
    'zh-CN': '{fieldZh} {value} 无效:应为不小于 0 的整数',
    en: 'The {fieldEn} count {value} is invalid: it must be a whole number of at least 0',
  },
  'evaluation.presentExceedsEntitled': {
    'zh-CN': '实到会人数 {present} 多于应到会人数 {entitled}',
    en: '{present} present is more than the {entitled} entitled to attend',
  },
  'evaluation.votesExceedPresent': {
    'zh-CN': '赞成、反对、弃权票合计 {cast} 张,多于实到会人数 {present}',
    en: 'In favour, against and abstaining add up to {cast}, more than the {present} present',
  },
} as const satisfies MessageCatalog;

/**
 * The codes of every issue `cxzy/evaluation` reports.
 *
 * @example
 * ```ts
 * import type { EvaluationIssueCode } from 'cxzy/evaluation';
 * const code: EvaluationIssueCode = 'evaluation.missingGroup';
 * ```
 */
export type EvaluationIssueCode = keyof typeof EVALUATION_MESSAGES;
