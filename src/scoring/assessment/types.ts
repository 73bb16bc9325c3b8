import type { InputIssueCode } from '../../core/input';
import type { Issue } from '../../core/issue';
import type { IsoDate } from '../../core/isoDate';
import type { LocalizedText } from '../../core/locale';
import type { MemberTier } from '../../core/tiers';
import type { MemberStatus } from '../../organization/types';
import type { ScoringIssueCode } from '../messages';
import type { OverlapResolution, TierBand } from '../tierRules/types';
import type { TierSet } from '../tierSets/types';

// A member's assessment and its parts, shared by `assessMember`, `assessMembers`,
// `decideTier` and `explainAssessment`.

/**
 * A member's assessment: totals by sheet and standard, the computed tier with every reason, the
 * vetoes, every problem in the card, and the branch's decision once recorded.
 *
 * @typeParam T - the codes of the rule's tiers: {@link MemberTier} by default, the codes of the
 *   rule's `tierSet` otherwise.
 *
 * @example
 * ```ts
 * import { assessMember, MEMBER_TIERS_TONGMIN_2015, type MemberAssessment } from 'cxzy/scoring';
 * const sheets = [{ id: 's', title: '目标管理责任书', items: [{ id: 'i', title: '工作', kind: 'base', maxPoints: 100 }] }] as const;
 * const assessment: MemberAssessment = assessMember(
 *   { memberId: 'm1', entries: [{ sheetId: 's', itemId: 'i', points: 85 }] },
 *   sheets,
 *   MEMBER_TIERS_TONGMIN_2015,
 * );
 * assessment.tier; // 'qualified'
 * ```
 */
export interface MemberAssessment<T extends string = MemberTier> {
  /** The member. */
  readonly memberId: string;
  /** The member's standing, from the card. */
  readonly status: MemberStatus;
  /**
   * The total of every sheet, exact to the hundredth; `null` when there is no total to show: the
   * card was rejected (`notGraded: 'cardRejected'`), it has no entries (`'noScores'`), or the
   * sheets have errors. A missing or rejected score is never counted as 0.
   */
  readonly total: number | null;
  /** Each sheet's subtotal, in the order of the sheets; empty when `total` is `null`. */
  readonly bySheet: readonly SheetSubtotal[];
  /**
   * Each standard's subtotal, in the order the standards first appear in the sheets; empty when
   * `total` is `null`.
   */
  readonly byStandard: readonly StandardSubtotal[];
  /** The computed tier, after vetoes and quota; `undefined` when not graded (see `reasons`). */
  readonly tier: T | undefined;
  /**
   * The rule's tier set, when the rule names one: what {@link decideTier}, {@link effectiveTier} and
   * {@link explainAssessment} read the tier codes and their names by. Absent for the four
   * 民主评议 tiers.
   */
  readonly tierSet?: TierSet<T>;
  /** The vetoes that applied. */
  readonly vetoes: readonly AppliedVeto<T>[];
  /** Why the result is what it is, step by step. */
  readonly reasons: readonly AssessmentReason<T>[];
  /** Every problem found in the card (paths from the card) and the decision. */
  readonly issues: readonly Issue<ScoringIssueCode | InputIssueCode>[];
  /** The branch's decision, once {@link decideTier} recorded it. */
  readonly decision?: TierDecision<T>;
}

/**
 * The points of one sheet, split by kind: `total = base + bonus − deduction`.
 *
 * @example
 * ```ts
 * import type { SheetSubtotal } from 'cxzy/scoring';
 * const subtotal: SheetSubtotal = { sheetId: 'goals', base: 78, bonus: 5, deduction: 2, total: 81 };
 * ```
 */
export interface SheetSubtotal {
  /** The sheet. */
  readonly sheetId: string;
  /** The sum of its base items. */
  readonly base: number;
  /** The sum of its bonus items. */
  readonly bonus: number;
  /** The sum of its deduction items, as a positive number. */
  readonly deduction: number;
  /** `base + bonus − deduction`. */
  readonly total: number;
}

/**
 * The net points of every item scoring one standard (criterion code), across sheets.
 *
 * @example
 * ```ts
 * import type { StandardSubtotal } from 'cxzy/scoring';
 * const subtotal: StandardSubtotal = { standard: 'integrity', total: 18.5 };
 * ```
 */
export interface StandardSubtotal {
  /** The criterion code. */
  readonly standard: string;
  /** Its net points. */
  readonly total: number;
}

/**
 * A veto that applied to a member: from the card (`origin: 'card'`) or from a trigger
 * (`origin: 'trigger'`).
 *
 * @typeParam T - the codes of the rule's tiers; {@link MemberTier} by default.
 *
 * @example
 * ```ts
 * import type { AppliedVeto } from 'cxzy/scoring';
 * const veto: AppliedVeto = { vetoId: 'disciplinaryAction', atMost: 'qualified', origin: 'card' };
 * ```
 */
export interface AppliedVeto<T extends string = MemberTier> {
  /** The veto rule's id. */
  readonly vetoId: string;
  /** The best tier it allows. */
  readonly atMost: T;
  /** How it was found. */
  readonly origin: 'card' | 'trigger';
  /** The card's note, for a recorded veto. */
  readonly note?: string;
}

/**
 * One step of the reasoning behind a member's result, as data. Beside the totals the assessment
 * holds (`total`, `bySheet`, `byStandard`), every assessment lists, in order: each bonus and
 * deduction that moved the points, the band the total falls in (`band`) and any boundary overlap
 * it resolved (`overlap`), each veto (`veto`), the quota (`quota`), or why there is no tier (`notGraded`).
 * {@link explainAssessment} turns the totals and these steps into sentences.
 *
 * @typeParam T - the codes of the rule's tiers; {@link MemberTier} by default.
 *
 * @example
 * ```ts
 * import type { AssessmentReason } from 'cxzy/scoring';
 * const reason: AssessmentReason = { code: 'deduction', sheetId: 'integrity', itemId: 'late', points: 2 };
 * ```
 */
export type AssessmentReason<T extends string = MemberTier> =
  | {
      readonly code: 'bonus' | 'deduction';
      readonly sheetId: string;
      readonly itemId: string;
      /** The item's title, as the sheet names it (filled by `assessMember`). */
      readonly itemTitle?: string;
      readonly points: number;
    }
  | {
      readonly code: 'band';
      readonly tier: T;
      readonly bandIndex: number;
      readonly band: TierBand<T>;
    }
  | {
      readonly code: 'overlap';
      readonly bandIndexes: readonly number[];
      readonly bands: readonly TierBand<T>[];
      readonly resolution: OverlapResolution;
      readonly chosen: number;
    }
  | {
      readonly code: 'veto';
      readonly vetoId: string;
      readonly label: LocalizedText;
      readonly from: T;
      readonly to: T;
    }
  | {
      readonly code: 'quota';
      readonly outcome: 'kept' | 'demoted' | 'tiedAtCut';
      readonly rank: number;
      readonly cap: number;
      readonly from: T;
      readonly to: T;
    }
  | { readonly code: 'notGraded'; readonly cause: Exclude<NotGradedCause, 'cardRejected'> }
  | {
      readonly code: 'notGraded';
      readonly cause: 'cardRejected';
      /** The items whose entries were rejected, in the order of the entries; each once. */
      readonly items: readonly RejectedItem[];
    };

/**
 * Why a member was not given a tier:
 * - `cardRejected`: the card has errors (points over an item's maximum, an unknown item, a
 *   repeated entry, …); the reason names the items, and there is no total;
 * - `noScores`: the card has no entries at all (a missing spreadsheet row): missing data never
 *   decides a verdict, so there is no total and no tier, never 不合格;
 * - `invalidInput`: the sheets or the rule have errors, so nobody is graded;
 * - `probationary`: a probationary member under a rule that does not grade them;
 * - `noBand`: a total no band of the rule contains.
 *
 * @example
 * ```ts
 * import type { NotGradedCause } from 'cxzy/scoring';
 * const cause: NotGradedCause = 'noScores';
 * ```
 */
export type NotGradedCause = 'probationary' | 'invalidInput' | 'noBand' | 'noScores' | 'cardRejected';

/**
 * An item whose entry on a card was rejected: by its ids, and by its title where the sheets have
 * the item (an entry naming an unknown sheet or item has none).
 *
 * @example
 * ```ts
 * import type { RejectedItem } from 'cxzy/scoring';
 * const item: RejectedItem = { sheetId: 'integrity', itemId: 'late', itemTitle: '迟到早退' };
 * ```
 */
export interface RejectedItem {
  /** The sheet the entry named. */
  readonly sheetId: string;
  /** The item the entry named. */
  readonly itemId: string;
  /** The item's title; absent when the sheets have no such item. */
  readonly itemTitle?: string;
}

/**
 * A branch's decision on a member's tier. The computed tier is a recommendation; the 支部委员会 or
 * 党员大会 decides, and a decision that departs from the computed tier must say why.
 *
 * @typeParam T - the codes of the rule's tiers; {@link MemberTier} by default.
 *
 * @example
 * ```ts
 * import { isoDate } from 'cxzy/schedule';
 * import type { TierDecision } from 'cxzy/scoring';
 * const decision: TierDecision = {
 *   tier: 'qualified',
 *   decidedBy: '支部委员会',
 *   decidedOn: isoDate('2016-01-12'),
 *   reason: '本人申请不参评优秀',
 * };
 * ```
 */
export interface TierDecision<T extends string = MemberTier> {
  /** The decided tier: a code of the assessment's tier set. */
  readonly tier: T;
  /** Who decided: the body or the person. */
  readonly decidedBy: string;
  /** When. */
  readonly decidedOn: IsoDate;
  /** Why; required when the decided tier is not the computed one. */
  readonly reason?: string;
}
