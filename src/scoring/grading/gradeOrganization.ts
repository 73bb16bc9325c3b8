import { expectObject, type InputIssueCode, type InputIssues } from '../../core/input';
import type { Issue } from '../../core/issue';
import { createIssue } from '../../core/message';
import { roundHundredths } from '../_hundredths';
import { SCORING_MESSAGES, type ScoringIssueCode } from '../messages';
import { shownValue } from '../_shape';
import { checkOrganizationGradeRuleShape } from './checkOrganizationGradeRuleShape';
import type { OrganizationGrade, OrganizationGradeRule } from './types';

/**
 * Grades a Party organization against a rule's criteria (五个好): one star per criterion whose
 * score meets it (五星级), and the first band, best first, whose `minStars` the stars reach, for
 * 晋档升级. A criterion without a score, or with a score that is not a finite number, is not met
 * and is reported; a score for a criterion the rule does not have is reported and ignored. Scores
 * are read to the hundredth before they are compared.
 *
 * Scores that are not an object, or a rule that is not shaped as an {@link OrganizationGradeRule}
 * (from JSON or a cast: a criterion without `code` or `meets`, a band that is none of the three, a
 * `minStars` that is not a whole number), are checked first and reported with `input.*` codes
 * (paths from `'scores'` and `'rule'`); nothing is then graded: no stars, no criterion met or
 * missed, no band.
 *
 * @param scores - the score of each criterion, by criterion code. Not modified.
 * @param rule - the grading rule. Not modified.
 * @returns the stars, the criteria met and missed, the band, and every problem (paths from the
 *   criterion code).
 *
 * @example
 * ```ts
 * import { gradeOrganization, ORGANIZATION_GRADES_FIVE_GOODS } from 'cxzy/scoring';
 * const grade = gradeOrganization(
 *   { leadershipTeam: 95, memberTeam: 90, workMechanism: 86, workResults: 91, response: 88 },
 *   ORGANIZATION_GRADES_FIVE_GOODS,
 * );
 * grade.stars; // 5
 * grade.band; // 'advanced'
 * ```
 */
export function gradeOrganization(scores: Readonly<Record<string, number>>, rule: OrganizationGradeRule): OrganizationGrade {
  const input: InputIssues = [];
  expectObject(scores, ['scores'], input);
  checkOrganizationGradeRuleShape(rule, ['rule'], input);
  if (input.length > 0) return { stars: 0, met: [], missed: [], band: undefined, issues: input as Issue<InputIssueCode>[] };
  const issues: Issue<ScoringIssueCode>[] = [];
  const met: string[] = [];
  const missed: string[] = [];
  for (const criterion of rule.criteria) {
    const code = criterion.code;
    // A key without a value (`{ memberTeam: undefined }`) is a score missing, as an absent key is.
    if (!Object.hasOwn(scores, code) || scores[code] === undefined) {
      issues.push(createIssue(SCORING_MESSAGES, 'scoring.gradeMissingScore', 'warning', [code], { code }));
      missed.push(code);
      continue;
    }
    const score = scores[code]!;
    if (typeof score !== 'number' || !Number.isFinite(score)) {
      issues.push(createIssue(SCORING_MESSAGES, 'scoring.gradeBadScore', 'error', [code], { code, score: shownValue(score) }));
      missed.push(code);
      continue;
    }
    const value = roundHundredths(score);
    const threshold = roundHundredths(criterion.meets.value);
    (criterion.meets.inclusive ? value >= threshold : value > threshold) ? met.push(code) : missed.push(code);
  }
  const known = new Set(rule.criteria.map((criterion) => criterion.code));
  for (const code of Object.keys(scores)) {
    if (!known.has(code)) issues.push(createIssue(SCORING_MESSAGES, 'scoring.gradeUnknownCriterion', 'warning', [code], { code }));
  }
  const stars = met.length;
  const band = rule.bands.find((candidate) => stars >= candidate.minStars)?.band;
  if (band === undefined) issues.push(createIssue(SCORING_MESSAGES, 'scoring.gradeNoBand', 'error', [], { stars }));
  return { stars, met, missed, band, issues };
}
