import type { Issue } from '../../core/issue';
import { createIssue } from '../../core/message';
import { ORGANIZATION_BANDS } from '../labels';
import { SCORING_MESSAGES, type ScoringIssueCode } from '../messages';
import type { OrganizationBand, OrganizationGrade } from './types';

/**
 * Says how an organization moved between two gradings (晋档升级): `upgraded` for a better band (晋档),
 * or the same band with more stars (升级); `downgraded` for the reverse; `held` otherwise.
 *
 * Missing data never decides: if either grade's stars are not a whole number of at least 0
 * (`NaN`, `Infinity`, `4.5`, from JSON or a cast), the change is `undetermined` and `issues` says
 * why (`scoring.compareBadStars`).
 *
 * @param previous - last year's grade. Not modified.
 * @param current - this year's. Not modified.
 * @returns the change, with both bands and star counts.
 *
 * @example
 * ```ts
 * import { compareGrades } from 'cxzy/scoring';
 * compareGrades(
 *   { stars: 4, met: [], missed: [], band: 'intermediate', issues: [] },
 *   { stars: 5, met: [], missed: [], band: 'advanced', issues: [] },
 * ).change; // 'upgraded'
 * compareGrades({ stars: Number.NaN, band: 'advanced' }, { stars: 5, band: 'advanced' }).change; // 'undetermined'
 * ```
 */
export function compareGrades(
  previous: Pick<OrganizationGrade, 'stars' | 'band'>,
  current: Pick<OrganizationGrade, 'stars' | 'band'>,
): GradeComparison {
  const issues: Issue<ScoringIssueCode>[] = [];
  for (const [which, grade] of [['previous', previous], ['current', current]] as const) {
    if (!Number.isSafeInteger(grade.stars) || grade.stars < 0) {
      issues.push(createIssue(SCORING_MESSAGES, 'scoring.compareBadStars', 'error', [which, 'stars'], { stars: String(grade.stars) }));
    }
  }
  if (issues.length > 0) {
    return {
      change: 'undetermined',
      band: { from: previous.band, to: current.band },
      stars: { from: previous.stars, to: current.stars },
      issues,
    };
  }
  const byBand = bandRank(previous.band) - bandRank(current.band);
  const difference = byBand !== 0 ? byBand : current.stars - previous.stars;
  return {
    change: difference > 0 ? 'upgraded' : difference < 0 ? 'downgraded' : 'held',
    band: { from: previous.band, to: current.band },
    stars: { from: previous.stars, to: current.stars },
  };
}

/**
 * How an organization's grade moved between two years.
 *
 * @example
 * ```ts
 * import type { GradeComparison } from 'cxzy/scoring';
 * const comparison: GradeComparison = {
 *   change: 'upgraded',
 *   band: { from: 'intermediate', to: 'advanced' },
 *   stars: { from: 4, to: 5 },
 * };
 * ```
 */
export interface GradeComparison {
  /**
   * `upgraded` for a better band, or the same band with more stars; `downgraded` the reverse;
   * `undetermined` when a grade's stars cannot be compared (see `issues`).
   */
  readonly change: 'upgraded' | 'held' | 'downgraded' | 'undetermined';
  /** The bands. */
  readonly band: { readonly from: OrganizationBand | undefined; readonly to: OrganizationBand | undefined };
  /** The stars. */
  readonly stars: { readonly from: number; readonly to: number };
  /** Why the change is `undetermined`: stars that are not a whole number of at least 0. Absent otherwise. */
  readonly issues?: readonly Issue<ScoringIssueCode>[];
}

function bandRank(band: OrganizationBand | undefined): number {
  return band === undefined ? ORGANIZATION_BANDS.length : ORGANIZATION_BANDS.indexOf(band);
}
