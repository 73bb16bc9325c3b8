import type { Issue } from '../../core/issue';
import { createIssue } from '../../core/message';
import { SCORING_MESSAGES, type ScoringIssueCode } from '../messages';
import { readRange } from './_readRange';
import type { Located } from './_ruleWords';
import type { OverlapResolution, TierBand } from './types';

/** What the clauses of a rule's text read as: its bands, where each band's range lies, what it says of overlaps, and every problem. */
export interface ClauseReading {
  readonly bands: readonly TierBand<string>[];
  readonly spans: readonly { readonly start: number; readonly end: number }[];
  /** The text's own word on a score two bands contain (就高不就低 / 就低不就高), if it has one. */
  readonly overlap: OverlapResolution | undefined;
  readonly issues: readonly Issue<ScoringIssueCode>[];
}

/**
 * Cuts the tokens into clauses (at `;` `。` line breaks and list numbers) and reads each clause:
 * its ranges and tiers, in either order (`90分以上为优秀`, `优秀:90分以上`), pair up one to one;
 * commas join several pairs in one clause. Unreadable characters, a range without a tier, a
 * tier without a range and ranges and tiers that do not alternate are reported where they stand.
 *
 * @param text - the rule's text as written: fragments are quoted from it.
 * @param tokens - its tokens.
 */
export function readClauses(text: string, tokens: readonly Located[]): ClauseReading {
  const reader: Reader = { text, issues: [], bands: [], spans: [], overlap: undefined };
  let clause: Located[] = [];
  const flush = (): void => {
    readClause(reader, clause);
    clause = [];
  };
  for (const located of tokens) {
    const kind = located.token.kind;
    if (kind === 'bad') report(reader, 'scoring.parseUnreadable', located.start, located.end);
    else if (kind === 'strong' || kind === 'list') flush();
    else clause.push(located);
  }
  flush();
  return { bands: reader.bands, spans: reader.spans, overlap: reader.overlap, issues: reader.issues };
}

interface Reader {
  readonly text: string;
  readonly issues: Issue<ScoringIssueCode>[];
  readonly bands: TierBand<string>[];
  readonly spans: { readonly start: number; readonly end: number }[];
  overlap: OverlapResolution | undefined;
}

type Item =
  | { readonly kind: 'range'; readonly tokens: readonly Located[]; readonly start: number; readonly end: number }
  | { readonly kind: 'tier'; readonly tier: string; readonly start: number; readonly end: number };

const RANGE_KINDS: ReadonlySet<string> = new Set(['number', 'unit', 'dash', 'any', 'before', 'sign', 'after', 'marker', 'subject']);

/** Reports the text from `start` to `end`, its blanks trimmed, with where it starts. */
function report(reader: Reader, code: ScoringIssueCode, start: number, end: number): void {
  const part = reader.text.slice(start, end);
  const fragment = part.trim();
  const offset = start + part.length - part.trimStart().length;
  reader.issues.push(createIssue(SCORING_MESSAGES, code, 'error', [offset], { index: offset, column: offset + 1, fragment }));
}

/** Pairs the ranges and tiers of one clause into bands, or reports why they do not pair. */
function readClause(reader: Reader, clause: readonly Located[]): void {
  const items: Item[] = [];
  let run: Located[] = [];
  // A run of range words is a range; score words alone (得分 …) are not.
  const close = (): void => {
    const words = run.filter((located) => located.token.kind !== 'subject');
    if (words.length > 0) items.push({ kind: 'range', tokens: run, start: words[0]!.start, end: words[words.length - 1]!.end });
    run = [];
  };
  for (const located of clause) {
    const token = located.token;
    if (RANGE_KINDS.has(token.kind)) {
      run.push(located);
      continue;
    }
    close();
    if (token.kind === 'tier') items.push({ kind: 'tier', tier: token.tier, start: located.start, end: located.end });
    else if (token.kind === 'overlap') readOverlap(reader, located, token.overlap);
  }
  close();
  if (items.length === 0) return;

  const start = clause[0]!.start;
  const end = clause[clause.length - 1]!.end;
  const ranges = items.filter((item) => item.kind === 'range');
  const tiers = items.filter((item) => item.kind === 'tier');
  if (tiers.length === 0) return report(reader, 'scoring.parseMissingTier', start, end);
  if (ranges.length === 0) return report(reader, 'scoring.parseMissingRange', start, end);
  const alternates = ranges.length === tiers.length && items.every((item, index) => item.kind === items[index % 2]!.kind);
  if (!alternates) return report(reader, 'scoring.parseUnpaired', start, end);

  for (let index = 0; index < items.length; index += 2) {
    const [first, second] = [items[index]!, items[index + 1]!];
    const range = (first.kind === 'range' ? first : second) as Extract<Item, { kind: 'range' }>;
    const tier = (first.kind === 'tier' ? first : second) as Extract<Item, { kind: 'tier' }>;
    const reading = readRange(range.tokens);
    if (!reading.ok) {
      report(reader, reading.code, reading.at?.start ?? range.start, reading.at?.end ?? range.end);
      continue;
    }
    reader.bands.push({ tier: tier.tier, ...reading.bounds, text: reader.text.slice(range.start, range.end) });
    reader.spans.push({ start: range.start, end: range.end });
  }
}

/** 就高不就低 / 就低不就高: the text's own word on shared boundaries; two that disagree are reported. */
function readOverlap(reader: Reader, located: Located, overlap: OverlapResolution): void {
  if (reader.overlap !== undefined && reader.overlap !== overlap) {
    report(reader, 'scoring.parseOverlapConflict', located.start, located.end);
    return;
  }
  reader.overlap = overlap;
}
