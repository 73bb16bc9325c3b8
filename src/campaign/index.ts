/**
 * The campaign entity and the standards catalogue (五个好, 五带头, 五好党员, 五个强, 五个模范,
 * 六个模范, 六种意识) as data.
 *
 * @packageDocumentation
 */
export type { Activity, Campaign } from './types';
export type { DateRange } from '../core/dateRange';
export type { Rate } from '../core/rate';
export type { Criterion, StandardSet, StandardSubject } from '../standards/types';
export {
  FIVE_GOOD_MEMBER,
  FIVE_GOODS,
  FIVE_LEADS,
  FIVE_MODELS,
  FIVE_STRENGTHS,
  SIX_AWARENESSES,
  SIX_MODELS,
  STANDARD_SETS,
} from '../standards/standards';
export { summarizeCampaign, type CampaignRecords, type CampaignSummary, type CommendationShortlist, type EvaluatedSubject, type EvaluationCoverage, type ScheduleSummary, type SummarizeCampaignOptions, type TierShare, type TierSummary } from './summarizeCampaign';
export { STANDARD_SUBJECTS } from '../standards/types';
export { InvalidInputError } from '../core/input';
