import { DEFAULT_COMMENDATION_RULE } from '../commendation/rules';
import { selectCandidates } from '../commendation/selectCandidates';
import type { Candidate, CandidateVerdict, CommendationRule } from '../commendation/types';
import { fulfilment, type Fulfilment } from '../commitment/fulfilment';
import type { Commitment } from '../commitment/types';
import { assertInput, type InputIssues } from '../core/input';
import type { Issue } from '../core/issue';
import type { IsoDate } from '../core/isoDate';
import { rateOf, type Rate } from '../core/rate';
import type { MemberTier } from '../core/tiers';
import { rectificationStatus, type RectificationReport } from '../rectification/rectificationStatus';
import type { RectificationItem } from '../rectification/types';
import { deadlines, type DeadlinesOptions } from '../schedule/deadlines';
import { phaseAt } from '../schedule/phaseAt';
import type { DeadlineReport, PhasePosition } from '../schedule/types';
import { compareDistributions, type TierShareChange } from '../scoring/assessment/compareDistributions';
import type { TierDistribution } from '../scoring/assessment/tierDistribution';
import { checkSummaryInput } from './checkSummaryInput';
import type { Campaign } from './types';

/**
 * A campaign at a glance on `asOf`, as one plain data object for a dashboard: the phase under way
 * and the deadlines, 践诺 of the commitments, the tier distribution and its change, evaluation
 * coverage, the 评选表彰 shortlist, and open rectification.
 *
 * Each part is made only from records that are present and not empty, so an app shows what it
 * has: the summary of empty records is the campaign's identity and the date (and its schedule, if
 * the campaign has phases), never an error. The parts come from the modules' own functions —
 * `phaseAt` and `deadlines`, `fulfilment`, `selectCandidates` (under
 * `DEFAULT_COMMENDATION_RULE` unless the records give a rule), `rectificationStatus` — so they
 * agree with what those return; the tier shares and their change are `compareDistributions`'s
 * (shares of the graded members, rounded half-up to two decimals; the change is the difference of
 * the rounded shares). Evaluation coverage counts each expected subject once, as evaluated when a
 * result has a combined value.
 *
 * @param campaign - the campaign. Not modified.
 * @param records - what the app has recorded so far; every part optional. Not modified.
 * @param asOf - the day of the summary.
 * @param options - how far ahead deadlines look.
 * @returns the summary.
 * @throws {@link InvalidInputError} (a `TypeError`) when an argument is not shaped as its type says
 *   (from JSON or a cast): the campaign without an id or with phases that are not a list, a record
 *   part of the wrong kind (`tiers: null`, a tier count given as text, evaluation results that are
 *   not a list), `asOf` that is not a `YYYY-MM-DD` date, `options` that is not an object. It is
 *   checked before any part is made, and its `issues` have paths from the parameter's name, such as
 *   `['records', 'tiers', 'current', 'members']`. The parts' own functions check the rest (a
 *   commendation rule's problems are in `commendation.issues`).
 *
 * @example
 * ```ts
 * import { summarizeCampaign } from 'cxzy/campaign';
 * import { isoDate } from 'cxzy/schedule';
 * const campaign = {
 *   id: 'c', title: '创先争优活动', theme: '', organizerId: 'b',
 *   period: { start: isoDate('2010-06-01'), end: isoDate('2012-06-30') },
 *   basis: [], phases: [], standards: [], activities: [],
 * };
 * const summary = summarizeCampaign(
 *   campaign,
 *   {
 *     tiers: {
 *       current: { members: 3, graded: 3, counts: { excellent: 1, qualified: 2, basicallyQualified: 0, unqualified: 0 } },
 *       previous: { members: 2, graded: 2, counts: { excellent: 0, qualified: 2, basicallyQualified: 0, unqualified: 0 } },
 *     },
 *     evaluation: { expectedSubjectIds: ['a', 'b', 'c'], results: [{ subjectId: 'a', combined: 91 }, { subjectId: 'b', combined: null }] },
 *   },
 *   isoDate('2011-01-01'),
 * );
 * summary.tiers?.shares[0]; // { tier: 'excellent', count: 1, percent: 33.33 }
 * summary.tiers?.change?.[0]?.changePoints; // 33.33
 * summary.evaluation?.missingIds; // ['b', 'c']
 * summary.commitments; // undefined
 * ```
 */
export function summarizeCampaign(
  campaign: Campaign,
  records: CampaignRecords,
  asOf: IsoDate,
  options: SummarizeCampaignOptions = {},
): CampaignSummary {
  const issues: InputIssues = [];
  checkSummaryInput(campaign, records, asOf, options, issues);
  assertInput(issues);
  const { commitments, tiers, evaluation, commendation, rectification } = records;
  const commendationResult =
    commendation === undefined || commendation.candidates.length === 0
      ? undefined
      : selectCandidates(commendation.candidates, commendation.rule ?? DEFAULT_COMMENDATION_RULE);
  const shortlist: CommendationShortlist | undefined =
    commendationResult === undefined
      ? undefined
      : {
          recommended: commendationResult.recommended,
          notSelected: commendationResult.titles.flatMap((title) => title.notSelected),
          issues: commendationResult.issues,
        };
  return {
    campaignId: campaign.id,
    title: campaign.title,
    asOf,
    ...(campaign.phases.length === 0
      ? {}
      : { schedule: { position: phaseAt(campaign.phases, asOf), deadlines: deadlines(campaign.phases, asOf, options.deadlines) } }),
    ...(commitments === undefined || commitments.length === 0 ? {} : { commitments: fulfilment(commitments, asOf) }),
    ...(tiers === undefined || tiers.current.members === 0 ? {} : { tiers: summarizeTiers(tiers.current, tiers.previous) }),
    ...(evaluation === undefined || evaluation.expectedSubjectIds.length === 0
      ? {}
      : { evaluation: evaluationCoverage(evaluation) }),
    ...(shortlist === undefined ? {} : { commendation: shortlist }),
    ...(rectification === undefined || rectification.length === 0 ? {} : { rectification: rectificationStatus(rectification, asOf) }),
  };
}

/**
 * Options of {@link summarizeCampaign}.
 *
 * @example
 * ```ts
 * import type { SummarizeCampaignOptions } from 'cxzy/campaign';
 * const options: SummarizeCampaignOptions = { deadlines: { withinDays: 30 } };
 * ```
 */
export interface SummarizeCampaignOptions {
  /**
   * How far ahead a task counts as upcoming.
   *
   * @defaultValue `deadlines`' default, `DEFAULT_DEADLINES_OPTIONS` of `cxzy/schedule` (two weeks)
   */
  readonly deadlines?: DeadlinesOptions;
}

/**
 * The records of a campaign kept by the app, each optional: a part of the summary is made only
 * from records that are present and not empty.
 *
 * @example
 * ```ts
 * import type { CampaignRecords } from 'cxzy/campaign';
 * const records: CampaignRecords = {
 *   tiers: {
 *     current: { members: 12, graded: 11, counts: { excellent: 3, qualified: 7, basicallyQualified: 1, unqualified: 0 } },
 *   },
 * };
 * ```
 */
export interface CampaignRecords {
  /** The three levels' commitments (三级双向承诺). */
  readonly commitments?: readonly Commitment[];
  /** This year's tier distribution and, for the change, the previous year's (`tierDistribution` of `cxzy/scoring`). */
  readonly tiers?: {
    /** This year's distribution. */
    readonly current: TierDistribution;
    /** The previous year's distribution, if kept. */
    readonly previous?: TierDistribution;
  };
  /** Who should be evaluated and the results so far. */
  readonly evaluation?: {
    /** The subjects the evaluation should cover (every member, every organization). */
    readonly expectedSubjectIds: readonly string[];
    /** The results so far. */
    readonly results: readonly EvaluatedSubject[];
  };
  /** The nominations for 评选表彰 and the rule, `DEFAULT_COMMENDATION_RULE` when absent. */
  readonly commendation?: {
    /** The nominations. */
    readonly candidates: readonly Candidate[];
    /** The rule to select under. */
    readonly rule?: CommendationRule;
  };
  /** The rectification items (整改). */
  readonly rectification?: readonly RectificationItem[];
}

/**
 * A subject's evaluation result, as far as coverage needs it: an `aggregateEvaluations` subject
 * (`SubjectResult` of `cxzy/evaluation`) fits as it is.
 *
 * @example
 * ```ts
 * import type { EvaluatedSubject } from 'cxzy/campaign';
 * const subject: EvaluatedSubject = { subjectId: 'm02', combined: 92.5 };
 * ```
 */
export interface EvaluatedSubject {
  /** The member or organization evaluated. */
  readonly subjectId: string;
  /** The combined result, or `null` when no group could be counted. */
  readonly combined: number | null;
}

/**
 * A campaign at a glance on one day, as plain data for a dashboard. Each part is present only when
 * the records it is made from are: the summary of empty records holds the campaign's identity and
 * the date, and its schedule if the campaign has phases.
 *
 * @example
 * ```ts
 * import { summarizeCampaign, type CampaignSummary } from 'cxzy/campaign';
 * import { isoDate } from 'cxzy/schedule';
 * const campaign = {
 *   id: 'c', title: '创先争优活动', theme: '', organizerId: 'b',
 *   period: { start: isoDate('2010-06-01'), end: isoDate('2012-06-30') },
 *   basis: [], phases: [], standards: [], activities: [],
 * };
 * const summary: CampaignSummary = summarizeCampaign(campaign, {}, isoDate('2011-01-01'));
 * summary; // { campaignId: 'c', title: '创先争优活动', asOf: '2011-01-01' }
 * ```
 */
export interface CampaignSummary {
  /** The campaign's id. */
  readonly campaignId: string;
  /** The campaign's title. */
  readonly title: string;
  /** The day the summary is taken on. */
  readonly asOf: IsoDate;
  /** The phase under way and the deadlines; absent when the campaign has no phases. */
  readonly schedule?: ScheduleSummary;
  /** 践诺 of the commitments; absent without commitments. */
  readonly commitments?: Fulfilment;
  /** The tier distribution and its change; absent without tiers. */
  readonly tiers?: TierSummary;
  /** Evaluation coverage; absent without an evaluation record. */
  readonly evaluation?: EvaluationCoverage;
  /** The commendation shortlist; absent without nominations. */
  readonly commendation?: CommendationShortlist;
  /** Open rectification; absent without rectification items. */
  readonly rectification?: RectificationReport;
}

/**
 * Where the campaign's schedule stands: the phase under way and the deadlines.
 *
 * @example
 * ```ts
 * import type { ScheduleSummary } from 'cxzy/campaign';
 * const describe = (summary: ScheduleSummary) => summary.position.status;
 * ```
 */
export interface ScheduleSummary {
  /** The phase under way, or the gap, start or end the date falls in (`phaseAt`). */
  readonly position: PhasePosition;
  /** Tasks due soon, overdue, and done late (`deadlines`). */
  readonly deadlines: DeadlineReport;
}

/**
 * The tier distribution of the year and, with the previous year's, its change.
 *
 * @example
 * ```ts
 * import type { TierSummary } from 'cxzy/campaign';
 * const excellentChange = (summary: TierSummary) => summary.change?.[0]?.changePoints;
 * ```
 */
export interface TierSummary {
  /** This year's distribution, as recorded. */
  readonly current: TierDistribution;
  /** This year's share of each tier, best first. */
  readonly shares: readonly TierShare[];
  /** The previous year's distribution; absent without one. */
  readonly previous?: TierDistribution;
  /** Each tier's share in both years and its change in percentage points (`compareDistributions`); absent without a previous year. */
  readonly change?: readonly TierShareChange[];
}

/**
 * One tier's count and share of the graded members this year.
 *
 * @example
 * ```ts
 * import type { TierShare } from 'cxzy/campaign';
 * const share: TierShare = { tier: 'excellent', count: 3, percent: 27.27 };
 * ```
 */
export interface TierShare {
  /** The tier. */
  readonly tier: MemberTier;
  /** Members with the tier this year. */
  readonly count: number;
  /** Their share of the graded members, in percent, rounded half-up to two decimals. */
  readonly percent: number;
}

/**
 * How far the evaluation has got.
 *
 * @example
 * ```ts
 * import type { EvaluationCoverage } from 'cxzy/campaign';
 * const coverage: EvaluationCoverage = { expected: 12, evaluated: 9, rate: { numerator: 9, denominator: 12, value: 0.75 }, missingIds: ['m10', 'm11', 'm12'] };
 * ```
 */
export interface EvaluationCoverage {
  /** Subjects the evaluation should cover. */
  readonly expected: number;
  /** Of those, subjects with a combined result. */
  readonly evaluated: number;
  /** `evaluated / expected`, exact; `value` is `null` when nothing is expected. */
  readonly rate: Rate;
  /** Subjects expected but without a result, in the order expected. */
  readonly missingIds: readonly string[];
}

/**
 * The 评选表彰 shortlist: who would be recommended upward, and why the others would not.
 *
 * @example
 * ```ts
 * import type { CommendationShortlist } from 'cxzy/campaign';
 * const names = (shortlist: CommendationShortlist) => shortlist.recommended.map((verdict) => verdict.name ?? verdict.id);
 * ```
 */
export interface CommendationShortlist {
  /** The nominations selected, title by title, by rank, each with its reasons. */
  readonly recommended: readonly CandidateVerdict[];
  /** The other nominations, title by title (eligible by rank, then the ineligible), each with its reasons. */
  readonly notSelected: readonly CandidateVerdict[];
  /** Problems found in the nominations or the rule. */
  readonly issues: readonly Issue[];
}

/** A year in which nobody was graded: against it, `compareDistributions` gives a year's own shares. */
const NOBODY_GRADED: TierDistribution = {
  members: 0,
  graded: 0,
  counts: { excellent: 0, qualified: 0, basicallyQualified: 0, unqualified: 0 },
};

function summarizeTiers(current: TierDistribution, previous: TierDistribution | undefined): TierSummary {
  const shares = compareDistributions(NOBODY_GRADED, current).map(({ tier, current: share }) => ({ tier, ...share }));
  // A previous year with nobody graded is no previous year: a share of nobody is not 0 %.
  if (previous === undefined || previous.graded === 0) return { current, shares };
  return { current, shares, previous, change: compareDistributions(previous, current) };
}

function evaluationCoverage({ expectedSubjectIds, results }: NonNullable<CampaignRecords['evaluation']>): EvaluationCoverage {
  const evaluated = new Set(results.filter((result) => result.combined !== null).map((result) => result.subjectId));
  const expected = [...new Set(expectedSubjectIds)];
  const missingIds = expected.filter((id) => !evaluated.has(id));
  const covered = expected.length - missingIds.length;
  return {
    expected: expected.length,
    evaluated: covered,
    rate: rateOf(covered, expected.length),
    missingIds,
  };
}
