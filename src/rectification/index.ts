/**
 * 整改 (rectification): items from problem to measure, target, deadline, owner and verification;
 * their status as of a date, with the disclosure the seeds require (整改过程向群众公示,整改结果向
 * 群众公开); and 限期改正 of a member found 不合格.
 *
 * @packageDocumentation
 */
export type {
  CorrectionPeriodRule,
  RectificationItem,
  RectificationItemStatus,
  RectificationSource,
  TierResult,
  Verification,
} from './types';
export type { Rate } from '../core/rate';
export { RECTIFICATION_SOURCE_LABELS, RECTIFICATION_STATUS_LABELS } from './labels';
export { RECTIFICATION_MESSAGES, type RectificationIssueCode } from './messages';
export { LIMITED_CORRECTION_PERIOD, LIMITED_CORRECTION_TEXT } from './rules';
export {
  rectificationStatus,
  type CompletionRate,
  type OverdueRectification,
  type RectificationReport,
  type UndisclosedRectification,
} from './rectificationStatus';
export { rectifyUnqualified, type LimitedCorrection, type RectifyUnqualifiedOptions } from './rectifyUnqualified';
export { RECTIFICATION_ITEM_STATUSES, RECTIFICATION_SOURCES } from './types';
