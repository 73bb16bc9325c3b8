/**
 * The aggregation rule (private), in the order it applies: which of a subject's ballots count,
 * each group's figure, whether the group is counted, and the combined score. The engine
 * (`_engine/`) keeps ballots compactly and mergeably and calls these functions; the tests state
 * the same rule plainly (`test/evaluation/reference.ts`) and check on random policies and ballots
 * that the two agree.
 *
 * Exact arithmetic: a score is an integer number of hundredths (`addBallots` refuses one with more
 * than two decimals); a figure is an integer number of units of 1 ÷ `scale` (`scale` is
 * 10^precision), computed from integers and rounded once, half away from zero (四舍五入). The
 * published value is units ÷ `scale`.
 *
 * A policy with problems gives no figures at all, only its issues.
 */
import { recordedInputIssue, type FoundKind, type InputIssueCode } from '../../core/input';
import type { Issue, Severity } from '../../core/issue';
import { createIssue } from '../../core/message';
import { evaluationTables } from '../_labelTables';
import { divideRounded, HUNDREDTHS } from '../_arithmetic';
import { EVALUATION_MESSAGES, type EvaluationIssueCode } from '../messages';
import type { CompiledGroup, CompiledPolicy } from '../policy/_compilePolicy';
import type { GroupFigure, GroupStatus, IssueRecordJson, SubjectResult } from './types';

// 1. Which ballots count. A ballot without ids, naming a group the policy lacks, or with a score
//    that is not a number of the scale with at most two decimals, is an issue of the run and does
//    not count (`addBallots` checks each as it arrives). Then:

/** A `peer` ballot whose evaluator is its own subject is left out, and reported, if the policy says so. */
export function isExcludedSelfBallot(compiled: CompiledPolicy, groupIndex: number, subjectId: string, evaluatorId: string): boolean {
  return groupIndex === compiled.peerIndex && evaluatorId === subjectId;
}

/**
 * Duplicates. Of one evaluator's ballots on one subject in one group, in ballot order, one counts:
 * the first under `duplicateBallot: 'error'`, the last under `'lastWins'`. Each other ballot of
 * theirs does not count and is reported ({@link duplicateRecord}) — unless it is a copy of the
 * counted ballot itself (the same ballot reached twice because a partial was merged with itself),
 * which counts again. Under `'unchecked'` every ballot counts: the source vouches for one ballot
 * per evaluator, and evaluator ids are not even kept.
 *
 * @returns each evaluator's counted ballot, as an index into `evaluators`, among the ballots from
 *   `from` up to `to` (in ballot order).
 */
export function countedBallots(evaluators: readonly string[], from: number, to: number, lastWins: boolean): Map<string, number> {
  const counted = new Map<string, number>();
  for (let at = from; at < to; at += 1) {
    if (lastWins || !counted.has(evaluators[at]!)) counted.set(evaluators[at]!, at);
  }
  return counted;
}

/** The record of a ballot that does not count because the one at `keptPosition` does. */
export function duplicateRecord(
  compiled: CompiledPolicy,
  group: CompiledGroup,
  subjectId: string,
  evaluatorId: string,
  position: number,
  keptPosition: number,
): IssueRecordJson {
  return {
    code: compiled.lastWins ? 'evaluation.ballotReplaced' : 'evaluation.duplicateBallot',
    position,
    field: 'evaluatorId',
    subjectId,
    params: { position, keptPosition, keptOrdinal: keptPosition + 1, subjectId, evaluatorId, group: group.code },
  };
}

// 2. A group's figure, from its counted scores.

/** The mean of `count` scores that add up to `hundredths`, in units: the one rounding of a figure. */
export function meanUnits(hundredths: number, count: number, scale: number): number {
  return divideRounded(hundredths * scale, count * HUNDREDTHS);
}

/**
 * A group's figure in units from its counted scores `scores[from]` up to `scores[to]`, sorted
 * ascending (the mean reads them in any order); `null` when there is none:
 *
 * - `mean`: their sum ÷ their number;
 * - `trimmedMean`: 去掉 the `dropHighest` highest and the `dropLowest` lowest scores, then the
 *   mean of the rest; none when dropping leaves none;
 * - `median`: the middle score, or the mean of the two middle ones.
 */
export function figureUnits(scores: ArrayLike<number>, from: number, to: number, group: CompiledGroup, scale: number): number | null {
  const count = to - from;
  if (count === 0) return null;
  if (group.method === 'mean') return meanUnits(sum(scores, from, to), count, scale);
  if (group.method === 'median') {
    const middle = from + (count >> 1);
    return count % 2 === 1 ? meanUnits(scores[middle]!, 1, scale) : meanUnits(scores[middle - 1]! + scores[middle]!, 2, scale);
  }
  const { dropHighest, dropLowest } = group;
  if (count <= dropHighest + dropLowest) return null;
  return meanUnits(sum(scores, from + dropLowest, to - dropHighest), count - dropHighest - dropLowest, scale);
}

/**
 * The scores a trimmed mean dropped, in points, each list most extreme first, from the scores
 * `scores[from]` up to `scores[to]` sorted ascending; none for the other methods or when there is
 * no figure.
 */
export function droppedScores(scores: ArrayLike<number>, from: number, to: number, group: CompiledGroup): GroupFigure['dropped'] {
  const { dropHighest, dropLowest } = group;
  if (group.method !== 'trimmedMean' || to - from <= dropHighest + dropLowest) return NO_DROPS;
  const highest: number[] = [];
  for (let at = to - 1; at >= to - dropHighest; at -= 1) highest.push(toPoints(scores[at]!));
  const lowest: number[] = [];
  for (let at = from; at < from + dropLowest; at += 1) lowest.push(toPoints(scores[at]!));
  return { highest, lowest };
}

// 3. Whether the group is counted.

/**
 * A group is counted with at least `required` ballots (its `minBallots`, and for a trimmed mean
 * one more than it drops); with fewer it is under-filled, with none missing.
 */
export function groupStatus(count: number, required: number): GroupStatus {
  return count === 0 ? 'missing' : count < required ? 'underfilled' : 'counted';
}

// 4. The combined score, and the subject's result.

/** Each group's figure of the subject being finalized, by group index, before combining. */
export interface GroupFigures {
  readonly units: (number | null)[];
  readonly counts: number[];
  readonly dropped: GroupFigure['dropped'][];
}

/**
 * A subject's result from its groups' figures. The combined score is Σ weight × figure ÷ Σ weight
 * over the counted groups, each figure as published (so that a reader can recompute it from the
 * 公示 table), rounded once. A group that is not counted is, by the policy's `missingGroup`: left
 * out (`renormalize`), counted as 0 at its weight (`zero`), or it leaves the subject without a
 * combined score (`error`); each is reported, as a warning, or an error under `error`. A subject
 * with no counted group gets no combined score under any treatment — missing data never decides
 * a figure, so it is not ranked — and an error says why: no valid ballot at all
 * (`evaluation.noValidBallots`), or no group with enough (`evaluation.noCountedGroup`). A subject
 * that would have a combined score but whose counted groups fall short of the policy's `minimum`
 * (by number, or by their share of the total weight; a group counted as 0 under `zero` is not
 * counted) gets none either, with an error for each bound it missed
 * (`evaluation.belowMinimumGroups`, `evaluation.belowMinimumWeight`).
 *
 * @param issues - the subject's issues from its ballots, in ballot order, or `undefined` for none;
 *   the groups' issues are added after them (to this list).
 * @param shape - an object with the policy's group codes as keys, in order: each subject's groups
 *   are a copy of it, so that all are built alike.
 */
export function subjectResult<G extends string>(
  compiled: CompiledPolicy,
  subjectId: string,
  figures: GroupFigures,
  issues: Issue<EvaluationIssueCode>[] | undefined,
  shape: Readonly<Record<string, GroupFigure>>,
): SubjectResult<G> {
  const { groups, scale } = compiled;
  const treatment = compiled.policy.missingGroup;
  let numerator = 0;
  let denominator = 0;
  let blocked = false;
  let countedGroups = 0;
  let countedWeightUnits = 0;
  let ballots = 0;
  for (let index = 0; index < groups.length; index += 1) {
    const group = groups[index]!;
    const count = figures.counts[index]!;
    const status = groupStatus(count, group.required);
    ballots += count;
    if (status === 'counted') {
      // A counted group has more ballots than it drops, so it always has a figure.
      numerator += group.weightUnits * (figures.units[index] as number);
      denominator += group.weightUnits;
      countedGroups += 1;
      countedWeightUnits += group.weightUnits;
      continue;
    }
    if (treatment === 'zero') denominator += group.weightUnits;
    if (treatment === 'error') blocked = true;
    const code = status === 'missing' ? 'evaluation.missingGroup' : 'evaluation.underfilledGroup';
    const params = { subjectId, group: group.code, count, required: group.required };
    const severity = treatment === 'error' ? 'error' : 'warning';
    (issues ??= []).push(createIssue(EVALUATION_MESSAGES, code, severity, ['policy', 'groups', group.code], params, evaluationTables(group.code)));
  }

  // Nothing counted: no figure, whatever the treatment (under `zero` it would be 0 and rank last).
  if (countedGroups === 0) {
    blocked = true;
    const code = ballots === 0 ? 'evaluation.noValidBallots' : 'evaluation.noCountedGroup';
    (issues ??= []).push(createIssue(EVALUATION_MESSAGES, code, 'error', [], { subjectId }));
  }

  // Short of the policy's minimum: no figure, so a subject one group evaluated does not rank above
  // those every group evaluated. Checked only where the subject would otherwise have a figure.
  if (!blocked && (countedGroups < compiled.minimum.groups || countedWeightUnits < compiled.minimum.weightUnits)) {
    blocked = true;
    reportBelowMinimum(compiled, subjectId, countedGroups, countedWeightUnits, (issues ??= []));
  }

  const groupFigures: Record<string, GroupFigure> = { ...shape };
  for (let index = 0; index < groups.length; index += 1) {
    const group = groups[index]!;
    const units = figures.units[index] ?? null;
    const status = groupStatus(figures.counts[index]!, group.required);
    groupFigures[group.code] = {
      value: units === null ? null : units / scale,
      count: figures.counts[index]!,
      status,
      combinedAs: blocked ? 'excluded' : status === 'counted' ? 'value' : treatment === 'zero' ? 'zero' : 'excluded',
      dropped: figures.dropped[index]!,
    };
  }
  return {
    subjectId,
    groups: groupFigures as Record<G, GroupFigure>,
    combined: blocked || denominator === 0 ? null : divideRounded(numerator, denominator) / scale,
    issues: issues ?? NO_ISSUES,
  };
}

/**
 * Adds to `issues` an error for each bound of the policy's minimum (see `EvaluationMinimum`) that
 * a subject with `countedGroups` counted groups carrying `countedWeightUnits` of weight is short
 * of, naming what it had and what it needed. The share it had is shown in percent rounded down to
 * two decimals, so that it never reads as reaching the share it missed.
 */
function reportBelowMinimum(compiled: CompiledPolicy, subjectId: string, countedGroups: number, countedWeightUnits: number, issues: Issue<EvaluationIssueCode>[]): void {
  const { minimum } = compiled;
  // Ten-thousandths of the total, i.e. hundredths of a percent, rounded down (exact in BigInt).
  const { totalWeightUnits } = minimum;
  const exact = Number.isFinite(countedWeightUnits) && Number.isFinite(totalWeightUnits) && totalWeightUnits > 0;
  const share = exact ? Number((BigInt(countedWeightUnits) * 10_000n) / BigInt(totalWeightUnits)) / 100 : 0;
  const params = { subjectId, counted: countedGroups, share };
  if (countedGroups < minimum.groups) {
    issues.push(createIssue(EVALUATION_MESSAGES, 'evaluation.belowMinimumGroups', 'error', ['policy', 'minimum', 'countedGroups'], { ...params, required: minimum.groups }));
  }
  if (countedWeightUnits < minimum.weightUnits) {
    issues.push(createIssue(EVALUATION_MESSAGES, 'evaluation.belowMinimumWeight', 'error', ['policy', 'minimum', 'countedWeight'], { ...params, required: minimum.share / 100 }));
  }
}

// 5. How serious each problem with a ballot is. An excluded self-ballot and a replaced ballot are
//    what the policy asked for, so they are shown, not flagged.

const BALLOT_ISSUE_SEVERITY = {
  'evaluation.missingId': 'error',
  'evaluation.unknownGroup': 'error',
  'evaluation.scoreNotFinite': 'error',
  'evaluation.scoreOutOfRange': 'error',
  'evaluation.scoreTooPrecise': 'error',
  'evaluation.duplicateBallot': 'error',
  'evaluation.selfBallotExcluded': 'info',
  'evaluation.ballotReplaced': 'info',
} as const satisfies Partial<Record<EvaluationIssueCode, Severity>>;

/** The issue of a recorded problem with a ballot. */
export function toIssue(record: IssueRecordJson): Issue<EvaluationIssueCode> {
  // Records of input codes are the run's (see `toRunIssue`), never a subject's.
  const severity: Severity = BALLOT_ISSUE_SEVERITY[record.code as keyof typeof BALLOT_ISSUE_SEVERITY] ?? 'error';
  // People count ballots from 1 (第 1 张); paths and positions count from 0.
  const params = { ...record.params, ordinal: record.position + 1 };
  // A record of the whole ballot (one that is not an object) has no field.
  const path = record.field === '' ? ['ballots', record.position] : ['ballots', record.position, record.field];
  return createIssue(EVALUATION_MESSAGES, record.code as EvaluationIssueCode, severity, path, params, evaluationTables(record.params['group']));
}

/**
 * The issue of a recorded problem of the run: a ballot's own ({@link toIssue}), or a field of a
 * ballot that is missing or of the wrong kind (`input.*`), worded as every entry check words it.
 */
export function toRunIssue(record: IssueRecordJson): Issue<EvaluationIssueCode | InputIssueCode> {
  if (!record.code.startsWith('input.')) return toIssue(record);
  const path = record.field === '' ? ['ballots', record.position] : ['ballots', record.position, record.field];
  const { expected, found, shown } = record.params;
  const params = typeof expected === 'string' ? { expected } : {};
  const what = typeof found === 'string' && typeof shown === 'string' ? { found: found as FoundKind, shown } : undefined;
  return recordedInputIssue(record.code as InputIssueCode, path, params, what);
}

/** Shared by every subject without issues: most of them, in a large evaluation. */
const NO_ISSUES: readonly Issue<EvaluationIssueCode>[] = /* @__PURE__ */ Object.freeze([]);

/** Shared by every figure that dropped nothing. */
export const NO_DROPS: GroupFigure['dropped'] = /* @__PURE__ */ Object.freeze({ highest: /* @__PURE__ */ Object.freeze([]), lowest: /* @__PURE__ */ Object.freeze([]) });

function sum(scores: ArrayLike<number>, from: number, to: number): number {
  let total = 0;
  for (let at = from; at < to; at += 1) total += scores[at]!;
  return total;
}

/** Hundredths as points. */
export function toPoints(hundredths: number): number {
  return hundredths / HUNDREDTHS;
}
