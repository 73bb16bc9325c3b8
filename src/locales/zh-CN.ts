/**
 * Every word cxzy shows, in Simplified Chinese (zh-CN): the label of every enumerated value and the
 * template of every issue message and reason, section by section. A template names its parameters
 * in braces (`{memberId}`); `{tier|memberTier}` shows the value of `tier` by its label in the
 * section `memberTierLabels` of this same file. The English file has the same sections and keys;
 * a new locale is one more file of this shape (see `LocaleCatalogue` in `cxzy/i18n`).
 *
 * The file imports nothing: it is data, and every module takes only the sections it uses.
 */

/** Messages: `ORGANIZATION_MESSAGES` (organization). */
export const organizationMessages = {
  'organization.duplicateId': '组织编号“{id}”重复,首次出现在第 {firstIndex|position} 项',
  'organization.unknownParent': '组织“{id}”的上级组织“{parentId}”不存在',
  'organization.cycle': '组织“{id}”经由 {chain} 成为自己的上级',
  'organization.kindInversion': '{childKind|organizationKind}“{id}”不能隶属于{parentKind|organizationKind}“{parentId}”',
  'functionalGroup.duplicateId': '功能党小组编号“{id}”重复,首次出现在第 {firstIndex|position} 项',
  'functionalGroup.memberInNone': '党员“{memberId}”未加入任何功能党小组',
  'functionalGroup.memberInSeveral': '党员“{memberId}”同时加入了多个功能党小组:{groupIds}',
  'functionalGroup.unknownMember': '功能党小组“{groupId}”列出的党员“{memberId}”不在本支部党员名单中',
  'functionalGroup.memberListedTwice': '功能党小组“{groupId}”重复列出党员“{memberId}”',
  'functionalGroup.leaderOutsideGroup': '功能党小组“{groupId}”的组长“{leaderId}”不是该小组成员',
  'functionalGroup.empty': '功能党小组“{groupId}”没有成员',
} as const;

/** Labels: `MASS_ORGANIZATION_KIND_LABELS` (organization). */
export const massOrganizationKindLabels = {
  tradeUnion: '工会',
  youthLeague: '共青团',
  womensFederation: '妇联',
} as const;

/** Labels: `MEMBER_STATUS_LABELS` (organization). */
export const memberStatusLabels = {
  full: '正式党员',
  probationary: '预备党员',
} as const;

/** Labels: `ORGANIZATION_KIND_LABELS` (organization). */
export const organizationKindLabels = {
  committee: '党委',
  generalBranch: '党总支',
  branch: '党支部',
} as const;

/** Labels: `ROLE_LABELS` (organization). */
export const roleLabels = {
  secretary: '书记',
  deputySecretary: '副书记',
  committeeMember: '支委',
  groupLeader: '党小组组长',
  partyAffairsWorker: '党务工作者',
} as const;

/** Messages: `SCHEDULE_MESSAGES` (schedule). */
export const scheduleMessages = {
  'datePhrase.unreadable': '无法识别日期表述“{text}”中从第 {at} 个字符起的“{rest}”',
  'datePhrase.tooLong': '日期表述有 {length} 个字符,超过 {max} 个字符的上限',
  'datePhrase.missingYear': '日期表述“{text}”没有写年份,也没有给出默认年份',
  'datePhrase.notADate': '日期表述“{text}”中的 {year}年{month}月{day}日 不存在',
  'datePhrase.unknownCongress': '日期表述“{text}”提到的党的第 {ordinal} 次全国代表大会不在已知的召开日期中',
  'datePhrase.deadlineAsStart': '日期表述“{text}”以“前”字表述开头,只说明截止日期,不能作为起始日期',
  'schedule.tooManyPhases': '共 {count} 个阶段,超过 {max} 个的上限,未作检查',
  'schedule.duplicatePhaseId': '阶段编号“{phaseId}”重复,首次出现在第 {firstIndex|position} 项',
  'schedule.duplicateTaskId': '任务编号“{taskId}”重复,首次出现在阶段“{firstPhaseId}”',
  'schedule.endBeforeStart': '阶段“{phaseTitle}”的结束日期 {end} 早于开始日期 {start}',
  'schedule.phaseOutOfOrder': '阶段“{phaseTitle}”({start} 开始)排在更晚开始的阶段“{previousTitle}”({previousStart})之后',
  'schedule.overlap': '阶段“{phaseTitle}”与“{otherTitle}”在 {from} 至 {to} 重叠 {days} 天',
  'schedule.gap': '阶段“{previousTitle}”与“{phaseTitle}”之间有 {days} 天({from} 至 {to})不属于任何阶段',
  'schedule.phaseOutsidePeriod': '阶段“{phaseTitle}”({start} 至 {end})超出活动期限 {periodStart} 至 {periodEnd}',
  'schedule.phaseShorterThanUsual': '“{kind|phaseKind}”阶段“{phaseTitle}”只有 {days} 天,通常不少于 {minDays} 天,请核对年份是否抄错',
  'schedule.taskDueBeforePhase': '任务“{taskTitle}”的期限 {due} 早于所在阶段“{phaseTitle}”的开始日期 {start}',
  'schedule.taskDueAfterPhase': '任务“{taskTitle}”的期限 {due} 晚于所在阶段“{phaseTitle}”的结束日期 {end}',
  'schedule.taskDueAfterNextPhaseStarts': '任务“{taskTitle}”的期限 {due} 晚于下一阶段“{nextTitle}”的开始日期 {nextStart}',
  'template.invalidLength': '模板阶段“{phaseTitle}”的长度 {length} 不是正整数',
  'template.anchorNotAfterStart': '模板阶段“{phaseTitle}”应在 {anchor} 前结束,但该阶段 {start} 才开始',
  'template.taskOutsidePhase': '模板任务“{taskTitle}”的期限 {due} 不在阶段“{phaseTitle}”({start} 至 {end})之内',
  'cadence.shortfall': '{period|cadencePeriod}“{rule|cadenceRule}”{count} 次,应不少于 {required} 次',
  'cadence.invalidRule': '规则“{ruleId}”要求的次数 {atLeast} 不是正整数',
  'cadence.invalidPeriod': '检查期限的结束日期 {end} 早于开始日期 {start}',
  'cadence.invalidSemester': '学期“{semester|semester}”的起止日期 {month}月{day}日 不存在',
  'cadence.semestersOverlap': '学期“{semester|semester}”与“{other|semester}”在 {date} 重叠,同一活动会被计入两个学期',
  'cadence.unmatchedEvent': '活动“{kind}”({date})没有对应的频次规则,未计入',
  'cadence.periodTooLong': '检查期限 {start} 至 {end} 共 {days} 天,超过 {maxDays} 天(20 年),请分段检查',
} as const;

/** Labels: `CADENCE_UNIT_LABELS` (schedule). */
export const cadenceUnitLabels = {
  month: '每月',
  quarter: '每季度',
  halfYear: '每半年',
  semester: '每学期',
  year: '每年',
} as const;

/** Labels: `PHASE_KIND_LABELS` (schedule). */
export const phaseKindLabels = {
  mobilization: '动员部署',
  implementation: '全面争创',
  benchmarking: '对标定位,晋档升级',
  summary: '系统总结,完善机制',
  rectificationAndCommendation: '总结整改,评选表彰',
  custom: '其他阶段',
} as const;

/** Labels: `PHASE_STATUS_LABELS` (schedule). */
export const phaseStatusLabels = {
  before: '尚未开始',
  during: '进行中',
  between: '阶段之间',
  after: '已结束',
} as const;

/** Messages: `SCORING_MESSAGES` (scoring). */
export const scoringMessages = {
  'scoring.ruleNoBands': '评定规则没有任何分数段',
  'scoring.ruleUnknownTier': '第 {band} 个分数段的等次“{tier}”不存在',
  'scoring.ruleBadBound': '第 {band} 个分数段的界限 {value} 不是最多两位小数的有限数',
  'scoring.ruleEmptyBand': '分数段“{text}”不包含任何分数',
  'scoring.ruleGap': '{from} 分到 {to} 分之间的分数不属于任何等次',
  'scoring.ruleOverlap': '分数段“{text}”与“{otherText}”重叠于 {from} 至 {to} 分,不只是共用一个端点',
  'scoring.ruleOverlapAtLeast': '分数段“{text}”与“{otherText}”重叠于{from}分以上',
  'scoring.ruleOverlapAtMost': '分数段“{text}”与“{otherText}”重叠于{to}分以下',
  'scoring.ruleOverlapAny': '分数段“{text}”与“{otherText}”重叠于任意分数',
  'scoring.ruleTierOrder': '分数段“{text}”({tier|memberTier})高于“{otherText}”({otherTier|memberTier}):分数更高的等次反而更低',
  'scoring.ruleUncoveredBelow': '低于 {value} 分的分数不属于任何等次',
  'scoring.ruleUncoveredAbove': '高于 {value} 分的分数不属于任何等次',
  'scoring.ruleDuplicateVeto': '否决条件编号“{vetoId}”重复',
  'scoring.ruleBadQuota': '优秀比例 {numerator}/{denominator} 无效:分子须为非负整数,分母须为正整数',
  'scoring.parseEmpty': '评定规则文本为空',
  'scoring.parseUnreadable': '第 {column} 个字符起的“{fragment}”无法识别',
  'scoring.parseMissingTier': '第 {column} 个字符起的“{fragment}”有分数段,但没有等次',
  'scoring.parseMissingRange': '第 {column} 个字符起的“{fragment}”有等次,但没有分数段',
  'scoring.parseUnpaired': '第 {column} 个字符起的“{fragment}”中分数段与等次无法一一对应',
  'scoring.parseBadRange': '第 {column} 个字符起的“{fragment}”不是有效的分数段',
  'scoring.parseTooManyDecimals': '第 {column} 个字符起的分数“{fragment}”超过两位小数',
  'scoring.parseTooLong': '文本有 {length} 个字符,超过上限 {limit}',
  'scoring.parseBadOverlap': '选项“overlap”(分数段重叠时的处理)的值“{value}”无效:应为“higherTier”(取较高等次)或“lowerTier”(取较低等次)',
  'scoring.parseMarkerMismatch': '第 {column} 个字符起的“{fragment}”所说的分数与它前面的分数不同',
  'scoring.parseOverlapConflict': '第 {column} 个字符起的“{fragment}”与前文对分界分数的处理相矛盾',
  'scoring.parseOtherSetTier': '第 {column} 个字符起的“{fragment}”不是本规则的等次,而是等次集“{sets}”的等次:读取这样的规则时请指定其等次集',
  'scoring.duplicateSheet': '考核表编号“{sheetId}”重复',
  'scoring.duplicateItem': '考核表“{sheetId}”的项目编号“{itemId}”重复',
  'scoring.badMaxPoints': '考核表“{sheetId}”项目“{itemId}”的满分 {maxPoints} 不是最多两位小数的非负数',
  'scoring.vetoTriggerUnknownItem': '否决条件“{vetoId}”引用的考核项目“{sheetId}/{itemId}”不存在',
  'scoring.duplicateCard': '党员“{memberId}”有多张考核卡,首次出现在第 {firstIndex|position} 项',
  'scoring.unknownSheet': '考核表“{sheetId}”不存在',
  'scoring.unknownItem': '考核表“{sheetId}”中没有项目“{itemId}”',
  'scoring.duplicateEntry': '项目“{sheetId}/{itemId}”重复计分,首次出现在第 {firstIndex|position} 项',
  'scoring.pointsNotFinite': '“{itemId}”的得分 {points} 不是有限数',
  'scoring.tooManyDecimals': '“{itemId}”的得分 {points} 超过两位小数',
  'scoring.negativePoints': '“{itemId}”的得分 {points} 为负数;扣分项也以正数记录扣分',
  'scoring.overMaximum': '“{itemId}”得分 {points} 超过该项满分 {maxPoints}',
  'scoring.missingEntry': '项目“{sheetId}/{itemId}”没有得分,按 0 分计',
  'scoring.unknownVeto': '评定规则中没有否决条件“{vetoId}”',
  'scoring.duplicateVeto': '否决条件“{vetoId}”重复记录',
  'scoring.noBand': '总分 {score} 不属于任何等次',
  'scoring.noScores': '党员“{memberId}”没有任何得分记录,不计总分,暂不评定等次',
  'scoring.quotaTie': '{memberIds} 以 {score} 分并列优秀名额的最后位置,超出名额 {cap} 名,由支部决定',
  'scoring.quotaNotApplicable': '等次集“{set}”的等次没有对应到民主评议的四个等次,优秀名额不适用,未限制任何人的等次',
  'scoring.ruleTierNotInSet': '第 {band} 个分数段的等次“{tier}”不在等次集“{set}”中,应为以下之一:{tiers}',
  'scoring.tierSetEmpty': '等次集“{set}”没有等次',
  'scoring.tierSetDuplicateTier': '等次集“{set}”的等次代码“{tier}”重复',
  'scoring.tierSetDuplicateLabel': '等次集“{set}”中“{text}”既是“{tier}”也是“{otherTier}”的名称',
  'scoring.tierSetMappingOrder': '等次集“{set}”中“{tier}”排在“{otherTier}”之前,却对应到更低的民主评议等次“{memberTier|memberTier}”(后者对应“{otherMemberTier|memberTier}”)',
  'scoring.overrideWithoutReason': '决定等次“{decided|memberTier}”与计算等次“{computed|memberTier}”不同,但未说明理由',
  'scoring.decisionWithoutDecider': '等次决定未写明决定者',
  'scoring.decisionBadDate': '等次决定的日期“{date}”不是 YYYY-MM-DD 格式的日期',
  'scoring.ledgerBadNumber': '积分“{field|field}”的值 {value} 无效',
  'scoring.ledgerBadCarryOver': '结转比例 {numerator}/{denominator} 无效:分子须为非负整数,分母须为正整数',
  'scoring.ledgerDuplicateCategory': '积分类别编号“{categoryId}”重复',
  'scoring.ledgerDuplicateItem': '积分项目编号“{itemId}”重复',
  'scoring.ledgerUnknownCategory': '积分项目“{itemId}”的类别“{categoryId}”不存在',
  'scoring.ledgerUnknownItem': '积分规则中没有项目“{itemId}”',
  'scoring.ledgerBadDate': '日期“{date}”不是 YYYY-MM-DD 格式的日期',
  'scoring.ledgerBadPoints': '“{itemId}”记录的 {points} 分无效:须为最多两位小数、与该项同号且不超过 {itemPoints} 分',
  'scoring.ledgerOutsidePeriod': '“{itemId}”的日期 {date} 不在积分期 {start} 至 {end} 内,不计分',
  'scoring.ledgerBeforeTransfer': '“{itemId}”的日期 {date} 早于转入日期 {transferOn},不计分',
  'scoring.gradeMissingScore': '标准“{code}”没有得分,按未达到计',
  'scoring.gradeUnknownCriterion': '评定规则中没有标准“{code}”',
  'scoring.gradeBadScore': '标准“{code}”的得分 {score} 不是有限数',
  'scoring.gradeNoBand': '{stars} 颗星不满足任何档次的最低要求',
  'scoring.compareBadStars': '星数 {stars} 应为不小于 0 的整数',
} as const;

/** Labels: `MEMBER_TIER_LABELS` (scoring). */
export const memberTierLabels = {
  excellent: '优秀',
  qualified: '合格',
  basicallyQualified: '基本合格',
  unqualified: '不合格',
} as const;

/** Labels: `ORGANIZATION_BAND_LABELS` (scoring). */
export const organizationBandLabels = {
  advanced: '先进',
  intermediate: '中间',
  lagging: '后进',
} as const;

/** Labels: `SCORE_ITEM_KIND_LABELS` (scoring). */
export const scoreItemKindLabels = {
  base: '基本项',
  bonus: '加分项',
  deduction: '扣分项',
} as const;

/** Messages: `EVALUATION_MESSAGES` (evaluation). */
export const evaluationMessages = {
  'evaluation.noGroups': '评价办法没有任何评价主体',
  'evaluation.invalidWeight': '{group|evaluatorGroup}的权重 {weight} 无效:应为不小于 0、最多四位小数的数',
  'evaluation.zeroTotalWeight': '评价办法各评价主体的权重之和为 0',
  'evaluation.invalidDrop': '{group|evaluatorGroup}去掉的分数个数 {value} 无效:应为不小于 0 的整数',
  'evaluation.invalidMinBallots': '{group|evaluatorGroup}的最少票数 {value} 无效:应为不小于 1 的整数',
  'evaluation.invalidPrecision': '保留小数位数 {value} 无效:应为 0 到 {max} 的整数',
  'evaluation.invalidScale': '分值范围 {min}—{max} 无效:两端应为最多两位小数的数,且下限不大于上限',
  'evaluation.invalidMinimumWeight': '参与排名最低要求中计入的权重占比 {value} 无效:应为最多四位小数的数',
  'evaluation.missingId': '第 {ordinal} 张选票缺少{field|ballotField}',
  'evaluation.unknownGroup': '第 {ordinal} 张选票的评价主体“{group}”不在评价办法中',
  'evaluation.scoreNotFinite': '第 {ordinal} 张选票的分数“{score}”不是有效数字',
  'evaluation.scoreOutOfRange': '第 {ordinal} 张选票的分数 {score} 超出分值范围 {min}—{max}',
  'evaluation.scoreTooPrecise': '第 {ordinal} 张选票的分数 {score} 超过两位小数',
  'evaluation.selfBallotExcluded': '第 {ordinal} 张选票是“{subjectId}”在党内互评中给自己的评分,不计入',
  'evaluation.duplicateBallot': '第 {ordinal} 张选票重复:“{evaluatorId}”已在第 {keptOrdinal} 张选票中对“{subjectId}”作出{group|evaluatorGroup},本票不计入',
  'evaluation.ballotReplaced': '第 {ordinal} 张选票被第 {keptOrdinal} 张选票取代(同一评价人“{evaluatorId}”对“{subjectId}”的{group|evaluatorGroup},以最后一张为准)',
  'evaluation.missingGroup': '“{subjectId}”没有{group|evaluatorGroup}的有效选票',
  'evaluation.underfilledGroup': '“{subjectId}”的{group|evaluatorGroup}只有 {count} 张有效选票,至少需要 {required} 张',
  'evaluation.noValidVotes': '“{subjectId}”没有有效选票,不给出建议等次',
  'evaluation.noValidBallots': '“{subjectId}”没有有效选票,没有综合得分,不参加排名',
  'evaluation.noCountedGroup': '“{subjectId}”没有一个评议组的有效选票达到所需张数,没有综合得分,不参加排名',
  'evaluation.belowMinimumGroups': '“{subjectId}”只有 {counted} 个评价组计入(占权重 {share}%),少于最低要求的 {required} 个,没有综合得分,不参加排名',
  'evaluation.belowMinimumWeight': '“{subjectId}”计入的 {counted} 个评价组只占权重 {share}%,低于最低要求的 {required}%,没有综合得分,不参加排名',
  'evaluation.invalidOption': '评价办法的“{field|field}”取值“{value}”无效',
  'evaluation.invalidPartial': '部分结果数据在 {at} 处无效',
  'evaluation.partialPolicyMismatch': '部分结果是按另一评价办法计算的,不能合并',
  'evaluation.accumulatorCopy': '这是累加器的副本,复制(postMessage、structuredClone 或 JSON)时已丢失计算数据:请改为发送 accumulatorToColumns 或 accumulatorToBytes 的结果,在接收方用 accumulatorFromColumns 或 accumulatorFromBytes 读回',
  'evaluation.gradeNotInRule': '第 {ordinal} 张选票的等次“{grade}”不在本次测评的选项中,作废票处理',
  'evaluation.invalidCount': '{field|meetingCount} {value} 无效:应为不小于 0 的整数',
  'evaluation.presentExceedsEntitled': '实到会人数 {present} 多于应到会人数 {entitled}',
  'evaluation.invalidShare': '比例 {numerator}/{denominator} 无效:分子应为不小于 0 的整数,分母应为不小于 1 的整数',
  'evaluation.votesExceedPresent': '赞成、反对、弃权票合计 {cast} 张,多于实到会人数 {present}',
  'evaluation.ballotNotObject': '第 {ordinal} 张选票不是对象,不计入',
} as const;

/** Labels: `AGGREGATION_METHOD_LABELS` (evaluation). */
export const aggregationMethodLabels = {
  mean: '平均分',
  trimmedMean: '去掉最高分和最低分后取平均',
  median: '中位数',
} as const;

/** Labels: `DUPLICATE_BALLOT_TREATMENT_LABELS` (evaluation). */
export const duplicateBallotTreatmentLabels = {
  error: '重复票不计入并报错',
  lastWins: '以最后一张为准',
  unchecked: '由数据来源保证不重复',
} as const;

/** Labels: `EVALUATOR_GROUP_LABELS` (evaluation). */
export const evaluatorGroupLabels = {
  leadership: '领导点评',
  peer: '党内互评',
  self: '自评',
  teachersStudents: '师生评议',
  parents: '家长评议',
  masses: '群众评议',
} as const;

/** Labels: `MISSING_GROUP_TREATMENT_LABELS` (evaluation). */
export const missingGroupTreatmentLabels = {
  renormalize: '按其余主体权重折算',
  zero: '按零分计',
  error: '不出综合分并报错',
} as const;

/** Labels: `SATISFACTION_GRADE_LABELS` (evaluation). */
export const satisfactionGradeLabels = {
  satisfied: '满意',
  basicallySatisfied: '基本满意',
  dissatisfied: '不满意',
} as const;

/** Messages: `COMMITMENT_MESSAGES` (commitment). */
export const commitmentMessages = {
  'commitment.duplicateCommitmentId': '承诺编号“{id}”重复,首次出现在第 {firstIndex|position} 项',
  'commitment.duplicateItemId': '承诺事项编号“{itemId}”重复,首次出现在承诺“{firstCommitmentId}”中',
  'commitment.branchItemNotDecomposed': '党支部承诺事项“{itemId}”({title})未分解到任何功能党小组',
  'commitment.groupItemUntraced': '功能党小组“{makerId}”的承诺事项“{itemId}”({title})既未对应党支部承诺事项,也未标明为小组自定事项',
  'commitment.ownAndDecomposed': '承诺事项“{itemId}”既标明为自定事项,又注明分解自“{sourceId}”',
  'commitment.unknownSource': '承诺事项“{itemId}”注明分解自“{sourceId}”,但没有这一承诺事项',
  'commitment.sourceWrongLevel': '{level|commitmentLevel}承诺事项“{itemId}”应分解自{expectedLevel|commitmentLevel}承诺事项,但“{sourceId}”是{sourceLevel|commitmentLevel}承诺事项',
  'commitment.sourceOutsideGroup': '党员“{makerId}”的承诺事项“{itemId}”分解自功能党小组“{sourceMakerId}”的事项,但该党员不在这个小组',
  'commitment.cycle': '承诺事项“{itemId}”经由 {chain} 分解自自身',
  'commitment.unknownGroup': '功能党小组承诺“{commitmentId}”的承诺主体“{makerId}”不是已知的功能党小组',
  'commitment.memberInNoGroup': '作出承诺的党员“{makerId}”未加入任何功能党小组',
  'commitment.memberGroupNotCommitted': '党员“{makerId}”所在的功能党小组“{groupIds}”未作出承诺',
  'commitment.groupNotCommitted': '功能党小组“{groupId}”({name})未作出承诺',
  'commitment.fulfilledWithoutDate': '承诺事项“{itemId}”标为已践诺,但未填写践诺日期,无法判断是否按期',
  'commitment.dateWithoutFulfilment': '承诺事项“{itemId}”填写了践诺日期 {fulfilledOn},但状态不是已践诺,按未践诺统计',
  'commitment.unknownLevel': '承诺“{commitmentId}”的层级“{level}”未知,不计入统计',
} as const;

/** Labels: `COMMITMENT_AUDIENCE_LABELS` (commitment). */
export const commitmentAudienceLabels = {
  members: '党员',
  masses: '群众',
  superiorCommittee: '上级党组织',
  teachersStudents: '师生',
  branch: '党支部',
  group: '党小组',
} as const;

/** Labels: `COMMITMENT_ITEM_STATUS_LABELS` (commitment). */
export const commitmentItemStatusLabels = {
  pending: '未开始',
  inProgress: '推进中',
  fulfilled: '已践诺',
} as const;

/** Labels: `COMMITMENT_LEVEL_LABELS` (commitment). */
export const commitmentLevelLabels = {
  branch: '党支部',
  group: '功能党小组',
  member: '党员个人',
} as const;

/** Messages: `COMMENDATION_MESSAGES` (commendation). */
export const commendationMessages = {
  'commendation.invalidQuota': '{title|awardTitle}的名额应为不小于 0 的整数,现为 {quota}',
  'commendation.invalidWeights': '{title|awardTitle}的权重应为合计 100 的非负整数百分比,现为工作实绩 {performance}、社会公认度 {recognition}',
  'commendation.duplicateTitle': '评选规则两次列出{title|awardTitle},首次在第 {firstIndex|position} 项;以首次为准',
  'commendation.titleNotInRule': '“{id}”申报的{title|awardTitle}不在评选规则中',
  'commendation.duplicateNomination': '“{id}”重复申报{title|awardTitle},首次在第 {firstIndex|position} 项;以首次为准',
  'commendation.invalidScore': '“{id}”的{field|commendationScore}分数 {value} 不是最多两位小数的有限数',
  'commendation.missingScore': '“{id}”没有{field|commendationScore}分数,不计综合得分,不参加排名',
} as const;

/** Messages: `SELECTION_REASON_MESSAGES` (commendation). */
export const selectionReasonMessages = {
  titleNotInRule: '评选规则不评选{title|awardTitle}',
  duplicateNomination: '重复申报,以第 {firstIndex|position} 项申报为准',
  invalidRule: '{title|awardTitle}的评选规则有误,本次不评选',
  invalidScore: '{field|commendationScore}分数 {value} 无法使用',
  missingScore: '没有{field|commendationScore}分数,不计综合得分,不参加排名',
  noTier: '没有年度等次,而{title|awardTitle}要求至少{minimumTier|memberTier}',
  belowMinimumTier: '年度等次为{tier|memberTier},未达到{minimumTier|memberTier}',
  probationary: '预备党员不参加{title|awardTitle}评选',
  openRectification: '尚有整改事项未完成:{itemIds}',
  alreadyAwarded: '已入选{awardedTitle|awardTitle},同一人本次只评一项',
  combinedScore: '综合得分 {combined} = 工作实绩 {performance} × {performanceWeight}% + 社会公认度 {recognition} × {recognitionWeight}%',
  withinQuota: '综合得分排名第 {rank},在名额 {quota} 名以内',
  outsideQuota: '综合得分排名第 {rank},超出名额 {quota} 名',
  wonTieBreak: '与“{otherId}”综合得分相同,按{decidedBy|tieBreak}排在其前',
  lostTieBreak: '与“{otherId}”综合得分相同,按{decidedBy|tieBreak}排在其后',
} as const;

/** Labels: `ADMISSION_LABELS` (commendation). */
export const admissionLabels = {
  eligible: '可参评',
  ineligible: '不参评',
} as const;

/** Labels: `AWARD_TITLE_LABELS` (commendation). */
export const awardTitleLabels = {
  excellentMember: '优秀共产党员',
  exemplaryTeacher: '师德标兵',
  advancedOrganization: '先进基层党组织',
  excellentPartyWorker: '优秀党务工作者',
} as const;

/** Labels: `COMMENDATION_SCORE_LABELS` (commendation). */
export const commendationScoreLabels = {
  performance: '工作实绩',
  recognition: '社会公认度',
} as const;

/** Messages: `RECTIFICATION_MESSAGES` (rectification). */
export const rectificationMessages = {
  'rectification.duplicateId': '整改事项编号“{id}”重复,首次出现在第 {firstIndex|position} 项',
  'rectification.completedWithoutDate': '整改事项“{id}”标为已整改,但未填写完成日期,无法判断是否按期',
  'rectification.dateWithoutCompletion': '整改事项“{id}”填写了完成日期 {completedOn},但状态不是已整改,按未完成统计',
  'rectification.invalidPeriod': '限期改正期限应为 1 至 {maxMonths} 个月的整月数,现为 {months}',
  'rectification.dueBeyondCalendar': '自 {decidedOn} 起限期改正 {months} 个月,期满日超出 9999-12-31,无法表示',
} as const;

/** Labels: `RECTIFICATION_SOURCE_LABELS` (rectification). */
export const rectificationSourceLabels = {
  massOpinion: '群众意见',
  evaluation: '民主评议',
  inspection: '督查点评',
  selfExamination: '自查',
  assessment: '考核',
  other: '其他',
} as const;

/** Labels: `RECTIFICATION_STATUS_LABELS` (rectification). */
export const rectificationStatusLabels = {
  open: '未整改',
  inProgress: '整改中',
  completed: '已整改',
} as const;

/** Messages: `TABLES_MESSAGES` (tables). */
export const tablesMessages = {
  'tables.notRows': '表格数据应为行的列表',
  'tables.notARow': '第 {row} 行不是一行记录(应为以列名为键的对象)',
  'tables.missingColumn': '表格缺少“{field|tableColumn}”列(可用的列名:{accepted})',
  'tables.duplicateColumn': '第 {position} 列的列名“{column}”与第 {firstPosition} 列重复',
  'tables.ambiguousColumn': '“{column}”列可以对应多个考核项目:{candidates},请在对应关系中指定',
  'tables.unknownColumn': '“{column}”列不是本表的列,已忽略',
  'tables.unknownItemColumn': '“{column}”列不对应任何考核项目(可用:{accepted})',
  'tables.emptyHeader': '第 {position} 列没有列名,该列已忽略',
  'tables.requiredCell': '第 {row} 行“{column}”列为空,此项必填',
  'tables.notANumber': '第 {row} 行“{column}”列的“{value}”不是数字(应写作 20 或 20.5 这样的数)',
  'tables.tooPrecise': '第 {row} 行“{column}”列的 {value} 超过 {decimals} 位小数',
  'tables.notText': '第 {row} 行“{column}”列的“{value}”应为文本',
  'tables.unknownLabel': '第 {row} 行“{column}”列的“{value}”不是可用的取值(可用:{accepted})',
  'tables.notADate': '第 {row} 行“{column}”列的“{value}”不是日期(应写作 2024-06-30 这样的日期)',
  'tables.notABoolean': '第 {row} 行“{column}”列的“{value}”应为“是”或“否”',
  'tables.duplicateKey': '第 {row} 行“{column}”列的“{value}”与第 {firstRow} 行重复',
  'tables.conflictingValue': '第 {row} 行“{column}”列的“{value}”与同一承诺第 {firstRow} 行的“{firstValue}”不一致',
  'tables.moreIssues': '另有 {count} 个问题未逐一列出',
  'tables.invalidOption': '选项“{field}”应为{expected|valueKind}',
} as const;

/** Labels: `TABLE_COLUMN_LABELS` (tables): the default header text of each column. */
export const tableColumnLabels = {
  memberId: '党员编号',
  name: '姓名',
  organizationId: '所在党组织',
  status: '党员类别',
  roles: '党内职务',
  vetoes: '一票否决',
  subjectId: '被评价人编号',
  evaluatorId: '评价人编号',
  group: '评价主体',
  score: '分数',
  grade: '评价等次',
  commitmentId: '承诺编号',
  level: '承诺层级',
  makerId: '承诺主体编号',
  audiences: '承诺对象',
  itemId: '事项编号',
  title: '承诺事项',
  due: '完成时限',
  commitmentStatus: '践诺状态',
  fulfilledOn: '践诺日期',
  decomposedFrom: '分解自',
  own: '自定事项',
  evidence: '佐证材料',
  rectificationId: '整改编号',
  problem: '存在问题',
  source: '问题来源',
  measure: '整改措施',
  target: '整改目标',
  ownerId: '责任人编号',
  rectificationStatus: '整改状态',
  processDisclosed: '整改过程已公示',
  resultDisclosed: '整改结果已公开',
  completedOn: '完成日期',
  rank: '排名',
  total: '总分',
  tier: '等次',
  reasons: '说明',
  combined: '综合得分',
  valid: '有效票数',
  invalid: '无效票数',
  satisfactionRate: '满意率',
  recommendation: '建议等次',
} as const;

/** Texts: the words of written tables (tables). */
export const tableTexts = {
  groupScore: '{group}得分',
  groupCount: '{group}票数',
  gradeCount: '{grade}票数',
  itemOfSheet: '{sheet}/{item}',
  notGraded: '暂不评定',
  yes: '是',
  no: '否',
  reasonSeparator: ';',
  listSeparator: '、',
} as const;

/** Messages: `SQL_MESSAGES` (sql). */
export const sqlMessages = {
  'sql.emptyIdentifier': '{field}的名称为空:表和列都需要名称',
  'sql.identifierHasNul': '{field}的名称含有空字符(“\\0”),数据库中的名称不能含有该字符',
  'sql.identifierTooLong': '{field}的名称长 {length} 字节,数据库最多保留名称的前 {max} 字节',
  'sql.positionRequired': '重复选票按选票顺序处理(“duplicateBallot”为“{treatment}”),选票表需要表示选票顺序的列(“columns.position”)',
} as const;

/** Messages: `SCHEMA_MESSAGES` (schema). */
export const schemaMessages = {
  'schema.duplicateId': '编号“{id}”重复,首次出现在第 {firstIndex|position} 项',
  'schema.notCalendarDate': '“{value}”不是 YYYY-MM-DD 格式的有效日期',
  'schema.blank': '不能为空白',
} as const;

/** How `cxzy/schema` words the problems zod's checks find (schema): `{subject}` and `{found}` as input messages word them. */
export const schemaCheckTexts = {
  moreThan: '{subject}为 {value},应大于 {min}',
  lessThan: '{subject}为 {value},应小于 {max}',
  atLeast: '{subject}应不小于 {min}',
  atMost: '{subject}应不大于 {max}',
  textEmpty: '{subject}不能为空',
  textTooShort: '{subject}应至少有 {min} 个字符,实际只有 {length} 个',
  textTooLong: '{subject}应至多有 {max} 个字符,实际有 {length} 个',
  textLength: '{subject}应恰好有 {exact} 个字符,实际有 {length} 个',
  listEmpty: '{subject}不能为空,至少应有 1 项',
  listTooShort: '{subject}应至少有 {min} 项,实际只有 {count} 项',
  listTooLong: '{subject}应至多有 {max} 项,实际有 {count} 项',
  listLength: '{subject}应恰好有 {exact} 项,实际有 {count} 项',
  notCalendarDate: '{subject}应为 YYYY-MM-DD 格式的有效日期,实际为{found}',
  badFormat: '{subject}的格式不符合要求,实际为{found}',
  notOneOf: '{subject}应为以下之一:{options},实际为{found}',
  notExactly: '{subject}应为 {options},实际为{found}',
  expectedEither: '{subject}应为{expected},实际为{found}',
  noAcceptedForm: '{subject}不符合任何一种可用的写法,实际为{found}',
  unknownFields: '{subject}有未知字段:{keys}',
  tooManyDecimals: '{subject}为 {value},最多保留 {places} 位小数',
  notMultipleOf: '{subject}为 {value},应为 {divisor} 的整数倍',
  badKey: '{subject}不是可用的键名',
  badElement: '{subject}中有无效的元素',
  notAllowed: '{subject}不应为{found}',
  invalid: '{subject}无效,实际为{found}',
  duplicateId: '{subject}为“{id}”,与第 {firstIndex|position} 项重复',
  blank: '{subject}不能为空白',
  option: '{code}({label})',
  either: '或',
} as const;

/** Texts of the command-line program `cxzy` (cli): help, what each command prints, and why a run stops. */
export const cliTexts = {
  usageMain: /* @__PURE__ */ [
    '用法: cxzy <命令> [选项]',
    '',
    '命令:',
    '  score FILE       评定党员等次并说明理由(FILE: .xlsx、.csv 或 .json)',
    '  evaluate FILE    汇总测评票:各评议组得分、综合得分与名次(并列同名次);等次票计算满意率',
    '  check FILE       检查文件:活动(.json)或表格(花名册、考核表、测评票)',
    '  schema [NAME]    输出 JSON Schema(名称不区分大小写)',
    '  template         生成空白的填报表(.xlsx 或 .csv),表头与考核细则或评议办法一致',
    '  demo             运行内置示例活动',
    '  help [命令]      显示帮助',
    '',
    '通用选项:',
    '  --lang zh-CN|en  输出语言(默认 zh-CN),也可写作 --lang=en',
    '  --json           以 JSON 输出结果;失败时也输出 JSON',
    '  -h, --help       显示帮助',
    '  -v, --version    显示版本',
    '',
    '文件: .csv 可为 UTF-8(有无 BOM 均可)或 GBK/GB18030(自动识别,或用 --encoding 指定);',
    '      .xlsx 读取第一个工作表(或 --sheet 名称);--out 可写 .csv(带 BOM,Excel 可直接打开)、.xlsx 或 .json。',
    '',
    '退出码: 0 无问题;1 数据有问题(或文件无法读取);2 命令用法有误。',
  ].join('\n'),
  usageScore: /* @__PURE__ */ [
    '用法: cxzy score FILE [--sheets FILE] [--rule 规则] [--out FILE] [选项]',
    '',
    '按两个责任书评定党员等次,逐人说明理由。',
    'FILE 为考核表(.xlsx 或 .csv):每行一名党员(党员编号、姓名、类别),每个考核项目一列;',
    '  或 .json:{ "cards": [...], "sheets"?: [...], "rule"?: "…" }。',
    '',
    '  --sheets FILE     考核细则(.json);默认为文件中的细则,再默认为示例的两个责任书',
    '  --rule 规则       评定规则,按方案写法,如“100分以上为优秀;80—100分为合格;60—80分为基本合格;60分以下为不合格”',
    '                    默认为文件中的规则(工作簿的“评定规则”表),再默认为同民镇中学2015年的规则',
    '  --out FILE        把公示表写入 .csv、.xlsx 或 .json',
    '  --encoding 编码   .csv 的编码:utf-8 或 gbk(gb18030);默认自动识别',
    '  --sheet 名称      读取工作簿中的哪个工作表;默认第一个',
    '',
    '退出码: 0 全部评定;1 数据有问题或有党员未能评定;2 命令用法有误。',
  ].join('\n'),
  usageEvaluate: /* @__PURE__ */ [
    '用法: cxzy evaluate FILE [--policy 名称|FILE] [--wide] [--group 评议组] [--out FILE] [选项]',
    '',
    '汇总评分票:各评议组得分与票数、综合得分、名次(同分并列)。',
    '或汇总等次票(满意/基本满意/不满意):各等次票数、满意率与建议等次。',
    'FILE: 每行一票(被评价人、评价人、评议组、得分或等次);--wide 表示测评表(每行一名评价人,每名被评价人一列)。',
    '',
    '  --policy 名称|FILE  评议办法:school-four-sided(默认)、three-sided、democratic-assessment,或 .json 文件',
    '  --vote-rule 名称|FILE  等次票的规则:satisfaction-survey(默认)、democratic-appraisal,或 .json 文件',
    '  --grades          按等次票汇总(表中有“等次”列时自动识别)',
    '  --wide            表为测评表的宽表形式',
    '  --group 评议组    表中没有评议组列时,全部票所属的评议组(如 peer 或 党内互评)',
    '  --out FILE        把公示表写入 .csv、.xlsx 或 .json',
    '  --encoding 编码   .csv 的编码:utf-8 或 gbk;默认自动识别',
    '  --sheet 名称      读取工作簿中的哪个工作表;默认第一个',
    '',
    '退出码: 0 无问题;1 数据有问题;2 命令用法有误。',
  ].join('\n'),
  usageCheck: /* @__PURE__ */ [
    '用法: cxzy check FILE [--kind 种类] [选项]',
    '',
    '检查文件,列出每个问题(表格指明第几行、哪一列)。',
    '  .json:创先争优活动(字段、日期与阶段安排)。',
    '  .xlsx/.csv:按 --kind 检查:members(党员花名册)、cards(考核表)、ballots(评分票)、grades(等次票);',
    '             不写时按表头识别。',
    '',
    '  --sheets FILE     检查考核表时所用的考核细则(.json);默认为示例的两个责任书',
    '  --encoding 编码   .csv 的编码:utf-8 或 gbk;默认自动识别',
    '  --sheet 名称      读取工作簿中的哪个工作表;默认第一个',
    '',
    '退出码: 0 无问题(可有提醒);1 有错误;2 命令用法有误。',
  ].join('\n'),
  usageSchema: /* @__PURE__ */ [
    '用法: cxzy schema [NAME]',
    '',
    '输出一个实体的 JSON Schema;不写 NAME 时输出全部(按名称)。名称不区分大小写。',
    '',
    '退出码: 0 已输出;2 没有这个名称。',
  ].join('\n'),
  usageTemplate: /* @__PURE__ */ [
    '用法: cxzy template [--kind 种类] [--sheets FILE] [--policy 名称|FILE] [--out FILE]',
    '',
    '生成空白填报表:表头与考核细则或评议办法一致,填好后即可用 score 或 evaluate 计算。',
    '  --kind 种类       cards(考核表,默认)、members(花名册)、ballots(评分票)、grades(等次票)',
    '  --sheets FILE     考核表的考核细则(.json);默认为示例的两个责任书',
    '  --policy 名称|FILE  评分票的评议办法,列出其评议组',
    '  --out FILE        写入 .xlsx 或 .csv;不写时把表头以 CSV 输出',
    '',
    '退出码: 0 已生成;1 细则或办法有问题;2 命令用法有误。',
  ].join('\n'),
  usageDemo: /* @__PURE__ */ ['用法: cxzy demo [--lang zh-CN|en]', '', '运行内置示例活动:阶段检查、等次表、测评汇总与表彰名单。', '', '退出码: 0。'].join('\n'),
  publicitySheet: '公示',
  ballotsSheet: '测评票',
  scoreSheet: '考核表',
  usageHint: '运行“cxzy --help”查看用法',
  errorMark: '✗',
  warningMark: '⚠',
  noIssues: '✓ 未发现问题',
  moreIssues: '……另有 {count} 个问题未列出',
  notGraded: '不评定',
  noTotal: '—',
  ungraded: '✗ {count} 名党员未能评定等次:{members}',
  scored: '共 {members} 名党员,评定 {graded} 名:{tiers}',
  tierCount: '{tier} {count}',
  evaluated: '共 {subjects} 名被评价人,{ballots} 张评分票',
  summarized: '共 {subjects} 名被评价人,{ballots} 张等次票',
  checked: '已检查 {rows} 行',
  wrote: '已写入 {path}({rows} 行)',
  wroteTemplate: '已生成填报表 {path}',
  progress: '已读 {rows} 行……',
  unknownCommand: '没有“{command}”这个命令;可用的命令:{known}',
  unknownOption: '选项有误:{reason}',
  optionNotFor: '命令“{command}”没有选项“--{option}”',
  missingFile: '命令“{command}”需要一个文件',
  tooManyFiles: '命令“{command}”只读一个文件,多出了“{extra}”',
  unknownLocale: '没有“{locale}”这种语言;可用:{known}',
  unknownKind: '没有“{kind}”这一种类;可用:{known}',
  unknownPolicy: '没有名为“{name}”的评议办法;可用:{known},或一个“.json”文件',
  unknownVoteRule: '没有名为“{name}”的等次票规则;可用:{known},或一个“.json”文件',
  noSchemaNamed: '没有名为“{name}”的“JSON Schema”;可用:{known}',
  unknownEncoding: '没有“{name}”这种编码;可用:{known}',
  unknownFormat: '“{path}”的格式无法识别;可用:{known}',
  cannotRead: '无法读取“{path}”({reason})',
  cannotWrite: '无法写入“{path}”({reason})',
  notValidJson: '“{path}”不是有效的 JSON:{reason}',
  notAWorkbook: '“{path}”不是工作簿文件(“.xlsx”)',
  noSuchSheet: '“{path}”中没有工作表“{sheet}”;有:{known}',
  badEncoding: '“{path}”第 {line} 行(第 {offset} 字节处,字节“0x{byte}”)不是有效的“{encoding}”文本;请把文件另存为“UTF-8”,或用“--encoding”指定编码',
  notAnObject: '“{path}”应为 JSON 对象',
  unexpected: '意外错误:{reason}',
} as const;

/** Messages: the issues the command-line program `cxzy` reports about its input files (cli). */
export const cliMessages = {
  'cli.ruleNotText': '评定规则“rule”应为按方案写法书写的文字(如“100分以上为优秀;80—100分为合格”),实为 {type}',
} as const;

/** Texts of `cxzy demo` (cli): the headings and lines of each section of the example campaign's report. */
export const demoTexts = {
  theme: '主题: {theme}',
  listSeparator: '、',
  reasonSeparator: ';',
  organizationHeading: '组织检查',
  organizationSummary: '{organizations} 个党组织,{members} 名党员,{groups} 个功能党小组',
  standardsHeading: '创建标准',
  scheduleHeading: '阶段安排检查',
  asOf: '截至 {date}',
  dueSoon: '即将到期:{task}({due},还有 {days} 天)',
  overdue: '已逾期:{task}({due},逾期 {days} 天)',
  doneLate: '逾期完成:{task}(期限 {due},晚 {days} 天)',
  scoringHeading: '党员年度考核(两个责任书)',
  scoringRule: '评定规则:{source}',
  scoringDistribution: '共 {members} 人,评定 {graded} 人:优秀 {excellent},合格 {qualified},基本合格 {basicallyQualified},不合格 {unqualified}',
  evaluationHeading: '民主评议(领导点评 30%、党内互评 30%、师生评议 20%、家长评议 20%)',
  rankColumn: '名次',
  nameColumn: '姓名',
  combinedColumn: '综合',
  tied: '(并列)',
  satisfaction: '家长满意度测评:满意 {satisfied} 票,基本满意 {basicallySatisfied} 票,不满意 {dissatisfied} 票;满意率 {rate},建议评定为“{recommendation}”(仅供参考,由支部研究确定)',
  motion: '党员大会表决推荐人选:应到 {entitled} 人,实到 {present} 人(至少 {quorum} 人),赞成 {inFavour} 票(至少 {requiredInFavour} 票)——{outcome}',
  motionPassed: '通过',
  motionNotPassed: '未通过',
  summaryHeading: '创先争优概览({date})',
  currentPhase: '当前阶段: {status}{phase}',
  daysOverdue: '逾期 {days} 天',
  dueInDays: '{days} 天后到期',
  commitmentsHeading: '三级双向承诺',
  commitmentTally: '{level}:{items} 项,已践诺 {fulfilled}(逾期践诺 {fulfilledLate}),逾期未践诺 {overdue},践诺率 {rate}',
  tiersHeading: '等次分布',
  sinceLastYear: '较上年 {change}',
  evaluated: '评议覆盖:{evaluated}/{expected} ({rate}){missing}',
  notEvaluated: ',未评:{names}',
  commendationHeading: '评选表彰 · 向上推荐',
  rectificationHeading: '整改',
  rectificationCompleted: '完成率 {rate}({completed}/{total})',
  processUndisclosed: '整改过程未公示',
  resultUndisclosed: '整改结果未公开',
} as const;

/** Labels: the id fields of a ballot, as messages name them (evaluation). */
export const ballotFieldLabels = {
  subjectId: '被评价对象',
  evaluatorId: '评价人',
} as const;

/** Labels: the numbers of a meeting, as messages name them (evaluation). */
export const meetingCountLabels = {
  entitled: '应到会人数',
  present: '实到会人数',
  inFavour: '赞成票数',
  against: '反对票数',
  abstaining: '弃权票数',
} as const;

/** Labels: where a branch's commitment items come from, above the branch (commitment). */
export const commitmentSourceLabels = {
  superior: '上级党组织',
} as const;

/** Labels: what decided a tie between candidates (commendation). */
export const tieBreakLabels = {
  performance: '工作实绩',
  recognition: '社会公认度',
  id: '编号顺序',
} as const;

/** Labels: how a tier rule resolves a score in two bands (scoring). */
export const overlapResolutionLabels = {
  higherTier: '较高等次',
  lowerTier: '较低等次',
} as const;

/** Texts: a band written out the way plans write it (scoring). */
export const bandTexts = {
  range: '{from}{fromExcluded}—{to}分{toExcluded}',
  excluded: '（不含）',
  atLeast: '{value}分以上',
  moreThan: '超过{value}分',
  atMost: '{value}分以下',
  under: '不满{value}分',
  any: '任意分数',
  quoted: '“{text}”',
  listSeparator: '',
} as const;

/** Texts: the sentence of each reason an assessment gives (scoring). */
export const assessmentReasonTexts = {
  points: '总分 {total} 分(基本分 {base},加分 {bonus},扣分 {deduction})',
  bonus: '“{item}”加 {points} 分',
  deduction: '“{item}”扣 {points} 分',
  band: '{score} 分落入“{text}”档,评定为{tier|memberTier}',
  overlap: '{score} 分同时属于{texts},按规则取{resolution|overlapResolution}:“{text}”',
  veto: '一票否决:{label},等次至多为{atMost|memberTier}',
  quotaKept: '优秀名额 {cap} 名,排名第 {rank},保留优秀',
  quotaDemoted: '优秀名额 {cap} 名,排名第 {rank},超出名额,调整为{to|memberTier}',
  quotaTiedAtCut: '优秀名额 {cap} 名,排名第 {rank},与他人并列名额末位,暂定为{to|memberTier},由支部决定',
  probationary: '预备党员参加评议,但不评定等次',
  invalidInput: '考核表或评定规则有误,暂不评定等次',
  noScores: '没有任何得分记录,不计总分,暂不评定等次',
  cardRejected: '考核卡有误,不计总分,暂不评定等次',
  cardRejectedItems: '考核卡中{items}的得分有误,不计总分,暂不评定等次',
  noTotal: '不计总分',
  noBand: '总分不属于任何等次,暂不评定等次',
  decision: '{decidedBy}于 {decidedOn} 决定评定为{tier|memberTier}{why}',
  decisionReason: ',理由:{reason}',
  notGraded: '未评定',
} as const;

/** Labels: month names, as period names use them (schedule). */
export const monthNameLabels = {
  '1': '1月',
  '2': '2月',
  '3': '3月',
  '4': '4月',
  '5': '5月',
  '6': '6月',
  '7': '7月',
  '8': '8月',
  '9': '9月',
  '10': '10月',
  '11': '11月',
  '12': '12月',
} as const;

/** Labels: quarters by number, as period names use them (schedule). */
export const quarterNumeralLabels = {
  '1': '一',
  '2': '二',
  '3': '三',
  '4': '四',
} as const;

/** Labels: the halves of a year, as period names use them (schedule). */
export const halfYearLabels = {
  '1': '上',
  '2': '下',
} as const;

/** Texts: the name of each period a recurring duty is counted in (schedule). */
export const cadencePeriodTexts = {
  month: '{year}年{month}月',
  quarter: '{year}年第{quarter|quarterNumeral}季度',
  halfYear: '{year}年{half|halfYear}半年',
  year: '{year}年',
  semester: '{year}年{semester}',
} as const;

/** Texts: boundary cases, rule descriptions and assertion messages for rule authors (testing). */
export const testingTexts = {
  caseInBand: '{score}分在{band}内,为{tier}',
  caseInBands: '{score}分同在{bands}内,按规则取{overlap}:{tier}',
  caseInNoBand: '{score}分不在任何分数段内,没有等次',
  overlapHigher: '较高等次',
  overlapLower: '较低等次',
  caseBetween: '规则按整数分计,{score}分未达到{next}分,仍在{band}内:{tier}',
  noTier: '没有等次',
  theRule: '该规则',
  quoted: '“{text}”',
  listSeparator: '、',
  itemSeparator: ';',
  tierMismatch: '按{rule},{score}分应为{expected},实际为{actual}',
  boundaryMismatch: '按{rule},{count}个分数的等次与预期不符:{list}',
  boundaryItem: '{score}分应为{expected},实际为{actual}',
  boundaryGap: '按{rule},边界附近的{scores}分不在任何分数段内',
  textMismatch: '规则文字读出的是“{actual}”,而规则是“{expected}”',
  textUnreadable: '规则文字“{text}”读不出规则:{problems}',
  columnTier: '等次',
  columnRange: '分数段',
  columnLower: '下限',
  columnUpper: '上限',
  boundIncluded: '{value}分(含)',
  boundExcluded: '{value}分(不含)',
  boundNone: '不限',
} as const;

/**
 * Every message and label section, as one catalogue: what `cxzy/i18n` renders issue messages from.
 * The sentences that functions return in every locale (reasons, band and period names) and the
 * command line's own words stay out of it, so that a library user ships only what messages need.
 */
/** Messages: structural problems in a rule, policy or option object, found at a function's entry (core). */
export const inputMessages = {
  'input.missing': '缺少{subject}',
  'input.expected': '{subject}应为{expected|valueKind},实际为{found}',
  'input.tooSmall': '{subject}为 {value},应不小于 {min}',
  'input.tooLarge': '{subject}为 {value},应不大于 {max}',
  'input.notOneOf': '{subject}为“{value}”,应为以下之一:{options}',
} as const;

/** Labels: the kinds of value a field may hold, as input messages name them (core). */
export const valueKindLabels = {
  number: '数字',
  integer: '整数',
  boolean: '布尔值(true 或 false)',
  text: '文本',
  object: '对象',
  list: '列表',
  fraction: '分数({ numerator, denominator })',
  date: 'YYYY-MM-DD 格式的日期',
  accumulator: '由 createAccumulator、addBallots、mergeAccumulators、accumulatorFromJson、accumulatorFromColumns 或 accumulatorFromBytes 得到的累加器',
  function: '函数',
  textOrNumber: '文本或数字',
} as const;

/** How an input message shows where the problem is and what was found (core). */
export const inputPartTexts = {
  subjectField: '“{field}”',
  subjectItem: '第 {position} 项',
  subjectFieldOfItem: '第 {position} 项“{field}”',
  subjectItemOf: '“{field}”第 {position} 项',
  subjectWhole: '输入',
  subjectWithin: '{outer}{inner}',
  outerItem: '第 {position} 项',
  outerFieldOfItem: '第 {position} 项“{field}”',
  foundText: '文本“{value}”',
  foundNumber: '数字 {value}',
  foundBoolean: '布尔值 {value}',
  foundNull: '空值 null',
  foundList: '列表',
  foundObject: '对象',
  foundNotFinite: '无效数值 {value}',
  foundOther: '{value}',
  foundMissing: '未给出的值',
} as const;

/** Labels: the fields of rules, policies and entities, as messages and JSON Schema descriptions name them. */
export const fieldLabels = {
  // The parameters of the schedule's functions.
  rules: '规则',
  template: '模板',
  id: '编号',
  name: '名称',
  title: '标题',
  weight: '权重',
  method: '计算方法',
  dropHighest: '去掉最高分个数',
  dropLowest: '去掉最低分个数',
  minBallots: '最少票数',
  groups: '评价组',
  missingGroup: '评价组无有效选票时的处理',
  duplicateBallot: '重复投票的处理',
  excludeSelfFromPeer: '党内互评排除自评',
  precision: '保留小数位数',
  scale: '分值范围',
  min: '下限',
  max: '上限',
  minimum: '参与排名的最低要求',
  countedGroups: '计入的评价组个数',
  countedWeight: '计入的权重占比',
  share: '比例',
  numerator: '分子',
  denominator: '分母',
  tiers: '等次',
  tier: '等次',
  tierSet: '等次集',
  tierLabels: '各等次名称',
  memberTiers: '对应的民主评议等次',
  bands: '分数段',
  overlap: '分数段重叠',
  quota: '名额',
  score: '分数',
  points: '分值',
  total: '总分',
  year: '年份',
  date: '日期',
  asOf: '截止日期',
  // The fields of the entities cxzy/schema parses.
  organizationId: '所属组织',
  status: '状态',
  roles: '职务',
  parentId: '上级组织',
  kind: '类别',
  focus: '工作重点',
  leaderId: '负责人',
  memberIds: '成员',
  deputyIds: '副组长',
  officeDirectorId: '办公室主任',
  partyOrganizationId: '所属党组织',
  chairId: '主席',
  start: '开始日期',
  end: '结束日期',
  code: '代码',
  label: '名称',
  description: '说明',
  subject: '评定对象',
  source: '来源',
  criteria: '标准条目',
  due: '截止日期',
  done: '完成日期',
  ownerId: '责任人',
  period: '期限',
  theme: '主题',
  organizerId: '组织单位',
  basis: '依据',
  phases: '阶段',
  tasks: '任务',
  standards: '标准',
  activities: '活动',
  fulfilledOn: '兑现日期',
  evidence: '佐证材料',
  decomposedFrom: '分解自',
  own: '自定项目',
  level: '层级',
  makerId: '承诺人',
  audiences: '承诺对象',
  items: '项目',
  performance: '工作实绩',
  recognition: '社会公认度',
  openRectificationIds: '未完成的整改事项',
  problem: '问题',
  measure: '整改措施',
  target: '整改目标',
  processDisclosed: '整改过程已公开',
  resultDisclosed: '整改结果已公开',
  completedOn: '完成日期',
  verification: '验收',
  on: '日期',
  verifierId: '验收人',
  passed: '是否通过',
  note: '备注',
  memberId: '党员',
  entries: '得分记录',
  sheetId: '考核表',
  itemId: '考核项目',
  maxPoints: '满分',
  vetoes: '否决项',
  vetoId: '否决项',
  subjectId: '评价对象',
  evaluatorId: '评价人',
  group: '评价组',
  grade: '评价等级',
  standard: '标准',
  // The fields of the rules, policies and options cxzy/schema parses.
  'zh-CN': '中文',
  en: '英文',
  gradeProbationary: '预备党员评定等次',
  wholeScores: '按整数分划档',
  excellentQuota: '优秀比例上限',
  text: '原文',
  value: '数值',
  inclusive: '含本数',
  atMost: '最高等次',
  trigger: '触发条件',
  atLeast: '不少于',
  of: '比例基数',
  tieBreak: '并列处理',
  missingEntry: '缺项处理',
  sheets: '考核表',
  baseScore: '基础分',
  floor: '最低分',
  categories: '积分类别',
  carryOver: '结转规则',
  cap: '封顶',
  per: '计算周期',
  categoryId: '积分类别',
  once: '仅计一次',
  carriedOver: '上年结转分',
  transferredIn: '年中转入',
  branchAverage: '支部平均分',
  meets: '达标分数',
  band: '档次',
  minStars: '最少星数',
  firstIndex: '起始位置',
  verdict: '结论',
  grades: '评价等级',
  threshold: '比例要求',
  satisfiedGrades: '计入满意率的等级',
  fallback: '默认结论',
  quorum: '到会要求',
  passing: '通过要求',
  base: '计算基数',
  order: '排序方向',
  dense: '密集名次',
  tieBreakRanks: '按并列规则定名次',
  every: '周期',
  month: '月',
  day: '日',
  semesters: '学期',
  partialPeriods: '不完整周期的处理',
  names: '别称',
  ordinal: '届次',
  opening: '开幕日期',
  before: '“前”',
  namedDays: '纪念日',
  congresses: '党代会',
  daysAfterStart: '开始后天数',
  daysBeforeEnd: '结束前天数',
  namedDay: '纪念日',
  congress: '党代会',
  length: '时长',
  days: '天数',
  months: '月数',
  minPhaseDays: '阶段最短天数',
  withinDays: '提前提醒天数',
  minimumTier: '最低等次',
  probationary: '预备党员',
  openRectification: '有未完成整改',
  weights: '各项权重',
  titles: '表彰称号',
  onePerPerson: '每人限一项',
  maxMonths: '最长月数',
  rule: '规则',
  locale: '语言',
  deadlines: '截止提醒',
  // The parameters and records the domains' entry checks name (evaluation, commendation, campaign).
  accumulator: '累加器',
  first: '第一个部分结果',
  others: '其他部分结果',
  options: '选项',
  ballots: '选票',
  attendance: '到会情况',
  votes: '表决情况',
  candidates: '候选人',
  campaign: '活动',
  records: '活动记录',
  commitments: '承诺',
  current: '本年度',
  previous: '上年度',
  members: '党员',
  graded: '已评定人数',
  counts: '各等次人数',
  evaluation: '评议',
  expectedSubjectIds: '应评对象',
  results: '评议结果',
  combined: '综合得分',
  commendation: '评选表彰',
  rectification: '整改事项',
  policy: '评价办法',
  excellent: '优秀人数',
  qualified: '合格人数',
  basicallyQualified: '基本合格人数',
  unqualified: '不合格人数',
  // The fields the entry checks of cxzy/scoring name.
  decision: '等次决定',
  decidedBy: '决定者',
  decidedOn: '决定日期',
  reason: '理由',
  assessment: '考核结果',
  assessments: '考核结果',
  issues: '问题',
  bySheet: '各考核表小计',
  byStandard: '各标准小计',
  bonus: '加分',
  deduction: '扣分',
  reasons: '评定依据',
  itemTitle: '考核项目名称',
  bandIndexes: '分数段序号',
  chosen: '选定的分数段',
  resolution: '重叠处理',
  to: '调整后等次',
  outcome: '名额结果',
  rank: '排名',
  cause: '不评定原因',
  previousYear: '上年度',
  currentYear: '本年度',
  events: '记录',
  totals: '总分',
  scores: '各项得分',
  stars: '星数',
  cards: '考核卡',
  bandIndex: '分数段序号',
  from: '调整前等次',
  origin: '来源',
  // The parameters of cxzy/i18n's message functions.
  catalog: '消息目录',
  params: '参数',
  labels: '标签查找函数',
  tables: '标签表',
  severity: '严重程度',
  path: '路径',
  issue: '问题',
  // The numbers of a meeting the vote functions check.
  entitled: '应到会人数',
  inFavour: '赞成票数',
  abstaining: '弃权票数',
  present: '实到会人数',
  against: '反对票数',
} as const;

export const catalogue = {
  organizationMessages,
  massOrganizationKindLabels,
  memberStatusLabels,
  organizationKindLabels,
  roleLabels,
  scheduleMessages,
  cadenceUnitLabels,
  phaseKindLabels,
  phaseStatusLabels,
  scoringMessages,
  memberTierLabels,
  organizationBandLabels,
  scoreItemKindLabels,
  evaluationMessages,
  aggregationMethodLabels,
  duplicateBallotTreatmentLabels,
  evaluatorGroupLabels,
  missingGroupTreatmentLabels,
  satisfactionGradeLabels,
  commitmentMessages,
  commitmentAudienceLabels,
  commitmentItemStatusLabels,
  commitmentLevelLabels,
  commendationMessages,
  selectionReasonMessages,
  admissionLabels,
  awardTitleLabels,
  commendationScoreLabels,
  rectificationMessages,
  rectificationSourceLabels,
  rectificationStatusLabels,
  schemaMessages,
  sqlMessages,
  ballotFieldLabels,
  meetingCountLabels,
  commitmentSourceLabels,
  tieBreakLabels,
  overlapResolutionLabels,
  monthNameLabels,
  quarterNumeralLabels,
  halfYearLabels,
  inputMessages,
  valueKindLabels,
  fieldLabels,
  tablesMessages,
  tableColumnLabels,
} as const;
