import type { MessageCatalog } from '../core/message';

/**
 * Message templates of the issues `cxzy/scoring` reports, keyed by issue code.
 *
 * @example
 * ```ts
 * import { SCORING_MESSAGES } from 'cxzy/scoring';
 * SCORING_MESSAGES['scoring.overMaximum']['zh-CN']; // '“{itemId}”得分 {points} 超过该项满分 {maxPoints}'
 * ```
 */
export const SCORING_MESSAGES = {
  // Tier rules
  'scoring.ruleNoBands': {
    'zh-CN': '评定规则没有任何分数段',
    en: 'The tier rule has no bands',
  },
  'scoring.ruleUnknownTier': {
    'zh-CN': '第 {band} 个分数段的等次“{tier}”不存在',
    en: 'Band {band} names an unknown tier "{tier}"',
  },
  'scoring.ruleBadBound': {
    'zh-CN': '第 {band} 个分数段的界限 {value} 不是最多两位小数的有限数',
    en: 'Band {band} has a bound {value} that is not a finite number with at most two decimals',
  },
  'scoring.ruleEmptyBand': {
    'zh-CN': '分数段“{text}”不包含任何分数',
    en: 'Band "{text}" contains no score',
  },
  'scoring.ruleGap': {
    'zh-CN': '{from} 分到 {to} 分之间的分数不属于任何等次',
    en: 'Scores from {from} to {to} fall in no band',
  },
  'scoring.ruleOverlap': {
    'zh-CN': '分数段“{text}”与“{otherText}”重叠于 {from} 至 {to} 分,不只是共用一个端点',
    en: 'Bands "{text}" and "{otherText}" overlap from {from} to {to}, more than a shared boundary',
  },
  'scoring.ruleTierOrder': {
    'zh-CN': '分数段“{text}”({tier})高于“{otherText}”({otherTier}):分数更高的等次反而更低',
    en: 'Band "{text}" ({tierEn}) lies above "{otherText}" ({otherTierEn}): a higher score would get a lower tier',
  },
  'scoring.ruleUncoveredBelow': {
    'zh-CN': '低于 {value} 分的分数不属于任何等次',
    en: 'Scores below {value} fall in no band',
  },
  'scoring.ruleUncoveredAbove': {
    'zh-CN': '高于 {value} 分的分数不属于任何等次',
    en: 'Scores above {value} fall in no band',
  },
  'scoring.ruleDuplicateVeto': {
    'zh-CN': '否决条件编号“{vetoId}”重复',
    en: 'Veto id "{vetoId}" is used twice',
  },
  'scoring.ruleBadQuota': {
    'zh-CN': '优秀比例 {numerator}/{denominator} 无效:分子须为非负整数,分母须为正整数',
    en: 'The excellent quota {numerator}/{denominator} is invalid: a whole numerator of 0 or more over a whole denominator of 1 or more',
  },

  // Reading a rule from text
  'scoring.parseEmpty': {
    'zh-CN': '评定规则文本为空',
    en: 'The tier rule text is empty',
  },
  'scoring.parseUnreadable': {
    'zh-CN': '第 {column} 个字符起的“{fragment}”无法识别',
    en: 'Cannot read "{fragment}" at character {column}',
  },
  'scoring.parseMissingTier': {
    'zh-CN': '第 {column} 个字符起的“{fragment}”有分数段,但没有等次',
    en: '"{fragment}" at character {column} gives a score range but no tier',
  },
  'scoring.parseMissingRange': {
    'zh-CN': '第 {column} 个字符起的“{fragment}”有等次,但没有分数段',
    en: '"{fragment}" at character {column} gives a tier but no score range',
  },
  'scoring.parseUnpaired': {
    'zh-CN': '第 {column} 个字符起的“{fragment}”中分数段与等次无法一一对应',
    en: 'In "{fragment}" at character {column}, score ranges and tiers do not pair up',
  },
  'scoring.parseBadRange': {
    'zh-CN': '第 {column} 个字符起的“{fragment}”不是有效的分数段',
    en: '"{fragment}" at character {column} is not a valid score range',
  },
  'scoring.parseTooManyDecimals': {
    'zh-CN': '第 {column} 个字符起的分数“{fragment}”超过两位小数',
    en: 'The score "{fragment}" at character {column} has more than two decimals',
  },

  // Score sheets
  'scoring.duplicateSheet': {
    'zh-CN': '考核表编号“{sheetId}”重复',
    en: 'Score sheet id "{sheetId}" is used twice',
  },
  'scoring.duplicateItem': {
    'zh-CN': '考核表“{sheetId}”的项目编号“{itemId}”重复',
    en: 'Item id "{itemId}" is used twice in sheet "{sheetId}"',
  },
  'scoring.badMaxPoints': {
    'zh-CN': '考核表“{sheetId}”项目“{itemId}”的满分 {maxPoints} 不是最多两位小数的非负数',
    en: 'Item "{itemId}" of sheet "{sheetId}" has a maximum {maxPoints} that is not a non-negative number with at most two decimals',
  },
  'scoring.vetoTriggerUnknownItem': {
    'zh-CN': '否决条件“{vetoId}”引用的考核项目“{sheetId}/{itemId}”不存在',
    en: 'Veto "{vetoId}" is triggered by an unknown item "{sheetId}/{itemId}"',
  },

  // Score cards
  'scoring.duplicateCard': {
    'zh-CN': '党员“{memberId}”有多张考核卡,首次出现在第 {firstIndex} 项',
    en: 'Member "{memberId}" has several score cards; the first is at index {firstIndex}',
  },
  'scoring.unknownSheet': {
    'zh-CN': '考核表“{sheetId}”不存在',
    en: 'Unknown score sheet "{sheetId}"',
  },
  'scoring.unknownItem': {
    'zh-CN': '考核表“{sheetId}”中没有项目“{itemId}”',
    en: 'Sheet "{sheetId}" has no item "{itemId}"',
  },
  'scoring.duplicateEntry': {
    'zh-CN': '项目“{sheetId}/{itemId}”重复计分,首次出现在第 {firstIndex} 项',
    en: 'Item "{sheetId}/{itemId}" is scored twice; first at index {firstIndex}',
  },
  'scoring.pointsNotFinite': {
    'zh-CN': '“{itemId}”的得分 {points} 不是有限数',
    en: 'The points on "{itemId}" ({points}) are not a finite number',
  },
  'scoring.tooManyDecimals': {
    'zh-CN': '“{itemId}”的得分 {points} 超过两位小数',
    en: 'The points on "{itemId}" ({points}) have more than two decimals',
  },
  'scoring.negativePoints': {
    'zh-CN': '“{itemId}”的得分 {points} 为负数;扣分项也以正数记录扣分',
    en: 'The points on "{itemId}" ({points}) are negative; deductions too are entered as positive numbers',
  },
  'scoring.overMaximum': {
    'zh-CN': '“{itemId}”得分 {points} 超过该项满分 {maxPoints}',
    en: 'The points on "{itemId}" ({points}) exceed its maximum of {maxPoints}',
  },
  'scoring.missingEntry': {
    'zh-CN': '项目“{sheetId}/{itemId}”没有得分,按 0 分计',
    en: 'Item "{sheetId}/{itemId}" has no entry and counts 0',
  },
  'scoring.unknownVeto': {
    'zh-CN': '评定规则中没有否决条件“{vetoId}”',
    en: 'The rule has no veto "{vetoId}"',
  },
  'scoring.duplicateVeto': {
    'zh-CN': '否决条件“{vetoId}”重复记录',
    en: 'Veto "{vetoId}" is recorded twice',
  },
  'scoring.noBand': {
    'zh-CN': '总分 {score} 不属于任何等次',
    en: 'The total {score} falls in no band',
  },
  'scoring.quotaTie': {
    'zh-CN': '{memberIds} 以 {score} 分并列优秀名额的最后位置,超出名额 {cap} 名,由支部决定',
    en: '{memberIds} tie on {score} for the last places of the quota of {cap}; the branch decides',
  },

  // Decisions
  'scoring.overrideWithoutReason': {
    'zh-CN': '决定等次“{decided}”与计算等次“{computed}”不同,但未说明理由',
    en: 'The decided tier "{decidedEn}" differs from the computed "{computedEn}" without a reason',
  },
  'scoring.decisionWithoutDecider': {
    'zh-CN': '等次决定未写明决定者',
    en: 'The tier decision does not say who decided',
  },
  'scoring.decisionBadDate': {
    'zh-CN': '等次决定的日期“{date}”不是 YYYY-MM-DD 格式的日期',
    en: 'The tier decision date "{date}" is not a date written YYYY-MM-DD',
  },

  // Points ledgers
  'scoring.ledgerBadNumber': {
    'zh-CN': '积分规则中 {field} 的值 {value} 无效',
    en: 'The ledger rule value {value} of {field} is invalid',
  },
  'scoring.ledgerBadCarryOver': {
    'zh-CN': '结转比例 {numerator}/{denominator} 无效:分子须为非负整数,分母须为正整数',
    en: 'The carry-over share {numerator}/{denominator} is invalid: a whole numerator of 0 or more over a whole denominator of 1 or more',
  },
  'scoring.ledgerDuplicateCategory': {
    'zh-CN': '积分类别编号“{categoryId}”重复',
    en: 'Ledger category id "{categoryId}" is used twice',
  },
  'scoring.ledgerDuplicateItem': {
    'zh-CN': '积分项目编号“{itemId}”重复',
    en: 'Ledger item id "{itemId}" is used twice',
  },
  'scoring.ledgerUnknownCategory': {
    'zh-CN': '积分项目“{itemId}”的类别“{categoryId}”不存在',
    en: 'Ledger item "{itemId}" names an unknown category "{categoryId}"',
  },
  'scoring.ledgerUnknownItem': {
    'zh-CN': '积分规则中没有项目“{itemId}”',
    en: 'The ledger rule has no item "{itemId}"',
  },
  'scoring.ledgerBadDate': {
    'zh-CN': '日期“{date}”不是 YYYY-MM-DD 格式的日期',
    en: '"{date}" is not a date written YYYY-MM-DD',
  },
  'scoring.ledgerBadPoints': {
    'zh-CN': '“{itemId}”记录的 {points} 分无效:须为最多两位小数、与该项同号且不超过 {itemPoints} 分',
    en: 'The {points} points recorded on "{itemId}" are invalid: at most two decimals, the sign of the item, and no more than {itemPoints}',
  },
  'scoring.ledgerOutsidePeriod': {
    'zh-CN': '“{itemId}”的日期 {date} 不在积分期 {start} 至 {end} 内,不计分',
    en: '"{itemId}" on {date} is outside the ledger period {start} to {end} and does not count',
  },
  'scoring.ledgerBeforeTransfer': {
    'zh-CN': '“{itemId}”的日期 {date} 早于转入日期 {transferOn},不计分',
    en: '"{itemId}" on {date} is before the transfer in on {transferOn} and does not count',
  },

  // Organization grades
  'scoring.gradeMissingScore': {
    'zh-CN': '标准“{code}”没有得分,按未达到计',
    en: 'Criterion "{code}" has no score and counts as not met',
  },
  'scoring.gradeUnknownCriterion': {
    'zh-CN': '评定规则中没有标准“{code}”',
    en: 'The grading rule has no criterion "{code}"',
  },
  'scoring.gradeBadScore': {
    'zh-CN': '标准“{code}”的得分 {score} 不是有限数',
    en: 'The score {score} of criterion "{code}" is not a finite number',
  },
  'scoring.gradeNoBand': {
    'zh-CN': '{stars} 颗星不满足任何档次的最低要求',
    en: '{stars} stars reach no band',
  },
} as const satisfies MessageCatalog;

/**
 * The codes of every issue `cxzy/scoring` reports.
 *
 * @example
 * ```ts
 * import type { ScoringIssueCode } from 'cxzy/scoring';
 * const code: ScoringIssueCode = 'scoring.overMaximum';
 * ```
 */
export type ScoringIssueCode = keyof typeof SCORING_MESSAGES;
