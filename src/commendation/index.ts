/**
 * 评选表彰 (selection and commendation): eligibility as rule data, a combined score of 工作实绩 and
 * 社会公认度, quotas per title, and a ranked, explained list to recommend upward (向上推荐).
 *
 * @packageDocumentation
 */
export type {
  Admission,
  AwardTitle,
  Candidate,
  CandidateVerdict,
  CommendationResult,
  CommendationRule,
  CommendationWeights,
  SelectionReason,
  TieBreakKey,
  TitleRule,
  TitleSelection,
} from './types';
export { ADMISSION_LABELS, AWARD_TITLE_LABELS, COMMENDATION_SCORE_LABELS } from './labels';
export {
  COMMENDATION_MESSAGES,
  SELECTION_REASON_MESSAGES,
  type CommendationIssueCode,
  type SelectionReasonCode,
} from './messages';
export { DEFAULT_COMMENDATION_RULE } from './rules';
export { selectCandidates } from './selectCandidates';
export { AWARD_TITLES } from './types';
