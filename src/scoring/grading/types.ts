import type { InputIssueCode } from '../../core/input';
import type { Issue } from '../../core/issue';
import type { LocalizedText } from '../../core/locale';
import type { ScoringIssueCode } from '../messages';
import type { TierBound } from '../tierRules/types';

// Organization grading (五星级, 晋档升级): the rule, the grade it gives and the bands.

/**
 * An organization grading rule: each criterion (五个好) with the score that meets it — one star
 * each (五星级) — and the fewest stars for each band, best band first.
 *
 * @example
 * ```ts
 * import { ORGANIZATION_GRADES_FIVE_GOODS, type OrganizationGradeRule } from 'cxzy/scoring';
 * const rule: OrganizationGradeRule = ORGANIZATION_GRADES_FIVE_GOODS;
 * rule.criteria.length; // 5
 * ```
 */
export interface OrganizationGradeRule {
  /** A stable identifier. */
  readonly id?: string;
  /** The rule's name. */
  readonly label?: LocalizedText;
  /** Each criterion and the score that meets it. */
  readonly criteria: readonly { readonly code: string; readonly label: LocalizedText; readonly meets: TierBound }[];
  /** The fewest stars for each band, best band first; the last should need 0. */
  readonly bands: readonly { readonly band: OrganizationBand; readonly minStars: number }[];
}

/**
 * An organization's grade: stars, the criteria met and missed, the band, and every problem in the
 * scores.
 *
 * @example
 * ```ts
 * import type { OrganizationGrade } from 'cxzy/scoring';
 * const grade: OrganizationGrade = {
 *   stars: 4,
 *   met: ['leadershipTeam', 'memberTeam', 'workMechanism', 'workResults'],
 *   missed: ['response'],
 *   band: 'intermediate',
 *   issues: [],
 * };
 * ```
 */
export interface OrganizationGrade {
  /** One per criterion met. */
  readonly stars: number;
  /** The criteria met, in the rule's order. */
  readonly met: readonly string[];
  /** The criteria missed (or not scored), in the rule's order. */
  readonly missed: readonly string[];
  /** The band the stars give; `undefined` when no band's `minStars` is reached. */
  readonly band: OrganizationBand | undefined;
  /** Every problem in the scores, or in the scores' and the rule's shape. */
  readonly issues: readonly Issue<ScoringIssueCode | InputIssueCode>[];
}

/**
 * A Party organization's band for 晋档升级: 先进 (`advanced`), 中间 (`intermediate`), 后进
 * (`lagging`). The seeds: "使处于先进的当好标杆、中间状态的规范提高、相对后进的改变面貌".
 *
 * @example
 * ```ts
 * import type { OrganizationBand } from 'cxzy/scoring';
 * const band: OrganizationBand = 'intermediate';
 * ```
 */
export type OrganizationBand = 'advanced' | 'intermediate' | 'lagging';
