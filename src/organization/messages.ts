import { localizedTable } from '../core/locale';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';

/**
 * Message templates of the issues `cxzy/organization` reports, keyed by issue code.
 *
 * @example
 * ```ts
 * import { ORGANIZATION_MESSAGES } from 'cxzy/organization';
 * ORGANIZATION_MESSAGES['organization.cycle'].en; // 'Organization "{id}" is its own superior through {chain}'
 * ```
 */
export const ORGANIZATION_MESSAGES = /* @__PURE__ */ localizedTable(zhCN.organizationMessages, en.organizationMessages);

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
