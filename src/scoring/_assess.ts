import type { Issue, IssuePath, Severity } from '../core/issue';
import { createIssue, type MessageParams } from '../core/message';
import { chooseBand, compileBand, otherBands, tierRank, type CompiledBand } from './_bands';
import { exactHundredths, fromHundredths } from './_hundredths';
import { checkTierRule } from './checkTierRule';
import { MEMBER_TIERS } from '../core/tiers';
import { SCORING_MESSAGES, type ScoringIssueCode } from './messages';
import type {
  AppliedVeto,
  AssessMemberOptions,
  AssessmentReason,
  MemberAssessment,
  MemberTier,
  NotGradedCause,
  ScoreCard,
  ScoreSheet,
  StandardSubtotal,
  SheetSubtotal,
  TierRule,
  VetoRule,
} from './types';

/**
 * The assessment engine shared by `assessMember` and `assessMembers`. The sheets and the rule are
 * indexed once (items get ordinals, bands become intervals of hundredths), and each card is then
 * read in one pass with reusable scratch arrays: a branch of 100,000 members costs little more
 * than the sums themselves.
 */

const KIND_BASE = 0;
const KIND_BONUS = 1;
const KIND_DEDUCTION = 2;

interface ItemSlot {
  readonly sheetIndex: number;
  readonly sheetId: string;
  readonly itemId: string;
  readonly kind: number;
  readonly max: number;
  readonly standard: number;
}

interface Trigger {
  readonly veto: VetoRule;
  readonly ordinal: number;
  readonly atLeast: number;
}

export interface Context {
  readonly sheets: readonly ScoreSheet[];
  readonly rule: TierRule;
  readonly itemsBySheet: ReadonlyMap<string, ReadonlyMap<string, number>>;
  readonly slots: readonly ItemSlot[];
  readonly baseOrdinals: readonly number[];
  readonly standards: readonly string[];
  readonly bands: readonly CompiledBand[];
  /** One shared `band` reason per band. */
  readonly bandReasons: readonly AssessmentReason[];
  /** For each band, a shared list of its reason alone: the reasons of a member with nothing else. */
  readonly bandOnly: readonly (readonly AssessmentReason[])[];
  /**
   * The `bonus` and `deduction` reasons made so far, by item ordinal and then by hundredths: a
   * branch repeats the same few points on the same items, and each reason is made once per call.
   */
  readonly adjustmentReasons: ((AssessmentReason | undefined)[] | undefined)[];
  readonly vetoes: ReadonlyMap<string, VetoRule>;
  readonly triggers: readonly Trigger[];
  /** Problems in the sheets (`['sheets', …]`) and the rule (`['rule', …]`). */
  readonly issues: readonly Issue<ScoringIssueCode>[];
  /** Whether the rule and sheets are sound enough to grade anyone. */
  readonly sound: boolean;
  readonly missingEntry: 'ignore' | 'warning' | 'error';
  // Scratch, reused card after card: a card's serial marks the items it has scored.
  readonly seenBy: Int32Array;
  readonly firstIndex: Int32Array;
  readonly points: Float64Array;
  readonly sheetSums: Float64Array;
  readonly standardSums: Float64Array;
  readonly steps: AssessmentReason[];
  serial: number;
  /** The issues of the card being read; `undefined` while it has none. */
  found: Issue<ScoringIssueCode>[] | undefined;
}

export function createContext(sheets: readonly ScoreSheet[], rule: TierRule, options: AssessMemberOptions): Context {
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
      slots.push({ sheetIndex, sheetId: sheet.id, itemId: item.id, kind, max: max ?? -1, standard });
    });
  });

  for (const issue of checkTierRule(rule)) issues.push({ ...issue, path: ['rule', ...issue.path] });

  const vetoes = new Map<string, VetoRule>();
  const triggers: Trigger[] = [];
  rule.vetoes?.forEach((veto, index) => {
    if (!vetoes.has(veto.id)) vetoes.set(veto.id, veto);
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

  const bandReasons = rule.bands.map((band, bandIndex): AssessmentReason => Object.freeze({ code: 'band', tier: band.tier, bandIndex, band }));
  return {
    sheets,
    rule,
    itemsBySheet,
    slots,
    baseOrdinals,
    standards,
    bands: rule.bands.map(compileBand),
    bandReasons,
    bandOnly: bandReasons.map((reason) => Object.freeze([reason])),
    adjustmentReasons: new Array<(AssessmentReason | undefined)[] | undefined>(slots.length),
    vetoes,
    triggers,
    issues,
    sound: !issues.some((issue) => issue.severity === 'error'),
    missingEntry: options.missingEntry ?? 'warning',
    seenBy: new Int32Array(slots.length),
    firstIndex: new Int32Array(slots.length),
    points: new Float64Array(slots.length),
    sheetSums: new Float64Array(sheets.length * 3),
    standardSums: new Float64Array(standards.length),
    steps: [],
    serial: 0,
    found: undefined,
  };
}

/** Assesses one card against an indexed context: sums, vetoes, band; never the quota. */
export function assessCard(card: ScoreCard, context: Context): MemberAssessment {
  const { slots, seenBy, firstIndex, points, sheetSums, standardSums } = context;
  const serial = (context.serial = context.serial === 0x7fffffff ? 1 : context.serial + 1);
  sheetSums.fill(0);
  standardSums.fill(0);
  context.found = undefined;
  // The reasons go to a scratch list, moved at the end into an array of exact size, which leaves
  // it empty for the next card.
  const steps = context.steps;

  const entries = card.entries;
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index]!;
    const items = context.itemsBySheet.get(entry.sheetId);
    if (items === undefined) {
      report(context, 'scoring.unknownSheet', ['entries', index, 'sheetId'], { sheetId: entry.sheetId });
      continue;
    }
    const ordinal = items.get(entry.itemId);
    if (ordinal === undefined) {
      report(context, 'scoring.unknownItem', ['entries', index, 'itemId'], { sheetId: entry.sheetId, itemId: entry.itemId });
      continue;
    }
    if (seenBy[ordinal] === serial) {
      report(context, 'scoring.duplicateEntry', ['entries', index], {
        sheetId: entry.sheetId,
        itemId: entry.itemId,
        firstIndex: firstIndex[ordinal]!,
      });
      continue;
    }
    seenBy[ordinal] = serial;
    firstIndex[ordinal] = index;
    points[ordinal] = -1;
    const slot = slots[ordinal]!;
    const value = entry.points;
    const hundredths = exactHundredths(value);
    if (hundredths === undefined || hundredths < 0 || hundredths > slot.max) {
      reportPoints(context, index, entry.itemId, value, hundredths, slot.max);
      continue;
    }
    points[ordinal] = hundredths;
    const sum = slot.sheetIndex * 3 + slot.kind;
    sheetSums[sum] = sheetSums[sum]! + hundredths;
    if (slot.standard >= 0) {
      standardSums[slot.standard] = standardSums[slot.standard]! + (slot.kind === KIND_DEDUCTION ? -hundredths : hundredths);
    }
    if (slot.kind !== KIND_BASE && hundredths > 0) steps.push(adjustmentReason(context, ordinal, hundredths));
  }

  if (context.missingEntry !== 'ignore') {
    const severity = context.missingEntry;
    for (const ordinal of context.baseOrdinals) {
      if (seenBy[ordinal] === serial) continue;
      const slot = slots[ordinal]!;
      report(context, 'scoring.missingEntry', ['entries'], { sheetId: slot.sheetId, itemId: slot.itemId }, severity);
    }
  }

  const vetoes = findVetoes(card, context, serial);

  // Totals: whole hundredths until the very end.
  let totalHundredths = 0;
  const bySheet: SheetSubtotal[] = new Array(context.sheets.length);
  for (let index = 0; index < context.sheets.length; index += 1) {
    const sheetBase = sheetSums[index * 3 + KIND_BASE]!;
    const sheetBonus = sheetSums[index * 3 + KIND_BONUS]!;
    const sheetDeduction = sheetSums[index * 3 + KIND_DEDUCTION]!;
    const sheetTotal = sheetBase + sheetBonus - sheetDeduction;
    totalHundredths += sheetTotal;
    bySheet[index] = {
      sheetId: context.sheets[index]!.id,
      base: fromHundredths(sheetBase),
      bonus: fromHundredths(sheetBonus),
      deduction: fromHundredths(sheetDeduction),
      total: fromHundredths(sheetTotal),
    };
  }
  const byStandard: StandardSubtotal[] = new Array(context.standards.length);
  for (let index = 0; index < context.standards.length; index += 1) {
    byStandard[index] = { standard: context.standards[index]!, total: fromHundredths(standardSums[index]!) };
  }
  const total = fromHundredths(totalHundredths);


  const status = card.status ?? 'full';
  let tier: MemberTier | undefined;
  let chosen = -1;
  if (!context.sound || hasErrors(context)) {
    steps.push(NOT_GRADED.invalidInput);
  } else if (status === 'probationary' && context.rule.gradeProbationary !== true) {
    steps.push(NOT_GRADED.probationary);
  } else {
    chosen = chooseBand(totalHundredths, context.bands, context.rule.overlap);
    if (chosen < 0) {
      report(context, 'scoring.noBand', [], { score: total });
      steps.push(NOT_GRADED.noBand);
    } else {
      const band = context.rule.bands[chosen]!;
      tier = band.tier;
      steps.push(context.bandReasons[chosen]!);
      const others = otherBands(totalHundredths, context.bands, chosen);
      if (others.length > 0) {
        const bandIndexes = [chosen, ...others].sort((a, b) => a - b);
        steps.push({
          code: 'overlap',
          bandIndexes,
          bands: bandIndexes.map((index) => context.rule.bands[index]!),
          resolution: context.rule.overlap,
          chosen,
        });
      }
      for (const veto of vetoes) {
        const capped: MemberTier = tierRank(veto.atMost) > tierRank(tier) ? veto.atMost : tier;
        const rule = context.vetoes.get(veto.vetoId)!;
        steps.push({ code: 'veto', vetoId: veto.vetoId, label: rule.label, from: tier, to: capped });
        tier = capped;
      }
    }
  }

  // In a sparse branch most members have the band as their only reason; they share that list too.
  let reasons: readonly AssessmentReason[];
  if (tier !== undefined && steps.length === 1) {
    steps.pop();
    reasons = context.bandOnly[chosen]!;
  } else {
    reasons = steps.splice(0);
  }

  return {
    memberId: card.memberId,
    status,
    total,
    bySheet,
    byStandard,
    tier,
    vetoes,
    reasons,
    issues: cardIssues(context),
  };
}

function cardIssues(context: Context): readonly Issue<ScoringIssueCode>[] {
  return context.found ?? NONE;
}

function hasErrors(context: Context): boolean {
  // Most cards have no issues: no need to walk an empty list.
  return context.found !== undefined && context.found.some((issue) => issue.severity === 'error');
}

const NONE: readonly never[] = Object.freeze([]);

// Reasons that read the same for every member are made once and shared: they are frozen data.
const NOT_GRADED = {
  invalidInput: Object.freeze({ code: 'notGraded', cause: 'invalidInput' }),
  probationary: Object.freeze({ code: 'notGraded', cause: 'probationary' }),
  noBand: Object.freeze({ code: 'notGraded', cause: 'noBand' }),
} as const satisfies Record<NotGradedCause, AssessmentReason>;

/**
 * The `bonus` or `deduction` reason for an item scored with these points. It reads the same for
 * every member who has them, so it is made once per call and shared, frozen like the band reasons:
 * a branch then holds a few hundred reasons instead of one per member and item.
 */
function adjustmentReason(context: Context, ordinal: number, hundredths: number): AssessmentReason {
  // An array by hundredths rather than a Map: points are whole hundredths from 1 to the item's
  // maximum, and indexing is cheaper than hashing (V8 keeps a sparse one as a dictionary).
  const made = (context.adjustmentReasons[ordinal] ??= []);
  const known = made[hundredths];
  if (known !== undefined) return known;
  const slot = context.slots[ordinal]!;
  const reason: AssessmentReason = Object.freeze({
    code: slot.kind === KIND_BONUS ? 'bonus' : 'deduction',
    sheetId: slot.sheetId,
    itemId: slot.itemId,
    points: fromHundredths(hundredths),
  });
  made[hundredths] = reason;
  return reason;
}

function report(context: Context, code: ScoringIssueCode, path: IssuePath, params: MessageParams, severity: Severity = 'error'): void {
  (context.found ??= []).push(createIssue(SCORING_MESSAGES, code, severity, path, params));
}

/** Says what is wrong with an entry's points: not a number, a third decimal, negative, too many. */
function reportPoints(context: Context, index: number, itemId: string, value: number, hundredths: number | undefined, max: number): void {
  const path = ['entries', index, 'points'];
  if (hundredths === undefined) {
    const code = typeof value === 'number' && Number.isFinite(value) ? 'scoring.tooManyDecimals' : 'scoring.pointsNotFinite';
    report(context, code, path, { itemId, points: String(value) });
  } else if (hundredths < 0) {
    report(context, 'scoring.negativePoints', path, { itemId, points: value });
  } else {
    report(context, 'scoring.overMaximum', path, { itemId, points: value, maxPoints: fromHundredths(max) });
  }
}

function findVetoes(
  card: ScoreCard,
  context: Context,
  serial: number,
): readonly AppliedVeto[] {
  if (card.vetoes === undefined && context.triggers.length === 0) return NONE;
  const applied: AppliedVeto[] = [];
  const found = new Set<string>();
  card.vetoes?.forEach((record, index) => {
    const veto = context.vetoes.get(record.vetoId);
    if (veto === undefined) {
      report(context, 'scoring.unknownVeto', ['vetoes', index, 'vetoId'], { vetoId: record.vetoId });
      return;
    }
    if (found.has(veto.id)) {
      report(context, 'scoring.duplicateVeto', ['vetoes', index, 'vetoId'], { vetoId: record.vetoId }, 'warning');
      return;
    }
    found.add(veto.id);
    applied.push({ vetoId: veto.id, atMost: veto.atMost, origin: 'card', ...(record.note === undefined ? {} : { note: record.note }) });
  });
  for (const trigger of context.triggers) {
    if (found.has(trigger.veto.id)) continue;
    if (context.seenBy[trigger.ordinal] !== serial || context.points[trigger.ordinal]! < trigger.atLeast) continue;
    found.add(trigger.veto.id);
    applied.push({ vetoId: trigger.veto.id, atMost: trigger.veto.atMost, origin: 'trigger' });
  }
  return applied;
}

/** The tier just below 优秀, which a member loses 优秀 to under a quota. */
export const BELOW_EXCELLENT: MemberTier = MEMBER_TIERS[1];
