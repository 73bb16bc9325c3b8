import { assertInput, type InputIssueCode, type InputIssues } from '../../core/input';
import type { Issue } from '../../core/issue';
import { createIssue, type LabelTables } from '../../core/message';
import * as en from '../../locales/en';
import * as zhCN from '../../locales/zh-CN';
import { isIsoDate } from '../../core/isoDate';
import { MEMBER_TIER_LABELS } from '../../core/tiers';
import { SCORING_MESSAGES, type ScoringIssueCode } from '../messages';
import { checkDecidedAssessmentShape, checkTierDecisionShape, tiersOf } from './checkAssessmentShape';
import type { MemberTier } from '../../core/tiers';
import type { MemberAssessment, TierDecision } from './types';

/**
 * Records the branch's decision on a member's tier beside the computed one. A computed tier is a
 * recommendation: the 支部委员会 or 党员大会 decides. The assessment keeps its computed `tier` and
 * gains `decision`; a decision that departs from the computed tier without a reason, names no
 * decider or has no valid date is an error issue. Deciding again replaces the earlier decision
 * and its issues.
 *
 * The decided tier is a code of the assessment's tier set (`tierSet`, the rule's own; the four
 * 民主评议 tiers without one), and messages name it in that set's words.
 *
 * A decision that is not shaped as a {@link TierDecision} (from a form or JSON: a tier that is none
 * of the set's, `decidedBy` or `decidedOn` missing or not text, a `reason` that is not text) is not
 * recorded: the assessment comes back as it was, with `input.*` issues (paths from `'decision'`)
 * in place of those of any earlier broken decision.
 *
 * @param assessment - the member's assessment. Not modified.
 * @param decision - the decided tier, who decided, when and why.
 * @returns a new assessment with the decision recorded.
 * @throws {@link InvalidInputError} when `assessment` is not shaped as a {@link MemberAssessment}
 *   (one stored as JSON and changed: not an object, a `tier` that is none of the four, a `total`
 *   that is neither a finite number nor `null`, `issues` that are not a list of issues …; paths
 *   from `['assessment']`): there is nothing to record a decision on.
 *
 * @example
 * ```ts
 * import { assessMember, decideTier, MEMBER_TIERS_TONGMIN_2015 } from 'cxzy/scoring';
 * import { isoDate } from 'cxzy/schedule';
 * const sheets = [{ id: 's', title: '目标管理责任书', items: [{ id: 'i', title: '工作', kind: 'base', maxPoints: 120 }] }] as const;
 * const assessment = assessMember({ memberId: 'm1', entries: [{ sheetId: 's', itemId: 'i', points: 100 }] }, sheets, MEMBER_TIERS_TONGMIN_2015);
 * assessment.tier; // 'excellent'
 * const decided = decideTier(assessment, { tier: 'qualified', decidedBy: '支部委员会', decidedOn: isoDate('2016-01-12') });
 * decided.tier; // 'excellent': the computed tier is kept
 * decided.decision?.tier; // 'qualified'
 * decided.issues.at(-1)?.code; // 'scoring.overrideWithoutReason'
 * ```
 */
export function decideTier<T extends string = MemberTier>(assessment: MemberAssessment<T>, decision: TierDecision<NoInfer<T>>): MemberAssessment<T> {
  return decide(assessment, decision) as MemberAssessment<T>;
}

/** {@link decideTier} on the codes as text. */
function decide(assessment: MemberAssessment<string>, decision: TierDecision<string>): MemberAssessment<string> {
  const input: InputIssues = [];
  checkDecidedAssessmentShape(assessment, ['assessment'], input);
  assertInput(input);
  if (!checkTierDecisionShape(decision, ['decision'], input, tiersOf(assessment as unknown as Readonly<Record<string, unknown>>))) {
    const kept = assessment.issues.filter((issue) => !isDecisionInputIssue(issue));
    return { ...assessment, issues: [...kept, ...(input as Issue<InputIssueCode>[])] };
  }
  const issues: Issue<ScoringIssueCode | InputIssueCode>[] = assessment.issues.filter(
    (issue) => !(DECISION_CODES as readonly string[]).includes(issue.code) && !isDecisionInputIssue(issue),
  );
  if (decision.decidedBy.trim() === '') {
    issues.push(createIssue(SCORING_MESSAGES, 'scoring.decisionWithoutDecider', 'error', ['decision', 'decidedBy']));
  }
  if (!isIsoDate(decision.decidedOn)) {
    issues.push(createIssue(SCORING_MESSAGES, 'scoring.decisionBadDate', 'error', ['decision', 'decidedOn'], { date: String(decision.decidedOn) }));
  }
  if (decision.tier !== assessment.tier && (decision.reason ?? '').trim() === '') {
    issues.push(
      createIssue(
        SCORING_MESSAGES,
        'scoring.overrideWithoutReason',
        'error',
        ['decision', 'reason'],
        { decided: decision.tier, computed: assessment.tier ?? 'notGraded' },
        { memberTier: tiersAndNotGraded(assessment.tierSet?.tierLabels ?? MEMBER_TIER_LABELS) },
      ),
    );
  }
  return { ...assessment, decision, issues };
}

/** An entry-check issue of an earlier decision: replaced by the next decision's. */
function isDecisionInputIssue(issue: Issue): boolean {
  return issue.code.startsWith('input.') && issue.path[0] === 'decision';
}

/** The issues a decision raises: a new decision replaces those of the one before. */
const DECISION_CODES: readonly ScoringIssueCode[] = [
  'scoring.overrideWithoutReason',
  'scoring.decisionWithoutDecider',
  'scoring.decisionBadDate',
];

/** The tiers as messages name them, in the words of the assessment's set, and "not graded" for an assessment without one. */
function tiersAndNotGraded(labels: LabelTables[string]): LabelTables[string] {
  return { ...labels, notGraded: { 'zh-CN': zhCN.assessmentReasonTexts.notGraded, en: en.assessmentReasonTexts.notGraded } };
}
