import type { InputIssues } from '../../core/input';
import { checkScoreCardShape } from '../sheets/checkScoreCardShape';
import { checkScoreSheetsShape } from '../sheets/checkScoreSheetsShape';
import { checkTierRuleShape } from '../tierRules/checkTierRuleShape';
import { assessCard, createEngine } from './_engine';
import { unassessed } from './_unassessed';
import { checkAssessMemberOptionsShape } from './checkAssessmentShape';
import type { MemberAssessment } from './types';
import type { ScoreCard, ScoreSheet } from '../sheets/types';
import type { TierRule } from '../tierRules/types';
import type { MemberTier } from '../../core/tiers';

/**
 * Assesses one member's score card: totals per sheet and per standard, the tier the rule gives,
 * the vetoes, every reason, and every problem in the card.
 *
 * How it counts: base and bonus points add, deductions (entered as positive numbers) subtract;
 * sums are exact, in whole hundredths. An entry is reported, never clamped or guessed, when its
 * sheet or item is unknown, when the item was already scored, when its points are not a finite
 * number, have more than two decimals, are negative or exceed the item's maximum. A card with
 * any error is rejected: no tier and no total (`total: null`), and the reason names the items
 * (`notGraded: 'cardRejected'`), because a figure or a tier built on it would be wrong. Missing
 * data never decides a verdict: a card with no entries at all is not graded and has no total
 * (`notGraded: 'noScores'`, with the error `scoring.noScores`), never 不合格 on 0 points. A base
 * item without an entry, on a card that has others, counts 0 with a warning (see
 * `options.missingEntry`). A probationary member gets no tier unless the rule's
 * `gradeProbationary` says so. Vetoes recorded on the card or triggered by an entry cap the tier.
 * Problems in the sheets or the rule are reported too (paths from `'sheets'` or `'rule'`), and
 * then nobody is graded (`notGraded: 'invalidInput'`); with sheets in error there is no total
 * either.
 *
 * @param card - the member's score card. Not modified.
 * @param sheets - the score sheets. Not modified.
 * @param rule - the tier rule. Not modified.
 * @param options - how to treat base items without an entry.
 * @returns the assessment; issue paths start at the card (`['entries', 3, 'points']`).
 *
 * @example
 * ```ts
 * import { assessMember, MEMBER_TIERS_TONGMIN_2015, type ScoreSheet } from 'cxzy/scoring';
 * const sheets: readonly ScoreSheet[] = [
 *   {
 *     id: 'goals',
 *     title: '党员目标管理责任书',
 *     items: [
 *       { id: 'teaching', title: '教学工作', kind: 'base', maxPoints: 60 },
 *       { id: 'model', title: '示范岗', kind: 'bonus', maxPoints: 10 },
 *     ],
 *   },
 *   { id: 'integrity', title: '党风廉政建设责任书', items: [{ id: 'clean', title: '廉洁从教', kind: 'base', maxPoints: 40 }] },
 * ];
 * const assessment = assessMember(
 *   {
 *     memberId: 'm-001',
 *     entries: [
 *       { sheetId: 'goals', itemId: 'teaching', points: 55.5 },
 *       { sheetId: 'goals', itemId: 'model', points: 6 },
 *       { sheetId: 'integrity', itemId: 'clean', points: 38.5 },
 *     ],
 *   },
 *   sheets,
 *   MEMBER_TIERS_TONGMIN_2015,
 * );
 * assessment.total; // 100
 * assessment.tier; // 'excellent': 100 is in both 100分以上 and 80—100分, and the rule gives the better tier
 * assessment.bySheet.map((sheet) => sheet.total); // [61.5, 38.5]
 * assessment.reasons.map((reason) => reason.code); // ['bonus', 'band', 'overlap']
 *
 * const missing = assessMember({ memberId: 'm-002', entries: [] }, sheets, MEMBER_TIERS_TONGMIN_2015);
 * missing.tier; // undefined
 * missing.total; // null
 * missing.reasons; // [{ code: 'notGraded', cause: 'noScores' }]
 * ```
 */
export function assessMember<T extends string = MemberTier>(
  card: ScoreCard,
  sheets: readonly ScoreSheet[],
  rule: TierRule<T>,
  options: AssessMemberOptions = {},
): MemberAssessment<T> {
  return assessOne(card, sheets, rule, options) as MemberAssessment<T>;
}

/** {@link assessMember} on the codes as text: the engine does not know the rule's literal codes. */
function assessOne(card: ScoreCard, sheets: readonly ScoreSheet[], rule: TierRule<string>, options: AssessMemberOptions): MemberAssessment<string> {
  const input: InputIssues = [];
  checkScoreSheetsShape(sheets, ['sheets'], input);
  checkTierRuleShape(rule, ['rule'], input);
  checkAssessMemberOptionsShape(options, ['options'], input);
  if (input.length > 0) return unassessed(card, 'invalidInput', input as MemberAssessment['issues']);
  if (!checkScoreCardShape(card, [], input)) {
    const broken = createEngine(sheets, rule, options);
    return unassessed(card, broken.sound ? 'cardRejected' : 'invalidInput', [...broken.issues, ...(input as MemberAssessment['issues'])], sheets, rule.tierSet);
  }
  const engine = createEngine(sheets, rule, options);
  const assessment = assessCard(card, engine);
  if (engine.issues.length === 0) return assessment;
  return { ...assessment, issues: [...engine.issues, ...assessment.issues] };
}

/**
 * How {@link assessMember} treats a base item without an entry: count 0 silently (`ignore`), count
 * 0 with a warning (`warning`, the default), or refuse to grade (`error`).
 *
 * @example
 * ```ts
 * import type { AssessMemberOptions } from 'cxzy/scoring';
 * const options: AssessMemberOptions = { missingEntry: 'error' };
 * ```
 */
export interface AssessMemberOptions {
  /**
   * What a base item without an entry means. Default `'warning'`.
   * @defaultValue `'warning'`
   */
  readonly missingEntry?: 'ignore' | 'warning' | 'error';
}
