import { DEFAULT_COMMENDATION_RULE } from '../commendation/rules';
import { selectCandidates } from '../commendation/selectCandidates';
import { fulfilment } from '../commitment/fulfilment';
import { rectificationStatus } from '../rectification/rectificationStatus';
import type { TierResult } from '../rectification/types';
import { deadlines, type DeadlinesOptions } from '../schedule/deadlines';
import type { IsoDate } from '../schedule/iso-date';
import { phaseAt } from '../schedule/phaseAt';
import { MEMBER_TIERS } from '../scoring/labels';
import type { MemberTier } from '../scoring/types';
import type {
  CampaignRecords,
  CampaignSummary,
  CommendationShortlist,
  EvaluationCoverage,
  TierShare,
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

/** Percentages are kept in whole hundredths of a percent: 100 % is 10 000. */
const HUNDREDTHS_OF_PERCENT = 10_000;
const HUNDREDTHS = 100;

/** `numerator / denominator` rounded half-up (towards +∞ on a half), in integers. */
function divideHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

function countTiers(results: readonly TierResult[]): Record<MemberTier, number> {
  const counts: Record<MemberTier, number> = { excellent: 0, qualified: 0, basicallyQualified: 0, unqualified: 0 };
  for (const result of results) counts[result.tier] += 1;
  return counts;
}

/** Shares in hundredths of a percent, each rounded once; the change is taken between the rounded shares shown. */
function summarizeTiers(current: readonly TierResult[], previous: readonly TierResult[] | undefined): TierSummary {
  const counts = countTiers(current);
  // An empty previous year is no previous year: a share of nothing is not 0 %.
  const earlier = previous !== undefined && previous.length > 0 ? { total: previous.length, counts: countTiers(previous) } : undefined;
  const percentOf = (count: number, total: number) => divideHalfUp(count * HUNDREDTHS_OF_PERCENT, total);
  const shares = MEMBER_TIERS.map((tier): TierShare => {
    const percent = percentOf(counts[tier], current.length);
    if (earlier === undefined) return { tier, count: counts[tier], percent: percent / HUNDREDTHS };
    const previousPercent = percentOf(earlier.counts[tier], earlier.total);
    return {
      tier,
      count: counts[tier],
      percent: percent / HUNDREDTHS,
      previousCount: earlier.counts[tier],
      previousPercent: previousPercent / HUNDREDTHS,
      changePoints: (percent - previousPercent) / HUNDREDTHS,
    };
  });
  return {
    members: current.length,
    ...(earlier === undefined ? {} : { previousMembers: earlier.total }),
    shares,
  };
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
 * agree with what those return. Tier shares are each rounded half-up to hundredths of a percent;
 * their change is the difference of the shares shown. Evaluation coverage counts each expected
 * subject once, as evaluated when a result has a combined value.
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
 *       current: [{ memberId: 'a', tier: 'excellent' }, { memberId: 'b', tier: 'qualified' }, { memberId: 'c', tier: 'qualified' }],
 *       previous: [{ memberId: 'a', tier: 'qualified' }, { memberId: 'b', tier: 'qualified' }],
 *     },
 *     evaluation: { expectedSubjectIds: ['a', 'b', 'c'], results: [{ subjectId: 'a', combined: 91 }, { subjectId: 'b', combined: null }] },
 *   },
 *   isoDate('2011-01-01'),
 * );
 * summary.tiers?.shares[0]; // { tier: 'excellent', count: 1, percent: 33.33, previousCount: 0, previousPercent: 0, changePoints: 33.33 }
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
    ...(tiers === undefined || tiers.current.length === 0 ? {} : { tiers: summarizeTiers(tiers.current, tiers.previous) }),
    ...(evaluation === undefined || evaluation.expectedSubjectIds.length === 0
      ? {}
      : { evaluation: evaluationCoverage(evaluation) }),
    ...(shortlist === undefined ? {} : { commendation: shortlist }),
    ...(rectification === undefined || rectification.length === 0 ? {} : { rectification: rectificationStatus(rectification, asOf) }),
  };
}
