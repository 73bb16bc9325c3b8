import { compareText } from '../../core/_compareText';
import type { Issue } from '../../core/issue';
import { createIssue } from '../../core/message';
import { cutAtQuota, rank } from '../../core/rank';
import type { MemberTier } from '../../core/tiers';
import { checkTierSetShape } from '../tierSets/checkTierSetShape';
import { tierSetOf } from '../tierSets/_tierSetOf';
import type { TierSet } from '../tierSets/types';
import { isFraction } from '../_hundredths';
import { SCORING_MESSAGES, type ScoringIssueCode } from '../messages';
import type { ScoreCard, ScoreSheet } from '../sheets/types';
import type { ExcellentQuota, TierRule } from '../tierRules/types';
import { expectList, MAX_LIST_ISSUES, type InputIssueCode, type InputIssues } from '../../core/input';
import { checkScoreCardShape } from '../sheets/checkScoreCardShape';
import { checkScoreSheetsShape } from '../sheets/checkScoreSheetsShape';
import { checkTierRuleShape } from '../tierRules/checkTierRuleShape';
import { assessCard, createEngine } from './_engine';
import { hasMemberId, unassessed } from './_unassessed';
import { checkAssessMembersOptionsShape } from './checkAssessmentShape';
import type { AssessMemberOptions } from './assessMember';
import { tierDistribution, type TierDistribution } from './tierDistribution';
import type { MemberAssessment } from './types';

/**
 * Assesses a whole branch: each card as {@link assessMember} does, then the cap on 优秀 and the
 * distribution of tiers.
 *
 * The quota (`options.excellentQuota`, else the rule's) allows `floor(base × share)` members to
 * be 优秀, `base` being every card (`allMembers`, the guidance's 党员总数) or every graded member.
 * When more have 优秀 by the rule, they are ranked by total, highest first; the first `cap` keep
 * it and the rest get 合格, each with a `quota` reason giving its rank (tied totals share a rank).
 * Members tied on the last place are handled by the quota's `tieBreak`: `excludeTied` gives the
 * place to none of them and reports a `'scoring.quotaTie'` issue, for the branch to decide with
 * {@link decideTier}; `memberId` keeps them in ascending order of `memberId`. Either way the
 * result does not depend on the order of the cards, and the cap is never exceeded.
 *
 * Under a rule of its own tier set (`rule.tierSet`), the tiers are the set's. The quota then caps
 * the tiers that map onto 优秀 (the set's `memberTiers`), and a member over the cap gets the best
 * tier of the set that does not (良好 in 优秀/良好/合格/不合格); a set that does not map onto the
 * four has no 优秀 to cap: the quota applies to no one and a `'scoring.quotaNotApplicable'`
 * warning says so (path `['rule', 'excellentQuota']` or `['options', 'excellentQuota']`). The
 * distribution counts in the set (see {@link tierDistribution}).
 *
 * Problems in the rule and sheets are reported once, in the branch's `issues` (paths from
 * `'rule'` and `'sheets'`), with two cards for one member (`['cards', i, 'memberId']`), a bad
 * quota in the options (`['options', 'excellentQuota', 'share']`; a bad quota applies to no one)
 * and the quota's ties; each member's `issues` hold only their card's problems.
 *
 * Cards that are not a list, and sheets, a rule or options that are not shaped as their types say
 * (from JSON or a cast), are checked first and reported with `input.*` codes (paths from
 * `'cards'`, `'sheets'`, `'rule'`, `'options'`); nothing is then computed: each card that names
 * its member is listed not graded (`notGraded: 'invalidInput'`), without total or quota. A card
 * that is not an object or has no text `memberId` cannot be listed: it is reported
 * (`['cards', 7]`; the first hundred such cards) and left out of `members`. Any other card not shaped as a {@link ScoreCard} is
 * rejected (`notGraded: 'cardRejected'`), its problems in that member's `issues`.
 *
 * @param cards - every member's score card. Not modified.
 * @param sheets - the score sheets. Not modified.
 * @param rule - the tier rule. Not modified.
 * @param options - the quota and how to treat missing entries.
 * @returns every member's assessment in the order of the cards, the distribution, and the quota's
 *   outcome.
 *
 * @example
 * ```ts
 * import { assessMembers, MEMBER_TIERS_TONGMIN_2015 } from 'cxzy/scoring';
 * const sheets = [{ id: 's', title: '目标管理责任书', items: [{ id: 'i', title: '工作', kind: 'base', maxPoints: 120 }] }] as const;
 * const card = (memberId: string, points: number) => ({ memberId, entries: [{ sheetId: 's', itemId: 'i', points }] });
 * const result = assessMembers(
 *   [card('a', 110), card('b', 105), card('c', 100), card('d', 90), card('e', 70), card('f', 85)],
 *   sheets,
 *   MEMBER_TIERS_TONGMIN_2015,
 *   { excellentQuota: { share: { numerator: 1, denominator: 3 }, of: 'allMembers', tieBreak: 'excludeTied' } },
 * );
 * result.quota; // { cap: 2, candidates: 3, kept: ['a', 'b'], demoted: ['c'], tiedAtCut: [] }
 * result.members.map((member) => member.tier);
 * // ['excellent', 'excellent', 'qualified', 'qualified', 'basicallyQualified', 'qualified']
 * result.distribution.counts; // { excellent: 2, qualified: 3, basicallyQualified: 1, unqualified: 0 }
 * ```
 */
export function assessMembers<T extends string = MemberTier>(
  cards: readonly ScoreCard[],
  sheets: readonly ScoreSheet[],
  rule: TierRule<T>,
  options: AssessMembersOptions = {},
): BranchAssessment<T> {
  return assessBranch(cards, sheets, rule, options) as BranchAssessment<T>;
}

/** {@link assessMembers} on the codes as text: the engine does not know the rule's literal codes. */
function assessBranch(cards: readonly ScoreCard[], sheets: readonly ScoreSheet[], rule: TierRule<string>, options: AssessMembersOptions): BranchAssessment<string> {
  const input: InputIssues = [];
  const listed = expectList(cards, ['cards'], input);
  checkScoreSheetsShape(sheets, ['sheets'], input);
  checkTierRuleShape(rule, ['rule'], input);
  checkAssessMembersOptionsShape(options, ['options'], input);
  if (input.length > 0) {
    const members = listed ? cards.filter(hasMemberId).map((card) => unassessed(card, 'invalidInput', [])) : [];
    return { members, distribution: tierDistribution(members, readableSetOf(rule)), issues: input as Issue<InputIssueCode>[] };
  }
  const engine = createEngine(sheets, rule, options);
  const issues: Issue<ScoringIssueCode | InputIssueCode>[] = [...engine.issues];
  const members: MemberAssessment<string>[] = [];
  const firstCard = new Map<string, number>();
  // One list for the shape check of every card: it stays empty for a card that can be read.
  const scratch: InputIssues = [];
  let unnamed = 0;
  for (let index = 0; index < cards.length; index += 1) {
    const card = cards[index]!;
    if (!hasMemberId(card)) {
      // A card that names no member cannot be listed: reported, for the first MAX_LIST_ISSUES such cards.
      if (unnamed < MAX_LIST_ISSUES) checkScoreCardShape(card, ['cards', index], issues);
      unnamed += 1;
      continue;
    }
    if (!checkScoreCardShape(card, [], scratch)) {
      members.push(unassessed(card, engine.sound ? 'cardRejected' : 'invalidInput', scratch.splice(0) as MemberAssessment['issues'], sheets, rule.tierSet));
    } else {
      members.push(assessCard(card, engine));
    }
    const firstIndex = firstCard.get(card.memberId);
    if (firstIndex === undefined) {
      firstCard.set(card.memberId, index);
    } else {
      issues.push(
        createIssue(SCORING_MESSAGES, 'scoring.duplicateCard', 'error', ['cards', index, 'memberId'], { memberId: card.memberId, firstIndex }),
      );
    }
  }

  const quota = options.excellentQuota === false ? undefined : (options.excellentQuota ?? rule.excellentQuota);
  const set = tierSetOf(rule);
  const distribution = (): TierDistribution<string> => tierDistribution(members, rule.tierSet);
  if (quota === undefined) return { members, distribution: distribution(), issues };
  if (!isFraction(quota.share.numerator, quota.share.denominator)) {
    // A bad quota of the rule's own is already among the rule's issues.
    if (options.excellentQuota !== undefined) {
      issues.push(
        createIssue(SCORING_MESSAGES, 'scoring.ruleBadQuota', 'error', ['options', 'excellentQuota', 'share'], {
          numerator: String(quota.share.numerator),
          denominator: String(quota.share.denominator),
        }),
      );
    }
    return { members, distribution: distribution(), issues };
  }
  const tiers = quotaTiers(set);
  if (tiers === undefined) {
    // A set that does not map onto the four has no 优秀 to cap: the quota does not apply, and says so.
    const path = options.excellentQuota === undefined ? ['rule', 'excellentQuota'] : ['options', 'excellentQuota'];
    issues.push(createIssue(SCORING_MESSAGES, 'scoring.quotaNotApplicable', 'warning', path, { set: set.id }));
    return { members, distribution: distribution(), issues };
  }
  const outcome = applyQuota(members, quota, tiers, issues);
  return { members, distribution: distribution(), quota: outcome, issues };
}

/** The rule's tier set when it names one that can be read: what an unassessed branch is counted in. */
function readableSetOf(rule: unknown): TierSet | undefined {
  const set: unknown = typeof rule === 'object' && rule !== null ? (rule as { readonly tierSet?: unknown }).tierSet : undefined;
  return set !== undefined && checkTierSetShape(set, [], []) ? set : undefined;
}

/**
 * The tiers the 优秀 quota caps (those of the set that map onto 优秀) and the tier a member over the
 * cap gets (the best of the set that does not); `undefined` when the set does not map onto the four
 * or has no such tiers, and the quota does not apply. For the four 民主评议 tiers: 优秀, and 合格.
 */
function quotaTiers(set: TierSet): QuotaTiers | undefined {
  const mapping = set.memberTiers;
  if (mapping === undefined) return undefined;
  const capped = set.tiers.filter((tier) => mapping[tier] === 'excellent');
  const below = set.tiers.find((tier) => mapping[tier] !== 'excellent');
  return capped.length === 0 || below === undefined ? undefined : { capped, below };
}

/** What {@link quotaTiers} finds. */
interface QuotaTiers {
  readonly capped: readonly string[];
  readonly below: string;
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
  /**
   * The cap on 优秀; default the rule's `excellentQuota`; `false` for none.
   * @defaultValue the rule's `excellentQuota`
   */
  readonly excellentQuota?: ExcellentQuota | false;
}

/**
 * A whole branch's assessment: every member, the distribution of tiers, what the quota did, and
 * the problems found in the rule, the sheets and between cards.
 *
 * @typeParam T - the codes of the rule's tiers; {@link MemberTier} by default.
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
export interface BranchAssessment<T extends string = MemberTier> {
  /** Each member's assessment, in the order of the cards. */
  readonly members: readonly MemberAssessment<T>[];
  /** The distribution of computed tiers, in the rule's tier set. */
  readonly distribution: TierDistribution<T>;
  /** What the 优秀 quota did; absent without a quota. */
  readonly quota?: QuotaOutcome;
  /** Problems in the rule (path from `'rule'`), the sheets (`'sheets'`), the options (`'options'`) and the cards (`'cards'`). */
  readonly issues: readonly Issue<ScoringIssueCode | InputIssueCode>[];
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
 * Ranks the 优秀 candidates by total (competition ranks: tied totals share a rank), keeps the first
 * `cap` and rewrites the others' tier and reasons. One sort: O(n log n) however many tie.
 */
function applyQuota(
  members: MemberAssessment<string>[],
  quota: ExcellentQuota,
  tiers: QuotaTiers,
  issues: Issue<ScoringIssueCode | InputIssueCode>[],
): QuotaOutcome {
  const graded = members.reduce((count, member) => count + (member.tier === undefined ? 0 : 1), 0);
  const base = quota.of === 'allMembers' ? members.length : graded;
  const cap = Math.floor((base * quota.share.numerator) / quota.share.denominator);
  const candidates = members.flatMap((member, index) => (member.tier !== undefined && tiers.capped.includes(member.tier) ? [{ member, index }] : []));
  // Highest total first; equal totals by member id, then in the order of the cards.
  const ranked = rank(candidates, ({ member }) => member.total, { tieBreak: (a, b) => compareText(a.member.memberId, b.member.memberId) });
  const cut = cutAtQuota(ranked, cap, quota.tieBreak === 'excludeTied' ? 'exclude' : 'order');
  // Under `memberId` the order of the ids settles a tie at the cut; under `excludeTied` the tied
  // members are left to the branch, and said so.
  const tied = quota.tieBreak === 'excludeTied' ? cut.tied : undefined;
  if (tied !== undefined) {
    issues.push(
      createIssue(SCORING_MESSAGES, 'scoring.quotaTie', 'info', ['excellentQuota'], {
        memberIds: ranked
          .slice(tied.from, tied.to)
          .map(({ item }) => item.member.memberId)
          .join('、'),
        // A candidate for 优秀 was graded, so it has a total: its ranked score.
        score: ranked[tied.from]!.score!,
        cap,
      }),
    );
  }

  const kept: string[] = [];
  const demoted: string[] = [];
  const tiedAtCut: string[] = [];
  ranked.forEach(({ item: { member, index }, rank: place }, position) => {
    const outcome = position < cut.admitted ? 'kept' : tied !== undefined && position < tied.to ? 'tiedAtCut' : 'demoted';
    const from = member.tier!;
    const to = outcome === 'kept' ? from : tiers.below;
    (outcome === 'kept' ? kept : demoted).push(member.memberId);
    if (outcome === 'tiedAtCut') tiedAtCut.push(member.memberId);
    members[index] = {
      ...member,
      tier: to,
      reasons: [...member.reasons, { code: 'quota', outcome, rank: place!, cap, from, to }],
    };
  });
  return { cap, candidates: candidates.length, kept, demoted, tiedAtCut };
}
