import type { InputIssueCode } from '../core/input';
import type { Issue } from '../core/issue';
import type { LocalizedText } from '../core/locale';
import type { MemberStatus } from '../organization/types';
import type { MemberTier } from '../core/tiers';
import type { CommendationIssueCode, SelectionReasonCode } from './messages';

/**
 * Every {@link AwardTitle}, in the order the documents list them: the one list the type, the labels
 * and the schemas are made from.
 *
 * @example
 * ```ts
 * import { AWARD_TITLES } from 'cxzy/commendation';
 * AWARD_TITLES[0]; // 'excellentMember'
 * ```
 */
export const AWARD_TITLES = ['excellentMember', 'exemplaryTeacher', 'advancedOrganization', 'excellentPartyWorker'] as const;

/**
 * The titles a 创先争优 campaign commends: 优秀共产党员, 师德标兵, 先进基层党组织, 优秀党务工作者.
 *
 * @example
 * ```ts
 * import type { AwardTitle } from 'cxzy/commendation';
 * const title: AwardTitle = 'exemplaryTeacher'; // 师德标兵
 * ```
 */
export type AwardTitle = (typeof AWARD_TITLES)[number];

/**
 * A nomination (申报) of a member or an organization for one title, with the two scores the seeds
 * weigh — "注重工作实绩和社会公认度" — as plain numbers the app takes from wherever it keeps them
 * (a member assessment's total, an evaluation's combined result). Both should be on the same scale.
 *
 * @example
 * ```ts
 * import type { Candidate } from 'cxzy/commendation';
 * const candidate: Candidate = {
 *   id: 'm02', name: '李秀兰', title: 'excellentMember', tier: 'excellent', status: 'full',
 *   performance: 96.5, recognition: 92,
 * };
 * ```
 */
export interface Candidate {
  /** The member's or organization's id. */
  readonly id: string;
  /** The name to show on the list. */
  readonly name?: string;
  /** The title nominated for. */
  readonly title: AwardTitle;
  /** The member's tier this year; absent for an organization or a member not graded. */
  readonly tier?: MemberTier;
  /** 正式党员 or 预备党员; absent for an organization. */
  readonly status?: MemberStatus;
  /**
   * 工作实绩: a score with at most two decimals, such as the member assessment's `total`; `null`
   * when there is none (a card rejected or missing): the nomination is then not ranked, and says why.
   */
  readonly performance: number | null;
  /**
   * 社会公认度: a score with at most two decimals, such as the evaluation's `combined` result;
   * `null` when there is none: the nomination is then not ranked, and says why.
   */
  readonly recognition: number | null;
  /** The ids of the candidate's rectification items still open (整改未完成); absent or empty for none. */
  readonly openRectificationIds?: readonly string[];
}

/**
 * The weights of 工作实绩 and 社会公认度 in the combined score, as whole percentages summing to 100,
 * so that the weighted sum is exact in integer arithmetic.
 *
 * @example
 * ```ts
 * import type { CommendationWeights } from 'cxzy/commendation';
 * const weights: CommendationWeights = { performance: 60, recognition: 40 };
 * ```
 */
export interface CommendationWeights {
  /** The percentage given to 工作实绩. */
  readonly performance: number;
  /** The percentage given to 社会公认度. */
  readonly recognition: number;
}

/**
 * Whether a group of people may be commended under a title.
 *
 * @example
 * ```ts
 * import type { Admission } from 'cxzy/commendation';
 * const probationary: Admission = 'ineligible';
 * ```
 */
export type Admission = 'eligible' | 'ineligible';

/**
 * How one title is awarded: its quota (名额), who may stand, and the weights of its combined score.
 *
 * @example
 * ```ts
 * import type { TitleRule } from 'cxzy/commendation';
 * const rule: TitleRule = {
 *   title: 'excellentMember', quota: 2, minimumTier: 'excellent',
 *   probationary: 'ineligible', openRectification: 'ineligible',
 *   weights: { performance: 50, recognition: 50 },
 * };
 * ```
 */
export interface TitleRule {
  /** The title. */
  readonly title: AwardTitle;
  /** How many may be selected: a whole number, 0 or more. */
  readonly quota: number;
  /** The lowest tier a member may hold (that tier included); absent: no tier is required. */
  readonly minimumTier?: MemberTier;
  /** Whether 预备党员 may stand. */
  readonly probationary: Admission;
  /** Whether someone with an open rectification item may stand. */
  readonly openRectification: Admission;
  /** The weights of the combined score. */
  readonly weights: CommendationWeights;
}

/**
 * Which score decides between candidates whose combined scores are equal, before their ids do.
 *
 * @example
 * ```ts
 * import type { TieBreakKey } from 'cxzy/commendation';
 * const first: TieBreakKey = 'performance';
 * ```
 */
export type TieBreakKey = 'performance' | 'recognition';

/**
 * A whole 评选表彰 rule: the titles in the order they are awarded, whether one person may receive
 * more than one title, and how ties are broken.
 *
 * @example
 * ```ts
 * import { DEFAULT_COMMENDATION_RULE, type CommendationRule } from 'cxzy/commendation';
 * const rule: CommendationRule = { ...DEFAULT_COMMENDATION_RULE, onePerPerson: false };
 * rule.titles.length; // 4
 * ```
 */
export interface CommendationRule {
  /** One rule per title, in the order titles are awarded: with `onePerPerson`, earlier titles go first. */
  readonly titles: readonly TitleRule[];
  /** At most one title per person (or organization) in one selection. */
  readonly onePerPerson: boolean;
  /** The scores compared, in order, when combined scores are equal; the id (code-unit order) decides last. */
  readonly tieBreak: readonly TieBreakKey[];
}

/**
 * One reason for a verdict, as data and as a sentence in both languages, ready for 公示.
 *
 * @example
 * ```ts
 * import type { SelectionReason } from 'cxzy/commendation';
 * const reason: SelectionReason = {
 *   code: 'belowMinimumTier',
 *   params: { tier: 'qualified', minimumTier: 'excellent' },
 *   message: { 'zh-CN': '年度等次为合格,未达到优秀', en: 'Tier is Qualified, below Excellent' },
 * };
 * ```
 */
export interface SelectionReason {
  /** What the reason is, stable for code to branch on. */
  readonly code: SelectionReasonCode;
  /** The values the reason refers to (ranks, scores, ids, tiers). */
  readonly params: Readonly<Record<string, string | number>>;
  /** The reason as a sentence. */
  readonly message: LocalizedText;
}

/**
 * The verdict on one nomination: selected or not, its combined score and rank, and every reason.
 *
 * @example
 * ```ts
 * import { selectCandidates, DEFAULT_COMMENDATION_RULE } from 'cxzy/commendation';
 * const [verdict] = selectCandidates(
 *   [{ id: 'm1', title: 'excellentMember', tier: 'excellent', status: 'full', performance: 90, recognition: 80 }],
 *   DEFAULT_COMMENDATION_RULE,
 * ).verdicts;
 * verdict?.selected; // true
 * verdict?.combined; // 85
 * ```
 */
export interface CandidateVerdict {
  /** The nomination's index in the candidates given. */
  readonly candidateIndex: number;
  /** The member's or organization's id. */
  readonly id: string;
  /** The name, when the nomination gives one. */
  readonly name?: string;
  /** The title nominated for. */
  readonly title: AwardTitle;
  /** Whether it is selected for recommendation upward. */
  readonly selected: boolean;
  /** The combined score, rounded half away from zero (四舍五入) to two decimals; absent when a score is unusable. */
  readonly combined?: number;
  /** Its place among the eligible candidates for the title (1 = first); absent when ineligible. */
  readonly rank?: number;
  /** Every reason, eligibility first, then the score, then the quota. */
  readonly reasons: readonly SelectionReason[];
}

/**
 * The outcome for one title: its quota, who is selected, who is not.
 *
 * @example
 * ```ts
 * import { selectCandidates, DEFAULT_COMMENDATION_RULE } from 'cxzy/commendation';
 * const [first] = selectCandidates([], DEFAULT_COMMENDATION_RULE).titles;
 * first?.title; // 'excellentMember'
 * first?.selected; // []
 * ```
 */
export interface TitleSelection {
  /** The title. */
  readonly title: AwardTitle;
  /** Its quota. */
  readonly quota: number;
  /** The selected, by rank. */
  readonly selected: readonly CandidateVerdict[];
  /** The others nominated for the title: eligible ones by rank, then the ineligible in input order. */
  readonly notSelected: readonly CandidateVerdict[];
}

/**
 * What {@link selectCandidates} returns.
 *
 * @example
 * ```ts
 * import { selectCandidates, DEFAULT_COMMENDATION_RULE, type CommendationResult } from 'cxzy/commendation';
 * const result: CommendationResult = selectCandidates([], DEFAULT_COMMENDATION_RULE);
 * result.recommended; // []
 * ```
 */
export interface CommendationResult {
  /** One outcome per title of the rule, in the rule's order. */
  readonly titles: readonly TitleSelection[];
  /** 向上推荐: every selected nomination, title by title in the rule's order, each by rank. */
  readonly recommended: readonly CandidateVerdict[];
  /** The verdict on every nomination shaped as one, in input order. */
  readonly verdicts: readonly CandidateVerdict[];
  /** Problems in the candidates or the rule: `input.*` for a shape that is not the type's. */
  readonly issues: readonly Issue<CommendationIssueCode | InputIssueCode>[];
}
