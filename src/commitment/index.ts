/**
 * 三级双向承诺 (three-level, two-way commitments): the branch commits to members, the masses and
 * its superior committee; each functional Party group breaks the branch's items down and commits to
 * members, teachers and students and the branch; each member commits to the group and the masses.
 * Checks of the decomposition, and 践诺 (fulfilment) as of a date.
 *
 * @packageDocumentation
 */
export type { Commitment, CommitmentAudience, CommitmentItem, CommitmentItemStatus, CommitmentLevel } from './types';
export type { Rate } from '../core/rate';
export {
  COMMITMENT_AUDIENCE_LABELS,
  COMMITMENT_ITEM_STATUS_LABELS,
  COMMITMENT_LEVEL_LABELS,
} from './labels';
export { COMMITMENT_MESSAGES, type CommitmentIssueCode } from './messages';
export { checkDecomposition } from './checkDecomposition';
export { fulfilment, type Fulfilment, type FulfilmentRate, type FulfilmentTally, type LateItem, type MakerFulfilment } from './fulfilment';
export { COMMITMENT_AUDIENCES, COMMITMENT_ITEM_STATUSES, COMMITMENT_LEVELS } from './types';
