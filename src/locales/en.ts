/**
 * Every word cxzy shows, in English: the label of every enumerated value and the template of every
 * issue message and reason, section by section, with the same sections and keys as the zh-CN file.
 * A template names its parameters in braces (`{memberId}`); `{tier|memberTier}` shows the value of
 * `tier` by its label in the section `memberTierLabels` of this same file.
 *
 * The file imports nothing: it is data, and every module takes only the sections it uses.
 */

/** Messages: `ORGANIZATION_MESSAGES` (organization). */
export const organizationMessages = {
  'organization.duplicateId': 'Organization id "{id}" is used twice; first as item {firstIndex|position}',
  'organization.unknownParent': 'Organization "{id}" names an unknown parent "{parentId}"',
  'organization.cycle': 'Organization "{id}" is its own superior through {chain}',
  'organization.kindInversion': 'A {childKind|organizationKind|lower} ("{id}") cannot be under a {parentKind|organizationKind|lower} ("{parentId}")',
  'functionalGroup.duplicateId': 'Functional group id "{id}" is used twice; first as item {firstIndex|position}',
  'functionalGroup.memberInNone': 'Member "{memberId}" is in no functional group',
  'functionalGroup.memberInSeveral': 'Member "{memberId}" is in several functional groups: {groupIds}',
  'functionalGroup.unknownMember': 'Functional group "{groupId}" lists "{memberId}", who is not a member of the branch',
  'functionalGroup.memberListedTwice': 'Functional group "{groupId}" lists member "{memberId}" twice',
  'functionalGroup.leaderOutsideGroup': 'The leader "{leaderId}" of functional group "{groupId}" is not one of its members',
  'functionalGroup.empty': 'Functional group "{groupId}" has no members',
} as const;

/** Labels: `MASS_ORGANIZATION_KIND_LABELS` (organization). */
export const massOrganizationKindLabels = {
  tradeUnion: 'Trade union',
  youthLeague: 'Communist Youth League',
  womensFederation: 'Women\'s Federation',
} as const;

/** Labels: `MEMBER_STATUS_LABELS` (organization). */
export const memberStatusLabels = {
  full: 'Full member',
  probationary: 'Probationary member',
} as const;

/** Labels: `ORGANIZATION_KIND_LABELS` (organization). */
export const organizationKindLabels = {
  committee: 'Party committee',
  generalBranch: 'General Party branch',
  branch: 'Party branch',
} as const;

/** Labels: `ROLE_LABELS` (organization). */
export const roleLabels = {
  secretary: 'Secretary',
  deputySecretary: 'Deputy secretary',
  committeeMember: 'Committee member',
  groupLeader: 'Party group leader',
  partyAffairsWorker: 'Party affairs worker',
} as const;

/** Messages: `SCHEDULE_MESSAGES` (schedule). */
export const scheduleMessages = {
  'datePhrase.unreadable': 'Cannot read the date phrase "{text}" from character {at}: "{rest}"',
  'datePhrase.tooLong': 'The date phrase is {length} characters long, more than the {max} allowed',
  'datePhrase.missingYear': 'The date phrase "{text}" names no year and no default year was given',
  'datePhrase.notADate': 'The date phrase "{text}" names {year}-{month}-{day}, which does not exist',
  'datePhrase.unknownCongress': 'The date phrase "{text}" names the National Congress number {ordinal}, whose opening date is not known',
  'datePhrase.deadlineAsStart': 'The date phrase "{text}" starts with a "before …" deadline, which cannot be the start of a range',
  'schedule.tooManyPhases': 'There are {count} phases, more than the {max} checked; nothing was checked',
  'schedule.duplicatePhaseId': 'Phase id "{phaseId}" is used twice; first as item {firstIndex|position}',
  'schedule.duplicateTaskId': 'Task id "{taskId}" is used twice; first in phase "{firstPhaseId}"',
  'schedule.endBeforeStart': 'Phase "{phaseTitle}" ends on {end}, before it starts on {start}',
  'schedule.phaseOutOfOrder': 'Phase "{phaseTitle}" (starting {start}) is listed after "{previousTitle}", which starts later ({previousStart})',
  'schedule.overlap': 'Phase "{phaseTitle}" overlaps "{otherTitle}" for {days} days, {from} to {to}',
  'schedule.gap': 'Between phases "{previousTitle}" and "{phaseTitle}", {days} days ({from} to {to}) belong to no phase',
  'schedule.phaseOutsidePeriod': 'Phase "{phaseTitle}" ({start} to {end}) runs outside the campaign period {periodStart} to {periodEnd}',
  'schedule.phaseShorterThanUsual': 'The {kind|phaseKind|lower} phase "{phaseTitle}" lasts only {days} days where at least {minDays} are usual; check that no year was miscopied',
  'schedule.taskDueBeforePhase': 'Task "{taskTitle}" is due on {due}, before its phase "{phaseTitle}" starts on {start}',
  'schedule.taskDueAfterPhase': 'Task "{taskTitle}" is due on {due}, after its phase "{phaseTitle}" ends on {end}',
  'schedule.taskDueAfterNextPhaseStarts': 'Task "{taskTitle}" is due on {due}, after the next phase "{nextTitle}" has started on {nextStart}',
  'template.invalidLength': 'The length {length} of template phase "{phaseTitle}" is not a positive whole number',
  'template.anchorNotAfterStart': 'Template phase "{phaseTitle}" must end before {anchor}, but it only starts on {start}',
  'template.taskOutsidePhase': 'Template task "{taskTitle}" falls due on {due}, outside its phase "{phaseTitle}" ({start} to {end})',
  'cadence.shortfall': '{period|cadencePeriod}: "{rule|cadenceRule}" held {count} times; at least {required} required',
  'cadence.invalidRule': 'Rule "{ruleId}" requires {atLeast} times, which is not a positive whole number',
  'cadence.invalidPeriod': 'The period to check ends on {end}, before it starts on {start}',
  'cadence.invalidSemester': 'Semester "{semester|semester}" is bounded by month {month}, day {day}, which does not exist',
  'cadence.semestersOverlap': 'Semesters "{semester|semester}" and "{other|semester}" overlap on {date}, so one event would count in both',
  'cadence.unmatchedEvent': 'Event "{kind}" on {date} matches no cadence rule and was not counted',
  'cadence.periodTooLong': 'The period to check, {start} to {end}, is {days} days, more than {maxDays} (20 years): check it in parts',
} as const;

/** Labels: `CADENCE_UNIT_LABELS` (schedule). */
export const cadenceUnitLabels = {
  month: 'Monthly',
  quarter: 'Quarterly',
  halfYear: 'Every half year',
  semester: 'Every semester',
  year: 'Yearly',
} as const;

/** Labels: `PHASE_KIND_LABELS` (schedule). */
export const phaseKindLabels = {
  mobilization: 'Mobilization',
  implementation: 'Implementation',
  benchmarking: 'Benchmarking and upgrading',
  summary: 'Summary and institution-building',
  rectificationAndCommendation: 'Rectification and commendation',
  custom: 'Other phase',
} as const;

/** Labels: `PHASE_STATUS_LABELS` (schedule). */
export const phaseStatusLabels = {
  before: 'Not yet started',
  during: 'Under way',
  between: 'Between phases',
  after: 'Finished',
} as const;

/** Messages: `SCORING_MESSAGES` (scoring). */
export const scoringMessages = {
  'scoring.ruleNoBands': 'The tier rule has no bands',
  'scoring.ruleUnknownTier': 'Band {band} names an unknown tier "{tier}"',
  'scoring.ruleBadBound': 'Band {band} has a bound {value} that is not a finite number with at most two decimals',
  'scoring.ruleEmptyBand': 'Band "{text}" contains no score',
  'scoring.ruleGap': 'Scores from {from} to {to} fall in no band',
  'scoring.ruleOverlap': 'Bands "{text}" and "{otherText}" overlap from {from} to {to}, more than a shared boundary',
  'scoring.ruleOverlapAtLeast': 'Bands "{text}" and "{otherText}" overlap on {from} or more',
  'scoring.ruleOverlapAtMost': 'Bands "{text}" and "{otherText}" overlap on {to} or less',
  'scoring.ruleOverlapAny': 'Bands "{text}" and "{otherText}" overlap on any score',
  'scoring.ruleTierOrder': 'Band "{text}" ({tier|memberTier}) lies above "{otherText}" ({otherTier|memberTier}): a higher score would get a lower tier',
  'scoring.ruleUncoveredBelow': 'Scores below {value} fall in no band',
  'scoring.ruleUncoveredAbove': 'Scores above {value} fall in no band',
  'scoring.ruleDuplicateVeto': 'Veto id "{vetoId}" is used twice',
  'scoring.ruleBadQuota': 'The excellent quota {numerator}/{denominator} is invalid: a whole numerator of 0 or more over a whole denominator of 1 or more',
  'scoring.parseEmpty': 'The tier rule text is empty',
  'scoring.parseUnreadable': 'Cannot read "{fragment}" at character {column}',
  'scoring.parseMissingTier': '"{fragment}" at character {column} gives a score range but no tier',
  'scoring.parseMissingRange': '"{fragment}" at character {column} gives a tier but no score range',
  'scoring.parseUnpaired': 'In "{fragment}" at character {column}, score ranges and tiers do not pair up',
  'scoring.parseBadRange': '"{fragment}" at character {column} is not a valid score range',
  'scoring.parseTooManyDecimals': 'The score "{fragment}" at character {column} has more than two decimals',
  'scoring.parseTooLong': 'The text has {length} characters, over the limit of {limit}',
  'scoring.parseBadOverlap': 'The option "overlap" (what a score in two bands gets) is "{value}"; it must be "higherTier" (the higher tier) or "lowerTier" (the lower tier)',
  'scoring.parseMarkerMismatch': '"{fragment}" at character {column} names a score other than the one before it',
  'scoring.parseOverlapConflict': '"{fragment}" at character {column} contradicts what the text said before about a score on a shared boundary',
  'scoring.parseOtherSetTier': '"{fragment}" at character {column} is not a tier of the rule but of the tier set "{sets}": give that set when reading such a rule',
  'scoring.duplicateSheet': 'Score sheet id "{sheetId}" is used twice',
  'scoring.duplicateItem': 'Item id "{itemId}" is used twice in sheet "{sheetId}"',
  'scoring.badMaxPoints': 'Item "{itemId}" of sheet "{sheetId}" has a maximum {maxPoints} that is not a non-negative number with at most two decimals',
  'scoring.vetoTriggerUnknownItem': 'Veto "{vetoId}" is triggered by an unknown item "{sheetId}/{itemId}"',
  'scoring.duplicateCard': 'Member "{memberId}" has several score cards; the first is item {firstIndex|position}',
  'scoring.unknownSheet': 'Unknown score sheet "{sheetId}"',
  'scoring.unknownItem': 'Sheet "{sheetId}" has no item "{itemId}"',
  'scoring.duplicateEntry': 'Item "{sheetId}/{itemId}" is scored twice; first as entry {firstIndex|position}',
  'scoring.pointsNotFinite': 'The points on "{itemId}" ({points}) are not a finite number',
  'scoring.tooManyDecimals': 'The points on "{itemId}" ({points}) have more than two decimals',
  'scoring.negativePoints': 'The points on "{itemId}" ({points}) are negative; deductions too are entered as positive numbers',
  'scoring.overMaximum': 'The points on "{itemId}" ({points}) exceed its maximum of {maxPoints}',
  'scoring.missingEntry': 'Item "{sheetId}/{itemId}" has no entry and counts 0',
  'scoring.unknownVeto': 'The rule has no veto "{vetoId}"',
  'scoring.duplicateVeto': 'Veto "{vetoId}" is recorded twice',
  'scoring.noBand': 'The total {score} falls in no band',
  'scoring.noScores': 'Member "{memberId}" has no scores at all: no total and no tier',
  'scoring.quotaTie': '{memberIds} tie on {score} for the last places of the quota of {cap}; the branch decides',
  'scoring.quotaNotApplicable': 'The tiers of tier set "{set}" do not map onto the four tiers of the democratic review: the quota on excellent does not apply and caps no one',
  'scoring.ruleTierNotInSet': 'Band {band} names tier "{tier}", which is not in tier set "{set}"; expected one of: {tiers}',
  'scoring.tierSetEmpty': 'Tier set "{set}" has no tiers',
  'scoring.tierSetDuplicateTier': 'Tier set "{set}" lists tier code "{tier}" twice',
  'scoring.tierSetDuplicateLabel': 'In tier set "{set}", "{text}" names both "{tier}" and "{otherTier}"',
  'scoring.tierSetMappingOrder': 'In tier set "{set}", "{tier}" comes before "{otherTier}" but maps onto a lower tier of the democratic review, {memberTier|memberTier} (the other maps onto {otherMemberTier|memberTier})',
  'scoring.overrideWithoutReason': 'The decided tier "{decided|memberTier}" differs from the computed "{computed|memberTier}" without a reason',
  'scoring.decisionWithoutDecider': 'The tier decision does not say who decided',
  'scoring.decisionBadDate': 'The tier decision date "{date}" is not a date written YYYY-MM-DD',
  'scoring.ledgerBadNumber': "The ledger's {field|field} of {value} is invalid",
  'scoring.ledgerBadCarryOver': 'The carry-over share {numerator}/{denominator} is invalid: a whole numerator of 0 or more over a whole denominator of 1 or more',
  'scoring.ledgerDuplicateCategory': 'Ledger category id "{categoryId}" is used twice',
  'scoring.ledgerDuplicateItem': 'Ledger item id "{itemId}" is used twice',
  'scoring.ledgerUnknownCategory': 'Ledger item "{itemId}" names an unknown category "{categoryId}"',
  'scoring.ledgerUnknownItem': 'The ledger rule has no item "{itemId}"',
  'scoring.ledgerBadDate': '"{date}" is not a date written YYYY-MM-DD',
  'scoring.ledgerBadPoints': 'The {points} points recorded on "{itemId}" are invalid: at most two decimals, the sign of the item, and no more than {itemPoints}',
  'scoring.ledgerOutsidePeriod': '"{itemId}" on {date} is outside the ledger period {start} to {end} and does not count',
  'scoring.ledgerBeforeTransfer': '"{itemId}" on {date} is before the transfer in on {transferOn} and does not count',
  'scoring.gradeMissingScore': 'Criterion "{code}" has no score and counts as not met',
  'scoring.gradeUnknownCriterion': 'The grading rule has no criterion "{code}"',
  'scoring.gradeBadScore': 'The score {score} of criterion "{code}" is not a finite number',
  'scoring.gradeNoBand': '{stars} stars reach no band',
  'scoring.compareBadStars': 'Stars {stars} are not a whole number of at least 0',
} as const;

/** Labels: `MEMBER_TIER_LABELS` (scoring). */
export const memberTierLabels = {
  excellent: 'Excellent',
  qualified: 'Qualified',
  basicallyQualified: 'Basically qualified',
  unqualified: 'Unqualified',
} as const;

/** Labels: `ORGANIZATION_BAND_LABELS` (scoring). */
export const organizationBandLabels = {
  advanced: 'Advanced',
  intermediate: 'Intermediate',
  lagging: 'Lagging',
} as const;

/** Labels: `SCORE_ITEM_KIND_LABELS` (scoring). */
export const scoreItemKindLabels = {
  base: 'Base item',
  bonus: 'Bonus',
  deduction: 'Deduction',
} as const;

/** Messages: `EVALUATION_MESSAGES` (evaluation). */
export const evaluationMessages = {
  'evaluation.noGroups': 'The policy has no evaluator group',
  'evaluation.invalidWeight': 'The weight {weight} of {group|evaluatorGroup} is invalid: it must be a number of at least 0 with at most four decimals',
  'evaluation.zeroTotalWeight': 'The weights of the policy’s groups add up to 0',
  'evaluation.invalidDrop': 'The number of scores {group|evaluatorGroup} drops, {value}, is invalid: it must be a whole number of at least 0',
  'evaluation.invalidMinBallots': 'The minimum ballot count {value} of {group|evaluatorGroup} is invalid: it must be a whole number of at least 1',
  'evaluation.invalidPrecision': 'The precision {value} is invalid: it must be a whole number from 0 to {max}',
  'evaluation.invalidScale': 'The scale {min}–{max} is invalid: both ends must have at most two decimals and the lower must not exceed the upper',
  'evaluation.invalidMinimumWeight': 'The minimum share of weight counted, {value}, is invalid: it must have at most four decimals',
  'evaluation.missingId': 'Ballot {ordinal} has no {field|ballotField}',
  'evaluation.unknownGroup': 'Ballot {ordinal} names group "{group}", which the policy does not have',
  'evaluation.scoreNotFinite': 'Ballot {ordinal} has a score that is not a number: "{score}"',
  'evaluation.scoreOutOfRange': 'Ballot {ordinal} has a score of {score}, outside the scale {min}–{max}',
  'evaluation.scoreTooPrecise': 'Ballot {ordinal} has a score of {score}, with more than two decimals',
  'evaluation.selfBallotExcluded': 'Ballot {ordinal} is "{subjectId}" scoring themself in the peer review; it does not count',
  'evaluation.duplicateBallot': 'Ballot {ordinal} is a duplicate: "{evaluatorId}" already scored "{subjectId}" for {group|evaluatorGroup} on ballot {keptOrdinal}; it does not count',
  'evaluation.ballotReplaced': 'Ballot {ordinal} is replaced by ballot {keptOrdinal} (the last ballot from "{evaluatorId}" for "{subjectId}" in {group|evaluatorGroup} counts)',
  'evaluation.missingGroup': '"{subjectId}" has no valid ballot from {group|evaluatorGroup}',
  'evaluation.underfilledGroup': '"{subjectId}" has only {count} valid ballots from {group|evaluatorGroup}; at least {required} are needed',
  'evaluation.noValidVotes': '"{subjectId}" has no valid ballot: no recommended verdict',
  'evaluation.noValidBallots': '"{subjectId}" has no valid ballot: no combined score and no rank',
  'evaluation.noCountedGroup': '"{subjectId}" has no group with enough valid ballots: no combined score and no rank',
  'evaluation.belowMinimumGroups': '"{subjectId}" has too few groups counted: {counted} ({share}% of the weight), where {required} are required: no combined score and no rank',
  'evaluation.belowMinimumWeight': '"{subjectId}" has too little weight counted: its {counted} counted groups carry {share}% of the weight, where {required}% is required: no combined score and no rank',
  'evaluation.invalidOption': 'The policy’s {field|field} has an invalid value "{value}"',
  'evaluation.invalidPartial': 'The partial result is invalid at {at}',
  'evaluation.partialPolicyMismatch': 'The partial result was computed under another policy and cannot be merged',
  'evaluation.accumulatorCopy': 'This is a copy of an accumulator, which lost its figures when it was copied (by postMessage, structuredClone or JSON): send accumulatorToColumns or accumulatorToBytes instead, and read it back with accumulatorFromColumns or accumulatorFromBytes',
  'evaluation.gradeNotInRule': 'Ballot {ordinal} gives grade "{grade}", which this vote does not offer; it counts as invalid',
  'evaluation.invalidCount': 'The {field|meetingCount} count {value} is invalid: it must be a whole number of at least 0',
  'evaluation.presentExceedsEntitled': '{present} present is more than the {entitled} entitled to attend',
  'evaluation.invalidShare': 'The share {numerator}/{denominator} is invalid: it must be a whole number of at least 0 over a whole number of at least 1',
  'evaluation.votesExceedPresent': 'In favour, against and abstaining add up to {cast}, more than the {present} present',
  'evaluation.ballotNotObject': 'Ballot {ordinal} is not an object; it is not counted',
} as const;

/** Labels: `AGGREGATION_METHOD_LABELS` (evaluation). */
export const aggregationMethodLabels = {
  mean: 'Mean',
  trimmedMean: 'Trimmed mean',
  median: 'Median',
} as const;

/** Labels: `DUPLICATE_BALLOT_TREATMENT_LABELS` (evaluation). */
export const duplicateBallotTreatmentLabels = {
  error: 'Later duplicates rejected',
  lastWins: 'The last ballot counts',
  unchecked: 'Unchecked (the source guarantees one ballot each)',
} as const;

/** Labels: `EVALUATOR_GROUP_LABELS` (evaluation). */
export const evaluatorGroupLabels = {
  leadership: 'Leadership review',
  peer: 'Peer review among members',
  self: 'Self-assessment',
  teachersStudents: 'Review by teachers and students',
  parents: 'Review by parents',
  masses: 'Review by the public',
} as const;

/** Labels: `MISSING_GROUP_TREATMENT_LABELS` (evaluation). */
export const missingGroupTreatmentLabels = {
  renormalize: 'Other weights renormalized',
  zero: 'Counts as zero',
  error: 'No combined score; an error',
} as const;

/** Labels: `SATISFACTION_GRADE_LABELS` (evaluation). */
export const satisfactionGradeLabels = {
  satisfied: 'Satisfied',
  basicallySatisfied: 'Basically satisfied',
  dissatisfied: 'Dissatisfied',
} as const;

/** Messages: `COMMITMENT_MESSAGES` (commitment). */
export const commitmentMessages = {
  'commitment.duplicateCommitmentId': 'Commitment id "{id}" is used twice; first as item {firstIndex|position}',
  'commitment.duplicateItemId': 'Commitment item id "{itemId}" is used twice; first in commitment "{firstCommitmentId}"',
  'commitment.branchItemNotDecomposed': 'Branch item "{itemId}" ({title}) is broken down into no functional group item',
  'commitment.groupItemUntraced': 'Item "{itemId}" ({title}) of functional group "{makerId}" traces to no branch item and is not marked as the group\'s own',
  'commitment.ownAndDecomposed': 'Item "{itemId}" is marked as its maker\'s own but also names "{sourceId}" as its source',
  'commitment.unknownSource': 'Item "{itemId}" is broken down from "{sourceId}", which is no known item',
  'commitment.sourceWrongLevel': '"{itemId}" ({level|commitmentLevel}) must break down an item of the level above ({expectedLevel|commitmentLevel}), but "{sourceId}" is at the level {sourceLevel|commitmentLevel}',
  'commitment.sourceOutsideGroup': 'Item "{itemId}" of member "{makerId}" breaks down an item of functional group "{sourceMakerId}", which the member is not in',
  'commitment.cycle': 'Item "{itemId}" is broken down from itself through {chain}',
  'commitment.unknownGroup': 'Group commitment "{commitmentId}" is made by "{makerId}", which is no known functional group',
  'commitment.memberInNoGroup': 'Member "{makerId}" has made a commitment but is in no functional group',
  'commitment.memberGroupNotCommitted': 'Member "{makerId}" is in functional group "{groupIds}", which has made no commitment',
  'commitment.groupNotCommitted': 'Functional group "{groupId}" ({name}) has made no commitment',
  'commitment.fulfilledWithoutDate': 'Item "{itemId}" is marked fulfilled without a date, so whether it was on time is unknown',
  'commitment.dateWithoutFulfilment': 'Item "{itemId}" has a fulfilment date ({fulfilledOn}) but is not marked fulfilled; it is counted as not fulfilled',
  'commitment.unknownLevel': 'Commitment "{commitmentId}" has an unknown level "{level}"; not counted',
} as const;

/** Labels: `COMMITMENT_AUDIENCE_LABELS` (commitment). */
export const commitmentAudienceLabels = {
  members: 'Party members',
  masses: 'The masses',
  superiorCommittee: 'The superior Party committee',
  teachersStudents: 'Teachers and students',
  branch: 'The Party branch',
  group: 'The Party group',
} as const;

/** Labels: `COMMITMENT_ITEM_STATUS_LABELS` (commitment). */
export const commitmentItemStatusLabels = {
  pending: 'Not started',
  inProgress: 'In progress',
  fulfilled: 'Fulfilled',
} as const;

/** Labels: `COMMITMENT_LEVEL_LABELS` (commitment). */
export const commitmentLevelLabels = {
  branch: 'Party branch',
  group: 'Functional Party group',
  member: 'Individual member',
} as const;

/** Messages: `COMMENDATION_MESSAGES` (commendation). */
export const commendationMessages = {
  'commendation.invalidQuota': 'The quota of {title|awardTitle} must be a whole number, 0 or more; it is {quota}',
  'commendation.invalidWeights': 'The weights of {title|awardTitle} must be whole percentages, 0 or more, summing to 100; they are {performance} and {recognition}',
  'commendation.duplicateTitle': 'The rule lists {title|awardTitle} twice, first as item {firstIndex|position}; the first is used',
  'commendation.titleNotInRule': '"{id}" is nominated for {title|awardTitle}, which the rule does not award',
  'commendation.duplicateNomination': '"{id}" is nominated for {title|awardTitle} twice, first as item {firstIndex|position}; the first is used',
  'commendation.invalidScore': 'The score for {field|commendationScore} of "{id}" ({value}) is not a finite number with at most two decimals',
  'commendation.missingScore': '"{id}" has no figure for {field|commendationScore}: no combined score and no rank',
} as const;

/** Messages: `SELECTION_REASON_MESSAGES` (commendation). */
export const selectionReasonMessages = {
  titleNotInRule: 'The rule does not award {title|awardTitle}',
  duplicateNomination: 'A repeated nomination; the one in item {firstIndex|position} counts',
  invalidRule: 'The rule for {title|awardTitle} is invalid, so nobody is selected',
  invalidScore: 'The score for {field|commendationScore} ({value}) cannot be used',
  missingScore: 'No figure for {field|commendationScore}: no combined score and no rank',
  noTier: 'Has no tier this year, and {title|awardTitle} requires at least {minimumTier|memberTier}',
  belowMinimumTier: 'Tier is {tier|memberTier}, below {minimumTier|memberTier}',
  probationary: 'Probationary members do not stand for {title|awardTitle}',
  openRectification: 'Has rectification items still open: {itemIds}',
  alreadyAwarded: 'Already selected as {awardedTitle|awardTitle}; one title per person in this selection',
  combinedScore: 'Combined score {combined} = work results {performance} × {performanceWeight}% + recognition {recognition} × {recognitionWeight}%',
  withinQuota: 'Ranked {rank}, within the quota of {quota}',
  outsideQuota: 'Ranked {rank}, outside the quota of {quota}',
  wonTieBreak: 'Tied with "{otherId}" on the combined score; ahead on {decidedBy|tieBreak}',
  lostTieBreak: 'Tied with "{otherId}" on the combined score; behind on {decidedBy|tieBreak}',
} as const;

/** Labels: `ADMISSION_LABELS` (commendation). */
export const admissionLabels = {
  eligible: 'Eligible',
  ineligible: 'Not eligible',
} as const;

/** Labels: `AWARD_TITLE_LABELS` (commendation). */
export const awardTitleLabels = {
  excellentMember: 'Outstanding Party member',
  exemplaryTeacher: 'Model of teaching ethics',
  advancedOrganization: 'Advanced grassroots Party organization',
  excellentPartyWorker: 'Outstanding Party affairs worker',
} as const;

/** Labels: `COMMENDATION_SCORE_LABELS` (commendation). */
export const commendationScoreLabels = {
  performance: 'Work results',
  recognition: 'Public recognition',
} as const;

/** Messages: `RECTIFICATION_MESSAGES` (rectification). */
export const rectificationMessages = {
  'rectification.duplicateId': 'Rectification item id "{id}" is used twice; first as item {firstIndex|position}',
  'rectification.completedWithoutDate': 'Rectification item "{id}" is marked completed without a date, so whether it was on time is unknown',
  'rectification.dateWithoutCompletion': 'Rectification item "{id}" has a completion date ({completedOn}) but is not marked completed; it is counted as open',
  'rectification.invalidPeriod': 'A period for correction must be a whole number of months from 1 to {maxMonths}; it is {months}',
  'rectification.dueBeyondCalendar': 'A correction period of {months} months from {decidedOn} would end after 9999-12-31, which cannot be written',
} as const;

/** Labels: `RECTIFICATION_SOURCE_LABELS` (rectification). */
export const rectificationSourceLabels = {
  massOpinion: 'The masses\' opinions',
  evaluation: 'Democratic evaluation',
  inspection: 'Inspection',
  selfExamination: 'Self-examination',
  assessment: 'Assessment',
  other: 'Other',
} as const;

/** Labels: `RECTIFICATION_STATUS_LABELS` (rectification). */
export const rectificationStatusLabels = {
  open: 'Open',
  inProgress: 'In progress',
  completed: 'Completed',
} as const;

/** Messages: `TABLES_MESSAGES` (tables). */
export const tablesMessages = {
  'tables.notRows': 'The table should be a list of rows',
  'tables.notARow': 'Row {row} is not a record (an object keyed by header text)',
  'tables.missingColumn': 'The table has no column "{field|tableColumn}" (headers accepted: {accepted})',
  'tables.duplicateColumn': 'Column {position} is headed "{column}", as column {firstPosition} is',
  'tables.ambiguousColumn': 'Column "{column}" could be any of the score items {candidates}; map it explicitly',
  'tables.unknownColumn': 'Column "{column}" is not a column of this table; it is ignored',
  'tables.unknownItemColumn': 'Column "{column}" is no score item (accepted: {accepted})',
  'tables.emptyHeader': 'Column {position} has no header; it is ignored',
  'tables.requiredCell': 'Row {row}, column "{column}" is empty, but it is required',
  'tables.notANumber': 'Row {row}, column "{column}": "{value}" is not a number (write it as 20 or 20.5)',
  'tables.tooPrecise': 'Row {row}, column "{column}": {value} has more than {decimals} decimals',
  'tables.notText': 'Row {row}, column "{column}": "{value}" should be text',
  'tables.unknownLabel': 'Row {row}, column "{column}": "{value}" is not one of the accepted values ({accepted})',
  'tables.notADate': 'Row {row}, column "{column}": "{value}" is not a date (write it as 2024-06-30)',
  'tables.notABoolean': 'Row {row}, column "{column}": "{value}" should be yes or no',
  'tables.duplicateKey': 'Row {row}, column "{column}": "{value}" repeats row {firstRow}',
  'tables.conflictingValue': 'Row {row}, column "{column}": "{value}" differs from "{firstValue}" in row {firstRow} of the same commitment',
  'tables.moreIssues': '{count} more problems are not listed one by one',
  'tables.invalidOption': 'Option "{field}" should be {expected|valueKind}',
} as const;

/** Labels: `TABLE_COLUMN_LABELS` (tables): the default header text of each column. */
export const tableColumnLabels = {
  memberId: 'Member ID',
  name: 'Name',
  organizationId: 'Organization ID',
  status: 'Status',
  roles: 'Roles',
  vetoes: 'Vetoes',
  subjectId: 'Subject ID',
  evaluatorId: 'Evaluator ID',
  group: 'Group',
  score: 'Score',
  grade: 'Grade',
  commitmentId: 'Commitment ID',
  level: 'Level',
  makerId: 'Maker ID',
  audiences: 'Audiences',
  itemId: 'Item ID',
  title: 'Item',
  due: 'Due',
  commitmentStatus: 'Item status',
  fulfilledOn: 'Fulfilled on',
  decomposedFrom: 'Decomposed from',
  own: 'Own item',
  evidence: 'Evidence',
  rectificationId: 'Rectification ID',
  problem: 'Problem',
  source: 'Source',
  measure: 'Measure',
  target: 'Target',
  ownerId: 'Owner ID',
  rectificationStatus: 'Rectification status',
  processDisclosed: 'Process disclosed',
  resultDisclosed: 'Result disclosed',
  completedOn: 'Completed on',
  rank: 'Rank',
  total: 'Total',
  tier: 'Tier',
  reasons: 'Reasons',
  combined: 'Combined score',
  valid: 'Valid ballots',
  invalid: 'Invalid ballots',
  satisfactionRate: 'Satisfaction rate',
  recommendation: 'Recommendation',
} as const;

/** Texts: the words of written tables (tables). */
export const tableTexts = {
  groupScore: '{group} score',
  groupCount: '{group} ballots',
  gradeCount: '{grade} votes',
  itemOfSheet: '{sheet}/{item}',
  notGraded: 'Not graded',
  yes: 'Yes',
  no: 'No',
  reasonSeparator: '; ',
  listSeparator: ', ',
} as const;

/** Messages: `SQL_MESSAGES` (sql). */
export const sqlMessages = {
  'sql.emptyIdentifier': 'The name given for {field} is empty: a table or a column needs a name',
  'sql.identifierHasNul': 'The name given for {field} holds a NUL character, which no SQL name may hold',
  'sql.identifierTooLong': 'The name given for {field} is {length} bytes long; the database keeps at most {max} bytes of a name',
  'sql.positionRequired': 'Duplicate ballots are resolved in ballot order (duplicateBallot "{treatment}"), so the ballots table needs a position column (columns.position)',
} as const;

/** Messages: `SCHEMA_MESSAGES` (schema). */
export const schemaMessages = {
  'schema.duplicateId': 'Id "{id}" is used twice; first as item {firstIndex|position}',
  'schema.notCalendarDate': '"{value}" is not a calendar date written YYYY-MM-DD',
  'schema.blank': 'Must not be blank',
} as const;

/** How `cxzy/schema` words the problems zod's checks find (schema): `{subject}` and `{found}` as input messages word them. */
export const schemaCheckTexts = {
  moreThan: '{subject} is {value}; it must be more than {min}',
  lessThan: '{subject} is {value}; it must be less than {max}',
  atLeast: '{subject} must be at least {min}',
  atMost: '{subject} must be at most {max}',
  textEmpty: '{subject} must not be empty',
  textTooShort: '{subject} must have at least {min} character(s), not {length}',
  textTooLong: '{subject} must have at most {max} character(s), not {length}',
  textLength: '{subject} must have exactly {exact} character(s), not {length}',
  listEmpty: '{subject} must not be empty: it needs at least 1 item',
  listTooShort: '{subject} must have at least {min} item(s), not {count}',
  listTooLong: '{subject} must have at most {max} item(s), not {count}',
  listLength: '{subject} must have exactly {exact} item(s), not {count}',
  notCalendarDate: '{subject} must be a calendar date written YYYY-MM-DD, not {found}',
  badFormat: '{subject} is not in the required form: {found}',
  notOneOf: '{subject} must be one of: {options}, not {found}',
  notExactly: '{subject} must be {options}, not {found}',
  expectedEither: '{subject} must be {expected}, not {found}',
  noAcceptedForm: '{subject} matches none of the accepted forms: {found}',
  unknownFields: '{subject} has unknown fields: {keys}',
  tooManyDecimals: '{subject} is {value}; it may have at most {places} decimal places',
  notMultipleOf: '{subject} is {value}; it must be a multiple of {divisor}',
  badKey: '{subject} is not an accepted key',
  badElement: '{subject} holds an invalid element',
  notAllowed: '{subject} must not be {found}',
  invalid: '{subject} is not valid: {found}',
  duplicateId: '{subject} is "{id}", already used by item {firstIndex|position}',
  blank: '{subject} must not be blank',
  option: '{code} ({label})',
  either: ' or ',
} as const;

/** Texts of the command-line program `cxzy` (cli): help, what each command prints, and why a run stops. */
export const cliTexts = {
  usageMain: /* @__PURE__ */ [
    'Usage: cxzy <command> [options]',
    '',
    'Commands:',
    '  score FILE       Grade members and give the reasons (FILE: .xlsx, .csv or .json)',
    '  evaluate FILE    Sum up evaluation ballots: each group\'s figure, the combined score and the rank (ties share one);',
    '                   for grade ballots, the satisfaction rate',
    '  check FILE       Check a file: a campaign (.json) or a table (roster, score sheet, ballots)',
    '  schema [NAME]    Print JSON Schema (the name in any case)',
    '  template         Write an empty input workbook (.xlsx or .csv) with the headers of the score sheets or policy',
    '  demo             Run the embedded example campaign',
    '  help [command]   Show help',
    '',
    'Options of every command:',
    '  --lang zh-CN|en  Language of the output (default zh-CN); --lang=en works too',
    '  --json           Print results as JSON; failures too',
    '  -h, --help       Show help',
    '  -v, --version    Show the version',
    '',
    'Files: .csv in UTF-8 (with or without BOM) or GBK/GB18030 (detected, or set with --encoding);',
    '       .xlsx: the first sheet (or --sheet NAME); --out writes .csv (with a BOM, so Excel opens it), .xlsx or .json.',
    '',
    'Exit codes: 0 no problems; 1 problems in the data (or a file that cannot be read); 2 a usage error.',
  ].join('\n'),
  usageScore: /* @__PURE__ */ [
    'Usage: cxzy score FILE [--sheets FILE] [--rule RULE] [--out FILE] [options]',
    '',
    'Grades members on the two responsibility documents, with the reasons for each.',
    'FILE is a score table (.xlsx or .csv): one row per member (member ID, name, status), one column per score item;',
    '  or .json: { "cards": [...], "sheets"?: [...], "rule"?: "…" }.',
    '',
    '  --sheets FILE     Score sheets (.json); default those in the file, else the example\'s two responsibility documents',
    '  --rule RULE       The tier rule as plans write it, e.g. "100分以上为优秀;80—100分为合格;60—80分为基本合格;60分以下为不合格"',
    '                    default the rule in the file (a workbook\'s 评定规则 sheet), else Tongmin Middle School\'s 2015 rule',
    '  --out FILE        Write the publicity table (公示) to .csv, .xlsx or .json',
    '  --encoding ENC    Encoding of a .csv: utf-8 or gbk (gb18030); detected by default',
    '  --sheet NAME      Which sheet of a workbook; default the first',
    '',
    'Exit codes: 0 every member graded; 1 problems in the data, or members left ungraded; 2 a usage error.',
  ].join('\n'),
  usageEvaluate: /* @__PURE__ */ [
    'Usage: cxzy evaluate FILE [--policy NAME|FILE] [--wide] [--group GROUP] [--out FILE] [options]',
    '',
    'Sums up score ballots: each group\'s figure and ballot count, the combined score, the rank (equal scores tie).',
    'Or grade ballots (satisfied / basically satisfied / dissatisfied): the votes per grade, the satisfaction rate',
    'and the recommended verdict.',
    'FILE: one ballot a row (subject, evaluator, group, score or grade); --wide for the 测评表 form',
    '(one evaluator a row, one subject a column).',
    '',
    '  --policy NAME|FILE     Aggregation policy: school-four-sided (default), three-sided, democratic-assessment, or a .json file',
    '  --vote-rule NAME|FILE  Rule of grade ballots: satisfaction-survey (default), democratic-appraisal, or a .json file',
    '  --grades          Sum up grade ballots (detected when the table has a grade column)',
    '  --wide            The table is in the wide 测评表 form',
    '  --group GROUP     The group of every ballot, for a table without a group column (peer, or 党内互评)',
    '  --out FILE        Write the publicity table to .csv, .xlsx or .json',
    '  --encoding ENC    Encoding of a .csv: utf-8 or gbk; detected by default',
    '  --sheet NAME      Which sheet of a workbook; default the first',
    '',
    'Exit codes: 0 no problems; 1 problems in the data; 2 a usage error.',
  ].join('\n'),
  usageCheck: /* @__PURE__ */ [
    'Usage: cxzy check FILE [--kind KIND] [options]',
    '',
    'Checks a file and lists every problem (for a table, by row and column).',
    '  .json: a 创先争优 campaign (fields, dates and phases).',
    '  .xlsx/.csv: by --kind: members (roster), cards (score table), ballots (score ballots), grades (grade ballots);',
    '             told from the headers when absent.',
    '',
    '  --sheets FILE     Score sheets for a score table (.json); default the example\'s two responsibility documents',
    '  --encoding ENC    Encoding of a .csv: utf-8 or gbk; detected by default',
    '  --sheet NAME      Which sheet of a workbook; default the first',
    '',
    'Exit codes: 0 no problems (warnings allowed); 1 errors; 2 a usage error.',
  ].join('\n'),
  usageSchema: /* @__PURE__ */ [
    'Usage: cxzy schema [NAME]',
    '',
    'Prints the JSON Schema of one entity, or all of them by name without NAME. The name in any case.',
    '',
    'Exit codes: 0 printed; 2 no such name.',
  ].join('\n'),
  usageTemplate: /* @__PURE__ */ [
    'Usage: cxzy template [--kind KIND] [--sheets FILE] [--policy NAME|FILE] [--out FILE]',
    '',
    'Writes an empty input table whose headers match the score sheets or the policy: fill it in, then run score or evaluate.',
    '  --kind KIND       cards (score table, default), members (roster), ballots (score ballots), grades (grade ballots)',
    '  --sheets FILE     Score sheets of the score table (.json); default the example\'s two responsibility documents',
    '  --policy NAME|FILE  The policy of score ballots: its groups are listed',
    '  --out FILE        Write .xlsx or .csv; without it the headers are printed as CSV',
    '',
    'Exit codes: 0 written; 1 problems in the score sheets or policy; 2 a usage error.',
  ].join('\n'),
  usageDemo: /* @__PURE__ */ ['Usage: cxzy demo [--lang zh-CN|en]', '', 'Runs the embedded example campaign: schedule check, tier table, evaluation summary and commendations.', '', 'Exit code: 0.'].join('\n'),
  publicitySheet: 'Publicity',
  ballotsSheet: 'Ballots',
  scoreSheet: 'Scores',
  usageHint: 'Run "cxzy --help" for usage',
  errorMark: '✗',
  warningMark: '⚠',
  noIssues: '✓ No problems found',
  moreIssues: '… and {count} more problems not listed',
  notGraded: 'Not graded',
  noTotal: '—',
  ungraded: '✗ {count} members could not be graded: {members}',
  scored: '{members} members, {graded} graded: {tiers}',
  tierCount: '{tier} {count}',
  evaluated: '{subjects} subjects, {ballots} score ballots',
  summarized: '{subjects} subjects, {ballots} grade ballots',
  checked: '{rows} rows checked',
  wrote: 'Wrote {path} ({rows} rows)',
  wroteTemplate: 'Wrote the input template {path}',
  progress: '{rows} rows read…',
  unknownCommand: 'There is no command "{command}"; the commands are: {known}',
  unknownOption: 'Wrong option: {reason}',
  optionNotFor: 'The command "{command}" has no option "--{option}"',
  missingFile: 'The command "{command}" needs a file',
  tooManyFiles: 'The command "{command}" reads one file; "{extra}" is one too many',
  unknownLocale: 'There is no language "{locale}"; the languages are: {known}',
  unknownKind: 'There is no kind "{kind}"; the kinds are: {known}',
  unknownPolicy: 'There is no aggregation policy named "{name}"; the policies are: {known}, or a .json file',
  unknownVoteRule: 'There is no vote rule named "{name}"; the rules are: {known}, or a .json file',
  noSchemaNamed: 'There is no JSON Schema named "{name}"; the names are: {known}',
  unknownEncoding: 'There is no encoding "{name}"; the encodings are: {known}',
  unknownFormat: 'The format of "{path}" is not known; the formats are: {known}',
  cannotRead: 'Cannot read "{path}" ({reason})',
  cannotWrite: 'Cannot write "{path}" ({reason})',
  notValidJson: '"{path}" is not valid JSON: {reason}',
  notAWorkbook: '"{path}" is not an Excel workbook (.xlsx)',
  noSuchSheet: '"{path}" has no sheet "{sheet}"; its sheets are: {known}',
  badEncoding: '"{path}" line {line} (byte {offset}, 0x{byte}) is not valid {encoding} text; save the file as UTF-8, or name its encoding with --encoding',
  notAnObject: '"{path}" should be a JSON object',
  unexpected: 'Unexpected error: {reason}',
} as const;

/** Messages: the issues the command-line program `cxzy` reports about its input files (cli). */
export const cliMessages = {
  'cli.ruleNotText': 'The "rule" must be text written as plans write it (e.g. "100分以上为优秀;80—100分为合格"), not {type}',
} as const;

/** Texts of `cxzy demo` (cli): the headings and lines of each section of the example campaign's report. */
export const demoTexts = {
  theme: 'Theme: {theme}',
  listSeparator: ', ',
  reasonSeparator: '; ',
  organizationHeading: 'Organization check',
  organizationSummary: '{organizations} organizations, {members} members, {groups} functional groups',
  standardsHeading: 'Standards',
  scheduleHeading: 'Schedule check',
  asOf: 'As of {date}',
  dueSoon: 'Due soon: {task} ({due}, in {days} days)',
  overdue: 'Overdue: {task} ({due}, {days} days late)',
  doneLate: 'Done late: {task} (due {due}, {days} days late)',
  scoringHeading: 'Annual member assessment (two responsibility documents)',
  scoringRule: 'Rule: {label}',
  scoringDistribution: '{members} members, {graded} graded: {excellent} excellent, {qualified} qualified, {basicallyQualified} basically qualified, {unqualified} unqualified',
  evaluationHeading: 'Evaluation (leaders 30%, peers 30%, teachers and students 20%, parents 20%)',
  rankColumn: 'Rank',
  nameColumn: 'Name',
  combinedColumn: 'Combined',
  tied: ' (tied)',
  satisfaction: 'Parents\' satisfaction survey: {satisfied} satisfied, {basicallySatisfied} basically satisfied, {dissatisfied} dissatisfied; satisfaction rate {rate}; recommended "{recommendation}" (a recommendation; the branch decides)',
  motion: 'General meeting on the recommendation: {entitled} entitled, {present} present (at least {quorum}), {inFavour} in favour (at least {requiredInFavour}) — {outcome}',
  motionPassed: 'passed',
  motionNotPassed: 'not passed',
  summaryHeading: 'Campaign summary ({date})',
  currentPhase: 'Phase: {status}{phase}',
  daysOverdue: '{days} days overdue',
  dueInDays: 'due in {days} days',
  commitmentsHeading: 'Three-level commitments',
  commitmentTally: '{level}: {items} items, {fulfilled} fulfilled ({fulfilledLate} late), {overdue} overdue, rate {rate}',
  tiersHeading: 'Tier distribution',
  sinceLastYear: 'vs last year {change}',
  evaluated: 'Evaluated: {evaluated}/{expected} ({rate}){missing}',
  notEvaluated: '; missing: {names}',
  commendationHeading: 'Commendation · recommended upward',
  rectificationHeading: 'Rectification',
  rectificationCompleted: 'Completed {rate} ({completed}/{total})',
  processUndisclosed: 'process not disclosed',
  resultUndisclosed: 'result not made public',
} as const;

/** Labels: the id fields of a ballot, as messages name them (evaluation). */
export const ballotFieldLabels = {
  subjectId: 'subject id',
  evaluatorId: 'evaluator id',
} as const;

/** Labels: the numbers of a meeting, as messages name them (evaluation). */
export const meetingCountLabels = {
  entitled: 'entitled',
  present: 'present',
  inFavour: 'in-favour',
  against: 'against',
  abstaining: 'abstaining',
} as const;

/** Labels: where a branch's commitment items come from, above the branch (commitment). */
export const commitmentSourceLabels = {
  superior: 'Superior Party committee',
} as const;

/** Labels: what decided a tie between candidates (commendation). */
export const tieBreakLabels = {
  performance: 'Work results',
  recognition: 'Public recognition',
  id: 'Order of ids',
} as const;

/** Labels: how a tier rule resolves a score in two bands (scoring). */
export const overlapResolutionLabels = {
  higherTier: 'Higher tier',
  lowerTier: 'Lower tier',
} as const;

/** Texts: a band written out in words (scoring). */
export const bandTexts = {
  range: '{from}{fromExcluded} to {to}{toExcluded}',
  excluded: ' (excluded)',
  atLeast: '{value} or more',
  moreThan: 'more than {value}',
  atMost: '{value} or less',
  under: 'under {value}',
  any: 'any score',
  quoted: '"{text}"',
  listSeparator: ' and ',
} as const;

/** Texts: the sentence of each reason an assessment gives (scoring). */
export const assessmentReasonTexts = {
  points: 'Total {total} (base {base}, bonus {bonus}, deductions {deduction})',
  bonus: '"{item}" adds {points}',
  deduction: '"{item}" deducts {points}',
  band: '{score} falls in the band "{text}": {tier|memberTier}',
  overlap: '{score} is in {texts}; the rule takes the {resolution|overlapResolution|lower}: "{text}"',
  veto: 'Veto: {label}; the tier is at most {atMost|memberTier}',
  quotaKept: 'Quota of {cap} excellent: ranked {rank}, stays excellent',
  quotaDemoted: 'Quota of {cap} excellent: ranked {rank}, beyond the quota, so {to|memberTier}',
  quotaTiedAtCut: 'Quota of {cap} excellent: ranked {rank}, tied for the last place, so {to|memberTier} until the branch decides',
  probationary: 'A probationary member takes part but is not graded',
  invalidInput: 'The sheets or the rule have errors; no tier until they are fixed',
  noScores: 'No scores at all: no total and no tier',
  cardRejected: 'The card has errors: no total and no tier until they are fixed',
  cardRejectedItems: 'The card\'s points on {items} have errors: no total and no tier until they are fixed',
  noTotal: 'No total',
  noBand: 'The total falls in no band; no tier',
  decision: '{decidedBy} decided on {decidedOn}: {tier|memberTier}{why}',
  decisionReason: '; reason: {reason}',
  notGraded: 'not graded',
} as const;

/** Labels: month names, as period names use them (schedule). */
export const monthNameLabels = {
  '1': 'Jan',
  '2': 'Feb',
  '3': 'Mar',
  '4': 'Apr',
  '5': 'May',
  '6': 'Jun',
  '7': 'Jul',
  '8': 'Aug',
  '9': 'Sep',
  '10': 'Oct',
  '11': 'Nov',
  '12': 'Dec',
} as const;

/** Labels: quarters by number, as period names use them (schedule). */
export const quarterNumeralLabels = {
  '1': '1',
  '2': '2',
  '3': '3',
  '4': '4',
} as const;

/** Labels: the halves of a year, as period names use them (schedule). */
export const halfYearLabels = {
  '1': '1',
  '2': '2',
} as const;

/** Texts: the name of each period a recurring duty is counted in (schedule). */
export const cadencePeriodTexts = {
  month: '{month|monthName} {year}',
  quarter: 'Q{quarter|quarterNumeral} {year}',
  halfYear: 'H{half|halfYear} {year}',
  year: '{year}',
  semester: '{semester} {year}',
} as const;

/** Texts: boundary cases, rule descriptions and assertion messages for rule authors (testing). */
export const testingTexts = {
  caseInBand: '{score} is in {band}: {tier}',
  caseInBands: '{score} is in {bands}; the rule takes the {overlap}: {tier}',
  caseInNoBand: '{score} is in no band: no tier',
  overlapHigher: 'higher tier',
  overlapLower: 'lower tier',
  caseBetween: 'The rule counts whole scores: {score} has not reached {next}, so it stays in {band}: {tier}',
  noTier: 'no tier',
  theRule: 'the rule',
  quoted: '"{text}"',
  listSeparator: ' and ',
  itemSeparator: '; ',
  tierMismatch: 'Under {rule}, {score} should be {expected}, but is {actual}',
  boundaryMismatch: 'Under {rule}, {count} scores do not get the expected tier: {list}',
  boundaryItem: '{score} should be {expected}, but is {actual}',
  boundaryGap: 'Under {rule}, the scores {scores} near a boundary are in no band',
  textMismatch: 'The rule text reads as "{actual}", but the rule is "{expected}"',
  textUnreadable: 'The rule text "{text}" does not read as a rule: {problems}',
  columnTier: 'Tier',
  columnRange: 'Score range',
  columnLower: 'Lower bound',
  columnUpper: 'Upper bound',
  boundIncluded: '{value} (included)',
  boundExcluded: '{value} (excluded)',
  boundNone: 'none',
} as const;

/**
 * Every message and label section, as one catalogue: what `cxzy/i18n` renders issue messages from.
 * The sentences that functions return in every locale (reasons, band and period names) and the
 * command line's own words stay out of it, so that a library user ships only what messages need.
 */
/** Messages: structural problems in a rule, policy or option object, found at a function's entry (core). */
export const inputMessages = {
  'input.missing': '{subject} is missing',
  'input.expected': '{subject} must be {expected|valueKind}, not {found}',
  'input.tooSmall': '{subject} is {value}; it must be at least {min}',
  'input.tooLarge': '{subject} is {value}; it must be at most {max}',
  'input.notOneOf': '{subject} is "{value}"; it must be one of: {options}',
} as const;

/** Labels: the kinds of value a field may hold, as input messages name them (core). */
export const valueKindLabels = {
  number: 'a number',
  integer: 'a whole number',
  boolean: 'a boolean (true or false)',
  text: 'text',
  object: 'an object',
  list: 'a list',
  fraction: 'a fraction ({ numerator, denominator })',
  date: 'a date written YYYY-MM-DD',
  accumulator: 'an accumulator from createAccumulator, addBallots, mergeAccumulators, accumulatorFromJson, accumulatorFromColumns or accumulatorFromBytes',
  function: 'a function',
  textOrNumber: 'text or a number',
} as const;

/** How an input message shows where the problem is and what was found (core). */
export const inputPartTexts = {
  subjectField: '"{field}"',
  subjectItem: 'Item {position}',
  subjectFieldOfItem: '"{field}" of item {position}',
  subjectItemOf: 'Item {position} of "{field}"',
  subjectWhole: 'The input',
  subjectWithin: '{inner} of {outer}',
  outerItem: 'item {position}',
  outerFieldOfItem: '"{field}" of item {position}',
  foundText: 'the text "{value}"',
  foundNumber: 'the number {value}',
  foundBoolean: 'the boolean {value}',
  foundNull: 'null',
  foundList: 'a list',
  foundObject: 'an object',
  foundNotFinite: 'the invalid number {value}',
  foundOther: '{value}',
  foundMissing: 'no value',
} as const;

/** Labels: the fields of rules, policies and entities, as messages and JSON Schema descriptions name them. */
export const fieldLabels = {
  // The parameters of the schedule's functions.
  rules: 'rules',
  template: 'template',
  id: 'id',
  name: 'name',
  title: 'title',
  weight: 'weight',
  method: 'method',
  dropHighest: 'highest scores dropped',
  dropLowest: 'lowest scores dropped',
  minBallots: 'minimum ballots',
  groups: 'evaluator groups',
  missingGroup: 'treatment of a missing group',
  duplicateBallot: 'treatment of a duplicate ballot',
  excludeSelfFromPeer: 'exclude self-ballots from peer review',
  precision: 'decimal places',
  scale: 'score scale',
  min: 'lower bound',
  max: 'upper bound',
  minimum: 'minimum for a combined figure',
  countedGroups: 'groups counted',
  countedWeight: 'share of weight counted',
  share: 'share',
  numerator: 'numerator',
  denominator: 'denominator',
  tiers: 'tiers',
  tier: 'tier',
  tierSet: 'tier set',
  tierLabels: 'tier names',
  memberTiers: 'corresponding tiers of the democratic review',
  bands: 'score bands',
  overlap: 'band overlap',
  quota: 'quota',
  score: 'score',
  points: 'points',
  total: 'total',
  year: 'year',
  date: 'date',
  asOf: 'as-of date',
  // The fields of the entities cxzy/schema parses.
  organizationId: 'organization',
  status: 'status',
  roles: 'roles',
  parentId: 'parent organization',
  kind: 'kind',
  focus: 'focus',
  leaderId: 'leader',
  memberIds: 'members',
  deputyIds: 'deputies',
  officeDirectorId: 'office director',
  partyOrganizationId: 'Party organization',
  chairId: 'chair',
  start: 'start date',
  end: 'end date',
  code: 'code',
  label: 'label',
  description: 'description',
  subject: 'subject',
  source: 'source',
  criteria: 'criteria',
  due: 'due date',
  done: 'completion date',
  ownerId: 'owner',
  period: 'period',
  theme: 'theme',
  organizerId: 'organizer',
  basis: 'basis',
  phases: 'phases',
  tasks: 'tasks',
  standards: 'standards',
  activities: 'activities',
  fulfilledOn: 'fulfilment date',
  evidence: 'evidence',
  decomposedFrom: 'decomposed from',
  own: 'own item',
  level: 'level',
  makerId: 'maker',
  audiences: 'audiences',
  items: 'items',
  performance: 'work results',
  recognition: 'public recognition',
  openRectificationIds: 'open rectification items',
  problem: 'problem',
  measure: 'measure',
  target: 'target',
  processDisclosed: 'process disclosed',
  resultDisclosed: 'result disclosed',
  completedOn: 'completion date',
  verification: 'verification',
  on: 'date',
  verifierId: 'verifier',
  passed: 'passed',
  note: 'note',
  memberId: 'member',
  entries: 'entries',
  sheetId: 'sheet',
  itemId: 'item',
  maxPoints: 'maximum points',
  vetoes: 'vetoes',
  vetoId: 'veto',
  subjectId: 'subject',
  evaluatorId: 'evaluator',
  group: 'group',
  grade: 'grade',
  standard: 'standard',
  // The fields of the rules, policies and options cxzy/schema parses.
  'zh-CN': 'Chinese',
  en: 'English',
  gradeProbationary: 'grade probationary members',
  wholeScores: 'bands in whole-number scores',
  excellentQuota: 'quota of excellent',
  text: 'text as written',
  value: 'value',
  inclusive: 'inclusive',
  atMost: 'best tier allowed',
  trigger: 'trigger',
  atLeast: 'at least',
  of: 'base of the share',
  tieBreak: 'tie-break',
  missingEntry: 'treatment of a missing entry',
  sheets: 'score sheets',
  baseScore: 'base score',
  floor: 'floor',
  categories: 'categories',
  carryOver: 'carry-over',
  cap: 'cap',
  per: 'period of the cap',
  categoryId: 'category',
  once: 'counted once',
  carriedOver: 'points carried over',
  transferredIn: 'transfer in mid-year',
  branchAverage: 'branch average',
  meets: 'score that meets it',
  band: 'band',
  minStars: 'fewest stars',
  firstIndex: 'first position',
  verdict: 'verdict',
  grades: 'grades',
  threshold: 'threshold',
  satisfiedGrades: 'grades counted as satisfied',
  fallback: 'fallback verdict',
  quorum: 'quorum',
  passing: 'passing share',
  base: 'base',
  order: 'order',
  dense: 'dense ranks',
  tieBreakRanks: 'tie-break decides ranks',
  every: 'every',
  month: 'month',
  day: 'day',
  semesters: 'semesters',
  partialPeriods: 'treatment of partial periods',
  names: 'names',
  ordinal: 'ordinal',
  opening: 'opening day',
  before: 'before',
  namedDays: 'named days',
  congresses: 'Party congresses',
  daysAfterStart: 'days after the start',
  daysBeforeEnd: 'days before the end',
  namedDay: 'named day',
  congress: 'Party congress',
  length: 'length',
  days: 'days',
  months: 'months',
  minPhaseDays: 'fewest days per phase',
  withinDays: 'days ahead',
  minimumTier: 'lowest tier',
  probationary: 'probationary members',
  openRectification: 'open rectification',
  weights: 'weights',
  titles: 'titles',
  onePerPerson: 'one title per person',
  maxMonths: 'longest period in months',
  rule: 'rule',
  locale: 'language',
  deadlines: 'deadlines',
  // The parameters and records the domains' entry checks name (evaluation, commendation, campaign).
  accumulator: 'accumulator',
  first: 'first partial',
  others: 'other partials',
  options: 'options',
  ballots: 'ballots',
  attendance: 'attendance',
  votes: 'votes',
  candidates: 'candidates',
  campaign: 'campaign',
  records: 'campaign records',
  commitments: 'commitments',
  current: 'this year',
  previous: 'previous year',
  members: 'members',
  graded: 'members graded',
  counts: 'count per tier',
  evaluation: 'evaluation',
  expectedSubjectIds: 'subjects to evaluate',
  results: 'evaluation results',
  combined: 'combined score',
  commendation: 'commendation',
  rectification: 'rectification items',
  policy: 'aggregation policy',
  excellent: 'excellent count',
  qualified: 'qualified count',
  basicallyQualified: 'basically qualified count',
  unqualified: 'unqualified count',
  // The fields the entry checks of cxzy/scoring name.
  decision: 'tier decision',
  decidedBy: 'decided by',
  decidedOn: 'decision date',
  reason: 'reason',
  assessment: 'assessment',
  assessments: 'assessments',
  issues: 'issues',
  bySheet: 'subtotals by sheet',
  byStandard: 'subtotals by standard',
  bonus: 'bonus points',
  deduction: 'deductions',
  reasons: 'reasons',
  itemTitle: 'item title',
  bandIndexes: 'band numbers',
  chosen: 'band chosen',
  resolution: 'overlap resolution',
  to: 'tier after',
  outcome: 'quota outcome',
  rank: 'rank',
  cause: 'reason not graded',
  previousYear: 'previous year',
  currentYear: 'this year',
  events: 'events',
  totals: 'totals',
  scores: 'criterion scores',
  stars: 'stars',
  cards: 'score cards',
  bandIndex: 'band number',
  from: 'tier before',
  origin: 'origin',
  // The parameters of cxzy/i18n's message functions.
  catalog: 'message catalogue',
  params: 'parameters',
  labels: 'label lookup',
  tables: 'label tables',
  severity: 'severity',
  path: 'path',
  issue: 'issue',
  // The numbers of a meeting the vote functions check.
  entitled: 'members entitled to attend',
  inFavour: 'votes in favour',
  abstaining: 'abstentions',
  present: 'members present',
  against: 'votes against',
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
