import { localizedTable } from '../core/locale';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';
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
export const ORGANIZATION_KIND_LABELS = /* @__PURE__ */ localizedTable(zhCN.organizationKindLabels, en.organizationKindLabels) satisfies Record<OrganizationKind, LocalizedText>;

/**
 * Labels of each {@link MemberStatus}.
 *
 * @example
 * ```ts
 * import { MEMBER_STATUS_LABELS } from 'cxzy/organization';
 * MEMBER_STATUS_LABELS.probationary.en; // 'Probationary member'
 * ```
 */
export const MEMBER_STATUS_LABELS = /* @__PURE__ */ localizedTable(zhCN.memberStatusLabels, en.memberStatusLabels) satisfies Record<MemberStatus, LocalizedText>;

/**
 * Labels of each {@link Role}.
 *
 * @example
 * ```ts
 * import { ROLE_LABELS } from 'cxzy/organization';
 * ROLE_LABELS.committeeMember['zh-CN']; // '支委'
 * ```
 */
export const ROLE_LABELS = /* @__PURE__ */ localizedTable(zhCN.roleLabels, en.roleLabels) satisfies Record<Role, LocalizedText>;

/**
 * Labels of each {@link MassOrganizationKind}.
 *
 * @example
 * ```ts
 * import { MASS_ORGANIZATION_KIND_LABELS } from 'cxzy/organization';
 * MASS_ORGANIZATION_KIND_LABELS.womensFederation['zh-CN']; // '妇联'
 * ```
 */
export const MASS_ORGANIZATION_KIND_LABELS = /* @__PURE__ */ localizedTable(zhCN.massOrganizationKindLabels, en.massOrganizationKindLabels) satisfies Record<MassOrganizationKind, LocalizedText>;
