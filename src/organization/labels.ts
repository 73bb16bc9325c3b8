import type { LocalizedText } from '../core/locale';
import type { MassOrganizationKind, MemberStatus, OrganizationKind, Role } from './types';

/**
 * Labels of each {@link OrganizationKind}.
 *
 * @example
 * ```ts
 * import { ORGANIZATION_KIND_LABELS } from 'cxzy/organization';
 * ORGANIZATION_KIND_LABELS.generalBranch['zh-CN']; // '党总支'
 * ```
 */
export const ORGANIZATION_KIND_LABELS = {
  committee: { 'zh-CN': '党委', en: 'Party committee' },
  generalBranch: { 'zh-CN': '党总支', en: 'General Party branch' },
  branch: { 'zh-CN': '党支部', en: 'Party branch' },
} as const satisfies Record<OrganizationKind, LocalizedText>;

/**
 * Labels of each {@link MemberStatus}.
 *
 * @example
 * ```ts
 * import { MEMBER_STATUS_LABELS } from 'cxzy/organization';
 * MEMBER_STATUS_LABELS.probationary.en; // 'Probationary member'
 * ```
 */
export const MEMBER_STATUS_LABELS = {
  full: { 'zh-CN': '正式党员', en: 'Full member' },
  probationary: { 'zh-CN': '预备党员', en: 'Probationary member' },
} as const satisfies Record<MemberStatus, LocalizedText>;

/**
 * Labels of each {@link Role}.
 *
 * @example
 * ```ts
 * import { ROLE_LABELS } from 'cxzy/organization';
 * ROLE_LABELS.committeeMember['zh-CN']; // '支委'
 * ```
 */
export const ROLE_LABELS = {
  secretary: { 'zh-CN': '书记', en: 'Secretary' },
  deputySecretary: { 'zh-CN': '副书记', en: 'Deputy secretary' },
  committeeMember: { 'zh-CN': '支委', en: 'Committee member' },
  groupLeader: { 'zh-CN': '党小组组长', en: 'Party group leader' },
  partyAffairsWorker: { 'zh-CN': '党务工作者', en: 'Party affairs worker' },
} as const satisfies Record<Role, LocalizedText>;

/**
 * Labels of each {@link MassOrganizationKind}.
 *
 * @example
 * ```ts
 * import { MASS_ORGANIZATION_KIND_LABELS } from 'cxzy/organization';
 * MASS_ORGANIZATION_KIND_LABELS.womensFederation['zh-CN']; // '妇联'
 * ```
 */
export const MASS_ORGANIZATION_KIND_LABELS = {
  tradeUnion: { 'zh-CN': '工会', en: 'Trade union' },
  youthLeague: { 'zh-CN': '共青团', en: 'Communist Youth League' },
  womensFederation: { 'zh-CN': '妇联', en: "Women's Federation" },
} as const satisfies Record<MassOrganizationKind, LocalizedText>;
