import type { Issue } from '../../core/issue';
import { createIssue, type LabelTables } from '../../core/message';
import * as en from '../../locales/en';
import * as zhCN from '../../locales/zh-CN';
import { isIsoDate } from '../../core/isoDate';
import { MEMBER_TIER_LABELS } from '../../core/tiers';
import { SCORING_MESSAGES, type ScoringIssueCode } from '../messages';
import type { MemberAssessment, TierDecision } from './types';

/**
 * Records the branch's decision on a member's tier beside the computed one. A computed tier is a
 * recommendation: the 支部委员会 or 党员大会 decides. The assessment keeps its computed `tier` and
 * gains `decision`; a decision that departs from the computed tier without a reason, names no
 * decider or has no valid date is an error issue. Deciding again replaces the earlier decision
 * and its issues.
 *
 * @param assessment - the member's assessment. Not modified.
 * @param decision - the decided tier, who decided, when and why.
 * @returns a new assessment with the decision recorded.
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
export function decideTier(assessment: MemberAssessment, decision: TierDecision): MemberAssessment {
  const issues: Issue<ScoringIssueCode>[] = assessment.issues.filter((issue) => !DECISION_CODES.includes(issue.code));
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
        { memberTier: tiersAndNotGraded() },
      ),
    );
  }
  return { ...assessment, decision, issues };
}

/** The issues a decision raises: a new decision replaces those of the one before. */
const DECISION_CODES: readonly ScoringIssueCode[] = [
  'scoring.overrideWithoutReason',
  'scoring.decisionWithoutDecider',
  'scoring.decisionBadDate',
];

/** The tiers as messages name them, and "not graded" for an assessment without one. */
function tiersAndNotGraded(): LabelTables[string] {
  return { ...MEMBER_TIER_LABELS, notGraded: { 'zh-CN': zhCN.assessmentReasonTexts.notGraded, en: en.assessmentReasonTexts.notGraded } };
}
