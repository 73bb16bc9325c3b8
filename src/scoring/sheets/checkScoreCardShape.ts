import type { IssuePath } from '../../core/issue';
import { expectNumberKind, expectObject, expectOneOf, expectText, type InputIssues } from '../../core/input';
import { MEMBER_STATUSES } from '../../organization/types';
import { expectEach, optional } from '../_shape';
import type { ScoreCard } from './types';

/**
 * The entry check of a {@link ScoreCard}: an object with a `memberId`, an optional `status` that
 * is one of the member statuses, a list of `entries` (each an object with a `sheetId`, an `itemId`,
 * a number as `points` and an optional `note`) and an optional list of `vetoes` (each with a
 * `vetoId` and an optional `note`). Points that are a number but not a valid score (NaN, a third
 * decimal, negative, over the maximum) are the assessment's to report, with its own codes; a text
 * `"80"` is not a number. A card read from a spreadsheet is checked in one pass of `typeof` tests;
 * paths and messages are made only for a card that has a problem.
 *
 * @param card - the card, as received.
 * @param path - where it is: `[]` for `assessMember`'s card, whose issues have paths from the card.
 * @param issues - where the problems go.
 * @returns whether the card is shaped as a score card.
 */
export function checkScoreCardShape(card: unknown, path: IssuePath, issues: InputIssues): boolean {
  if (isSoundCard(card)) return true;
  if (!expectObject(card, path, issues)) return false;
  expectText(card['memberId'], [...path, 'memberId'], issues);
  optional(card['status'], [...path, 'status'], issues, (status, at, found) => expectOneOf(status, MEMBER_STATUSES, at, found));
  expectEach(card['entries'], [...path, 'entries'], issues, checkEntry);
  optional(card['vetoes'], [...path, 'vetoes'], issues, (vetoes, at, found) => expectEach(vetoes, at, found, checkVetoRecord));
  return false;
}

/** The fast path: the same checks, no allocation; `false` sends the card to the detailed check. */
function isSoundCard(card: unknown): boolean {
  if (typeof card !== 'object' || card === null || Array.isArray(card)) return false;
  const { memberId, status, entries, vetoes } = card as Record<string, unknown>;
  if (typeof memberId !== 'string' || !Array.isArray(entries)) return false;
  if (status !== undefined && !(MEMBER_STATUSES as readonly unknown[]).includes(status)) return false;
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index] as Record<string, unknown> | null | undefined;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return false;
    if (typeof entry['sheetId'] !== 'string' || typeof entry['itemId'] !== 'string' || typeof entry['points'] !== 'number') return false;
    if (entry['note'] !== undefined && typeof entry['note'] !== 'string') return false;
  }
  if (vetoes === undefined) return true;
  if (!Array.isArray(vetoes)) return false;
  for (let index = 0; index < vetoes.length; index += 1) {
    const record = vetoes[index] as Record<string, unknown> | null | undefined;
    if (typeof record !== 'object' || record === null || Array.isArray(record) || typeof record['vetoId'] !== 'string') return false;
    if (record['note'] !== undefined && typeof record['note'] !== 'string') return false;
  }
  return true;
}

function checkEntry(entry: unknown, path: IssuePath, issues: InputIssues): void {
  if (!expectObject(entry, path, issues)) return;
  expectText(entry['sheetId'], [...path, 'sheetId'], issues);
  expectText(entry['itemId'], [...path, 'itemId'], issues);
  expectNumberKind(entry['points'], [...path, 'points'], issues);
  optional(entry['note'], [...path, 'note'], issues, expectText);
}

function checkVetoRecord(record: unknown, path: IssuePath, issues: InputIssues): void {
  if (!expectObject(record, path, issues)) return;
  expectText(record['vetoId'], [...path, 'vetoId'], issues);
  optional(record['note'], [...path, 'note'], issues, expectText);
}
