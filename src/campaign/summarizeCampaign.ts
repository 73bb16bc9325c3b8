import { DEFAULT_COMMENDATION_RULE } from '../commendation/rules';
import { selectCandidates } from '../commendation/selectCandidates';
import { fulfilment } from '../commitment/fulfilment';
import { rectificationStatus } from '../rectification/rectificationStatus';
import { deadlines, type DeadlinesOptions } from '../schedule/deadlines';
import type { IsoDate } from '../core/isoDate';
import { phaseAt } from '../schedule/phaseAt';
import { compareDistributions } from '../scoring/compareDistributions';
import type { TierDistribution } from '../scoring/types';
import type {
  CampaignRecords,
  CampaignSummary,
  CommendationShortlist,
  EvaluationCoverage,
  TierSummary,
} from './summaryTypes';
import type { Campaign } from './types';

export type {
  CampaignRecords,
  CampaignSummary,
  CommendationShortlist,
  EvaluatedSubject,
  EvaluationCoverage,
  ScheduleSummary,
  TierShare,
  TierSummary,
} from './summaryTypes';

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
  /** How far ahead a task counts as upcoming; `deadlines`' default when absent. */
  readonly deadlines?: DeadlinesOptions;
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
    rate: { numerator: covered, denominator: expected.length, value: expected.length === 0 ? null : covered / expected.length },
    missingIds,
  };
}

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
