import type { InputIssueCode, InputIssues } from '../../core/input';
import type { Issue } from '../../core/issue';
import { createIssue } from '../../core/message';
import { checkTierRuleShape } from './checkTierRuleShape';
import { bandText, compileBand, reachUpWholeGaps, type CompiledBand } from './_bands';
import { exactHundredths, fromHundredths, isFraction } from '../_hundredths';
import { MEMBER_TIER_LABELS } from '../../core/tiers';
import { tierSetIssues } from '../tierSets/checkTierSet';
import { tierCodesOf, tierSetOf } from '../tierSets/_tierSetOf';
import { SCORING_MESSAGES, type ScoringIssueCode } from '../messages';
import type { TierRule } from './types';

/**
 * Checks a tier rule: every band has a tier of the rule's tier set (the four 民主评议 tiers without
 * one: `'scoring.ruleUnknownTier'`; the set's codes with one: `'scoring.ruleTierNotInSet'`, naming
 * them) and two-decimal bounds and contains some score; the set itself is sound (what
 * {@link checkTierSet} reports, paths from `['tierSet']`);
 * no score between two bands is left out (a gap, `'scoring.ruleGap'`, such as "80—89分" beside
 * "90—100分", which leaves 89.01–89.99 out, unless the rule is written for whole-number scores,
 * `wholeScores`, where a band ending one point below the next reaches up to it; any other gap
 * stays a gap); two bands of different tiers share at most one
 * boundary score (a wider overlap is a contradiction, `'scoring.ruleOverlap'`, or, when it is open at
 * one end or both, `'scoring.ruleOverlapAtLeast'` "90 or more", `'scoring.ruleOverlapAtMost'`,
 * `'scoring.ruleOverlapAny'`: never "to Infinity"); a better tier
 * never lies below a worse one (`'scoring.ruleTierOrder'`), so a higher score never gets a lower
 * tier; veto ids are unique; the quota is a fraction of whole numbers. Scores below the lowest
 * band or above the highest are warnings: a rule may know its scores cannot go there.
 *
 * A rule that is not shaped as a {@link TierRule} (from JSON or a cast: a field missing, `null`, of
 * the wrong kind, an `overlap` or quota code that is none of its codes, `inclusive: "false"`) is
 * checked first and reported field by field with `input.*` codes (`input.missing`,
 * `input.expected`, `input.notOneOf`); then nothing else is checked.
 *
 * @param rule - the rule. Not modified.
 * @returns every issue found, paths from the rule (`['bands', 1, 'min', 'value']`); empty for a
 *   sound rule.
 *
 * @example
 * ```ts
 * import { checkTierRule, MEMBER_TIERS_TONGMIN_2015 } from 'cxzy/scoring';
 * checkTierRule(MEMBER_TIERS_TONGMIN_2015); // []
 * const issues = checkTierRule({
 *   overlap: 'higherTier',
 *   bands: [
 *     { tier: 'excellent', min: { value: 90, inclusive: true } },
 *     { tier: 'qualified', min: { value: 0, inclusive: true }, max: { value: 89, inclusive: true } },
 *   ],
 * });
 * issues.map((issue) => issue.code); // ['scoring.ruleUncoveredBelow', 'scoring.ruleGap']
 * issues[1]?.message['zh-CN']; // '89.01 分到 89.99 分之间的分数不属于任何等次'
 * const fromJson = JSON.parse('{"overlap":"higherTier","bands":[{"tier":"qualified","min":{"value":0,"inclusive":"false"}}]}');
 * checkTierRule(fromJson)[0]?.message['zh-CN']; // '第 1 项“含本数”应为布尔值(true 或 false),实际为文本“false”'
 * ```
 *
 * @example
 * ```ts
 * import { checkTierRule, TIER_SET_EXCELLENT_GOOD_QUALIFIED } from 'cxzy/scoring';
 * const good = { tier: 'good' } as const; // every score: 良好
 * checkTierRule({ overlap: 'higherTier', bands: [good] }).map((issue) => issue.code); // ['scoring.ruleUnknownTier']
 * checkTierRule({ overlap: 'higherTier', bands: [good], tierSet: TIER_SET_EXCELLENT_GOOD_QUALIFIED }); // []
 * const fifth = checkTierRule({ overlap: 'higherTier', bands: [{ ...good, tier: 'fair' }], tierSet: TIER_SET_EXCELLENT_GOOD_QUALIFIED });
 * fifth[0]?.message.en;
 * // 'Band 1 names tier "fair", which is not in tier set "excellent-good-qualified"; expected one of: excellent, good, qualified, unqualified'
 * ```
 */
export function checkTierRule(rule: TierRule<string>): readonly Issue<ScoringIssueCode | InputIssueCode>[] {
  const issues: InputIssues = [];
  if (!checkTierRuleShape(rule, [], issues)) return issues as Issue<InputIssueCode>[];
  return tierRuleIssues(rule, false);
}

/**
 * {@link checkTierRule}'s checks; with `firstPerBand`, a band that conflicts with many others is
 * reported once per kind of problem, so that reading a long text never makes an issue for every
 * pair of its bands (what `parseTierRule` asks for). Not part of the public API.
 */
export function tierRuleIssues(rule: TierRule<string>, firstPerBand: boolean): Issue<ScoringIssueCode>[] {
  const issues: Issue<ScoringIssueCode>[] = [];
  const set = tierSetOf(rule);
  if (rule.tierSet !== undefined) issues.push(...tierSetIssues(rule.tierSet, ['tierSet']));
  if (rule.bands.length === 0) {
    issues.push(createIssue(SCORING_MESSAGES, 'scoring.ruleNoBands', 'error', ['bands']));
  }

  const found: { readonly index: number; readonly compiled: CompiledBand }[] = [];
  rule.bands.forEach((band, index) => {
    let ok = true;
    if (!set.tiers.includes(band.tier)) {
      ok = false;
      // A rule of the four 民主评议 tiers says so as it always has; a rule of its own set names the set and its codes.
      issues.push(
        rule.tierSet === undefined
          ? createIssue(SCORING_MESSAGES, 'scoring.ruleUnknownTier', 'error', ['bands', index, 'tier'], { band: index + 1, tier: String(band.tier) })
          : createIssue(SCORING_MESSAGES, 'scoring.ruleTierNotInSet', 'error', ['bands', index, 'tier'], {
              band: index + 1,
              tier: String(band.tier),
              set: set.id,
              tiers: tierCodesOf(set),
            }),
      );
    }
    for (const end of ['min', 'max'] as const) {
      const bound = band[end];
      if (bound !== undefined && exactHundredths(bound.value) === undefined) {
        ok = false;
        issues.push(
          createIssue(SCORING_MESSAGES, 'scoring.ruleBadBound', 'error', ['bands', index, end, 'value'], {
            band: index + 1,
            value: String(bound.value),
          }),
        );
      }
    }
    if (!ok) return;
    const compiled = compileBand(band, set.tiers);
    if (compiled.lo > compiled.hi) {
      issues.push(createIssue(SCORING_MESSAGES, 'scoring.ruleEmptyBand', 'error', ['bands', index], { band: index, text: bandText(band) }));
      return;
    }
    found.push({ index, compiled });
  });
  // A whole-number rule's one-point gaps (80—89分 under 90分以上) are closed from below.
  const sound = rule.wholeScores === true ? withWholeScores(found) : found;

  checkCoverage(rule, sound, issues);
  checkPairs(rule, sound, issues, firstPerBand);
  checkExtras(rule, issues);
  return issues;
}

/** Sweeps the bands from the lowest score up, reporting what lies below, between and above them. */
function checkCoverage(
  rule: TierRule<string>,
  sound: readonly { readonly index: number; readonly compiled: CompiledBand }[],
  issues: Issue<ScoringIssueCode>[],
): void {
  if (sound.length === 0) return;
  const sorted = [...sound].sort((a, b) => a.compiled.lo - b.compiled.lo || a.compiled.hi - b.compiled.hi);
  const first = sorted[0]!;
  if (first.compiled.lo > -Infinity) {
    issues.push(
      createIssue(SCORING_MESSAGES, 'scoring.ruleUncoveredBelow', 'warning', ['bands', first.index, 'min'], {
        value: fromHundredths(first.compiled.lo),
      }),
    );
  }
  let reach = first.compiled.hi;
  for (const { index, compiled } of sorted.slice(1)) {
    if (compiled.lo > reach + 1) {
      issues.push(
        createIssue(SCORING_MESSAGES, 'scoring.ruleGap', 'error', ['bands', index, 'min'], {
          from: fromHundredths(reach + 1),
          to: fromHundredths(compiled.lo - 1),
          band: index,
          text: bandText(rule.bands[index]!),
        }),
      );
    }
    reach = Math.max(reach, compiled.hi);
  }
  if (reach < Infinity) {
    const top = sorted.reduce((best, entry) => (entry.compiled.hi > best.compiled.hi ? entry : best));
    issues.push(
      createIssue(SCORING_MESSAGES, 'scoring.ruleUncoveredAbove', 'warning', ['bands', top.index, 'max'], {
        value: fromHundredths(reach),
      }),
    );
  }
}

/**
 * Two bands of different tiers: at most a shared boundary, and the better one higher up. A better
 * band and a worse one agree exactly when the better one starts where the worse one ends or above
 * (`better.lo >= worse.hi`), so only the pairs that conflict are visited: for each band, the bands
 * of each better tier, by their lowest score, up to its highest. The pairs are then reported in the
 * order of the rule's bands, as a loop over every pair would: time grows with the bands and the
 * problems found, never with the square of the bands.
 */
function checkPairs(
  rule: TierRule<string>,
  sound: readonly { readonly index: number; readonly compiled: CompiledBand }[],
  issues: Issue<ScoringIssueCode>[],
  firstPerBand: boolean,
): void {
  const reported = new Set<string>();
  // With `firstPerBand`, a band already reported for this kind of problem is not reported again.
  const seen = (kind: string, band: number): boolean => {
    if (!firstPerBand) return false;
    const key = `${kind} ${band}`;
    if (reported.has(key)) return true;
    reported.add(key);
    return false;
  };
  const byRank = new Map<number, number[]>();
  sound.forEach((entry, position) => {
    const same = byRank.get(entry.compiled.rank);
    if (same === undefined) byRank.set(entry.compiled.rank, [position]);
    else same.push(position);
  });
  for (const positions of byRank.values()) positions.sort((x, y) => sound[x]!.compiled.lo - sound[y]!.compiled.lo);

  const pairs: (readonly [number, number])[] = [];
  sound.forEach((worse, w) => {
    for (const [rank, positions] of byRank) {
      if (rank >= worse.compiled.rank) continue;
      for (const b of positions) {
        if (sound[b]!.compiled.lo >= worse.compiled.hi) break;
        pairs.push(b < w ? [b, w] : [w, b]);
      }
    }
  });
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);

  for (const [i, j] of pairs) {
    const a = sound[i]!;
    const b = sound[j]!;
    const bandA = rule.bands[a.index]!;
    const bandB = rule.bands[b.index]!;
    const [better, worse] = a.compiled.rank < b.compiled.rank ? [a, b] : [b, a];
    if (better.compiled.lo < worse.compiled.lo || better.compiled.hi < worse.compiled.hi) {
      if (seen('order', worse.index)) continue;
      const betterBand = rule.bands[better.index]!;
      const worseBand = rule.bands[worse.index]!;
      issues.push(
        createIssue(
          SCORING_MESSAGES,
          'scoring.ruleTierOrder',
          'error',
          ['bands', worse.index],
          { text: bandText(worseBand), tier: worseBand.tier, otherText: bandText(betterBand), otherTier: betterBand.tier },
          // The tiers are named in the words of the rule's own set.
          { memberTier: rule.tierSet === undefined ? MEMBER_TIER_LABELS : rule.tierSet.tierLabels },
        ),
      );
      continue;
    }
    // A conflicting pair in the right order overlaps from the better band's lowest score to the
    // worse band's highest; either end may be open, and then the overlap is written as a band is.
    const from = Math.max(a.compiled.lo, b.compiled.lo);
    const to = Math.min(a.compiled.hi, b.compiled.hi);
    const texts = { text: bandText(bandB), otherText: bandText(bandA) };
    const path = ['bands', b.index];
    if (seen('overlap', b.index)) continue;
    if (from === -Infinity && to === Infinity) {
      issues.push(createIssue(SCORING_MESSAGES, 'scoring.ruleOverlapAny', 'error', path, { ...texts, band: b.index }));
    } else if (to === Infinity) {
      issues.push(createIssue(SCORING_MESSAGES, 'scoring.ruleOverlapAtLeast', 'error', path, { ...texts, from: fromHundredths(from), band: b.index }));
    } else if (from === -Infinity) {
      issues.push(createIssue(SCORING_MESSAGES, 'scoring.ruleOverlapAtMost', 'error', path, { ...texts, to: fromHundredths(to), band: b.index }));
    } else {
      issues.push(
        createIssue(SCORING_MESSAGES, 'scoring.ruleOverlap', 'error', path, { ...texts, from: fromHundredths(from), to: fromHundredths(to), band: b.index }),
      );
    }
  }
}

function withWholeScores(
  found: readonly { readonly index: number; readonly compiled: CompiledBand }[],
): { readonly index: number; readonly compiled: CompiledBand }[] {
  const compiled = reachUpWholeGaps(found.map((entry) => entry.compiled));
  return found.map((entry, position) => ({ index: entry.index, compiled: compiled[position]! }));
}

function checkExtras(rule: TierRule<string>, issues: Issue<ScoringIssueCode>[]): void {
  const seen = new Set<string>();
  rule.vetoes?.forEach((veto, index) => {
    if (seen.has(veto.id)) {
      issues.push(createIssue(SCORING_MESSAGES, 'scoring.ruleDuplicateVeto', 'error', ['vetoes', index, 'id'], { vetoId: veto.id }));
    }
    seen.add(veto.id);
  });
  const quota = rule.excellentQuota;
  if (quota !== undefined && !isFraction(quota.share.numerator, quota.share.denominator)) {
    issues.push(
      createIssue(SCORING_MESSAGES, 'scoring.ruleBadQuota', 'error', ['excellentQuota', 'share'], {
        numerator: String(quota.share.numerator),
        denominator: String(quota.share.denominator),
      }),
    );
  }
}
