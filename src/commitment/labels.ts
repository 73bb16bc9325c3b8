import type { LocalizedText } from '../core/locale';
import type { CommitmentAudience, CommitmentItemStatus, CommitmentLevel } from './types';

/**
 * The three levels, from the top: the order tallies and checks use.
 *
 * @example
 * ```ts
 * import { COMMITMENT_LEVELS } from 'cxzy/commitment';
 * COMMITMENT_LEVELS; // ['branch', 'group', 'member']
 * ```
 */
export const COMMITMENT_LEVELS = ['branch', 'group', 'member'] as const satisfies readonly CommitmentLevel[];

/**
 * Labels of each {@link CommitmentLevel}.
 *
 * @example
 * ```ts
 * import { COMMITMENT_LEVEL_LABELS } from 'cxzy/commitment';
 * COMMITMENT_LEVEL_LABELS.group['zh-CN']; // '功能党小组'
 * ```
 */
export const COMMITMENT_LEVEL_LABELS = {
  branch: { 'zh-CN': '党支部', en: 'Party branch' },
  group: { 'zh-CN': '功能党小组', en: 'Functional Party group' },
  member: { 'zh-CN': '党员个人', en: 'Individual member' },
} as const satisfies Record<CommitmentLevel, LocalizedText>;

/**
 * Labels of each {@link CommitmentAudience}.
 *
 * @example
 * ```ts
 * import { COMMITMENT_AUDIENCE_LABELS } from 'cxzy/commitment';
 * COMMITMENT_AUDIENCE_LABELS.superiorCommittee['zh-CN']; // '上级党组织'
 * ```
 */
export const COMMITMENT_AUDIENCE_LABELS = {
  members: { 'zh-CN': '党员', en: 'Party members' },
  masses: { 'zh-CN': '群众', en: 'The masses' },
  superiorCommittee: { 'zh-CN': '上级党组织', en: 'The superior Party committee' },
  teachersStudents: { 'zh-CN': '师生', en: 'Teachers and students' },
  branch: { 'zh-CN': '党支部', en: 'The Party branch' },
  group: { 'zh-CN': '党小组', en: 'The Party group' },
} as const satisfies Record<CommitmentAudience, LocalizedText>;

/**
 * Labels of each {@link CommitmentItemStatus}.
 *
 * @example
 * ```ts
 * import { COMMITMENT_ITEM_STATUS_LABELS } from 'cxzy/commitment';
 * COMMITMENT_ITEM_STATUS_LABELS.fulfilled['zh-CN']; // '已践诺'
 * ```
 */
export const COMMITMENT_ITEM_STATUS_LABELS = {
  pending: { 'zh-CN': '未开始', en: 'Not started' },
  inProgress: { 'zh-CN': '推进中', en: 'In progress' },
  fulfilled: { 'zh-CN': '已践诺', en: 'Fulfilled' },
} as const satisfies Record<CommitmentItemStatus, LocalizedText>;
