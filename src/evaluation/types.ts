import type { Fraction } from '../core/fraction';
import type { Issue } from '../core/issue';
import type { LocalizedText } from '../core/locale';
import type { MemberTier } from '../scoring/types';
import type { EvaluationIssueCode } from './messages';

/**
 * The sides a campaign hears from, as the seeds name them: 领导点评 (`leadership`), 党内互评 /
 * 党员互评 (`peer`), 自评 (`self`), 师生评议 (`teachersStudents`), 家长评议 (`parents`) and 群众评议
 * (`masses`). A policy may add its own group codes (any string); these six ship with labels.
 *
 * @example
 * ```ts
 * import type { EvaluatorGroup } from 'cxzy/evaluation';
 * const group: EvaluatorGroup = 'teachersStudents'; // 师生评议
 * ```
 */
export type EvaluatorGroup = 'leadership' | 'peer' | 'self' | 'teachersStudents' | 'parents' | 'masses';

/**
 * One evaluator's score for one subject (a member or an organization), given as one of a group.
 *
 * @typeParam G - the group codes the ballot may name.
 *
 * @example
 * ```ts
 * import type { ScoreBallot } from 'cxzy/evaluation';
 * const ballot: ScoreBallot = { subjectId: 'm01', evaluatorId: 'm02', group: 'peer', score: 92.5 };
 * ```
 */
export interface ScoreBallot<G extends string = string> {
  /** Who is evaluated: a member's or an organization's id. */
  readonly subjectId: string;
  /** Who evaluated: a member's id, or a ballot number for anonymous ballots. */
  readonly evaluatorId: string;
  /** The side the evaluator speaks for. */
  readonly group: G;
  /** The score, with at most two decimals, on the policy's scale. */
  readonly score: number;
}

/**
 * A grade given on a satisfaction ballot (群众满意度测评): 满意, 基本满意, 不满意.
 *
 * @example
 * ```ts
 * import type { SatisfactionGrade } from 'cxzy/evaluation';
 * const grade: SatisfactionGrade = 'basicallySatisfied'; // 基本满意
 * ```
 */
export type SatisfactionGrade = 'satisfied' | 'basicallySatisfied' | 'dissatisfied';

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
 * How a group's scores become its figure: the arithmetic `mean`, the `trimmedMean` (去掉最高分和
 * 最低分后的平均分), or the `median`.
 *
 * @example
 * ```ts
 * import type { AggregationMethod } from 'cxzy/evaluation';
 * const method: AggregationMethod = 'trimmedMean';
 * ```
 */
export type AggregationMethod = 'mean' | 'trimmedMean' | 'median';

/**
 * A group rule with the arithmetic mean or the median, which drop nothing.
 *
 * @example
 * ```ts
 * import type { PlainGroupRule } from 'cxzy/evaluation';
 * const leadership: PlainGroupRule = { weight: 0.3, method: 'mean' };
 * ```
 */
export interface PlainGroupRule {
  /** The group's weight in the combined score: a decimal with at most four places, not negative. */
  readonly weight: number;
  /** `mean` or `median`. */
  readonly method: 'mean' | 'median';
  /** How many ballots the group needs to count (default 1); fewer makes it under-filled. */
  readonly minBallots?: number;
}

/**
 * A group rule with the trimmed mean: 去掉 `dropHighest` 个最高分、`dropLowest` 个最低分, then the
 * mean of the rest. Both default to one, the common 去掉一个最高分、一个最低分.
 *
 * @example
 * ```ts
 * import type { TrimmedMeanGroupRule } from 'cxzy/evaluation';
 * const peer: TrimmedMeanGroupRule = { weight: 0.3, method: 'trimmedMean', dropHighest: 1, dropLowest: 1 };
 * ```
 */
export interface TrimmedMeanGroupRule {
  /** The group's weight in the combined score: a decimal with at most four places, not negative. */
  readonly weight: number;
  /** `trimmedMean`. */
  readonly method: 'trimmedMean';
  /** How many of the highest scores to drop (default 1). */
  readonly dropHighest?: number;
  /** How many of the lowest scores to drop (default 1). */
  readonly dropLowest?: number;
  /**
   * How many ballots the group needs to count (default 1). A trimmed mean needs at least one more
   * than it drops whatever this says.
   */
  readonly minBallots?: number;
}

/**
 * How one evaluator group is weighed and averaged.
 *
 * @example
 * ```ts
 * import type { GroupRule } from 'cxzy/evaluation';
 * const rule: GroupRule = { weight: 0.2, method: 'median', minBallots: 5 };
 * ```
 */
export type GroupRule = PlainGroupRule | TrimmedMeanGroupRule;

/**
 * What a group without enough ballots (none, or fewer than `minBallots`) does to the combined
 * score: `renormalize` weighs the other groups by their own weights only; `zero` counts the group
 * as a score of 0 at its full weight; `error` gives no combined score and an error issue.
 *
 * @example
 * ```ts
 * import type { MissingGroupTreatment } from 'cxzy/evaluation';
 * const treatment: MissingGroupTreatment = 'renormalize';
 * ```
 */
export type MissingGroupTreatment = 'renormalize' | 'zero' | 'error';

/**
 * What a second ballot from the same evaluator for the same subject and group means.
 * `error`: the first ballot (in ballot order) counts and each later one is an error issue and does
 * not count; `lastWins`: the last ballot counts and each earlier one is reported as replaced;
 * `unchecked`: the source guarantees one ballot per evaluator (a database unique key, anonymous
 * paper ballots numbered once), so no evaluator ids are kept and every ballot counts. "Ballot
 * order" is each ballot's position in the whole collection (see `addBallots`'s `firstIndex`).
 *
 * @example
 * ```ts
 * import type { DuplicateBallotTreatment } from 'cxzy/evaluation';
 * const treatment: DuplicateBallotTreatment = 'lastWins';
 * ```
 */
export type DuplicateBallotTreatment = 'error' | 'lastWins' | 'unchecked';

/**
 * The range scores must lie in, both ends included.
 *
 * @example
 * ```ts
 * import type { ScoreScale } from 'cxzy/evaluation';
 * const hundred: ScoreScale = { min: 0, max: 100 };
 * ```
 */
export interface ScoreScale {
  /** The lowest allowed score. */
  readonly min: number;
  /** The highest allowed score. */
  readonly max: number;
}

/**
 * How ballots become figures: for each group a weight and a method, what a missing group and a
 * duplicate ballot mean, whether 党内互评 counts a member's ballot on themself, the scale, and
 * the precision. Rules are data: copy one of the named policies and change what differs.
 *
 * @typeParam G - the policy's group codes.
 *
 * @example
 * ```ts
 * import type { AggregationPolicy } from 'cxzy/evaluation';
 * const policy: AggregationPolicy<'leadership' | 'peer'> = {
 *   groups: {
 *     leadership: { weight: 0.4, method: 'mean' },
 *     peer: { weight: 0.6, method: 'trimmedMean', dropHighest: 1, dropLowest: 1 },
 *   },
 *   missingGroup: 'renormalize',
 *   duplicateBallot: 'error',
 *   excludeSelfFromPeer: true,
 *   precision: 2,
 *   scale: { min: 0, max: 100 },
 * };
 * ```
 */
export interface AggregationPolicy<G extends string = EvaluatorGroup> {
  /** Each group's rule, by group code. Ballots naming any other group are reported. */
  readonly groups: Readonly<Record<G, GroupRule>>;
  /** What a group with no or too few ballots means. */
  readonly missingGroup: MissingGroupTreatment;
  /** What a second ballot from one evaluator means. */
  readonly duplicateBallot: DuplicateBallotTreatment;
  /** Whether a `peer` ballot whose evaluator is its subject is left out (and reported). */
  readonly excludeSelfFromPeer: boolean;
  /** Decimals of every figure (0 to 4), each rounded once, half away from zero (四舍五入). */
  readonly precision: number;
  /** The range scores must lie in. */
  readonly scale: ScoreScale;
}

/**
 * Whether a group's figure was counted: `counted` (enough ballots), `underfilled` (some ballots
 * but fewer than the rule needs) or `missing` (none).
 *
 * @example
 * ```ts
 * import type { GroupStatus } from 'cxzy/evaluation';
 * const status: GroupStatus = 'underfilled';
 * ```
 */
export type GroupStatus = 'counted' | 'missing' | 'underfilled';

/**
 * How a group entered the combined score: with its `value`, as a `zero` (a missing group under
 * `missingGroup: 'zero'`), or `excluded` (renormalized away, or no combined score).
 *
 * @example
 * ```ts
 * import type { CombinedAs } from 'cxzy/evaluation';
 * const how: CombinedAs = 'zero';
 * ```
 */
export type CombinedAs = 'value' | 'zero' | 'excluded';

/**
 * One group's figure for one subject, with what a reader needs to check it by hand.
 *
 * @example
 * ```ts
 * import type { GroupFigure } from 'cxzy/evaluation';
 * const peer: GroupFigure = {
 *   value: 88, count: 5, status: 'counted', combinedAs: 'value',
 *   dropped: { highest: [96], lowest: [70] },
 * };
 * ```
 */
export interface GroupFigure {
  /** The group's figure at the policy's precision; `null` when no figure can be computed. */
  readonly value: number | null;
  /** How many ballots counted (after duplicates and self-ballots, before trimming). */
  readonly count: number;
  /** Whether the figure was counted. */
  readonly status: GroupStatus;
  /** How the group entered the combined score. */
  readonly combinedAs: CombinedAs;
  /** The scores a trimmed mean dropped, each list most extreme first; empty for other methods. */
  readonly dropped: { readonly highest: readonly number[]; readonly lowest: readonly number[] };
}

/**
 * Everything computed for one subject.
 *
 * @typeParam G - the policy's group codes.
 *
 * @example
 * ```ts
 * import { aggregateEvaluations, THREE_SIDED_EVALUATION } from 'cxzy/evaluation';
 * const [result] = aggregateEvaluations(
 *   [{ subjectId: 'm01', evaluatorId: 'l1', group: 'leadership', score: 90 }],
 *   THREE_SIDED_EVALUATION,
 * ).subjects;
 * result?.groups.leadership.value; // 90
 * ```
 */
export interface SubjectResult<G extends string = EvaluatorGroup> {
  /** The subject's id. */
  readonly subjectId: string;
  /** Each of the policy's groups, counted or not. */
  readonly groups: Readonly<Record<G, GroupFigure>>;
  /**
   * The weighted mean of the counted groups' figures (Σ weight × value ÷ Σ weight, each figure as
   * published), rounded once to the precision; `null` when there is none.
   */
  readonly combined: number | null;
  /** The subject's issues: missing or under-filled groups, duplicates, excluded self-ballots. */
  readonly issues: readonly Issue<EvaluationIssueCode>[];
}

/**
 * What an evaluation run gives: each subject (in the order of its first ballot) and the run's
 * issues (an invalid policy, ballots that could not be counted).
 *
 * @typeParam G - the policy's group codes.
 *
 * @example
 * ```ts
 * import { aggregateEvaluations, THREE_SIDED_EVALUATION } from 'cxzy/evaluation';
 * const result = aggregateEvaluations(
 *   [{ subjectId: 'm01', evaluatorId: 'x', group: 'alumni', score: 90 }],
 *   THREE_SIDED_EVALUATION,
 * );
 * result.issues[0]?.code; // 'evaluation.unknownGroup'
 * ```
 */
export interface EvaluationResult<G extends string = EvaluatorGroup> {
  /** Each subject that has at least one countable ballot. */
  readonly subjects: readonly SubjectResult<G>[];
  /** Issues of the run, sorted by ballot position. */
  readonly issues: readonly Issue<EvaluationIssueCode>[];
}

declare const accumulatorBrand: unique symbol;

/**
 * A partial evaluation: the figures' ingredients for the ballots added so far. Opaque and
 * immutable: `addBallots` and `mergeAccumulators` return new accumulators, and
 * `finalizeAccumulator` turns one into an {@link EvaluationResult}. Merging partials of any split
 * of the ballots, in any order, gives exactly what one pass over all of them gives.
 *
 * @typeParam G - the policy's group codes.
 *
 * @example
 * ```ts
 * import { addBallots, createAccumulator, THREE_SIDED_EVALUATION } from 'cxzy/evaluation';
 * const accumulator = addBallots(createAccumulator(THREE_SIDED_EVALUATION), [
 *   { subjectId: 'm01', evaluatorId: 'l1', group: 'leadership', score: 90 },
 * ]);
 * accumulator.ballotCount; // 1
 * ```
 */
export interface EvaluationAccumulator<G extends string = EvaluatorGroup> {
  /** The policy every ballot is read under. */
  readonly policy: AggregationPolicy<G>;
  /** How many ballots were added (valid or not). */
  readonly ballotCount: number;
  /** One past the highest ballot position seen: where the next chunk starts by default. */
  readonly nextIndex: number;
  /** How many subjects have ballots. */
  readonly subjectCount: number;
  /** Marks accumulators made by this module; there is no such property at run time. */
  readonly [accumulatorBrand]: G;
}

/**
 * One group's ingredients in the JSON form of a partial: running sums for the mean and the trimmed
 * mean (`sum` and the kept extremes, all in hundredths), every score for the median, or every
 * ballot `[evaluatorId, hundredths, position]` when duplicates are checked.
 *
 * @example
 * ```ts
 * import type { GroupPartialJson } from 'cxzy/evaluation';
 * const part: GroupPartialJson = { count: 3, sum: 27000, highest: [9500], lowest: [8500] };
 * ```
 */
export type GroupPartialJson =
  | { readonly count: number; readonly sum: number; readonly highest: readonly number[]; readonly lowest: readonly number[] }
  | { readonly scores: readonly number[] }
  | { readonly ballots: readonly (readonly [string, number, number])[] };

/**
 * A recorded problem in the JSON form of a partial: the issue's code, the ballot position, the
 * subject it belongs to (for subject issues) and the message parameters.
 *
 * @example
 * ```ts
 * import type { IssueRecordJson } from 'cxzy/evaluation';
 * const record: IssueRecordJson = { code: 'evaluation.unknownGroup', position: 7, field: 'group', params: { group: 'alumni' } };
 * ```
 */
export interface IssueRecordJson {
  /** The issue code. */
  readonly code: EvaluationIssueCode;
  /** The ballot's position in the whole collection. */
  readonly position: number;
  /** The ballot field the issue points at. */
  readonly field: string;
  /** The subject, for issues that belong to one. */
  readonly subjectId?: string;
  /** The message parameters. */
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * The JSON form of an {@link EvaluationAccumulator}: plain data a worker can send to another
 * process or store between runs. It is canonical: two partials holding the same ballots
 * serialize to equal JSON, whatever order they were merged in.
 *
 * @example
 * ```ts
 * import { accumulatorToJson, createAccumulator, THREE_SIDED_EVALUATION } from 'cxzy/evaluation';
 * const json = accumulatorToJson(createAccumulator(THREE_SIDED_EVALUATION));
 * json.format; // 'cxzy.evaluation.partial'
 * JSON.parse(JSON.stringify(json)); // the same data
 * ```
 */
export interface AccumulatorJson {
  /** Identifies the format. */
  readonly format: 'cxzy.evaluation.partial';
  /** The format's version. */
  readonly version: 1;
  /** The policy the partial was computed under. */
  readonly policy: AggregationPolicy<string>;
  /** How many ballots were added. */
  readonly ballotCount: number;
  /** One past the highest ballot position seen. */
  readonly nextIndex: number;
  /** The group codes, in the order `subjects[].groups` lists them (sorted). */
  readonly groupOrder: readonly string[];
  /** Each subject: id, the position of its first ballot, and each group's ingredients. */
  readonly subjects: readonly {
    readonly id: string;
    readonly first: number;
    readonly groups: readonly GroupPartialJson[];
  }[];
  /** The problems recorded so far, sorted by position and code. */
  readonly records: readonly IssueRecordJson[];
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
 * A verdict from votes: always a recommendation (群众评议 informs, the branch decides), with the
 * band that produced it (`null` for the fallback).
 *
 * @example
 * ```ts
 * import type { VoteRecommendation } from 'cxzy/evaluation';
 * const recommendation: VoteRecommendation = {
 *   verdict: 'dissatisfied', label: { 'zh-CN': '不满意', en: 'Dissatisfied' }, band: null, isFinal: false,
 * };
 * ```
 */
export interface VoteRecommendation {
  /** The verdict's code. */
  readonly verdict: string;
  /** The verdict's labels. */
  readonly label: LocalizedText;
  /** The band reached, or `null` when the fallback applies. */
  readonly band: VerdictBand | null;
  /** Always `false`: votes recommend, the branch committee or general meeting decides. */
  readonly isFinal: false;
}

/**
 * The vote summary of one subject.
 *
 * @example
 * ```ts
 * import { SATISFACTION_SURVEY_RULE, summarizeVotes } from 'cxzy/evaluation';
 * const [summary] = summarizeVotes(
 *   [{ subjectId: 'b', evaluatorId: '1', group: 'masses', grade: 'satisfied' }],
 *   SATISFACTION_SURVEY_RULE,
 * ).subjects;
 * summary?.satisfactionRate; // 1
 * ```
 */
export interface VoteSummary {
  /** The subject's id. */
  readonly subjectId: string;
  /** Ballots per grade of the rule. */
  readonly counts: Readonly<Partial<Record<BallotGrade, number>>>;
  /** Each grade's share of the valid ballots, at the rule's precision. */
  readonly shares: Readonly<Partial<Record<BallotGrade, number>>>;
  /** Ballots with a grade of the rule. */
  readonly valid: number;
  /** Ballots with any other grade. */
  readonly invalid: number;
  /** 满意率 = satisfied grades ÷ valid ballots, at the rule's precision; `null` without ballots or satisfied grades. */
  readonly satisfactionRate: number | null;
  /** The recommended verdict. */
  readonly recommendation: VoteRecommendation;
}

/**
 * What `summarizeVotes` returns: one summary per subject (in order of first ballot) and the issues.
 *
 * @example
 * ```ts
 * import { SATISFACTION_SURVEY_RULE, summarizeVotes } from 'cxzy/evaluation';
 * summarizeVotes([], SATISFACTION_SURVEY_RULE); // { subjects: [], issues: [] }
 * ```
 */
export interface VoteSummaryResult {
  /** One summary per subject. */
  readonly subjects: readonly VoteSummary[];
  /** Ballots that could not be counted. */
  readonly issues: readonly Issue<EvaluationIssueCode>[];
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

/**
 * Whether a meeting is quorate, with the numbers that decide it.
 *
 * @example
 * ```ts
 * import { checkQuorum, PARTY_MEMBERS_MEETING_RULE } from 'cxzy/evaluation';
 * checkQuorum({ entitled: 31, present: 16 }, PARTY_MEMBERS_MEETING_RULE).required; // 16
 * ```
 */
export interface QuorumCheck {
  /** Whether enough members are present. */
  readonly quorate: boolean;
  /** The fewest present that make the meeting quorate. */
  readonly required: number;
  /** Members present. */
  readonly present: number;
  /** Members entitled to vote. */
  readonly entitled: number;
  /** Problems with the numbers (negative, fractional, more present than entitled). */
  readonly issues: readonly Issue<EvaluationIssueCode>[];
}

/**
 * Whether a motion passes, with the numbers that decide it.
 *
 * @example
 * ```ts
 * import { decideMotion, PARTY_MEMBERS_MEETING_RULE } from 'cxzy/evaluation';
 * const decision = decideMotion({ entitled: 31, present: 25, inFavour: 16, against: 7, abstaining: 2 }, PARTY_MEMBERS_MEETING_RULE);
 * decision.passed; // true
 * ```
 */
export interface MotionDecision {
  /** Whether the motion passes: the meeting is quorate and enough voted in favour. */
  readonly passed: boolean;
  /** The quorum check. */
  readonly quorum: QuorumCheck;
  /** The fewest votes in favour that pass the motion. */
  readonly requiredInFavour: number;
  /** Votes in favour. */
  readonly inFavour: number;
  /** Why it failed: `notQuorate`, `tooFewInFavour`, or `invalidTally`; empty when it passed. */
  readonly reasons: readonly ('notQuorate' | 'tooFewInFavour' | 'invalidTally')[];
  /** Problems with the numbers. */
  readonly issues: readonly Issue<EvaluationIssueCode>[];
}

