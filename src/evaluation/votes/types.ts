/**
 * Grade ballots and vote rules (满意度测评, 民主评议党员), and the numbers of a voting meeting
 * (党员大会): attendance, tallies and the shares they must reach.
 */
import type { Fraction } from '../../core/fraction';
import type { LocalizedText } from '../../core/locale';
import type { MemberTier } from '../../core/tiers';

/**
 * Every {@link SatisfactionGrade}, in the order the documents list them: the one list the type, the labels
 * and the schemas are made from.
 *
 * @example
 * ```ts
 * import { SATISFACTION_GRADES } from 'cxzy/evaluation';
 * SATISFACTION_GRADES[0]; // 'satisfied'
 * ```
 */
export const SATISFACTION_GRADES = ['satisfied', 'basicallySatisfied', 'dissatisfied'] as const;

/**
 * A grade given on a satisfaction ballot (群众满意度测评): 满意, 基本满意, 不满意.
 *
 * @example
 * ```ts
 * import type { SatisfactionGrade } from 'cxzy/evaluation';
 * const grade: SatisfactionGrade = 'basicallySatisfied'; // 基本满意
 * ```
 */
export type SatisfactionGrade = (typeof SATISFACTION_GRADES)[number];

/**
 * What a grade ballot may say: a member tier (民主评议党员: 优秀/合格/基本合格/不合格) or a
 * satisfaction grade (满意/基本满意/不满意).
 *
 * @example
 * ```ts
 * import type { BallotGrade } from 'cxzy/evaluation';
 * const grades: readonly BallotGrade[] = ['excellent', 'satisfied'];
 * ```
 */
export type BallotGrade = MemberTier | SatisfactionGrade;

/**
 * One evaluator's grade for one subject.
 *
 * @typeParam G - the group codes the ballot may name.
 *
 * @example
 * ```ts
 * import type { GradeBallot } from 'cxzy/evaluation';
 * const ballot: GradeBallot = { subjectId: 'branch', evaluatorId: 'p-017', group: 'parents', grade: 'satisfied' };
 * ```
 */
export interface GradeBallot<G extends string = string> {
  /** Who is evaluated. */
  readonly subjectId: string;
  /** Who evaluated, or the ballot's number. */
  readonly evaluatorId: string;
  /** The side the evaluator speaks for. */
  readonly group: G;
  /** The grade given. */
  readonly grade: BallotGrade;
}

/**
 * A threshold on a share: "more than half" is `{ share: ½, inclusive: false }`; "at least 90%" is
 * `{ share: 9/10, inclusive: true }`.
 *
 * @example
 * ```ts
 * import type { ShareThreshold } from 'cxzy/evaluation';
 * const moreThanHalf: ShareThreshold = { share: { numerator: 1, denominator: 2 }, inclusive: false };
 * ```
 */
export interface ShareThreshold {
  /** The share compared with. */
  readonly share: Fraction;
  /** Whether reaching the share exactly is enough (以上/不少于) or it must be exceeded (超过). */
  readonly inclusive: boolean;
}

/**
 * One band of a vote rule: when the share of `grades` among valid ballots reaches `threshold`,
 * the recommendation is `verdict`.
 *
 * @example
 * ```ts
 * import type { VerdictBand } from 'cxzy/evaluation';
 * const band: VerdictBand = {
 *   verdict: 'satisfied',
 *   label: { 'zh-CN': '满意', en: 'Satisfied' },
 *   grades: ['satisfied', 'basicallySatisfied'],
 *   threshold: { share: { numerator: 9, denominator: 10 }, inclusive: true },
 * };
 * ```
 */
export interface VerdictBand {
  /** The verdict's stable code. */
  readonly verdict: string;
  /** The verdict's labels. */
  readonly label: LocalizedText;
  /** The grades whose share is compared. */
  readonly grades: readonly BallotGrade[];
  /** The share those grades must reach. */
  readonly threshold: ShareThreshold;
}

/**
 * How grade ballots are summarized: which grades are valid, which count as satisfied for 满意率,
 * the verdict bands (tried in order; the first reached wins) and the verdict when none is.
 *
 * @example
 * ```ts
 * import { SATISFACTION_SURVEY_RULE } from 'cxzy/evaluation';
 * SATISFACTION_SURVEY_RULE.satisfiedGrades; // ['satisfied', 'basicallySatisfied']
 * ```
 */
export interface VoteRule {
  /** The grades a ballot may give; any other grade is an invalid ballot. */
  readonly grades: readonly BallotGrade[];
  /** The grades counted in 满意率; empty when the rule has no satisfaction rate. */
  readonly satisfiedGrades: readonly BallotGrade[];
  /** The verdict bands, tried in order. */
  readonly bands: readonly VerdictBand[];
  /** The verdict when no band is reached. */
  readonly fallback: { readonly verdict: string; readonly label: LocalizedText };
  /** Decimals of the shares and the rate (e.g. 4: 0.9167). */
  readonly precision: number;
}

/**
 * Who a meeting's share is measured against: those `entitled` to vote (应到会有表决权的党员),
 * those `present`, or the votes cast.
 *
 * @example
 * ```ts
 * import type { VoteBase } from 'cxzy/evaluation';
 * const base: VoteBase = 'entitled';
 * ```
 */
export type VoteBase = 'entitled' | 'present' | 'votesCast';

/**
 * A meeting's voting rule: the quorum (a share of those entitled who must be present) and the
 * share of a base that must vote in favour.
 *
 * @example
 * ```ts
 * import { PARTY_MEMBERS_MEETING_RULE } from 'cxzy/evaluation';
 * PARTY_MEMBERS_MEETING_RULE.passing.base; // 'entitled'
 * ```
 */
export interface MeetingRule {
  /** The share of those entitled to vote who must be present. */
  readonly quorum: ShareThreshold;
  /** The share of `base` that must vote in favour. */
  readonly passing: ShareThreshold & { readonly base: VoteBase };
}

/**
 * Attendance at a voting meeting.
 *
 * @example
 * ```ts
 * import type { Attendance } from 'cxzy/evaluation';
 * const attendance: Attendance = { entitled: 31, present: 20 };
 * ```
 */
export interface Attendance {
  /** Members entitled to vote who should attend (应到会人数; 预备党员 have no vote). */
  readonly entitled: number;
  /** Members entitled to vote who are present (实到会人数). */
  readonly present: number;
}

/**
 * A motion's tally.
 *
 * @example
 * ```ts
 * import type { MotionVotes } from 'cxzy/evaluation';
 * const votes: MotionVotes = { entitled: 31, present: 25, inFavour: 17, against: 6, abstaining: 2 };
 * ```
 */
export interface MotionVotes extends Attendance {
  /** Votes in favour (赞成). */
  readonly inFavour: number;
  /** Votes against (反对). */
  readonly against: number;
  /** Abstentions (弃权). */
  readonly abstaining: number;
}
