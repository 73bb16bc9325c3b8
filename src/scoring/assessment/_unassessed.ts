import type { Issue } from '../../core/issue';
import type { InputIssueCode } from '../../core/input';
import { MEMBER_STATUSES, type MemberStatus } from '../../organization/types';
import type { ScoringIssueCode } from '../messages';
import type { ScoreSheet } from '../sheets/types';
import type { TierSet } from '../tierSets/types';
import type { MemberAssessment, RejectedItem } from './types';

// The assessment of a card the entry checks stopped: no total, no tier, and why. Nothing in it is
// computed from the input that failed its check.

/**
 * A member not graded because the sheets, the rule or the options could not be read
 * (`notGraded: 'invalidInput'`), or because the card itself could not (`'cardRejected'`, naming
 * the items of the entries that had a problem where the entry names them).
 *
 * @param card - the card, as received: its `memberId` and `status` are kept when they are valid.
 * @param cause - why there is no tier.
 * @param issues - the card's issues.
 * @param sheets - the sheets (already checked), to name the rejected items by their titles.
 * @param tierSet - the rule's own tier set, when it names one and it could be read.
 */
export function unassessed(
  card: unknown,
  cause: 'invalidInput' | 'cardRejected',
  issues: readonly Issue<ScoringIssueCode | InputIssueCode>[],
  sheets: readonly ScoreSheet[] = [],
  tierSet?: TierSet,
): MemberAssessment<string> {
  const fields = typeof card === 'object' && card !== null ? (card as Readonly<Record<string, unknown>>) : {};
  const memberId = typeof fields['memberId'] === 'string' ? fields['memberId'] : '';
  const status = (MEMBER_STATUSES as readonly unknown[]).includes(fields['status']) ? (fields['status'] as MemberStatus) : 'full';
  const assessment: MemberAssessment<string> = {
    memberId,
    status,
    total: null,
    bySheet: [],
    byStandard: [],
    tier: undefined,
    vetoes: [],
    reasons: [cause === 'invalidInput' ? { code: 'notGraded', cause } : { code: 'notGraded', cause, items: rejectedItems(fields['entries'], issues, sheets) }],
    issues,
  };
  return tierSet === undefined ? assessment : { ...assessment, tierSet };
}

/** Whether a card is an object with a text `memberId`: one that can stand in a branch's list. */
export function hasMemberId(card: unknown): boolean {
  return typeof card === 'object' && card !== null && typeof (card as Readonly<Record<string, unknown>>)['memberId'] === 'string';
}

/** The items of the entries an issue points at (`['entries', i, …]`), each once, where the entry names them. */
function rejectedItems(entries: unknown, issues: readonly Issue[], sheets: readonly ScoreSheet[]): readonly RejectedItem[] {
  if (!Array.isArray(entries)) return [];
  const items: RejectedItem[] = [];
  for (const issue of issues) {
    const [field, index] = issue.path;
    if (field !== 'entries' || typeof index !== 'number') continue;
    const entry: unknown = entries[index];
    if (typeof entry !== 'object' || entry === null) continue;
    const { sheetId, itemId } = entry as Readonly<Record<string, unknown>>;
    if (typeof sheetId !== 'string' || typeof itemId !== 'string') continue;
    if (items.some((item) => item.sheetId === sheetId && item.itemId === itemId)) continue;
    const title = sheets.find((sheet) => sheet.id === sheetId)?.items.find((item) => item.id === itemId)?.title;
    items.push(title === undefined ? { sheetId, itemId } : { sheetId, itemId, itemTitle: title });
  }
  return items;
}
