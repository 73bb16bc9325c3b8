/**
 * A member's tier in an annual assessment or 民主评议: 优秀, 合格, 基本合格, 不合格.
 *
 * @example
 * ```ts
 * import type { MemberTier } from 'cxzy/scoring';
 * const tier: MemberTier = 'basicallyQualified'; // 基本合格
 * ```
 */
export type MemberTier = 'excellent' | 'qualified' | 'basicallyQualified' | 'unqualified';
