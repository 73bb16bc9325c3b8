import { compareText } from '../core/_compareText';
import { divideRounded, toUnits } from '../core/_decimal';
import { expectList, type InputIssueCode, type InputIssues } from '../core/input';
import type { Issue, IssuePath, Severity } from '../core/issue';
import { localizedTable } from '../core/locale';
import { createIssue, formatLocalized, type MessageParams } from '../core/message';
import { cutAtQuota, rank } from '../core/rank';
import { MEMBER_TIER_LABELS, MEMBER_TIERS } from '../core/tiers';
import { checkCandidateShape, checkCommendationRule } from './checkCommendationRule';
import { AWARD_TITLE_LABELS, COMMENDATION_SCORE_LABELS } from './labels';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';
import { COMMENDATION_MESSAGES, SELECTION_REASON_MESSAGES, type CommendationIssueCode, type SelectionReasonCode } from './messages';
import type {
  AwardTitle,
  Candidate,
  CandidateVerdict,
  CommendationResult,
  CommendationRule,
  SelectionReason,
  TieBreakKey,
  TitleRule,
  TitleSelection,
} from './types';

/**
 * 评选表彰: selects, title by title, the nominations to recommend upward (向上推荐), "注重工作实绩和
 * 社会公认度" — a combined score of the two, weighted by the rule — and explains every verdict.
 *
 * For each title, in the rule's order:
 * 1. *Eligibility*, from the rule: the minimum tier (a member without a tier is not eligible when
 *    one is required), 预备党员 as the rule says, no rectification item still open (as the rule
 *    says), and with `onePerPerson` not already selected for an earlier title. Every failed
 *    condition is given, not only the first.
 * 2. *Combined score*: `performance × w₁ + recognition × w₂` with whole-percentage weights, computed
 *    in integer hundredths and rounded once, half away from zero (四舍五入), to two decimals.
 * 3. *Rank and quota*: eligible nominations by combined score, then by the rule's tie-break
 *    scores, then by id in code-unit order — never by input order. The first `quota` are selected.
 *    At the quota line, a tie on the combined score says on both sides what decided it.
 *
 * Missing data never decides a verdict: a nomination without a figure (`performance` or
 * `recognition` is `null`) gets no combined score and no rank, with the reason `missingScore` and
 * an error `commendation.missingScore`; it is never ranked as if the figure were 0.
 *
 * Problems are reported, never guessed: a score that is not finite or has more than two decimals,
 * a title the rule does not award, the same id nominated twice for a title (the first counts), a
 * quota that is not a whole number, weights that are not whole percentages summing to 100 (the
 * title then selects nobody), a title listed twice in the rule (the first counts).
 *
 * The rule is checked first, before any nomination is judged: a rule that is not shaped as a
 * `CommendationRule` (from JSON or a cast: `titles: null`, `onePerPerson: "false"`, a quota given
 * as the text `"2"`) gives no titles and no verdicts, only `input.*` issues with paths from
 * `['rule']`; so does `candidates` that is not a list (`['candidates']`). A nomination that is not
 * an object, or whose fields are of the wrong kind (an id that is not a text, a score given as
 * text, an unknown tier), is reported (`['candidates', i, …]`) and gets no verdict.
 *
 * @param candidates - the nominations, in any order. Not modified.
 * @param rule - the titles, quotas, eligibility and weights; see {@link DEFAULT_COMMENDATION_RULE}.
 * @returns the outcome per title, the list to recommend upward, a verdict with reasons for every
 *   nomination, and the issues.
 *
 * @example
 * ```ts
 * import { DEFAULT_COMMENDATION_RULE, selectCandidates } from 'cxzy/commendation';
 * const result = selectCandidates(
 *   [
 *     { id: 'm02', title: 'excellentMember', tier: 'excellent', status: 'full', performance: 96, recognition: 90 },
 *     { id: 'm06', title: 'excellentMember', tier: 'excellent', status: 'full', performance: 92, recognition: 94 },
 *     { id: 'm07', title: 'excellentMember', tier: 'excellent', status: 'full', performance: 90, recognition: 96 },
 *     { id: 'm09', title: 'excellentMember', tier: 'qualified', status: 'full', performance: 99, recognition: 99 },
 *   ],
 *   DEFAULT_COMMENDATION_RULE,
 * );
 * result.recommended.map((verdict) => [verdict.id, verdict.combined]); // [['m02', 93], ['m06', 93]]
 * result.verdicts[1]?.reasons.map((each) => each.code); // ['combinedScore', 'withinQuota', 'wonTieBreak']
 * result.verdicts[2]?.reasons[1]?.message['zh-CN']; // '综合得分排名第 3,超出名额 2 名'
 * result.verdicts[2]?.reasons[2]?.message['zh-CN']; // '与“m06”综合得分相同,按工作实绩排在其后'
 * result.verdicts[3]?.reasons[0]?.message['zh-CN']; // '年度等次为合格,未达到优秀'
 * ```
 */
export function selectCandidates(candidates: readonly Candidate[], rule: CommendationRule): CommendationResult {
  // The rule's shape and the list first: nothing is judged under a rule that is not one.
  const inputIssues: InputIssues = [];
  if (!checkCommendationRule(rule, inputIssues) || !expectList(candidates, ['candidates'], inputIssues)) {
    return { titles: [], recommended: [], verdicts: [], issues: inputIssues as Issue<InputIssueCode>[] };
  }
  const issues: Issue<CommendationIssueCode>[] = [];
  const entries = checkRule(rule, issues);
  const firstNomination = new Map<string, number>();
  // A nomination that is not shaped as one is reported and gets no verdict.
  const judgedAll: Judged[] = candidates.flatMap((candidate, candidateIndex) => (checkCandidateShape(candidate, candidateIndex, inputIssues) ? [{ candidate, candidateIndex }] : [])).map(({ candidate, candidateIndex }) => {
    const judged: Judged = { candidate, candidateIndex, reasons: [], eligible: true, selected: false };
    const entry = entries.get(candidate.title);
    const params = { id: candidate.id, title: candidate.title };
    if (entry === undefined) {
      judged.eligible = false;
      issues.push(commendationIssue('commendation.titleNotInRule', 'warning', ['candidates', candidateIndex, 'title'], params));
      judged.reasons.push(reason('titleNotInRule', params));
      return judged;
    }
    const key = `${candidate.title}\u0000${candidate.id}`;
    const firstIndex = firstNomination.get(key);
    if (firstIndex !== undefined) {
      judged.eligible = false;
      issues.push(
        commendationIssue('commendation.duplicateNomination', 'warning', ['candidates', candidateIndex, 'id'], {
          ...params,
          firstIndex,
        }),
      );
      judged.reasons.push(reason('duplicateNomination', { firstIndex }));
      return judged;
    }
    firstNomination.set(key, candidateIndex);
    judge(judged, entry, issues);
    return judged;
  });

  // Equal combined scores are ordered by the rule's tie-break scores, then by id; within a title ids
  // are distinct (a repeated nomination was set aside), so the order is total and every place has
  // a rank of its own.
  const byTieBreak = (a: Scored, b: Scored): number => {
    for (const key of rule.tieBreak) {
      const byKey = b.scores[key] - a.scores[key];
      if (byKey !== 0) return byKey;
    }
    return compareText(a.candidate.id, b.candidate.id);
  };
  const decidedBy = (a: Scored, b: Scored): TieBreakKey | 'id' => rule.tieBreak.find((key) => a.scores[key] !== b.scores[key]) ?? 'id';
  const rankable = (judged: Judged): judged is Scored => judged.eligible && judged.scores !== undefined;

  const awarded = new Map<string, AwardTitle>();
  const outcomes: { readonly rule: TitleRule; readonly ranked: Judged[]; readonly others: Judged[] }[] = [];
  for (const [title, entry] of entries) {
    const nominated = judgedAll.filter((judged) => judged.candidate.title === title && !judged.reasons.some((each) => each.code === 'duplicateNomination'));
    if (rule.onePerPerson) {
      for (const judged of nominated) {
        const awardedTitle = awarded.get(judged.candidate.id);
        if (awardedTitle === undefined || !judged.eligible) continue;
        judged.eligible = false;
        judged.reasons.unshift(
          reason('alreadyAwarded', { awardedTitle }),
        );
      }
    }
    const { quota } = entry.rule;
    const ranking = rank(nominated.filter(rankable), (judged) => judged.scores.combined, { tieBreak: byTieBreak, tieBreakRanks: true });
    // An invalid quota makes every nomination of the title ineligible: nothing is ranked.
    const cut = ranking.length === 0 ? { admitted: 0 } : cutAtQuota(ranking, quota);
    const ranked = ranking.map(({ item }) => item);
    ranking.forEach(({ item: judged, rank: place }, position) => {
      judged.rank = place!;
      judged.selected = position < cut.admitted;
      if (judged.selected) awarded.set(judged.candidate.id, title);
      judged.reasons.push(reason(judged.selected ? 'withinQuota' : 'outsideQuota', { rank: judged.rank, quota }));
    });
    // A tie on the combined score across the quota line: both sides say what decided it.
    if (cut.tied !== undefined) {
      const last = ranked[cut.admitted - 1]!;
      const firstOut = ranked[cut.admitted]!;
      const by = decidedBy(last, firstOut);
      last.reasons.push(reason('wonTieBreak', { otherId: firstOut.candidate.id, decidedBy: by }));
      for (const judged of ranked.slice(cut.admitted, cut.tied.to)) {
        const lostBy = decidedBy(last, judged);
        judged.reasons.push(reason('lostTieBreak', { otherId: last.candidate.id, decidedBy: lostBy }));
      }
    }
    outcomes.push({ rule: entry.rule, ranked, others: nominated.filter((judged) => !rankable(judged)) });
  }

  const verdicts = judgedAll.map((judged): CandidateVerdict => {
    const { candidate } = judged;
    return {
      candidateIndex: judged.candidateIndex,
      id: candidate.id,
      ...(candidate.name === undefined ? {} : { name: candidate.name }),
      title: candidate.title,
      selected: judged.selected,
      ...(judged.scores === undefined ? {} : { combined: judged.scores.combined / HUNDREDTHS }),
      ...(judged.rank === undefined ? {} : { rank: judged.rank }),
      reasons: judged.reasons,
    };
  });
  const verdictByIndex = new Map(verdicts.map((verdict) => [verdict.candidateIndex, verdict]));
  const verdictOf = (judged: Judged): CandidateVerdict => verdictByIndex.get(judged.candidateIndex) as CandidateVerdict;
  const titles: TitleSelection[] = outcomes.map(({ rule: titleRule, ranked, others }) => ({
    title: titleRule.title,
    quota: titleRule.quota,
    selected: ranked.filter((judged) => judged.selected).map(verdictOf),
    notSelected: [...ranked.filter((judged) => !judged.selected), ...others].map(verdictOf),
  }));

  return { titles, recommended: titles.flatMap((title) => title.selected), verdicts, issues: [...(inputIssues as Issue<InputIssueCode>[]), ...issues] };
}

/** Scores carry at most two decimals: they are handled as whole hundredths. */
const HUNDREDTHS = 100;
/** Weights are whole percentages. */
const WHOLE = 100;

/** The labels selection messages show values by, in every locale. */
const COMMENDATION_TABLES = {
  awardTitle: AWARD_TITLE_LABELS,
  memberTier: MEMBER_TIER_LABELS,
  commendationScore: COMMENDATION_SCORE_LABELS,
  tieBreak: /* @__PURE__ */ localizedTable(zhCN.tieBreakLabels, en.tieBreakLabels),
} as const;

function reason(code: SelectionReasonCode, params: Readonly<Record<string, string | number>> = {}): SelectionReason {
  return { code, params, message: formatLocalized(SELECTION_REASON_MESSAGES[code], params, COMMENDATION_TABLES) };
}

/** An issue of the commendation catalogue, its values shown by their labels. */
function commendationIssue(code: CommendationIssueCode, severity: Severity, path: IssuePath, params: MessageParams): Issue<CommendationIssueCode> {
  return createIssue(COMMENDATION_MESSAGES, code, severity, path, params, COMMENDATION_TABLES);
}

/** A nomination while it is being judged. */
interface Judged {
  readonly candidate: Candidate;
  readonly candidateIndex: number;
  readonly reasons: SelectionReason[];
  eligible: boolean;
  selected: boolean;
  rank?: number;
  scores?: Scores;
}

/** A nomination's scores in whole hundredths; present only when both scores are usable. */
interface Scores {
  readonly performance: number;
  readonly recognition: number;
  readonly combined: number;
}

type Scored = Judged & { readonly scores: Scores };

interface TitleEntry {
  readonly rule: TitleRule;
  readonly valid: boolean;
}

function checkRule(rule: CommendationRule, issues: Issue<CommendationIssueCode>[]): Map<AwardTitle, TitleEntry> {
  const entries = new Map<AwardTitle, TitleEntry & { readonly index: number }>();
  rule.titles.forEach((titleRule, index) => {
    const path: IssuePath = ['rule', 'titles', index];
    const first = entries.get(titleRule.title);
    if (first !== undefined) {
      issues.push(
        commendationIssue('commendation.duplicateTitle', 'warning', [...path, 'title'], {
          title: titleRule.title,
          firstIndex: first.index,
        }),
      );
      return;
    }
    let valid = true;
    if (!Number.isSafeInteger(titleRule.quota) || titleRule.quota < 0) {
      valid = false;
      issues.push(
        commendationIssue('commendation.invalidQuota', 'error', [...path, 'quota'], {
          title: titleRule.title,
          quota: titleRule.quota,
        }),
      );
    }
    const { performance, recognition } = titleRule.weights;
    const whole = (weight: number) => Number.isInteger(weight) && weight >= 0;
    if (!whole(performance) || !whole(recognition) || performance + recognition !== WHOLE) {
      valid = false;
      issues.push(
        commendationIssue('commendation.invalidWeights', 'error', [...path, 'weights'], {
          title: titleRule.title,
          performance,
          recognition,
        }),
      );
    }
    entries.set(titleRule.title, { rule: titleRule, valid, index });
  });
  return entries;
}

/** Judges one nomination against its title's rule: everything that does not depend on the others. */
function judge(
  judged: Judged,
  entry: TitleEntry,
  issues: Issue<CommendationIssueCode>[],
): void {
  const { candidate, candidateIndex, reasons } = judged;
  const { rule } = entry;
  if (!entry.valid) {
    judged.eligible = false;
    reasons.push(reason('invalidRule', { title: candidate.title }));
  }
  // A figure left out of JSON (`undefined`) is as missing as `null`.
  const units = (value: number | null | undefined) => (value === null || value === undefined ? undefined : toUnits(value, HUNDREDTHS));
  const hundredths = { performance: units(candidate.performance), recognition: units(candidate.recognition) };
  for (const field of ['performance', 'recognition'] as const) {
    if (hundredths[field] !== undefined) continue;
    judged.eligible = false;
    if (candidate[field] === null || candidate[field] === undefined) {
      const params = { id: candidate.id, field };
      issues.push(commendationIssue('commendation.missingScore', 'error', ['candidates', candidateIndex, field], params));
      reasons.push(reason('missingScore', { field }));
      continue;
    }
    const params = { id: candidate.id, field, value: String(candidate[field]) };
    issues.push(commendationIssue('commendation.invalidScore', 'error', ['candidates', candidateIndex, field], params));
    reasons.push(reason('invalidScore', params));
  }
  if (rule.minimumTier !== undefined) {
    const minimum = { minimumTier: rule.minimumTier };
    if (candidate.tier === undefined) {
      judged.eligible = false;
      reasons.push(reason('noTier', { title: candidate.title, ...minimum }));
    } else if (MEMBER_TIERS.indexOf(candidate.tier) > MEMBER_TIERS.indexOf(rule.minimumTier)) {
      judged.eligible = false;
      reasons.push(
        reason('belowMinimumTier', { tier: candidate.tier, ...minimum }),
      );
    }
  }
  if (candidate.status === 'probationary' && rule.probationary === 'ineligible') {
    judged.eligible = false;
    reasons.push(reason('probationary', { title: candidate.title }));
  }
  const open = candidate.openRectificationIds ?? [];
  if (open.length > 0 && rule.openRectification === 'ineligible') {
    judged.eligible = false;
    reasons.push(reason('openRectification', { itemIds: open.join('、') }));
  }
  const { performance, recognition } = hundredths;
  if (performance !== undefined && recognition !== undefined) {
    const { weights } = rule;
    // Hundredths times whole percentages: the weighted sum is an exact integer, divided once.
    const combined = divideRounded(performance * weights.performance + recognition * weights.recognition, WHOLE);
    judged.scores = { performance, recognition, combined };
    reasons.push(
      reason('combinedScore', {
        combined: combined / HUNDREDTHS,
        // Both figures are there: a missing one left `hundredths` without it.
        performance: candidate.performance!,
        recognition: candidate.recognition!,
        performanceWeight: weights.performance,
        recognitionWeight: weights.recognition,
      }),
    );
  }
}

