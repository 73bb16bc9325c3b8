import type { Issue } from '../../core/issue';
import { createIssue } from '../../core/message';
import { bandText, compileBand, type CompiledBand } from './_bands';
import { exactHundredths, fromHundredths, isFraction } from '../_hundredths';
import { MEMBER_TIER_LABELS, MEMBER_TIERS } from '../../core/tiers';
import { SCORING_MESSAGES, type ScoringIssueCode } from '../messages';
import type { TierRule } from './types';

/**
 * Checks a tier rule: every band has a known tier and two-decimal bounds and contains some score;
 * no score between two bands is left out (a gap, `'scoring.ruleGap'`, such as "80—89分" beside
 * "90—100分", which leaves 89.01–89.99 out); two bands of different tiers share at most one
 * boundary score (a wider overlap is a contradiction, `'scoring.ruleOverlap'`); a better tier
 * never lies below a worse one (`'scoring.ruleTierOrder'`), so a higher score never gets a lower
 * tier; veto ids are unique; the quota is a fraction of whole numbers. Scores below the lowest
 * band or above the highest are warnings: a rule may know its scores cannot go there.
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
 * ```
 */
export function checkTierRule(rule: TierRule): readonly Issue<ScoringIssueCode>[] {
  const issues: Issue<ScoringIssueCode>[] = [];
  if (rule.bands.length === 0) {
    issues.push(createIssue(SCORING_MESSAGES, 'scoring.ruleNoBands', 'error', ['bands']));
  }

  const sound: { readonly index: number; readonly compiled: CompiledBand }[] = [];
  rule.bands.forEach((band, index) => {
    let ok = true;
    if (!(MEMBER_TIERS as readonly string[]).includes(band.tier)) {
      ok = false;
      issues.push(
        createIssue(SCORING_MESSAGES, 'scoring.ruleUnknownTier', 'error', ['bands', index, 'tier'], {
          band: index + 1,
          tier: String(band.tier),
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
    const compiled = compileBand(band);
    if (compiled.lo > compiled.hi) {
      issues.push(createIssue(SCORING_MESSAGES, 'scoring.ruleEmptyBand', 'error', ['bands', index], { band: index, text: bandText(band) }));
      return;
    }
    sound.push({ index, compiled });
  });

  checkCoverage(rule, sound, issues);
  checkPairs(rule, sound, issues);
  checkExtras(rule, issues);
  return issues;
}

/** Sweeps the bands from the lowest score up, reporting what lies below, between and above them. */
function checkCoverage(
  rule: TierRule,
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

/** Two bands of different tiers: at most a shared boundary, and the better one higher up. */
function checkPairs(
  rule: TierRule,
  sound: readonly { readonly index: number; readonly compiled: CompiledBand }[],
  issues: Issue<ScoringIssueCode>[],
): void {
  for (let i = 0; i < sound.length; i += 1) {
    for (let j = i + 1; j < sound.length; j += 1) {
      const a = sound[i]!;
      const b = sound[j]!;
      if (a.compiled.rank === b.compiled.rank) continue;
      const bandA = rule.bands[a.index]!;
      const bandB = rule.bands[b.index]!;
      const [better, worse] = a.compiled.rank < b.compiled.rank ? [a, b] : [b, a];
      if (better.compiled.lo < worse.compiled.lo || better.compiled.hi < worse.compiled.hi) {
        const betterBand = rule.bands[better.index]!;
        const worseBand = rule.bands[worse.index]!;
        issues.push(
          createIssue(
            SCORING_MESSAGES,
            'scoring.ruleTierOrder',
            'error',
            ['bands', worse.index],
            { text: bandText(worseBand), tier: worseBand.tier, otherText: bandText(betterBand), otherTier: betterBand.tier },
            { memberTier: MEMBER_TIER_LABELS },
          ),
        );
        continue;
      }
      const from = Math.max(a.compiled.lo, b.compiled.lo);
      const to = Math.min(a.compiled.hi, b.compiled.hi);
      if (from < to) {
        issues.push(
          createIssue(SCORING_MESSAGES, 'scoring.ruleOverlap', 'error', ['bands', b.index], {
            text: bandText(bandB),
            otherText: bandText(bandA),
            from: fromHundredths(from),
            to: fromHundredths(to),
            band: b.index,
          }),
        );
      }
    }
  }
}


function checkExtras(rule: TierRule, issues: Issue<ScoringIssueCode>[]): void {
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
