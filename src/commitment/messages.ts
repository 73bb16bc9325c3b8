import type { MessageCatalog } from '../core/message';

/**
 * Message templates of the issues `cxzy/commitment` reports, keyed by issue code.
 *
 * @example
 * ```ts
 * import { COMMITMENT_MESSAGES } from 'cxzy/commitment';
 * COMMITMENT_MESSAGES['commitment.cycle'].en; // 'Item "{itemId}" is broken down from itself through {chain}'
 * ```
 */
export const COMMITMENT_MESSAGES = {
  'commitment.duplicateCommitmentId': {
    'zh-CN': '承诺编号“{id}”重复,首次出现在第 {firstIndex} 项',
    en: 'Commitment id "{id}" is used twice; first at index {firstIndex}',
  },
  'commitment.duplicateItemId': {
    'zh-CN': '承诺事项编号“{itemId}”重复,首次出现在承诺“{firstCommitmentId}”中',
    en: 'Commitment item id "{itemId}" is used twice; first in commitment "{firstCommitmentId}"',
  },
  'commitment.branchItemNotDecomposed': {
    'zh-CN': '党支部承诺事项“{itemId}”({title})未分解到任何功能党小组',
    en: 'Branch item "{itemId}" ({title}) is broken down into no functional group item',
  },
  'commitment.groupItemUntraced': {
    'zh-CN': '功能党小组“{makerId}”的承诺事项“{itemId}”({title})既未对应党支部承诺事项,也未标明为小组自定事项',
    en: 'Item "{itemId}" ({title}) of functional group "{makerId}" traces to no branch item and is not marked as the group\'s own',
  },
  'commitment.ownAndDecomposed': {
    'zh-CN': '承诺事项“{itemId}”既标明为自定事项,又注明分解自“{sourceId}”',
    en: 'Item "{itemId}" is marked as its maker\'s own but also names "{sourceId}" as its source',
  },
  'commitment.unknownSource': {
    'zh-CN': '承诺事项“{itemId}”注明分解自“{sourceId}”,但没有这一承诺事项',
    en: 'Item "{itemId}" is broken down from "{sourceId}", which is no known item',
  },
  'commitment.sourceWrongLevel': {
    'zh-CN': '{level}承诺事项“{itemId}”应分解自{expectedLevel}承诺事项,但“{sourceId}”是{sourceLevel}承诺事项',
    en: '"{itemId}" ({levelEn}) must break down an item of the level above ({expectedLevelEn}), but "{sourceId}" is at the level {sourceLevelEn}',
  },
  'commitment.sourceOutsideGroup': {
    'zh-CN': '党员“{makerId}”的承诺事项“{itemId}”分解自功能党小组“{sourceMakerId}”的事项,但该党员不在这个小组',
    en: 'Item "{itemId}" of member "{makerId}" breaks down an item of functional group "{sourceMakerId}", which the member is not in',
  },
  'commitment.cycle': {
    'zh-CN': '承诺事项“{itemId}”经由 {chain} 分解自自身',
    en: 'Item "{itemId}" is broken down from itself through {chain}',
  },
  'commitment.unknownGroup': {
    'zh-CN': '功能党小组承诺“{commitmentId}”的承诺主体“{makerId}”不是已知的功能党小组',
    en: 'Group commitment "{commitmentId}" is made by "{makerId}", which is no known functional group',
  },
  'commitment.memberInNoGroup': {
    'zh-CN': '作出承诺的党员“{makerId}”未加入任何功能党小组',
    en: 'Member "{makerId}" has made a commitment but is in no functional group',
  },
  'commitment.memberGroupNotCommitted': {
    'zh-CN': '党员“{makerId}”所在的功能党小组“{groupIds}”未作出承诺',
    en: 'Member "{makerId}" is in functional group "{groupIds}", which has made no commitment',
  },
  'commitment.groupNotCommitted': {
    'zh-CN': '功能党小组“{groupId}”({name})未作出承诺',
    en: 'Functional group "{groupId}" ({name}) has made no commitment',
  },
  'commitment.fulfilledWithoutDate': {
    'zh-CN': '承诺事项“{itemId}”标为已践诺,但未填写践诺日期,无法判断是否按期',
    en: 'Item "{itemId}" is marked fulfilled without a date, so whether it was on time is unknown',
  },
  'commitment.dateWithoutFulfilment': {
    'zh-CN': '承诺事项“{itemId}”填写了践诺日期 {fulfilledOn},但状态不是已践诺,按未践诺统计',
    en: 'Item "{itemId}" has a fulfilment date ({fulfilledOn}) but is not marked fulfilled; it is counted as not fulfilled',
  },
} as const satisfies MessageCatalog;

/**
 * The codes of every issue `cxzy/commitment` reports.
 *
 * @example
 * ```ts
 * import type { CommitmentIssueCode } from 'cxzy/commitment';
 * const code: CommitmentIssueCode = 'commitment.groupItemUntraced';
 * ```
 */
export type CommitmentIssueCode = keyof typeof COMMITMENT_MESSAGES;
