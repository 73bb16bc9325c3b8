/**
 * 整改 (rectification): items from problem to measure, target, deadline, owner and verification;
 * their status as of a date, with the disclosure the seeds require (整改过程向群众公示,整改结果向
 * 群众公开); and 限期改正 of a member found 不合格.
 *
 * @packageDocumentation
 */
export type {
  CompletionRate,
  CorrectionPeriodRule,
  LimitedCorrection,
  OverdueRectification,
  RectificationItem,
  RectificationItemStatus,
  RectificationReport,
  RectificationSource,
  TierResult,
  UndisclosedRectification,
  Verification,
} from './types';
export { RECTIFICATION_SOURCE_LABELS, RECTIFICATION_STATUS_LABELS } from './labels';
export { RECTIFICATION_MESSAGES, type RectificationIssueCode } from './messages';
export { LIMITED_CORRECTION_PERIOD, LIMITED_CORRECTION_TEXT } from './rules';
export { rectificationStatus } from './rectificationStatus';
export { rectifyUnqualified, type RectifyUnqualifiedOptions } from './rectifyUnqualified';
