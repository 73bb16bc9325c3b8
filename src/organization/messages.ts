import type { MessageCatalog } from '../core/message';

/**
 * Message templates of the issues `cxzy/organization` reports, keyed by issue code.
 *
 * @example
 * ```ts
 * import { ORGANIZATION_MESSAGES } from 'cxzy/organization';
 * ORGANIZATION_MESSAGES['organization.cycle'].en; // 'Organization "{id}" is its own superior through {chain}'
 * ```
 */
export const ORGANIZATION_MESSAGES = {
  'organization.duplicateId': {
    'zh-CN': '组织编号“{id}”重复,首次出现在第 {firstIndex} 项',
    en: 'Organization id "{id}" is used twice; first at index {firstIndex}',
  },
  'organization.unknownParent': {
    'zh-CN': '组织“{id}”的上级组织“{parentId}”不存在',
    en: 'Organization "{id}" names an unknown parent "{parentId}"',
  },
  'organization.cycle': {
    'zh-CN': '组织“{id}”经由 {chain} 成为自己的上级',
    en: 'Organization "{id}" is its own superior through {chain}',
  },
  'organization.kindInversion': {
    'zh-CN': '{childKind}“{id}”不能隶属于{parentKind}“{parentId}”',
    en: 'A {childKindEn} ("{id}") cannot be under a {parentKindEn} ("{parentId}")',
  },
  'functionalGroup.duplicateId': {
    'zh-CN': '功能党小组编号“{id}”重复,首次出现在第 {firstIndex} 项',
    en: 'Functional group id "{id}" is used twice; first at index {firstIndex}',
  },
  'functionalGroup.memberInNone': {
    'zh-CN': '党员“{memberId}”未加入任何功能党小组',
    en: 'Member "{memberId}" is in no functional group',
  },
  'functionalGroup.memberInSeveral': {
    'zh-CN': '党员“{memberId}”同时加入了多个功能党小组:{groupIds}',
    en: 'Member "{memberId}" is in several functional groups: {groupIds}',
  },
  'functionalGroup.unknownMember': {
    'zh-CN': '功能党小组“{groupId}”列出的党员“{memberId}”不在本支部党员名单中',
    en: 'Functional group "{groupId}" lists "{memberId}", who is not a member of the branch',
  },
  'functionalGroup.memberListedTwice': {
    'zh-CN': '功能党小组“{groupId}”重复列出党员“{memberId}”',
    en: 'Functional group "{groupId}" lists member "{memberId}" twice',
  },
  'functionalGroup.leaderOutsideGroup': {
    'zh-CN': '功能党小组“{groupId}”的组长“{leaderId}”不是该小组成员',
    en: 'The leader "{leaderId}" of functional group "{groupId}" is not one of its members',
  },
  'functionalGroup.empty': {
    'zh-CN': '功能党小组“{groupId}”没有成员',
    en: 'Functional group "{groupId}" has no members',
  },
} as const satisfies MessageCatalog;

/**
 * The codes of every issue `cxzy/organization` reports.
 *
 * @example
 * ```ts
 * import type { OrganizationIssueCode } from 'cxzy/organization';
 * const code: OrganizationIssueCode = 'functionalGroup.memberInNone';
 * ```
 */
export type OrganizationIssueCode = keyof typeof ORGANIZATION_MESSAGES;
