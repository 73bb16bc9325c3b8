import type { Issue } from '../../core/issue';
import { createIssue } from '../../core/message';
import type { MemberStatus } from '../../organization/types';
import { fromHundredths } from '../_hundredths';
import { SCORING_MESSAGES, type ScoringIssueCode } from '../messages';
import { chooseBand, compileBands, otherBands, type CompiledBand } from '../tierRules/_bands';
import { tierRankIn, tierSetOf } from '../tierSets/_tierSetOf';
import type { TierSet } from '../tierSets/types';
import type { TierRule, VetoRule } from '../tierRules/types';
import type { AppliedVeto, AssessmentReason, NotGradedCause, RejectedItem } from './types';

/**
 * The tier a rule gives a member once the card is summed and checked: the decision of
 * `assessMember`, read top to bottom. The sums and the checks of the entries are the engine's
 * (`_engine.ts`); this file only decides.
 *
 * 1. Sheets or a rule with errors grade nobody: a tier built on them would be wrong
 *    (`notGraded: 'invalidInput'`).
 * 2. A card with errors is rejected: no tier, and the reason names the items whose entries were
 *    rejected (`notGraded: 'cardRejected'`).
 * 3. A card with no entries at all gets no tier and an error issue (`notGraded: 'noScores'`):
 *    missing data never decides a verdict, and a missing row is not 0 points, never 不合格.
 * 4. A probationary member (预备党员) takes part but gets no tier, unless the rule's
 *    `gradeProbationary` says so (`notGraded: 'probationary'`).
 * 5. Otherwise the total gets the band that contains it (`band`). Where two bands contain it (a
 *    boundary shared under the statutory reading), the rule's `overlap` picks the better or the
 *    worse tier, and the bands that lost are named (`overlap`).
 * 6. A total no band contains (a gap in the rule) gets no tier and an issue (`notGraded: 'noBand'`).
 * 7. Each veto, in order, caps the tier at its `atMost` (`veto`, from the tier before to the one after).
 *
 * @param member - the summed card: its total in hundredths, the member's standing, whether the
 *   sheets and rule are free of errors, the card's rejected items, whether it is empty, and the
 *   vetoes that apply.
 * @param rule - the rule, compiled once by {@link compileGradingRule}.
 * @returns the tier (or none), the reasons in order, the band chosen and the issue of a total in
 *   no band.
 */
export function gradeMember(member: SummedMember, rule: GradingRule): Grade {
  if (!member.sound) return notGraded('invalidInput');
  if (member.rejected !== undefined) {
    return { tier: undefined, bandIndex: -1, reasons: [{ code: 'notGraded', cause: 'cardRejected', items: member.rejected }], issues: NONE };
  }
  if (member.empty) {
    const issue = createIssue(SCORING_MESSAGES, 'scoring.noScores', 'error', ['entries'], { memberId: member.memberId });
    return { ...notGraded('noScores'), issues: [issue] };
  }
  if (member.status === 'probationary' && rule.rule.gradeProbationary !== true) return notGraded('probationary');

  const chosen = chooseBand(member.totalHundredths, rule.bands, rule.rule.overlap);
  if (chosen < 0) {
    const issue = createIssue(SCORING_MESSAGES, 'scoring.noBand', 'error', [], { score: fromHundredths(member.totalHundredths) });
    return { ...notGraded('noBand'), issues: [issue] };
  }

  const others = otherBands(member.totalHundredths, rule.bands, chosen);
  // Most members have the band as their only reason: they share one frozen list per band.
  if (others.length === 0 && member.vetoes.length === 0) {
    return { tier: rule.rule.bands[chosen]!.tier, bandIndex: chosen, reasons: rule.bandOnly[chosen]!, issues: NONE };
  }

  const reasons: AssessmentReason<string>[] = [rule.bandReasons[chosen]!];
  if (others.length > 0) {
    const bandIndexes = [chosen, ...others].sort((a, b) => a - b);
    reasons.push({
      code: 'overlap',
      bandIndexes,
      bands: bandIndexes.map((index) => rule.rule.bands[index]!),
      resolution: rule.rule.overlap,
      chosen,
    });
  }

  let tier = rule.rule.bands[chosen]!.tier;
  for (const veto of member.vetoes) {
    const capped = worseOf(tier, veto.atMost, rule.set);
    reasons.push({ code: 'veto', vetoId: veto.vetoId, label: rule.vetoes.get(veto.vetoId)!.label, from: tier, to: capped });
    tier = capped;
  }
  return { tier, bandIndex: chosen, reasons, issues: NONE };
}

/**
 * A tier rule made ready for {@link gradeMember}, once per call of `assessMember` or
 * `assessMembers`: bands as intervals of hundredths, one shared `band` reason per band, and the
 * vetoes by id (the first of an id counts; `checkTierRule` reports a repeated one).
 *
 * @param rule - the tier rule. Not modified.
 * @returns the compiled rule.
 */
export function compileGradingRule(rule: TierRule<string>): GradingRule {
  const vetoes = new Map<string, VetoRule<string>>();
  for (const veto of rule.vetoes ?? []) if (!vetoes.has(veto.id)) vetoes.set(veto.id, veto);
  // A band's reason reads the same for every member in it: made once, frozen and shared.
  const bandReasons = rule.bands.map((band, bandIndex): AssessmentReason<string> => Object.freeze({ code: 'band', tier: band.tier, bandIndex, band }));
  return {
    rule,
    set: tierSetOf(rule),
    bands: compileBands(rule),
    bandReasons,
    bandOnly: bandReasons.map((reason) => Object.freeze([reason])),
    vetoes,
  };
}

/** What {@link gradeMember} needs to know of a member. */
export interface SummedMember {
  /** The member, as the card names them. */
  readonly memberId: string;
  /** The card's total, in whole hundredths. */
  readonly totalHundredths: number;
  /** The member's standing. */
  readonly status: MemberStatus;
  /** Whether the sheets and the rule are free of errors. */
  readonly sound: boolean;
  /** The items of the card's rejected entries; `undefined` when the card has no error. */
  readonly rejected: readonly RejectedItem[] | undefined;
  /** Whether the card has no entries at all. */
  readonly empty: boolean;
  /** The vetoes that apply, in the order found. */
  readonly vetoes: readonly AppliedVeto<string>[];
}

/** A tier rule compiled by {@link compileGradingRule}. */
export interface GradingRule {
  /** The rule. */
  readonly rule: TierRule<string>;
  /** Its tier set: the order vetoes compare tiers in. */
  readonly set: TierSet;
  /** Its bands as closed intervals of hundredths. */
  readonly bands: readonly CompiledBand[];
  /** The `band` reason of each band. */
  readonly bandReasons: readonly AssessmentReason<string>[];
  /** For each band, the list of its reason alone: the reasons of a member with nothing else. */
  readonly bandOnly: readonly (readonly AssessmentReason<string>[])[];
  /** The vetoes by id. */
  readonly vetoes: ReadonlyMap<string, VetoRule<string>>;
}

/** The outcome of {@link gradeMember}. */
export interface Grade {
  /** The tier; `undefined` when the member is not graded. */
  readonly tier: string | undefined;
  /** The index of the band chosen; −1 when none was. */
  readonly bandIndex: number;
  /** The reasons, in order: the band, the overlap, each veto; or why there is no tier. */
  readonly reasons: readonly AssessmentReason<string>[];
  /** The issue of a card without entries or of a total in no band; otherwise none. */
  readonly issues: readonly Issue<ScoringIssueCode>[];
}

/** The worse of two tiers: the one further down the rule's tier set. */
function worseOf(tier: string, atMost: string, set: TierSet): string {
  return tierRankIn(set.tiers, atMost) > tierRankIn(set.tiers, tier) ? atMost : tier;
}

function notGraded(cause: Exclude<NotGradedCause, 'cardRejected'>): Grade {
  return { tier: undefined, bandIndex: -1, reasons: [NOT_GRADED[cause]], issues: NONE };
}

const NONE: readonly never[] = /* @__PURE__ */ Object.freeze([]);

// Reasons that read the same for every member are made once and shared: they are frozen data.
const NOT_GRADED = {
  invalidInput: /* @__PURE__ */ Object.freeze({ code: 'notGraded', cause: 'invalidInput' }),
  probationary: /* @__PURE__ */ Object.freeze({ code: 'notGraded', cause: 'probationary' }),
  noBand: /* @__PURE__ */ Object.freeze({ code: 'notGraded', cause: 'noBand' }),
  noScores: /* @__PURE__ */ Object.freeze({ code: 'notGraded', cause: 'noScores' }),
} as const satisfies Record<Exclude<NotGradedCause, 'cardRejected'>, AssessmentReason<string>>;
