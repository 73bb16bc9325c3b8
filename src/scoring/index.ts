/**
 * Member tiers, tier rules, score sheets, member assessment and organization grading.
 *
 * @packageDocumentation
 */
export type { MemberTier } from './types';
export { MEMBER_TIER_LABELS, MEMBER_TIERS } from './labels';
