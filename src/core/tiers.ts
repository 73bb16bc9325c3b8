import { localizedTable } from './locale';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';
import type { LocalizedText } from './locale';

/**
 * The tiers from best to worst: the order every comparison of tiers uses.
 *
 * @example
 * ```ts
 * import { MEMBER_TIERS } from 'cxzy/scoring';
 * MEMBER_TIERS.indexOf('qualified') < MEMBER_TIERS.indexOf('unqualified'); // true
 * ```
 */
export const MEMBER_TIERS = ['excellent', 'qualified', 'basicallyQualified', 'unqualified'] as const;

/**
 * A member's tier in an annual assessment or 民主评议: 优秀, 合格, 基本合格, 不合格.
 *
 * @example
 * ```ts
 * import type { MemberTier } from 'cxzy/scoring';
 * const tier: MemberTier = 'basicallyQualified'; // 基本合格
 * ```
 */
export type MemberTier = (typeof MEMBER_TIERS)[number];

/**
 * Labels of each {@link MemberTier}.
 *
 * @example
 * ```ts
 * import { MEMBER_TIER_LABELS } from 'cxzy/scoring';
 * MEMBER_TIER_LABELS.excellent['zh-CN']; // '优秀'
 * ```
 */
export const MEMBER_TIER_LABELS = /* @__PURE__ */ localizedTable(zhCN.memberTierLabels, en.memberTierLabels) satisfies Record<MemberTier, LocalizedText>;

