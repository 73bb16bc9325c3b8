import { compareText } from '../core/compareText';
import type { Issue } from '../core/issue';
import { createIssue } from '../core/message';
import { assessCard, BELOW_EXCELLENT, createContext } from './_assess';
import { FirstCards } from './_memberIds';
import { isFraction } from './_hundredths';
import { SCORING_MESSAGES, type ScoringIssueCode } from './messages';
import { tierDistribution } from './tierDistribution';
import type {
  AssessMembersOptions,
  BranchAssessment,
  ExcellentQuota,
  MemberAssessment,
  QuotaOutcome,
  ScoreCard,
  ScoreSheet,
  TierRule,
} from './types';

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
 * Problems in the rule and sheets are reported once, in the branch's `issues` (paths from
 * `'rule'` and `'sheets'`), with two cards for one member (`['cards', i, 'memberId']`), a bad
 * quota in the options (`['options', 'excellentQuota', 'share']`; a bad quota applies to no one)
 * and the quota's ties; each member's `issues` hold only their card's problems.
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
export function assessMembers(
  cards: readonly ScoreCard[],
  sheets: readonly ScoreSheet[],
  rule: TierRule,
  options: AssessMembersOptions = {},
): BranchAssessment {
  const context = createContext(sheets, rule, options);
  const issues: Issue<ScoringIssueCode>[] = [...context.issues];
  const members: MemberAssessment[] = new Array(cards.length);
  const firstCards = new FirstCards(cards);
  for (let index = 0; index < cards.length; index += 1) {
    const card = cards[index]!;
    members[index] = assessCard(card, context);
    const firstIndex = firstCards.firstOf(index);
    if (firstIndex !== index) {
      issues.push(
        createIssue(SCORING_MESSAGES, 'scoring.duplicateCard', 'error', ['cards', index, 'memberId'], { memberId: card.memberId, firstIndex }),
      );
    }
  }

  const quota = options.excellentQuota === false ? undefined : (options.excellentQuota ?? rule.excellentQuota);
  if (quota === undefined) return { members, distribution: tierDistribution(members), issues };
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
    return { members, distribution: tierDistribution(members), issues };
  }
  const outcome = applyQuota(members, quota, issues);
  return { members, distribution: tierDistribution(members), quota: outcome, issues };
}

/** Ranks the 优秀 candidates and keeps the first `cap`, rewriting the others' tier and reasons. */
function applyQuota(members: MemberAssessment[], quota: ExcellentQuota, issues: Issue<ScoringIssueCode>[]): QuotaOutcome {
  const graded = members.reduce((count, member) => count + (member.tier === undefined ? 0 : 1), 0);
  const base = quota.of === 'allMembers' ? members.length : graded;
  const cap = Math.floor((base * quota.share.numerator) / quota.share.denominator);
  const candidates = members
    .map((member, index) => ({ member, index }))
    .filter(({ member }) => member.tier === 'excellent')
    .sort((a, b) => b.member.total - a.member.total || compareText(a.member.memberId, b.member.memberId));

  // Competition ranking: tied totals share a rank (1, 2, 2, 4).
  const ranks = candidates.map(({ member }, position) => {
    let rank = position;
    while (rank > 0 && candidates[rank - 1]!.member.total === member.total) rank -= 1;
    return rank + 1;
  });

  let keep = Math.min(cap, candidates.length);
  const tied: number[] = [];
  if (quota.tieBreak === 'excludeTied' && keep > 0 && keep < candidates.length) {
    const cut = candidates[keep - 1]!.member.total;
    if (candidates[keep]!.member.total === cut) {
      while (keep > 0 && candidates[keep - 1]!.member.total === cut) keep -= 1;
      for (let position = keep; position < candidates.length && candidates[position]!.member.total === cut; position += 1) {
        tied.push(position);
      }
      issues.push(
        createIssue(SCORING_MESSAGES, 'scoring.quotaTie', 'info', ['excellentQuota'], {
          memberIds: tied.map((position) => candidates[position]!.member.memberId).join('、'),
          score: cut,
          cap,
        }),
      );
    }
  }

  const kept: string[] = [];
  const demoted: string[] = [];
  const tiedAtCut: string[] = [];
  candidates.forEach(({ member, index }, position) => {
    const outcome = position < keep ? 'kept' : tied.includes(position) ? 'tiedAtCut' : 'demoted';
    const to = outcome === 'kept' ? 'excellent' : BELOW_EXCELLENT;
    (outcome === 'kept' ? kept : demoted).push(member.memberId);
    if (outcome === 'tiedAtCut') tiedAtCut.push(member.memberId);
    members[index] = {
      ...member,
      tier: to,
      reasons: [...member.reasons, { code: 'quota', outcome, rank: ranks[position]!, cap, from: 'excellent', to }],
    };
  });
  return { cap, candidates: candidates.length, kept, demoted, tiedAtCut };
}
