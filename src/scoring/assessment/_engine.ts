import type { Issue, IssuePath, Severity } from '../../core/issue';
import { createIssue, type MessageParams } from '../../core/message';
import { exactHundredths, fromHundredths } from '../_hundredths';
import { SCORING_MESSAGES, type ScoringIssueCode } from '../messages';
import type { ScoreCard, ScoreSheet } from '../sheets/types';
import { tierRuleIssues } from '../tierRules/checkTierRule';
import type { TierRule, VetoRule } from '../tierRules/types';
import { compileGradingRule, gradeMember, type GradingRule } from './_gradeMember';
import type { AppliedVeto, AssessmentReason, MemberAssessment, RejectedItem, SheetSubtotal, StandardSubtotal } from './types';

/**
 * The assessment engine behind `assessMember` and `assessMembers`: speed machinery, no rule of its
 * own. The sheets and the rule are indexed once (items get ordinals, bands become intervals of
 * hundredths), and each card is then read in one pass with scratch arrays reused card after card,
 * so that a branch of 100,000 members costs little more than the sums themselves
 * (`bench/scoring.ts`). The tier is decided in `_gradeMember.ts`; what the sums and checks are is
 * written in `assessMember`'s documentation, and plainly in `test/scoring/reference.ts`, which a
 * property test holds equal to this engine on random branches.
 */

/** What the engine needs of `assessMember`'s options (declared there, as `AssessMemberOptions`). */
export interface EngineOptions {
  readonly missingEntry?: 'ignore' | 'warning' | 'error';
}

/**
 * Indexes the sheets and the rule for {@link assessCard}, and checks them: their problems are the
 * engine's `issues` (paths from `'sheets'` and `'rule'`), and with an error nobody is graded.
 *
 * @param sheets - the score sheets. Not modified.
 * @param rule - the tier rule. Not modified.
 * @param options - how to treat base items without an entry.
 * @returns an engine for one call of `assessMember` or `assessMembers`; it holds scratch state, so
 *   it must not outlive that call.
 */
export function createEngine(sheets: readonly ScoreSheet[], rule: TierRule<string>, options: EngineOptions): Engine {
  const issues: Issue<ScoringIssueCode>[] = [];
  const itemsBySheet = new Map<string, Map<string, number>>();
  const slots: ItemSlot[] = [];
  const baseOrdinals: number[] = [];
  const standards: string[] = [];
  const standardIndex = new Map<string, number>();

  sheets.forEach((sheet, sheetIndex) => {
    if (itemsBySheet.has(sheet.id)) {
      issues.push(createIssue(SCORING_MESSAGES, 'scoring.duplicateSheet', 'error', ['sheets', sheetIndex, 'id'], { sheetId: sheet.id }));
      return;
    }
    const items = new Map<string, number>();
    itemsBySheet.set(sheet.id, items);
    sheet.items.forEach((item, itemIndex) => {
      const path = ['sheets', sheetIndex, 'items', itemIndex];
      if (items.has(item.id)) {
        issues.push(createIssue(SCORING_MESSAGES, 'scoring.duplicateItem', 'error', [...path, 'id'], { sheetId: sheet.id, itemId: item.id }));
        return;
      }
      const max = exactHundredths(item.maxPoints);
      if (max === undefined || max < 0) {
        issues.push(
          createIssue(SCORING_MESSAGES, 'scoring.badMaxPoints', 'error', [...path, 'maxPoints'], {
            sheetId: sheet.id,
            itemId: item.id,
            maxPoints: String(item.maxPoints),
          }),
        );
      }
      let standard = -1;
      if (item.standard !== undefined) {
        standard = standardIndex.get(item.standard) ?? standards.length;
        if (standard === standards.length) {
          standardIndex.set(item.standard, standard);
          standards.push(item.standard);
        }
      }
      const kind = item.kind === 'bonus' ? KIND_BONUS : item.kind === 'deduction' ? KIND_DEDUCTION : KIND_BASE;
      items.set(item.id, slots.length);
      if (kind === KIND_BASE) baseOrdinals.push(slots.length);
      slots.push({ sheetIndex, sheetId: sheet.id, itemId: item.id, title: item.title, kind, max: max ?? -1, standard });
    });
  });

  // Sheets with errors leave no total to show; a rule with errors only leaves no tier.
  const sheetsSound = issues.length === 0;
  // The rule's shape was checked at the entry of assessMember or assessMembers.
  for (const issue of tierRuleIssues(rule, false)) issues.push({ ...issue, path: ['rule', ...issue.path] });

  const triggers: Trigger[] = [];
  rule.vetoes?.forEach((veto, index) => {
    if (veto.trigger === undefined) return;
    const ordinal = itemsBySheet.get(veto.trigger.sheetId)?.get(veto.trigger.itemId);
    if (ordinal === undefined) {
      issues.push(
        createIssue(SCORING_MESSAGES, 'scoring.vetoTriggerUnknownItem', 'error', ['rule', 'vetoes', index, 'trigger'], {
          vetoId: veto.id,
          sheetId: veto.trigger.sheetId,
          itemId: veto.trigger.itemId,
        }),
      );
      return;
    }
    triggers.push({ veto, ordinal, atLeast: exactHundredths(veto.trigger.atLeast) ?? Math.round(veto.trigger.atLeast * 100) });
  });

  const grading = compileGradingRule(rule);
  return {
    sheets,
    grading,
    itemsBySheet,
    slots,
    baseOrdinals,
    standards,
    adjustmentReasons: new Array<(AssessmentReason<string> | undefined)[] | undefined>(slots.length),
    triggers,
    issues,
    sound: !issues.some((issue) => issue.severity === 'error'),
    sheetsSound,
    missingEntry: options.missingEntry ?? 'warning',
    seenBy: new Int32Array(slots.length),
    firstIndex: new Int32Array(slots.length),
    points: new Float64Array(slots.length),
    sheetSums: new Float64Array(sheets.length * KINDS),
    standardSums: new Float64Array(standards.length),
    steps: [],
    serial: 0,
    found: undefined,
    rejected: undefined,
  };
}

/**
 * Assesses one card: checks and sums its entries, finds its vetoes, and has the rule grade it
 * (`gradeMember`); never the quota, which needs the whole branch.
 *
 * @param card - the card. Not modified.
 * @param engine - the engine of this call, from {@link createEngine}.
 * @returns the card's assessment; its issues are the card's alone, not the engine's.
 */
export function assessCard(card: ScoreCard, engine: Engine): MemberAssessment<string> {
  const { slots, seenBy, firstIndex, points, sheetSums, standardSums } = engine;
  // A card's serial marks the items it has scored, so the marks need no clearing between cards.
  const serial = (engine.serial = engine.serial === 0x7fffffff ? 1 : engine.serial + 1);
  sheetSums.fill(0);
  standardSums.fill(0);
  engine.found = undefined;
  engine.rejected = undefined;
  // The reasons go to a scratch list, moved at the end into an array of exact size, which leaves
  // it empty for the next card.
  const steps = engine.steps;

  const entries = card.entries;
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index]!;
    const items = engine.itemsBySheet.get(entry.sheetId);
    if (items === undefined) {
      report(engine, 'scoring.unknownSheet', ['entries', index, 'sheetId'], { sheetId: entry.sheetId });
      reject(engine, entry.sheetId, entry.itemId, undefined);
      continue;
    }
    const ordinal = items.get(entry.itemId);
    if (ordinal === undefined) {
      report(engine, 'scoring.unknownItem', ['entries', index, 'itemId'], { sheetId: entry.sheetId, itemId: entry.itemId });
      reject(engine, entry.sheetId, entry.itemId, undefined);
      continue;
    }
    if (seenBy[ordinal] === serial) {
      report(engine, 'scoring.duplicateEntry', ['entries', index], {
        sheetId: entry.sheetId,
        itemId: entry.itemId,
        firstIndex: firstIndex[ordinal]!,
      });
      reject(engine, entry.sheetId, entry.itemId, slots[ordinal]!.title);
      continue;
    }
    seenBy[ordinal] = serial;
    firstIndex[ordinal] = index;
    points[ordinal] = -1;
    const slot = slots[ordinal]!;
    const value = entry.points;
    const hundredths = exactHundredths(value);
    if (hundredths === undefined || hundredths < 0 || hundredths > slot.max) {
      reportPoints(engine, index, entry.itemId, value, hundredths, slot.max);
      reject(engine, slot.sheetId, slot.itemId, slot.title);
      continue;
    }
    points[ordinal] = hundredths;
    const sum = slot.sheetIndex * KINDS + slot.kind;
    sheetSums[sum] = sheetSums[sum]! + hundredths;
    if (slot.standard >= 0) {
      standardSums[slot.standard] = standardSums[slot.standard]! + (slot.kind === KIND_DEDUCTION ? -hundredths : hundredths);
    }
    if (slot.kind !== KIND_BASE && hundredths > 0) steps.push(adjustmentReason(engine, ordinal, hundredths));
  }

  // A card with no entries at all is one problem, not one per item: `gradeMember` says so.
  if (engine.missingEntry !== 'ignore' && entries.length > 0) {
    const severity = engine.missingEntry;
    for (const ordinal of engine.baseOrdinals) {
      if (seenBy[ordinal] === serial) continue;
      const slot = slots[ordinal]!;
      report(engine, 'scoring.missingEntry', ['entries'], { sheetId: slot.sheetId, itemId: slot.itemId }, severity);
      if (severity === 'error') reject(engine, slot.sheetId, slot.itemId, slot.title);
    }
  }

  const vetoes = findVetoes(card, engine, serial);
  const rejected = hasErrors(engine) ? (engine.rejected ?? NONE) : undefined;
  // No figure is shown for a card that was rejected, that is empty, or that was summed on sheets
  // with errors: such a total would be read as the member's, and it is not.
  const counted = rejected === undefined && entries.length > 0 && engine.sheetsSound;

  // Totals: whole hundredths until the very end.
  let totalHundredths = 0;
  const sheetCount = counted ? engine.sheets.length : 0;
  const bySheet: SheetSubtotal[] = new Array(sheetCount);
  for (let index = 0; index < sheetCount; index += 1) {
    const sheetBase = sheetSums[index * KINDS + KIND_BASE]!;
    const sheetBonus = sheetSums[index * KINDS + KIND_BONUS]!;
    const sheetDeduction = sheetSums[index * KINDS + KIND_DEDUCTION]!;
    const sheetTotal = sheetBase + sheetBonus - sheetDeduction;
    totalHundredths += sheetTotal;
    bySheet[index] = {
      sheetId: engine.sheets[index]!.id,
      base: fromHundredths(sheetBase),
      bonus: fromHundredths(sheetBonus),
      deduction: fromHundredths(sheetDeduction),
      total: fromHundredths(sheetTotal),
    };
  }
  const standardCount = counted ? engine.standards.length : 0;
  const byStandard: StandardSubtotal[] = new Array(standardCount);
  for (let index = 0; index < standardCount; index += 1) {
    byStandard[index] = { standard: engine.standards[index]!, total: fromHundredths(standardSums[index]!) };
  }

  const status = card.status ?? 'full';
  const grade = gradeMember(
    { memberId: card.memberId, totalHundredths, status, sound: engine.sound, rejected, empty: entries.length === 0, vetoes },
    engine.grading,
  );
  for (const issue of grade.issues) (engine.found ??= []).push(issue);

  // In a sparse branch most members have the band as their only reason, in a list shared by
  // every member in that band.
  let reasons: readonly AssessmentReason<string>[];
  if (steps.length === 0 && grade.tier !== undefined && grade.reasons.length === 1) {
    reasons = grade.reasons;
  } else {
    for (const reason of grade.reasons) steps.push(reason);
    reasons = steps.splice(0);
  }

  const assessment: MemberAssessment<string> = {
    memberId: card.memberId,
    status,
    total: counted ? fromHundredths(totalHundredths) : null,
    bySheet,
    byStandard,
    tier: grade.tier,
    vetoes,
    reasons,
    issues: engine.found ?? NONE,
  };
  // A rule of its own tier set hands the set on, for the decision and the sentences to read the codes by.
  return engine.grading.rule.tierSet === undefined ? assessment : { ...assessment, tierSet: engine.grading.rule.tierSet };
}

/** The engine of one call: the sheets and the rule indexed, and scratch space for one card at a time. */
export interface Engine {
  readonly sheets: readonly ScoreSheet[];
  readonly grading: GradingRule;
  /** Each sheet's items, by id, to their ordinals. */
  readonly itemsBySheet: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Each item by ordinal. */
  readonly slots: readonly ItemSlot[];
  /** The ordinals of the base items: those a missing entry is reported for. */
  readonly baseOrdinals: readonly number[];
  /** The standards, in the order they first appear in the sheets. */
  readonly standards: readonly string[];
  /**
   * The `bonus` and `deduction` reasons made so far, by item ordinal and then by hundredths: a
   * branch repeats the same few points on the same items, and each reason is made once per call.
   */
  readonly adjustmentReasons: ((AssessmentReason<string> | undefined)[] | undefined)[];
  readonly triggers: readonly Trigger[];
  /** Problems in the sheets (`['sheets', …]`) and the rule (`['rule', …]`). */
  readonly issues: readonly Issue<ScoringIssueCode>[];
  /** Whether the rule and sheets are sound enough to grade anyone. */
  readonly sound: boolean;
  /** Whether the sheets are free of errors, so that a card's total means what it says. */
  readonly sheetsSound: boolean;
  readonly missingEntry: 'ignore' | 'warning' | 'error';
  // Scratch, reused card after card, indexed by item ordinal: the serial of the last card that
  // scored the item, the index of that entry, and its points in hundredths (−1 when invalid).
  readonly seenBy: Int32Array;
  readonly firstIndex: Int32Array;
  readonly points: Float64Array;
  /** A card's sums by sheet and kind: sheet `s`'s sum of kind `k` is at `s × KINDS + k`. */
  readonly sheetSums: Float64Array;
  readonly standardSums: Float64Array;
  readonly steps: AssessmentReason<string>[];
  serial: number;
  /** The issues of the card being read; `undefined` while it has none. */
  found: Issue<ScoringIssueCode>[] | undefined;
  /** The items of the card's rejected entries; `undefined` while there are none. */
  rejected: RejectedItem[] | undefined;
}

/** An item, indexed: where it counts and its maximum in hundredths (−1 when the maximum is bad). */
interface ItemSlot {
  readonly sheetIndex: number;
  readonly sheetId: string;
  readonly itemId: string;
  readonly title: string;
  readonly kind: number;
  readonly max: number;
  readonly standard: number;
}

/** A veto's trigger, indexed: the item's ordinal and the threshold in hundredths. */
interface Trigger {
  readonly veto: VetoRule<string>;
  readonly ordinal: number;
  readonly atLeast: number;
}

// Item kinds as small integers, to index the per-sheet sums.
const KIND_BASE = 0;
const KIND_BONUS = 1;
const KIND_DEDUCTION = 2;
const KINDS = 3;

const NONE: readonly never[] = /* @__PURE__ */ Object.freeze([]);

function hasErrors(engine: Engine): boolean {
  // Most cards have no issues: no need to walk an empty list.
  return engine.found !== undefined && engine.found.some((issue) => issue.severity === 'error');
}

/**
 * The `bonus` or `deduction` reason for an item scored with these points. It reads the same for
 * every member who has them, so it is made once per call and shared, frozen like the band reasons:
 * a branch then holds a few hundred reasons instead of one per member and item.
 */
function adjustmentReason(engine: Engine, ordinal: number, hundredths: number): AssessmentReason<string> {
  // An array by hundredths rather than a Map: points are whole hundredths from 1 to the item's
  // maximum, and indexing is cheaper than hashing (V8 keeps a sparse one as a dictionary).
  const made = (engine.adjustmentReasons[ordinal] ??= []);
  const known = made[hundredths];
  if (known !== undefined) return known;
  const slot = engine.slots[ordinal]!;
  const reason: AssessmentReason<string> = Object.freeze({
    code: slot.kind === KIND_BONUS ? 'bonus' : 'deduction',
    sheetId: slot.sheetId,
    itemId: slot.itemId,
    itemTitle: slot.title,
    points: fromHundredths(hundredths),
  });
  made[hundredths] = reason;
  return reason;
}

/** Names an item whose entry was rejected, once per card, in the order of the entries. */
function reject(engine: Engine, sheetId: string, itemId: string, itemTitle: string | undefined): void {
  const rejected = (engine.rejected ??= []);
  if (rejected.some((item) => item.sheetId === sheetId && item.itemId === itemId)) return;
  rejected.push(itemTitle === undefined ? { sheetId, itemId } : { sheetId, itemId, itemTitle });
}

function report(engine: Engine, code: ScoringIssueCode, path: IssuePath, params: MessageParams, severity: Severity = 'error'): void {
  (engine.found ??= []).push(createIssue(SCORING_MESSAGES, code, severity, path, params));
}

/** Says what is wrong with an entry's points: not a number, a third decimal, negative, too many. */
function reportPoints(engine: Engine, index: number, itemId: string, value: number, hundredths: number | undefined, max: number): void {
  const path = ['entries', index, 'points'];
  if (hundredths === undefined) {
    const code = typeof value === 'number' && Number.isFinite(value) ? 'scoring.tooManyDecimals' : 'scoring.pointsNotFinite';
    report(engine, code, path, { itemId, points: String(value) });
  } else if (hundredths < 0) {
    report(engine, 'scoring.negativePoints', path, { itemId, points: value });
  } else {
    report(engine, 'scoring.overMaximum', path, { itemId, points: value, maxPoints: fromHundredths(max) });
  }
}

/**
 * The vetoes that apply to the card: those recorded on it (an unknown one is an error, a repeated
 * one a warning), then those its entries trigger, each veto once.
 */
function findVetoes(card: ScoreCard, engine: Engine, serial: number): readonly AppliedVeto<string>[] {
  if (card.vetoes === undefined && engine.triggers.length === 0) return NONE;
  const applied: AppliedVeto<string>[] = [];
  const found = new Set<string>();
  card.vetoes?.forEach((record, index) => {
    const veto = engine.grading.vetoes.get(record.vetoId);
    if (veto === undefined) {
      report(engine, 'scoring.unknownVeto', ['vetoes', index, 'vetoId'], { vetoId: record.vetoId });
      return;
    }
    if (found.has(veto.id)) {
      report(engine, 'scoring.duplicateVeto', ['vetoes', index, 'vetoId'], { vetoId: record.vetoId }, 'warning');
      return;
    }
    found.add(veto.id);
    applied.push({ vetoId: veto.id, atMost: veto.atMost, origin: 'card', ...(record.note === undefined ? {} : { note: record.note }) });
  });
  for (const trigger of engine.triggers) {
    if (found.has(trigger.veto.id)) continue;
    if (engine.seenBy[trigger.ordinal] !== serial || engine.points[trigger.ordinal]! < trigger.atLeast) continue;
    found.add(trigger.veto.id);
    applied.push({ vetoId: trigger.veto.id, atMost: trigger.veto.atMost, origin: 'trigger' });
  }
  return applied;
}
