import type { DateRange } from '../core/dateRange';
import type { Fraction } from '../core/fraction';
import type { Issue } from '../core/issue';
import type { LocalizedText } from '../core/locale';
import type { MemberStatus } from '../organization/types';
import type { IsoDate } from '../core/isoDate';
import type { MemberTier } from '../core/tiers';
import type { ScoringIssueCode } from './messages';

export type { MemberTier } from '../core/tiers';

// ─── Tier rules ────────────────────────────────────────────────────────────────────────────────

/**
 * One end of a band: a score and whether the band contains it. Chinese statutory reading
 * (民法典 第一千二百五十九条): 以上、以下、以内 include the number (`inclusive: true`); 不满、超过
 * do not (`inclusive: false`).
 *
 * @example
 * ```ts
 * import type { TierBound } from 'cxzy/scoring';
 * const sixtyOrMore: TierBound = { value: 60, inclusive: true }; // 60分以上
 * const underSixty: TierBound = { value: 60, inclusive: false }; // 不满60分
 * ```
 */
export interface TierBound {
  /** The score, with at most two decimals. */
  readonly value: number;
  /** Whether the score itself belongs to the band. */
  readonly inclusive: boolean;
}

/**
 * A band of a {@link TierRule}: the scores from `min` to `max` get `tier`. A missing end is open:
 * `60分以下` has no `min`, `100分以上` no `max`.
 *
 * @example
 * ```ts
 * import type { TierBand } from 'cxzy/scoring';
 * const qualified: TierBand = {
 *   tier: 'qualified',
 *   min: { value: 80, inclusive: true },
 *   max: { value: 100, inclusive: true },
 *   text: '80—100分',
 * };
 * ```
 */
export interface TierBand {
  /** The tier a score in the band gets. */
  readonly tier: MemberTier;
  /** The lowest score of the band; absent for no lower limit. */
  readonly min?: TierBound;
  /** The highest score of the band; absent for no upper limit. */
  readonly max?: TierBound;
  /** The band as the source document writes it (`80—100分`), quoted in explanations. */
  readonly text?: string;
}

/**
 * What to do with a score that two bands both contain, as the statutory reading makes happen at
 * a shared boundary (`100分以上` and `80—100分` both contain 100): give the better tier
 * (`higherTier`, the default of the shipped rules) or the worse one (`lowerTier`).
 *
 * @example
 * ```ts
 * import type { OverlapResolution } from 'cxzy/scoring';
 * const strict: OverlapResolution = 'lowerTier'; // 100 → 合格 under the 2015 rule
 * ```
 */
export type OverlapResolution = 'higherTier' | 'lowerTier';

/**
 * How members tied on the last place of a quota are treated: `excludeTied` gives the place to none
 * of them and leaves the choice to the branch (the cap is never exceeded and nothing arbitrary
 * decides); `memberId` keeps them in ascending order of `memberId` (UTF-16 code units), an
 * arbitrary but reproducible order.
 *
 * @example
 * ```ts
 * import type { QuotaTieBreak } from 'cxzy/scoring';
 * const tieBreak: QuotaTieBreak = 'excludeTied';
 * ```
 */
export type QuotaTieBreak = 'excludeTied' | 'memberId';

/**
 * A cap on the share of 优秀. 民主评议 guidance: "评定为优秀的党员比例一般不超过党员总数的三分之一".
 * The cap is `floor(base × share)` members, where the base is every assessed member (`allMembers`,
 * the guidance's 党员总数) or only those graded (`gradedMembers`).
 *
 * @example
 * ```ts
 * import type { ExcellentQuota } from 'cxzy/scoring';
 * const quota: ExcellentQuota = {
 *   share: { numerator: 1, denominator: 3 },
 *   of: 'allMembers',
 *   tieBreak: 'excludeTied',
 * };
 * ```
 */
export interface ExcellentQuota {
  /** The largest share of members that may be 优秀. */
  readonly share: Fraction;
  /** What the share is taken of. */
  readonly of: 'allMembers' | 'gradedMembers';
  /** Who keeps the last places when members tie at the cut. */
  readonly tieBreak: QuotaTieBreak;
}

/**
 * A condition on a score card that triggers a veto by itself: points of at least `atLeast` on an
 * item (a deduction for a breach of discipline, for instance).
 *
 * @example
 * ```ts
 * import type { VetoTrigger } from 'cxzy/scoring';
 * const trigger: VetoTrigger = { sheetId: 'integrity', itemId: 'discipline', atLeast: 0.01 };
 * ```
 */
export interface VetoTrigger {
  /** The sheet of the item. */
  readonly sheetId: string;
  /** The item. */
  readonly itemId: string;
  /** The points on the item, at or above which the veto applies. */
  readonly atLeast: number;
}

/**
 * 一票否决: a condition that caps a member's tier whatever the points. A member with the veto gets
 * at most `atMost`: `qualified` for "不得评为优秀", `unqualified` to force 不合格.
 *
 * @example
 * ```ts
 * import type { VetoRule } from 'cxzy/scoring';
 * const veto: VetoRule = {
 *   id: 'disciplinaryAction',
 *   label: { 'zh-CN': '当年受到党纪处分', en: 'Subject to Party discipline this year' },
 *   atMost: 'qualified',
 * };
 * ```
 */
export interface VetoRule {
  /** A stable identifier, unique within the rule. */
  readonly id: string;
  /** The condition, as the rule states it. */
  readonly label: LocalizedText;
  /** The best tier a member with this veto may get. */
  readonly atMost: MemberTier;
  /** Where the condition comes from. */
  readonly source?: string;
  /** A card condition that applies the veto without it being recorded on the card. */
  readonly trigger?: VetoTrigger;
}

/**
 * A rule that turns a score into a {@link MemberTier}, written as data: its bands (best tier
 * first), how a score on a shared boundary is resolved, whether probationary members are graded,
 * its vetoes and an optional cap on 优秀.
 *
 * @example
 * ```ts
 * import { MEMBER_TIERS_TONGMIN_2015, type TierRule } from 'cxzy/scoring';
 * const strict: TierRule = { ...MEMBER_TIERS_TONGMIN_2015, overlap: 'lowerTier' };
 * ```
 */
export interface TierRule {
  /** A stable identifier. */
  readonly id?: string;
  /** The rule's name. */
  readonly label?: LocalizedText;
  /** The document and words the rule comes from. */
  readonly source?: string;
  /** The bands, best tier first. Together they must cover every score without gaps. */
  readonly bands: readonly TierBand[];
  /** Which tier a score on a boundary shared by two bands gets. */
  readonly overlap: OverlapResolution;
  /** Whether probationary members (预备党员) get a tier. Default `false`: they take part, ungraded. */
  readonly gradeProbationary?: boolean;
  /** Conditions that cap the tier whatever the points (一票否决). */
  readonly vetoes?: readonly VetoRule[];
  /** A cap on the share of 优秀, applied by {@link assessMembers}. */
  readonly excellentQuota?: ExcellentQuota;
}

/**
 * What {@link classify} returns: the tier, the band that gave it, and the score it was decided on.
 *
 * @example
 * ```ts
 * import { classify, MEMBER_TIERS_TONGMIN_2015 } from 'cxzy/scoring';
 * const result = classify(100, MEMBER_TIERS_TONGMIN_2015);
 * result?.tier; // 'excellent'
 * result?.alsoMatched; // [1]: 80—100分 contains 100 too
 * ```
 */
export interface Classification {
  /** The tier. */
  readonly tier: MemberTier;
  /** The band that matched. */
  readonly band: TierBand;
  /** Its index in the rule's `bands`. */
  readonly bandIndex: number;
  /** The score the tier was decided on: the input rounded half away from zero to hundredths. */
  readonly score: number;
  /** Other bands that contain the score and lost to the rule's `overlap`; usually empty. */
  readonly alsoMatched: readonly number[];
}

// ─── Score sheets and cards ────────────────────────────────────────────────────────────────────

/**
 * How an item's points count: `base` points add up to the sheet's normal score, `bonus` points
 * (加分) are added on top, `deduction` points (扣分) are entered as a positive number and
 * subtracted.
 *
 * @example
 * ```ts
 * import type { ScoreItemKind } from 'cxzy/scoring';
 * const kind: ScoreItemKind = 'deduction';
 * ```
 */
export type ScoreItemKind = 'base' | 'bonus' | 'deduction';

/**
 * One line of a score sheet (考核细则): what is scored, under which standard, and the most points
 * it can give or take.
 *
 * @example
 * ```ts
 * import type { ScoreItem } from 'cxzy/scoring';
 * const item: ScoreItem = { id: 'teaching', title: '教学常规', standard: 'excellence', kind: 'base', maxPoints: 30 };
 * ```
 */
export interface ScoreItem {
  /** A stable identifier, unique within its sheet. */
  readonly id: string;
  /** What is scored. */
  readonly title: string;
  /** The criterion code it scores (a `Criterion.code` of 五带头, for instance), for subtotals. */
  readonly standard?: string;
  /** How its points count. */
  readonly kind: ScoreItemKind;
  /** The most points an entry may have; at most two decimals. */
  readonly maxPoints: number;
}

/**
 * A score sheet: one of the documents a member is scored on. The 2015 seed scores two, the
 * 目标管理责任书 and the 党风廉政建设责任书.
 *
 * @example
 * ```ts
 * import type { ScoreSheet } from 'cxzy/scoring';
 * const sheet: ScoreSheet = {
 *   id: 'integrity',
 *   title: '党员干部党风廉政建设责任书',
 *   items: [{ id: 'clean', title: '廉洁从教', kind: 'base', maxPoints: 20 }],
 * };
 * ```
 */
export interface ScoreSheet {
  /** A stable identifier, unique among the sheets. */
  readonly id: string;
  /** The sheet's title. */
  readonly title: string;
  /** Its items. */
  readonly items: readonly ScoreItem[];
}

/**
 * The points a member got on one item of one sheet. Deductions are entered as positive numbers.
 *
 * @example
 * ```ts
 * import type { ScoreEntry } from 'cxzy/scoring';
 * const entry: ScoreEntry = { sheetId: 'goals', itemId: 'teaching', points: 27.5, note: '公开课一节' };
 * ```
 */
export interface ScoreEntry {
  /** The sheet. */
  readonly sheetId: string;
  /** The item on that sheet. */
  readonly itemId: string;
  /** The points, from 0 to the item's `maxPoints`, with at most two decimals. */
  readonly points: number;
  /** Why, in the scorer's words. */
  readonly note?: string;
}

/**
 * A veto recorded on a card by whoever found the condition.
 *
 * @example
 * ```ts
 * import type { VetoRecord } from 'cxzy/scoring';
 * const record: VetoRecord = { vetoId: 'disciplinaryAction', note: '2015年6月受党内警告处分' };
 * ```
 */
export interface VetoRecord {
  /** The `id` of a {@link VetoRule} of the rule. */
  readonly vetoId: string;
  /** The facts. */
  readonly note?: string;
}

/**
 * A member's score card for the year: the entries on every sheet, the member's standing, and any
 * veto found.
 *
 * @example
 * ```ts
 * import type { ScoreCard } from 'cxzy/scoring';
 * const card: ScoreCard = {
 *   memberId: 'm-001',
 *   entries: [{ sheetId: 'goals', itemId: 'teaching', points: 27.5 }],
 * };
 * ```
 */
export interface ScoreCard {
  /** The member. */
  readonly memberId: string;
  /** The member's standing when assessed; default `full`. */
  readonly status?: MemberStatus;
  /** The points on each item. An item without an entry counts 0. */
  readonly entries: readonly ScoreEntry[];
  /** Vetoes found for this member. */
  readonly vetoes?: readonly VetoRecord[];
}

// ─── Assessment ────────────────────────────────────────────────────────────────────────────────

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
 * @example
 * ```ts
 * import type { AppliedVeto } from 'cxzy/scoring';
 * const veto: AppliedVeto = { vetoId: 'disciplinaryAction', atMost: 'qualified', origin: 'card' };
 * ```
 */
export interface AppliedVeto {
  /** The veto rule's id. */
  readonly vetoId: string;
  /** The best tier it allows. */
  readonly atMost: MemberTier;
  /** How it was found. */
  readonly origin: 'card' | 'trigger';
  /** The card's note, for a recorded veto. */
  readonly note?: string;
}

/**
 * Why a member was not given a tier: a probationary member under a rule that does not grade them,
 * input with errors (a tier built on it would be wrong), or a score no band contains.
 *
 * @example
 * ```ts
 * import type { NotGradedCause } from 'cxzy/scoring';
 * const cause: NotGradedCause = 'probationary';
 * ```
 */
export type NotGradedCause = 'probationary' | 'invalidInput' | 'noBand';

/**
 * One step of the reasoning behind a member's result, as data. Beside the totals the assessment
 * holds (`total`, `bySheet`, `byStandard`), every assessment lists, in order: each bonus and
 * deduction that moved the points, the band the total falls in (`band`) and any boundary overlap
 * it resolved (`overlap`), each veto (`veto`), the quota (`quota`), or why there is no tier (`notGraded`).
 * {@link explainAssessment} turns the totals and these steps into sentences.
 *
 * @example
 * ```ts
 * import type { AssessmentReason } from 'cxzy/scoring';
 * const reason: AssessmentReason = { code: 'deduction', sheetId: 'integrity', itemId: 'late', points: 2 };
 * ```
 */
export type AssessmentReason =
  | { readonly code: 'bonus'; readonly sheetId: string; readonly itemId: string; readonly points: number }
  | { readonly code: 'deduction'; readonly sheetId: string; readonly itemId: string; readonly points: number }
  | {
      readonly code: 'band';
      readonly tier: MemberTier;
      readonly bandIndex: number;
      readonly band: TierBand;
    }
  | {
      readonly code: 'overlap';
      readonly bandIndexes: readonly number[];
      readonly bands: readonly TierBand[];
      readonly resolution: OverlapResolution;
      readonly chosen: number;
    }
  | {
      readonly code: 'veto';
      readonly vetoId: string;
      readonly label: LocalizedText;
      readonly from: MemberTier;
      readonly to: MemberTier;
    }
  | {
      readonly code: 'quota';
      readonly outcome: 'kept' | 'demoted' | 'tiedAtCut';
      readonly rank: number;
      readonly cap: number;
      readonly from: MemberTier;
      readonly to: MemberTier;
    }
  | { readonly code: 'notGraded'; readonly cause: NotGradedCause };

/**
 * A branch's decision on a member's tier. The computed tier is a recommendation; the 支部委员会 or
 * 党员大会 decides, and a decision that departs from the computed tier must say why.
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
export interface TierDecision {
  /** The decided tier. */
  readonly tier: MemberTier;
  /** Who decided: the body or the person. */
  readonly decidedBy: string;
  /** When. */
  readonly decidedOn: IsoDate;
  /** Why; required when the decided tier is not the computed one. */
  readonly reason?: string;
}

/**
 * A member's assessment: totals by sheet and standard, the computed tier with every reason, the
 * vetoes, every problem in the card, and the branch's decision once recorded.
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
export interface MemberAssessment {
  /** The member. */
  readonly memberId: string;
  /** The member's standing, from the card. */
  readonly status: MemberStatus;
  /** The total of every sheet, exact to the hundredth. */
  readonly total: number;
  /** Each sheet's subtotal, in the order of the sheets. */
  readonly bySheet: readonly SheetSubtotal[];
  /** Each standard's subtotal, in the order the standards first appear in the sheets. */
  readonly byStandard: readonly StandardSubtotal[];
  /** The computed tier, after vetoes and quota; `undefined` when not graded (see `reasons`). */
  readonly tier: MemberTier | undefined;
  /** The vetoes that applied. */
  readonly vetoes: readonly AppliedVeto[];
  /** Why the result is what it is, step by step. */
  readonly reasons: readonly AssessmentReason[];
  /** Every problem found in the card (paths from the card) and the decision. */
  readonly issues: readonly Issue<ScoringIssueCode>[];
  /** The branch's decision, once {@link decideTier} recorded it. */
  readonly decision?: TierDecision;
}

/**
 * How many members got each tier.
 *
 * @example
 * ```ts
 * import type { TierDistribution } from 'cxzy/scoring';
 * const distribution: TierDistribution = {
 *   members: 12,
 *   graded: 11,
 *   counts: { excellent: 3, qualified: 7, basicallyQualified: 1, unqualified: 0 },
 * };
 * ```
 */
export interface TierDistribution {
  /** Every member assessed. */
  readonly members: number;
  /** Those with a tier. */
  readonly graded: number;
  /** The count of each tier. */
  readonly counts: Readonly<Record<MemberTier, number>>;
}

/**
 * What the 优秀 quota did: its cap, how many had 优秀 by the rule, and who lost it.
 *
 * @example
 * ```ts
 * import type { QuotaOutcome } from 'cxzy/scoring';
 * const outcome: QuotaOutcome = { cap: 4, candidates: 5, kept: ['m1', 'm2', 'm3', 'm4'], demoted: ['m5'], tiedAtCut: [] };
 * ```
 */
export interface QuotaOutcome {
  /** The most members that may be 优秀. */
  readonly cap: number;
  /** How many had 优秀 before the quota. */
  readonly candidates: number;
  /** Who kept 优秀, best first. */
  readonly kept: readonly string[];
  /** Who lost it, best first (tied members included). */
  readonly demoted: readonly string[];
  /** Who tied at the cut and was left to the branch's decision (`excludeTied`). */
  readonly tiedAtCut: readonly string[];
}

/**
 * A whole branch's assessment: every member, the distribution of tiers, what the quota did, and
 * the problems found in the rule, the sheets and between cards.
 *
 * @example
 * ```ts
 * import { assessMembers, MEMBER_TIERS_TONGMIN_2015, type BranchAssessment } from 'cxzy/scoring';
 * const sheets = [{ id: 's', title: '目标管理责任书', items: [{ id: 'i', title: '工作', kind: 'base', maxPoints: 120 }] }] as const;
 * const result: BranchAssessment = assessMembers(
 *   [{ memberId: 'm1', entries: [{ sheetId: 's', itemId: 'i', points: 100 }] }],
 *   sheets,
 *   MEMBER_TIERS_TONGMIN_2015,
 * );
 * result.distribution.counts.excellent; // 1
 * ```
 */
export interface BranchAssessment {
  /** Each member's assessment, in the order of the cards. */
  readonly members: readonly MemberAssessment[];
  /** The distribution of computed tiers. */
  readonly distribution: TierDistribution;
  /** What the 优秀 quota did; absent without a quota. */
  readonly quota?: QuotaOutcome;
  /** Problems in the rule (path from `'rule'`), the sheets (`'sheets'`) and the cards (`'cards'`). */
  readonly issues: readonly Issue<ScoringIssueCode>[];
}

/**
 * How {@link assessMember} treats a base item without an entry: count 0 silently (`ignore`), count
 * 0 with a warning (`warning`, the default), or refuse to grade (`error`).
 *
 * @example
 * ```ts
 * import type { AssessMemberOptions } from 'cxzy/scoring';
 * const options: AssessMemberOptions = { missingEntry: 'error' };
 * ```
 */
export interface AssessMemberOptions {
  /** What a base item without an entry means. Default `'warning'`. */
  readonly missingEntry?: 'ignore' | 'warning' | 'error';
}

/**
 * Options of {@link assessMembers}: those of {@link assessMember}, and the 优秀 quota, which
 * replaces the rule's (`false` for none).
 *
 * @example
 * ```ts
 * import type { AssessMembersOptions } from 'cxzy/scoring';
 * const options: AssessMembersOptions = {
 *   excellentQuota: { share: { numerator: 1, denominator: 3 }, of: 'allMembers', tieBreak: 'memberId' },
 * };
 * ```
 */
export interface AssessMembersOptions extends AssessMemberOptions {
  /** The cap on 优秀; default the rule's `excellentQuota`; `false` for none. */
  readonly excellentQuota?: ExcellentQuota | false;
}

/**
 * The share of each tier in two years and how it changed, in percent with two decimals.
 *
 * @example
 * ```ts
 * import type { TierShareChange } from 'cxzy/scoring';
 * const change: TierShareChange = {
 *   tier: 'excellent',
 *   previous: { count: 2, percent: 20 },
 *   current: { count: 3, percent: 25 },
 *   changePoints: 5,
 * };
 * ```
 */
export interface TierShareChange {
  /** The tier. */
  readonly tier: MemberTier;
  /** Its count and share of graded members the previous year. */
  readonly previous: { readonly count: number; readonly percent: number };
  /** Its count and share this year. */
  readonly current: { readonly count: number; readonly percent: number };
  /** `current.percent − previous.percent`, in percentage points. */
  readonly changePoints: number;
}

// ─── Points ledgers (党员积分制) ───────────────────────────────────────────────────────────────

/**
 * A calendar period a cap counts over. Quarters are January–March, April–June and so on.
 *
 * @example
 * ```ts
 * import type { LedgerPeriod } from 'cxzy/scoring';
 * const period: LedgerPeriod = 'month';
 * ```
 */
export type LedgerPeriod = 'year' | 'quarter' | 'month' | 'day';

/**
 * A cap: at most `points` gained (and at most `points` lost) in each `per` period.
 *
 * @example
 * ```ts
 * import type { PointsCap } from 'cxzy/scoring';
 * const cap: PointsCap = { points: 5, per: 'month' }; // 每月最多加5分
 * ```
 */
export interface PointsCap {
  /** The most points, gained or lost, in one period. */
  readonly points: number;
  /** The period. */
  readonly per: LedgerPeriod;
}

/**
 * A category of a points ledger (基本积分, 奖励积分, 扣减积分 …), with an optional cap.
 *
 * @example
 * ```ts
 * import type { LedgerCategory } from 'cxzy/scoring';
 * const category: LedgerCategory = { id: 'service', title: '志愿服务', cap: { points: 10, per: 'quarter' } };
 * ```
 */
export interface LedgerCategory {
  /** A stable identifier, unique within the rule. */
  readonly id: string;
  /** Its name. */
  readonly title: string;
  /** The most points its items may gain or lose together per period. */
  readonly cap?: PointsCap;
}

/**
 * A scored event type of a ledger: its points per occurrence (negative for a deduction), its
 * category, an optional cap, and whether it counts only once in the ledger.
 *
 * @example
 * ```ts
 * import type { LedgerItem } from 'cxzy/scoring';
 * const item: LedgerItem = { id: 'meeting', title: '参加三会一课', categoryId: 'basic', points: 1, cap: { points: 4, per: 'month' } };
 * ```
 */
export interface LedgerItem {
  /** A stable identifier, unique within the rule. */
  readonly id: string;
  /** What the event is. */
  readonly title: string;
  /** Its category. */
  readonly categoryId: string;
  /** Points per occurrence; negative for a deduction. An event may record less, never more. */
  readonly points: number;
  /** The most points this item may gain or lose per period. */
  readonly cap?: PointsCap;
  /** Whether only its first occurrence in the ledger counts (a once-only award). */
  readonly once?: boolean;
}

/**
 * Next year's head start: `share` of the points earned above the base score, at most `max`.
 *
 * @example
 * ```ts
 * import type { CarryOverRule } from 'cxzy/scoring';
 * const carry: CarryOverRule = { share: { numerator: 1, denominator: 10 }, max: 5 };
 * ```
 */
export interface CarryOverRule {
  /** The share of the year's surplus carried over. */
  readonly share: Fraction;
  /** The most points carried over. */
  readonly max?: number;
}

/**
 * A points ledger rule (党员积分制): the year's base score, a floor, categories and items, and an
 * optional carry-over into next year.
 *
 * @example
 * ```ts
 * import { POINTS_LEDGER_EXAMPLE, type LedgerRule } from 'cxzy/scoring';
 * const rule: LedgerRule = { ...POINTS_LEDGER_EXAMPLE, baseScore: 80 };
 * ```
 */
export interface LedgerRule {
  /** A stable identifier. */
  readonly id?: string;
  /** The rule's name. */
  readonly label?: LocalizedText;
  /** The score every member starts the year with. */
  readonly baseScore: number;
  /** The lowest total; default 0. */
  readonly floor?: number;
  /** The categories. */
  readonly categories: readonly LedgerCategory[];
  /** The scored events. */
  readonly items: readonly LedgerItem[];
  /** What carries into next year's base. */
  readonly carryOver?: CarryOverRule;
}

/**
 * One scored event in a member's ledger.
 *
 * @example
 * ```ts
 * import { isoDate } from 'cxzy/schedule';
 * import type { LedgerEvent } from 'cxzy/scoring';
 * const event: LedgerEvent = { itemId: 'meeting', on: isoDate('2015-03-06'), note: '支部党员大会' };
 * ```
 */
export interface LedgerEvent {
  /** The ledger item. */
  readonly itemId: string;
  /** The day it happened. */
  readonly on: IsoDate;
  /** Points recorded, same sign as the item's and no larger; default the item's points. */
  readonly points?: number;
  /** Details. */
  readonly note?: string;
}

/**
 * A member who transferred in mid-year: events before `on` belong to the previous branch, and the
 * year's base is the receiving branch's average instead of the rule's base score.
 *
 * @example
 * ```ts
 * import { isoDate } from 'cxzy/schedule';
 * import type { LedgerTransfer } from 'cxzy/scoring';
 * const transfer: LedgerTransfer = { on: isoDate('2015-09-01'), branchAverage: 92.5 };
 * ```
 */
export interface LedgerTransfer {
  /** The first day in this branch. */
  readonly on: IsoDate;
  /** The branch's average total, see {@link branchAverage}. */
  readonly branchAverage: number;
}

/**
 * Options of {@link computeLedger}.
 *
 * @example
 * ```ts
 * import { isoDate } from 'cxzy/schedule';
 * import type { LedgerOptions } from 'cxzy/scoring';
 * const options: LedgerOptions = {
 *   period: { start: isoDate('2015-01-01'), end: isoDate('2015-12-31') },
 *   carriedOver: 3,
 * };
 * ```
 */
export interface LedgerOptions {
  /** The ledger's year or span; events outside are reported and not counted. */
  readonly period?: DateRange;
  /** Points carried over from last year, added to the base. */
  readonly carriedOver?: number;
  /** A mid-year transfer into the branch. */
  readonly transferredIn?: LedgerTransfer;
}

/**
 * Why an event counted for less than it recorded: an item cap, a category cap, a once-only item
 * already awarded, a date outside the ledger, a date before the member transferred in, or an
 * invalid event (see the issues).
 *
 * @example
 * ```ts
 * import type { LedgerLimit } from 'cxzy/scoring';
 * const limit: LedgerLimit = 'itemCap';
 * ```
 */
export type LedgerLimit = 'itemCap' | 'categoryCap' | 'once' | 'outsidePeriod' | 'beforeTransfer' | 'invalid';

/**
 * How one event counted.
 *
 * @example
 * ```ts
 * import { isoDate } from 'cxzy/schedule';
 * import type { LedgerLine } from 'cxzy/scoring';
 * const line: LedgerLine = { eventIndex: 4, itemId: 'meeting', on: isoDate('2015-03-27'), recorded: 1, awarded: 0, limitedBy: 'itemCap' };
 * ```
 */
export interface LedgerLine {
  /** The event's index in the input. */
  readonly eventIndex: number;
  /** Its item. */
  readonly itemId: string;
  /** Its date. */
  readonly on: IsoDate;
  /** The points it recorded. */
  readonly recorded: number;
  /** The points it counted for. */
  readonly awarded: number;
  /** Why it counted for less, if it did. */
  readonly limitedBy?: LedgerLimit;
}

/**
 * A member's ledger for the year: base, points earned, total (after the floor), by category, each
 * event's line in date order, what carries into next year, and every problem.
 *
 * @example
 * ```ts
 * import { computeLedger, POINTS_LEDGER_EXAMPLE, type LedgerResult } from 'cxzy/scoring';
 * import { isoDate } from 'cxzy/schedule';
 * const result: LedgerResult = computeLedger([{ itemId: 'honour', on: isoDate('2015-07-01') }], POINTS_LEDGER_EXAMPLE);
 * result.total; // 65
 * result.carryOver; // 0.5
 * ```
 */
export interface LedgerResult {
  /** The year's starting score: base score (or branch average) plus carry-over. */
  readonly base: number;
  /** Net points from events. */
  readonly earned: number;
  /** `max(floor, base + earned)`. */
  readonly total: number;
  /** Whether the floor raised the total. */
  readonly floored: boolean;
  /** Net points by category, in the rule's order. */
  readonly byCategory: readonly { readonly categoryId: string; readonly total: number }[];
  /** Every event, in date order (input order within a day). */
  readonly lines: readonly LedgerLine[];
  /** What the rule carries into next year (0 without a carry-over rule). */
  readonly carryOver: number;
  /** Every problem found. */
  readonly issues: readonly Issue<ScoringIssueCode>[];
}

// ─── Organization grading ──────────────────────────────────────────────────────────────────────

/**
 * A Party organization's band for 晋档升级: 先进 (`advanced`), 中间 (`intermediate`), 后进
 * (`lagging`). The seeds: "使处于先进的当好标杆、中间状态的规范提高、相对后进的改变面貌".
 *
 * @example
 * ```ts
 * import type { OrganizationBand } from 'cxzy/scoring';
 * const band: OrganizationBand = 'intermediate';
 * ```
 */
export type OrganizationBand = 'advanced' | 'intermediate' | 'lagging';

/**
 * An organization grading rule: each criterion (五个好) with the score that meets it — one star
 * each (五星级) — and the fewest stars for each band, best band first.
 *
 * @example
 * ```ts
 * import { ORGANIZATION_GRADES_FIVE_GOODS, type OrganizationGradeRule } from 'cxzy/scoring';
 * const rule: OrganizationGradeRule = ORGANIZATION_GRADES_FIVE_GOODS;
 * rule.criteria.length; // 5
 * ```
 */
export interface OrganizationGradeRule {
  /** A stable identifier. */
  readonly id?: string;
  /** The rule's name. */
  readonly label?: LocalizedText;
  /** Each criterion and the score that meets it. */
  readonly criteria: readonly { readonly code: string; readonly label: LocalizedText; readonly meets: TierBound }[];
  /** The fewest stars for each band, best band first; the last should need 0. */
  readonly bands: readonly { readonly band: OrganizationBand; readonly minStars: number }[];
}

/**
 * An organization's grade: stars, the criteria met and missed, the band, and every problem in the
 * scores.
 *
 * @example
 * ```ts
 * import type { OrganizationGrade } from 'cxzy/scoring';
 * const grade: OrganizationGrade = {
 *   stars: 4,
 *   met: ['leadershipTeam', 'memberTeam', 'workMechanism', 'workResults'],
 *   missed: ['response'],
 *   band: 'intermediate',
 *   issues: [],
 * };
 * ```
 */
export interface OrganizationGrade {
  /** One per criterion met. */
  readonly stars: number;
  /** The criteria met, in the rule's order. */
  readonly met: readonly string[];
  /** The criteria missed (or not scored), in the rule's order. */
  readonly missed: readonly string[];
  /** The band the stars give; `undefined` when no band's `minStars` is reached. */
  readonly band: OrganizationBand | undefined;
  /** Every problem in the scores. */
  readonly issues: readonly Issue<ScoringIssueCode>[];
}

/**
 * How an organization's grade moved between two years.
 *
 * @example
 * ```ts
 * import type { GradeComparison } from 'cxzy/scoring';
 * const comparison: GradeComparison = {
 *   change: 'upgraded',
 *   band: { from: 'intermediate', to: 'advanced' },
 *   stars: { from: 4, to: 5 },
 * };
 * ```
 */
export interface GradeComparison {
  /** `upgraded` for a better band, or the same band with more stars; `downgraded` the reverse. */
  readonly change: 'upgraded' | 'held' | 'downgraded';
  /** The bands. */
  readonly band: { readonly from: OrganizationBand | undefined; readonly to: OrganizationBand | undefined };
  /** The stars. */
  readonly stars: { readonly from: number; readonly to: number };
}
