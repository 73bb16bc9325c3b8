import { expectNumber, expectObject, expectOneOf, type InputIssueCode } from '../../core/input';
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
 * why (`scoring.compareBadStars`); so it is for a grade that is not an object, stars that are
 * missing or not a number (`"4"`: `input.missing`, `input.expected`) and a band that is none of
 * `advanced`, `intermediate`, `lagging` (`input.notOneOf`, paths `['previous', 'band']`,
 * `['current', 'band']`). A value that could not be read is `undefined` in `band` and `stars`.
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
 * const unknown = compareGrades({ stars: 5, band: 'excellent' as 'advanced' }, { stars: 5, band: 'advanced' });
 * unknown.change; // 'undetermined'
 * unknown.issues?.[0]?.message['zh-CN']; // '“档次”为“excellent”,应为以下之一:advanced, intermediate, lagging'
 * ```
 */
export function compareGrades(
  previous: Pick<OrganizationGrade, 'stars' | 'band'>,
  current: Pick<OrganizationGrade, 'stars' | 'band'>,
): GradeComparison {
  const issues: Issue<ScoringIssueCode | InputIssueCode>[] = [];
  const before = readGrade(previous, 'previous', issues);
  const after = readGrade(current, 'current', issues);
  const band = { from: before.band, to: after.band };
  if (issues.length > 0 || before.stars === undefined || after.stars === undefined) {
    return { change: 'undetermined', band, stars: { from: before.stars, to: after.stars }, issues };
  }
  const byBand = bandRank(before.band) - bandRank(after.band);
  const difference = byBand !== 0 ? byBand : after.stars - before.stars;
  return {
    change: difference > 0 ? 'upgraded' : difference < 0 ? 'downgraded' : 'held',
    band,
    stars: { from: before.stars, to: after.stars },
  };
}

/** A grade's stars and band, each `undefined` when it cannot be read, with an issue saying why. */
function readGrade(
  grade: unknown,
  which: 'previous' | 'current',
  issues: Issue[],
): { readonly stars: number | undefined; readonly band: OrganizationBand | undefined } {
  if (!expectObject(grade, [which], issues)) return { stars: undefined, band: undefined };
  const stars = grade['stars'];
  let readStars: number | undefined;
  if (typeof stars !== 'number') {
    expectNumber(stars, [which, 'stars'], issues, { integer: true, min: 0 });
  } else if (!Number.isSafeInteger(stars) || stars < 0) {
    issues.push(createIssue(SCORING_MESSAGES, 'scoring.compareBadStars', 'error', [which, 'stars'], { stars: String(stars) }));
  } else {
    readStars = stars;
  }
  const band = grade['band'];
  const known = band === undefined || expectOneOf(band, ORGANIZATION_BANDS, [which, 'band'], issues);
  return { stars: readStars, band: known ? (band as OrganizationBand | undefined) : undefined };
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
   * `undetermined` when a grade's stars or band cannot be compared (see `issues`).
   */
  readonly change: 'upgraded' | 'held' | 'downgraded' | 'undetermined';
  /** The bands. */
  readonly band: { readonly from: OrganizationBand | undefined; readonly to: OrganizationBand | undefined };
  /** The stars; `undefined` where they could not be read (the change is then `undetermined`). */
  readonly stars: { readonly from: number | undefined; readonly to: number | undefined };
  /**
   * Why the change is `undetermined`: a grade that is not an object, stars that are not a whole
   * number of at least 0, a band that is none of the three. Absent otherwise.
   */
  readonly issues?: readonly Issue<ScoringIssueCode | InputIssueCode>[];
}

function bandRank(band: OrganizationBand | undefined): number {
  return band === undefined ? ORGANIZATION_BANDS.length : ORGANIZATION_BANDS.indexOf(band);
}
