import type { IssuePath } from '../../core/issue';
import { expectNumber, expectObject, expectOneOf, expectText, type InputIssues } from '../../core/input';
import { MEMBER_TIERS } from '../../core/tiers';
import { MEMBER_STATUSES } from '../../organization/types';
import { expectEach, expectLocalizedText, optional } from '../_shape';
import { checkScoreSheetsShape } from '../sheets/checkScoreSheetsShape';
import { checkExcellentQuotaShape, checkTierBandShape } from '../tierRules/checkTierRuleShape';
import { checkTierSetShape } from '../tierSets/checkTierSetShape';
import type { AssessmentReason, MemberAssessment, NotGradedCause, TierDecision } from './types';

// The entry checks of what the assessment functions take besides the rule, the sheets and the
// cards: their options, a decision, and an assessment given back (from JSON, for instance).

/**
 * The entry check of `assessMember`'s options: an object (or absent) whose `missingEntry`, if
 * given, is `'ignore'`, `'warning'` or `'error'`.
 */
export function checkAssessMemberOptionsShape(options: unknown, path: IssuePath, issues: InputIssues): void {
  if (options === undefined || !expectObject(options, path, issues)) return;
  optional(options['missingEntry'], [...path, 'missingEntry'], issues, (value, at, found) => expectOneOf(value, MISSING_ENTRY, at, found));
}

/** The entry check of `assessMembers`' options: those of `assessMember`, and a quota or `false`. */
export function checkAssessMembersOptionsShape(options: unknown, path: IssuePath, issues: InputIssues): void {
  checkAssessMemberOptionsShape(options, path, issues);
  if (typeof options !== 'object' || options === null) return;
  const quota = (options as Readonly<Record<string, unknown>>)['excellentQuota'];
  if (quota !== undefined && quota !== false) checkExcellentQuotaShape(quota, [...path, 'excellentQuota'], issues);
}

/**
 * The entry check of a {@link TierDecision}: a tier that is one of the set's (the four 民主评议
 * tiers by default), who decided and when as text, and an optional reason. A blank decider or a
 * text that is not a date are the decision's own issues (`scoring.decisionWithoutDecider`,
 * `scoring.decisionBadDate`).
 */
export function checkTierDecisionShape(decision: unknown, path: IssuePath, issues: InputIssues, tiers: readonly string[] = MEMBER_TIERS): decision is TierDecision<string> {
  const before = issues.length;
  if (!expectObject(decision, path, issues)) return false;
  expectOneOf(decision['tier'], tiers, [...path, 'tier'], issues);
  expectText(decision['decidedBy'], [...path, 'decidedBy'], issues);
  expectText(decision['decidedOn'], [...path, 'decidedOn'], issues);
  optional(decision['reason'], [...path, 'reason'], issues, expectText);
  return issues.length === before;
}

/**
 * The entry check of an assessment given back to `effectiveTier` (and, with its `issues`, to
 * `decideTier`): an object whose `tierSet`, if any, is shaped as a tier set, whose `tier` is absent
 * or one of the set's (the four 民主评议 tiers without a set), and whose `decision`, if any, is
 * shaped as one.
 */
export function checkAssessmentTierShape(assessment: unknown, path: IssuePath, issues: InputIssues): assessment is MemberAssessment<string> {
  const before = issues.length;
  if (!expectObject(assessment, path, issues)) return false;
  optional(assessment['tierSet'], [...path, 'tierSet'], issues, checkTierSetShape);
  if (issues.length > before) return false;
  const tiers = tiersOf(assessment);
  optional(assessment['tier'], [...path, 'tier'], issues, (tier, at, found) => expectOneOf(tier, tiers, at, found));
  optional(assessment['decision'], [...path, 'decision'], issues, (decision, at, found) => checkTierDecisionShape(decision, at, found, tiers));
  return issues.length === before;
}

/** The tier codes of an assessment: those of the set it carries, else the four 民主评议 tiers. */
export function tiersOf(assessment: Readonly<Record<string, unknown>>): readonly string[] {
  const set = assessment['tierSet'] as { readonly tiers: readonly string[] } | undefined;
  return set === undefined ? MEMBER_TIERS : set.tiers;
}

/**
 * The entry check of an assessment given back to `decideTier`, which returns it with the decision:
 * what `explainAssessment` checks, and a `memberId` that is text, a `status` that is one of the
 * member statuses, subtotals by standard, the vetoes that applied, and `issues` a list of issues
 * each with its `code`. An assessment that passes comes back as one: no `NaN` total, no tier that
 * is not a tier.
 */
export function checkDecidedAssessmentShape(assessment: unknown, path: IssuePath, issues: InputIssues): void {
  if (!checkExplainedAssessmentShape(assessment, path, issues)) return;
  const fields = assessment as unknown as Readonly<Record<string, unknown>>;
  expectText(fields['memberId'], [...path, 'memberId'], issues);
  expectOneOf(fields['status'], MEMBER_STATUSES, [...path, 'status'], issues);
  expectEach(fields['byStandard'], [...path, 'byStandard'], issues, (subtotal, at, found) => {
    if (!expectObject(subtotal, at, found)) return;
    expectText(subtotal['standard'], [...at, 'standard'], found);
    expectNumber(subtotal['total'], [...at, 'total'], found);
  });
  expectEach(fields['vetoes'], [...path, 'vetoes'], issues, (veto, at, found) => {
    if (!expectObject(veto, at, found)) return;
    expectText(veto['vetoId'], [...at, 'vetoId'], found);
    expectOneOf(veto['atMost'], tiersOf(fields), [...at, 'atMost'], found);
    expectOneOf(veto['origin'], VETO_ORIGINS, [...at, 'origin'], found);
    optional(veto['note'], [...at, 'note'], found, expectText);
  });
  expectEach(fields['issues'], [...path, 'issues'], issues, (issue, at, found) => {
    if (expectObject(issue, at, found)) expectText(issue['code'], [...at, 'code'], found);
  });
}

/**
 * The entry check of an assessment `explainAssessment` turns into sentences: what
 * {@link checkAssessmentTierShape} checks, a `total` that is a number or `null`, each sheet's
 * subtotal, and each reason with the fields its sentence reads.
 */
export function checkExplainedAssessmentShape(assessment: unknown, path: IssuePath, issues: InputIssues): assessment is MemberAssessment<string> {
  const before = issues.length;
  if (!checkAssessmentTierShape(assessment, path, issues)) return false;
  const total = assessment.total as unknown;
  if (total !== null) expectNumber(total, [...path, 'total'], issues);
  expectEach(assessment.bySheet, [...path, 'bySheet'], issues, (sheet, at, found) => {
    if (!expectObject(sheet, at, found)) return;
    expectText(sheet['sheetId'], [...at, 'sheetId'], found);
    for (const field of ['base', 'bonus', 'deduction', 'total'] as const) expectNumber(sheet[field], [...at, field], found, SUBTOTAL_BOUNDS);
  });
  const tiers = tiersOf(assessment as unknown as Readonly<Record<string, unknown>>);
  expectEach(assessment.reasons, [...path, 'reasons'], issues, (reason, at, found) => checkReason(reason, at, found, tiers));
  return issues.length === before;
}

/** The entry check of `explainAssessment`'s options: an object (or absent) whose `sheets`, if given, are score sheets. */
export function checkExplainOptionsShape(options: unknown, path: IssuePath, issues: InputIssues): void {
  if (options === undefined || !expectObject(options, path, issues)) return;
  optional(options['sheets'], [...path, 'sheets'], issues, checkScoreSheetsShape);
}

const MISSING_ENTRY = ['ignore', 'warning', 'error'] as const;

/** A subtotal whose hundredths are a safe integer: the sentences add them up exactly. */
const SUBTOTAL_BOUNDS = { min: -Number.MAX_SAFE_INTEGER / 100, max: Number.MAX_SAFE_INTEGER / 100 } as const;

// Every reason code and cause, as records of the types: a code added to the type and not here
// fails the build.
const REASON_CODES = Object.keys({
  bonus: true,
  deduction: true,
  band: true,
  overlap: true,
  veto: true,
  quota: true,
  notGraded: true,
} satisfies Record<AssessmentReason['code'], true>) as readonly AssessmentReason['code'][];
const NOT_GRADED_CAUSES = Object.keys({
  probationary: true,
  invalidInput: true,
  noBand: true,
  noScores: true,
  cardRejected: true,
} satisfies Record<NotGradedCause, true>) as readonly NotGradedCause[];
const QUOTA_OUTCOMES = ['kept', 'demoted', 'tiedAtCut'] as const;
const OVERLAP_RESOLUTIONS = ['higherTier', 'lowerTier'] as const;
const VETO_ORIGINS = ['card', 'trigger'] as const;

/** A band a reason names: shaped as a rule's band, with bounds that are finite numbers (a sentence shows them). */
function checkReasonBand(band: unknown, path: IssuePath, issues: InputIssues): void {
  const before = issues.length;
  checkTierBandShape(band, path, issues);
  if (issues.length > before) return;
  const { min, max } = band as { readonly min?: { readonly value: unknown }; readonly max?: { readonly value: unknown } };
  if (min !== undefined) expectNumber(min.value, [...path, 'min', 'value'], issues);
  if (max !== undefined) expectNumber(max.value, [...path, 'max', 'value'], issues);
}

/** A reason: a known code, and the fields of that code that a sentence shows. */
function checkReason(reason: unknown, path: IssuePath, issues: InputIssues, tiers: readonly string[]): void {
  if (!expectObject(reason, path, issues)) return;
  const code = reason['code'];
  if (!expectOneOf(code, REASON_CODES, [...path, 'code'], issues)) return;
  const at = (field: string): IssuePath => [...path, field];
  switch (code) {
    case 'bonus':
    case 'deduction':
      expectText(reason['sheetId'], at('sheetId'), issues);
      expectText(reason['itemId'], at('itemId'), issues);
      optional(reason['itemTitle'], at('itemTitle'), issues, expectText);
      expectNumber(reason['points'], at('points'), issues);
      return;
    case 'band':
      expectOneOf(reason['tier'], tiers, at('tier'), issues);
      expectNumber(reason['bandIndex'], at('bandIndex'), issues, { integer: true, min: 0 });
      checkReasonBand(reason['band'], at('band'), issues);
      return;
    case 'overlap':
      expectEach(reason['bands'], at('bands'), issues, checkReasonBand);
      expectEach(reason['bandIndexes'], at('bandIndexes'), issues, (index, where, found) => expectNumber(index, where, found, { integer: true }));
      expectNumber(reason['chosen'], at('chosen'), issues, { integer: true });
      expectOneOf(reason['resolution'], OVERLAP_RESOLUTIONS, at('resolution'), issues);
      return;
    case 'veto':
      expectText(reason['vetoId'], at('vetoId'), issues);
      expectLocalizedText(reason['label'], at('label'), issues);
      expectOneOf(reason['from'], tiers, at('from'), issues);
      expectOneOf(reason['to'], tiers, at('to'), issues);
      return;
    case 'quota':
      expectOneOf(reason['outcome'], QUOTA_OUTCOMES, at('outcome'), issues);
      expectNumber(reason['cap'], at('cap'), issues);
      expectNumber(reason['rank'], at('rank'), issues);
      expectOneOf(reason['from'], tiers, at('from'), issues);
      expectOneOf(reason['to'], tiers, at('to'), issues);
      return;
    case 'notGraded':
      if (!expectOneOf(reason['cause'], NOT_GRADED_CAUSES, at('cause'), issues) || reason['cause'] !== 'cardRejected') return;
      expectEach(reason['items'], at('items'), issues, (item, where, found) => {
        if (!expectObject(item, where, found)) return;
        expectText(item['sheetId'], [...where, 'sheetId'], found);
        expectText(item['itemId'], [...where, 'itemId'], found);
        optional(item['itemTitle'], [...where, 'itemTitle'], found, expectText);
      });
      return;
  }
}

