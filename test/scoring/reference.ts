import { compareText } from '../../src/core/_compareText';
import type { InputIssueCode } from '../../src/core/input';
import type { Issue, IssuePath, Severity } from '../../src/core/issue';
import { createIssue, type MessageParams } from '../../src/core/message';
import {
  checkTierRule,
  classify,
  MEMBER_TIERS,
  SCORING_MESSAGES,
  tierDistribution,
  type AppliedVeto,
  type AssessMemberOptions,
  type AssessMembersOptions,
  type AssessmentReason,
  type BranchAssessment,
  type MemberAssessment,
  type MemberTier,
  type QuotaOutcome,
  type RejectedItem,
  type ScoreCard,
  type ScoreItem,
  type ScoreSheet,
  type ScoringIssueCode,
  type TierRule,
} from '../../src/scoring';
import { exactHundredths } from '../../src/scoring/_hundredths';

/**
 * `assessMember` and `assessMembers` written the plain way: no typed arrays, no shared scratch, no
 * cached reasons, quadratic where that is shorter. Slow and obviously right, so that a property
 * test can hold the fast engine (`src/scoring/assessment/_engine.ts`) equal to it.
 */

type ScoringIssue = Issue<ScoringIssueCode | InputIssueCode>;
const issue = (code: ScoringIssueCode, path: IssuePath, params: MessageParams = {}, severity: Severity = 'error'): ScoringIssue =>
  createIssue(SCORING_MESSAGES, code, severity, path, params);

/** The sheets' items by sheet and id (the first of a repeated id counts), and the sheets' and rule's problems. */
function readSheetsAndRule(sheets: readonly ScoreSheet[], rule: TierRule) {
  const items = new Map<string, Map<string, ScoreItem>>();
  const problems: ScoringIssue[] = [];
  sheets.forEach((sheet, s) => {
    if (items.has(sheet.id)) return void problems.push(issue('scoring.duplicateSheet', ['sheets', s, 'id'], { sheetId: sheet.id }));
    const own = new Map<string, ScoreItem>();
    items.set(sheet.id, own);
    sheet.items.forEach((item, i) => {
      const path = ['sheets', s, 'items', i];
      if (own.has(item.id)) return void problems.push(issue('scoring.duplicateItem', [...path, 'id'], { sheetId: sheet.id, itemId: item.id }));
      own.set(item.id, item);
      const max = exactHundredths(item.maxPoints);
      if (max === undefined || max < 0) {
        problems.push(issue('scoring.badMaxPoints', [...path, 'maxPoints'], { sheetId: sheet.id, itemId: item.id, maxPoints: String(item.maxPoints) }));
      }
    });
  });
  for (const problem of checkTierRule(rule)) problems.push({ ...problem, path: ['rule', ...problem.path] });
  rule.vetoes?.forEach((veto, v) => {
    if (veto.trigger !== undefined && items.get(veto.trigger.sheetId)?.get(veto.trigger.itemId) === undefined) {
      const { sheetId, itemId } = veto.trigger;
      problems.push(issue('scoring.vetoTriggerUnknownItem', ['rule', 'vetoes', v, 'trigger'], { vetoId: veto.id, sheetId, itemId }));
    }
  });
  return { items, problems };
}

/** One card, its problems only (those of the sheets and rule are `problems`). */
function assessOne(card: ScoreCard, sheets: readonly ScoreSheet[], rule: TierRule, options: AssessMemberOptions, read: ReturnType<typeof readSheetsAndRule>): MemberAssessment {
  const found: ScoringIssue[] = [];
  const reasons: AssessmentReason[] = [];
  // Points by item, in hundredths, for every entry on a known item (−1 when the points are bad).
  const scored = new Map<ScoreItem, { points: number; index: number }>();
  // The items of rejected entries, each once, in the order of the entries.
  const rejected: RejectedItem[] = [];
  const reject = (sheetId: string, itemId: string, item?: ScoreItem) => {
    if (rejected.some((each) => each.sheetId === sheetId && each.itemId === itemId)) return;
    rejected.push(item === undefined ? { sheetId, itemId } : { sheetId, itemId, itemTitle: item.title });
  };

  card.entries.forEach((entry, e) => {
    const sheetItems = read.items.get(entry.sheetId);
    if (sheetItems === undefined) {
      reject(entry.sheetId, entry.itemId);
      return void found.push(issue('scoring.unknownSheet', ['entries', e, 'sheetId'], { sheetId: entry.sheetId }));
    }
    const item = sheetItems.get(entry.itemId);
    if (item === undefined) {
      reject(entry.sheetId, entry.itemId);
      return void found.push(issue('scoring.unknownItem', ['entries', e, 'itemId'], { sheetId: entry.sheetId, itemId: entry.itemId }));
    }
    const first = scored.get(item);
    if (first !== undefined) {
      reject(entry.sheetId, entry.itemId, item);
      return void found.push(issue('scoring.duplicateEntry', ['entries', e], { sheetId: entry.sheetId, itemId: entry.itemId, firstIndex: first.index }));
    }
    const points = exactHundredths(entry.points);
    const max = exactHundredths(item.maxPoints) ?? -1;
    const path = ['entries', e, 'points'];
    if (points === undefined) {
      const code = Number.isFinite(entry.points) ? 'scoring.tooManyDecimals' : 'scoring.pointsNotFinite';
      found.push(issue(code, path, { itemId: item.id, points: String(entry.points) }));
    } else if (points < 0) {
      found.push(issue('scoring.negativePoints', path, { itemId: item.id, points: entry.points }));
    } else if (points > max) {
      found.push(issue('scoring.overMaximum', path, { itemId: item.id, points: entry.points, maxPoints: max / 100 }));
    } else if (item.kind !== 'base' && points > 0) {
      reasons.push({ code: item.kind, sheetId: entry.sheetId, itemId: item.id, itemTitle: item.title, points: points / 100 });
    }
    if (points === undefined || points < 0 || points > max) reject(entry.sheetId, item.id, item);
    scored.set(item, { points: points === undefined || points < 0 || points > max ? -1 : points, index: e });
  });
  const pointsOf = (item: ScoreItem) => Math.max(0, scored.get(item)?.points ?? 0);

  const missingEntry = options.missingEntry ?? 'warning';
  for (const [sheetId, sheetItems] of read.items) {
    for (const item of sheetItems.values()) {
      // An empty card is one problem (`noScores`), not one per item.
      if (missingEntry !== 'ignore' && card.entries.length > 0 && item.kind === 'base' && !scored.has(item)) {
        found.push(issue('scoring.missingEntry', ['entries'], { sheetId, itemId: item.id }, missingEntry));
        if (missingEntry === 'error') reject(sheetId, item.id, item);
      }
    }
  }

  // Vetoes: recorded on the card, then triggered by an entry; each veto once.
  const vetoRule = (id: string) => rule.vetoes?.find((veto) => veto.id === id);
  const vetoes: AppliedVeto[] = [];
  card.vetoes?.forEach((record, v) => {
    const veto = vetoRule(record.vetoId);
    const path = ['vetoes', v, 'vetoId'];
    if (veto === undefined) return void found.push(issue('scoring.unknownVeto', path, { vetoId: record.vetoId }));
    if (vetoes.some((applied) => applied.vetoId === veto.id)) return void found.push(issue('scoring.duplicateVeto', path, { vetoId: record.vetoId }, 'warning'));
    vetoes.push({ vetoId: veto.id, atMost: veto.atMost, origin: 'card', ...(record.note === undefined ? {} : { note: record.note }) });
  });
  for (const veto of rule.vetoes ?? []) {
    const item = veto.trigger && read.items.get(veto.trigger.sheetId)?.get(veto.trigger.itemId);
    if (item === undefined || vetoes.some((applied) => applied.vetoId === veto.id)) continue;
    const points = scored.get(item)?.points;
    if (points !== undefined && points >= (exactHundredths(veto.trigger!.atLeast) ?? Math.round(veto.trigger!.atLeast * 100))) {
      vetoes.push({ vetoId: veto.id, atMost: veto.atMost, origin: 'trigger' });
    }
  }

  // Sums in hundredths: every sheet given, a repeated one with nothing on it.
  const counted = (sheetIndex: number) => {
    const sheet = sheets[sheetIndex]!;
    const isFirst = sheets.findIndex((other) => other.id === sheet.id) === sheetIndex;
    return isFirst ? [...read.items.get(sheet.id)!.values()] : [];
  };
  const sumOf = (items: readonly ScoreItem[], kind: ScoreItem['kind']) => items.reduce((sum, item) => sum + (item.kind === kind ? pointsOf(item) : 0), 0);
  const bySheet = sheets.map((sheet, s) => {
    const [base, bonus, deduction] = [sumOf(counted(s), 'base'), sumOf(counted(s), 'bonus'), sumOf(counted(s), 'deduction')];
    return { sheetId: sheet.id, base: base / 100, bonus: bonus / 100, deduction: deduction / 100, total: (base + bonus - deduction) / 100, hundredths: base + bonus - deduction };
  });
  const allItems = [...read.items.values()].flatMap((sheetItems) => [...sheetItems.values()]);
  const standards = [...new Set(allItems.flatMap((item) => (item.standard === undefined ? [] : [item.standard])))];
  const byStandard = standards.map((standard) => ({
    standard,
    total: allItems.filter((item) => item.standard === standard).reduce((sum, item) => sum + (item.kind === 'deduction' ? -1 : 1) * pointsOf(item), 0) / 100,
  }));
  const hundredths = bySheet.reduce((sum, sheet) => sum + sheet.hundredths, 0);

  // The tier.
  const status = card.status ?? 'full';
  let tier: MemberTier | undefined;
  const cardRejected = found.some((problem) => problem.severity === 'error');
  if (read.problems.some((problem) => problem.severity === 'error')) {
    reasons.push({ code: 'notGraded', cause: 'invalidInput' });
  } else if (cardRejected) {
    reasons.push({ code: 'notGraded', cause: 'cardRejected', items: rejected });
  } else if (card.entries.length === 0) {
    found.push(issue('scoring.noScores', ['entries'], { memberId: card.memberId }));
    reasons.push({ code: 'notGraded', cause: 'noScores' });
  } else if (status === 'probationary' && rule.gradeProbationary !== true) {
    reasons.push({ code: 'notGraded', cause: 'probationary' });
  } else {
    const classification = classify(hundredths / 100, rule);
    if (classification === undefined) {
      found.push(issue('scoring.noBand', [], { score: hundredths / 100 }));
      reasons.push({ code: 'notGraded', cause: 'noBand' });
    } else {
      const { bandIndex, band, alsoMatched } = classification;
      let graded: MemberTier = band.tier;
      reasons.push({ code: 'band', tier: graded, bandIndex, band });
      if (alsoMatched.length > 0) {
        const bandIndexes = [bandIndex, ...alsoMatched].sort((a, b) => a - b);
        reasons.push({ code: 'overlap', bandIndexes, bands: bandIndexes.map((b) => rule.bands[b]!), resolution: rule.overlap, chosen: bandIndex });
      }
      for (const veto of vetoes) {
        const to = MEMBER_TIERS.indexOf(veto.atMost) > MEMBER_TIERS.indexOf(graded) ? veto.atMost : graded;
        reasons.push({ code: 'veto', vetoId: veto.vetoId, label: vetoRule(veto.vetoId)!.label, from: graded, to });
        graded = to;
      }
      tier = graded;
    }
  }

  // A total only for a card that was accepted, has entries, and was summed on sound sheets.
  const hasTotal = !cardRejected && card.entries.length > 0 && !read.problems.some((problem) => problem.path[0] === 'sheets');
  return {
    memberId: card.memberId,
    status,
    total: hasTotal ? hundredths / 100 : null,
    bySheet: hasTotal ? bySheet.map(({ hundredths: _hundredths, ...subtotal }) => subtotal) : [],
    byStandard: hasTotal ? byStandard : [],
    tier,
    vetoes,
    reasons,
    issues: found,
  };
}

/** The reference `assessMember`. */
export function referenceAssessMember(card: ScoreCard, sheets: readonly ScoreSheet[], rule: TierRule, options: AssessMemberOptions = {}): MemberAssessment {
  const read = readSheetsAndRule(sheets, rule);
  const assessment = assessOne(card, sheets, rule, options, read);
  return { ...assessment, issues: [...read.problems, ...assessment.issues] };
}

/** The reference `assessMembers`. */
export function referenceAssessMembers(
  cards: readonly ScoreCard[],
  sheets: readonly ScoreSheet[],
  rule: TierRule,
  options: AssessMembersOptions = {},
): BranchAssessment {
  const read = readSheetsAndRule(sheets, rule);
  const members = cards.map((card) => assessOne(card, sheets, rule, options, read));
  const issues: ScoringIssue[] = [...read.problems];
  cards.forEach((card, c) => {
    const firstIndex = cards.findIndex((other) => other.memberId === card.memberId);
    if (firstIndex !== c) issues.push(issue('scoring.duplicateCard', ['cards', c, 'memberId'], { memberId: card.memberId, firstIndex }));
  });

  const quota = options.excellentQuota === false ? undefined : (options.excellentQuota ?? rule.excellentQuota);
  if (quota === undefined) return { members, distribution: tierDistribution(members), issues };
  const { numerator, denominator } = quota.share;
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || numerator < 0 || denominator < 1) {
    if (options.excellentQuota !== undefined) {
      issues.push(issue('scoring.ruleBadQuota', ['options', 'excellentQuota', 'share'], { numerator: String(numerator), denominator: String(denominator) }));
    }
    return { members, distribution: tierDistribution(members), issues };
  }

  // The quota, by its definition: best total first, then member id, then card order.
  const base = quota.of === 'allMembers' ? members.length : members.filter((member) => member.tier !== undefined).length;
  const cap = Math.floor((base * numerator) / denominator);
  const candidates = members
    .map((member, index) => ({ member, index }))
    .filter(({ member }) => member.tier === 'excellent')
    .map(({ member, index }) => ({ member: { ...member, total: member.total! }, index }))
    .sort((a, b) => b.member.total - a.member.total || compareText(a.member.memberId, b.member.memberId) || a.index - b.index);
  const competitionRank = (total: number) => 1 + candidates.filter(({ member }) => member.total > total).length;
  const cutTotal = candidates[cap - 1]?.member.total;
  const tieAtCut = cap > 0 && cap < candidates.length && candidates[cap]!.member.total === cutTotal;
  const excluding = quota.tieBreak === 'excludeTied' && tieAtCut;
  const tiedIds = excluding ? candidates.filter(({ member }) => member.total === cutTotal).map(({ member }) => member.memberId) : [];
  if (excluding) issues.push(issue('scoring.quotaTie', ['excellentQuota'], { memberIds: tiedIds.join('、'), score: cutTotal!, cap }, 'info'));

  const lists = { kept: [] as string[], demoted: [] as string[], tiedAtCut: [] as string[] };
  candidates.forEach(({ member, index }, position) => {
    const tied = excluding && member.total === cutTotal;
    const kept = position < cap && !tied;
    const to: MemberTier = kept ? 'excellent' : 'qualified';
    (kept ? lists.kept : lists.demoted).push(member.memberId);
    if (tied) lists.tiedAtCut.push(member.memberId);
    const reason: AssessmentReason = { code: 'quota', outcome: kept ? 'kept' : tied ? 'tiedAtCut' : 'demoted', rank: competitionRank(member.total), cap, from: 'excellent', to };
    members[index] = { ...member, tier: to, reasons: [...member.reasons, reason] };
  });
  const outcome: QuotaOutcome = { cap, candidates: candidates.length, ...lists };
  return { members, distribution: tierDistribution(members), quota: outcome, issues };
}
