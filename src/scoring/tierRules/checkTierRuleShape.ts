import type { IssuePath } from '../../core/issue';
import { expectBoolean, expectNumber, expectNumberKind, expectObject, expectOneOf, expectText, type InputIssues } from '../../core/input';
import { MEMBER_TIERS } from '../../core/tiers';
import { expectEach, expectLocalizedText, optional } from '../_shape';
import { checkTierSetShape } from '../tierSets/checkTierSetShape';
import type { ExcellentQuota, TierRule } from './types';

/**
 * The entry check of a {@link TierRule}: every field present that must be, and of its kind. Run
 * before any other check, so that a rule from JSON or a cast is reported field by field
 * (`['rule', 'bands', 2, 'min', 'inclusive']`: `“是否包含”应为布尔值(true 或 false),实际为文本“false”`)
 * instead of crashing or being misread. What the values mean (a bound with a third decimal, an
 * unknown tier, a gap between bands, a quota of 1/0) is left to `checkTierRule`'s own codes.
 *
 * @param rule - the rule, as received.
 * @param path - where it is: `['rule']`, or `[]` for `checkTierRule`'s own paths.
 * @param issues - where the problems go.
 * @returns whether the rule is shaped as a `TierRule`.
 */
export function checkTierRuleShape(rule: unknown, path: IssuePath, issues: InputIssues): boolean {
  const before = issues.length;
  if (!expectObject(rule, path, issues)) return false;
  optional(rule['id'], [...path, 'id'], issues, expectText);
  optional(rule['label'], [...path, 'label'], issues, expectLocalizedText);
  optional(rule['source'], [...path, 'source'], issues, expectText);
  // A rule's vetoes name tiers of its own set: the four 民主评议 tiers unless it brings one.
  let tiers: readonly string[] = MEMBER_TIERS;
  optional(rule['tierSet'], [...path, 'tierSet'], issues, (set, at, found) => {
    if (checkTierSetShape(set, at, found)) tiers = set.tiers;
  });
  expectEach(rule['bands'], [...path, 'bands'], issues, checkTierBandShape);
  expectOneOf(rule['overlap'], OVERLAP_RESOLUTIONS, [...path, 'overlap'], issues);
  optional(rule['wholeScores'], [...path, 'wholeScores'], issues, expectBoolean);
  optional(rule['gradeProbationary'], [...path, 'gradeProbationary'], issues, expectBoolean);
  optional(rule['vetoes'], [...path, 'vetoes'], issues, (vetoes, at, found) => expectEach(vetoes, at, found, (veto, where, all) => checkVeto(veto, where, all, tiers)));
  optional(rule['excellentQuota'], [...path, 'excellentQuota'], issues, checkExcellentQuotaShape);
  return issues.length === before;
}

/**
 * The entry check of an {@link ExcellentQuota}: a share of two numbers (whether they make a fraction
 * is `scoring.ruleBadQuota`'s to say), what it is taken of, and how ties are broken.
 */
export function checkExcellentQuotaShape(quota: unknown, path: IssuePath, issues: InputIssues): boolean {
  const before = issues.length;
  if (!expectObject(quota, path, issues)) return false;
  const share = quota['share'];
  if (expectObject(share, [...path, 'share'], issues)) {
    expectNumberKind(share['numerator'], [...path, 'share', 'numerator'], issues);
    expectNumberKind(share['denominator'], [...path, 'share', 'denominator'], issues);
  }
  expectOneOf(quota['of'], QUOTA_BASES, [...path, 'of'], issues);
  expectOneOf(quota['tieBreak'], QUOTA_TIE_BREAKS, [...path, 'tieBreak'], issues);
  return issues.length === before;
}

/** A band: its tier as text (an unknown one is `scoring.ruleUnknownTier`), its bounds and text. */
export function checkTierBandShape(band: unknown, path: IssuePath, issues: InputIssues): void {
  if (!expectObject(band, path, issues)) return;
  expectText(band['tier'], [...path, 'tier'], issues);
  optional(band['min'], [...path, 'min'], issues, checkBound);
  optional(band['max'], [...path, 'max'], issues, checkBound);
  optional(band['text'], [...path, 'text'], issues, expectText);
}

/** A bound: a number (one that is not finite or has a third decimal is `scoring.ruleBadBound`) and whether it is included. */
function checkBound(bound: unknown, path: IssuePath, issues: InputIssues): void {
  if (!expectObject(bound, path, issues)) return;
  expectNumberKind(bound['value'], [...path, 'value'], issues);
  expectBoolean(bound['inclusive'], [...path, 'inclusive'], issues);
}

function checkVeto(veto: unknown, path: IssuePath, issues: InputIssues, tiers: readonly string[]): void {
  if (!expectObject(veto, path, issues)) return;
  expectText(veto['id'], [...path, 'id'], issues);
  expectLocalizedText(veto['label'], [...path, 'label'], issues);
  expectOneOf(veto['atMost'], tiers, [...path, 'atMost'], issues);
  optional(veto['source'], [...path, 'source'], issues, expectText);
  optional(veto['trigger'], [...path, 'trigger'], issues, (trigger, at, found) => {
    if (!expectObject(trigger, at, found)) return;
    expectText(trigger['sheetId'], [...at, 'sheetId'], found);
    expectText(trigger['itemId'], [...at, 'itemId'], found);
    expectNumber(trigger['atLeast'], [...at, 'atLeast'], found);
  });
}

const OVERLAP_RESOLUTIONS = ['higherTier', 'lowerTier'] as const;
const QUOTA_BASES = ['allMembers', 'gradedMembers'] as const;
const QUOTA_TIE_BREAKS = ['excludeTied', 'memberId'] as const;
