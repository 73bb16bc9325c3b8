import type { Issue, Severity } from '../core/issue';
import { createIssue } from '../core/message';
import { stateOf } from './_accumulator';
import { divideRounded } from './_arithmetic';
import { figureUnits, type CompiledGroup } from './_policy';
import { compareRecords, loggedBallots, subjectOrder, type LoggedBallots } from './_order';
import type { State, StatsColumn } from './_state';
import { EVALUATION_MESSAGES, type EvaluationIssueCode } from './messages';
import type { EvaluationAccumulator, EvaluationResult, GroupFigure, GroupStatus, IssueRecordJson, SubjectResult } from './types';

/**
 * How serious each problem with a ballot is. An excluded self-ballot and a replaced ballot are
 * what the policy asked for, so they are shown, not flagged.
 */
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

/** Shared by every subject without issues: most of them, in a large evaluation. */
const NO_ISSUES: readonly Issue<EvaluationIssueCode>[] = Object.freeze([]);

const NO_DROPS: GroupFigure['dropped'] = Object.freeze({ highest: Object.freeze([]), lowest: Object.freeze([]) });

/** A placeholder for the shape of a subject's groups object; always overwritten. */
const NO_FIGURE: GroupFigure = Object.freeze({ value: null, count: 0, status: 'missing', combinedAs: 'excluded', dropped: NO_DROPS });

function toIssue(record: IssueRecordJson): Issue<EvaluationIssueCode> {
  const severity: Severity = BALLOT_ISSUE_SEVERITY[record.code as keyof typeof BALLOT_ISSUE_SEVERITY] ?? 'error';
  // People count ballots from 1 (第 1 张); paths and positions count from 0.
  const params = { ...record.params, ordinal: record.position + 1 };
  return createIssue(EVALUATION_MESSAGES, record.code, severity, ['ballots', record.position, record.field], params);
}

/**
 * Each group's figure before combining, for the subject being finalized: reused from subject to
 * subject, so a large evaluation allocates only the objects it returns.
 */
interface Scratch {
  readonly units: (number | null)[];
  readonly counts: number[];
  readonly dropped: GroupFigure['dropped'][];
  /** The scores of the group being finalized, sorted. */
  readonly sorted: number[];
}

function set(scratch: Scratch, at: number, units: number | null, count: number, dropped: GroupFigure['dropped']): void {
  scratch.units[at] = units;
  scratch.counts[at] = count;
  scratch.dropped[at] = dropped;
}

function fromStats(scratch: Scratch, at: number, column: StatsColumn, group: CompiledGroup, subject: number, scale: number): void {
  const count = column.count[subject]!;
  const sum = column.sum[subject]!;
  const { dropHighest, dropLowest } = group;
  if (count === 0) return set(scratch, at, null, count, NO_DROPS);
  if (group.method === 'mean') return set(scratch, at, figureUnits(sum, count, scale), count, NO_DROPS);
  if (count <= dropHighest + dropLowest) return set(scratch, at, null, count, NO_DROPS);
  const highest = keptPoints(column.highest, subject * dropHighest, dropHighest);
  const lowest = keptPoints(column.lowest, subject * dropLowest, dropLowest);
  let trimmed = sum;
  for (let index = 0; index < dropHighest; index += 1) trimmed -= column.highest[subject * dropHighest + index]!;
  for (let index = 0; index < dropLowest; index += 1) trimmed -= column.lowest[subject * dropLowest + index]!;
  return set(scratch, at, figureUnits(trimmed, count - dropHighest - dropLowest, scale), count, { highest, lowest });
}

/** The kept extremes of a subject in points; one of each is by far the common case. */
function keptPoints(list: Float64Array, offset: number, slots: number): number[] {
  if (slots === 1) return [toPoints(list[offset]!)];
  const points: number[] = [];
  for (let index = 0; index < slots; index += 1) points.push(toPoints(list[offset + index]!));
  return points;
}

function toPoints(hundredths: number): number {
  return hundredths / 100;
}

/** The figure of the counted scores `scores[from]` up to `scores[to]` (a slice, not copied). */
function fromScores(scratch: Scratch, at: number, scores: ArrayLike<number>, from: number, to: number, group: CompiledGroup, scale: number): void {
  const count = to - from;
  if (count === 0) return set(scratch, at, null, count, NO_DROPS);
  if (group.method === 'mean') {
    let sum = 0;
    for (let index = from; index < to; index += 1) sum += scores[index]!;
    return set(scratch, at, figureUnits(sum, count, scale), count, NO_DROPS);
  }
  const sorted = sortInto(scratch.sorted, scores, from, to);
  if (group.method === 'median') {
    const middle = count >> 1;
    const units = count % 2 === 1 ? figureUnits(sorted[middle]!, 1, scale) : figureUnits(sorted[middle - 1]! + sorted[middle]!, 2, scale);
    return set(scratch, at, units, count, NO_DROPS);
  }
  const { dropHighest, dropLowest } = group;
  if (count <= dropHighest + dropLowest) return set(scratch, at, null, count, NO_DROPS);
  let sum = 0;
  for (let index = dropLowest; index < count - dropHighest; index += 1) sum += sorted[index]!;
  const highest: number[] = [];
  for (let index = count - 1; index >= count - dropHighest; index -= 1) highest.push(toPoints(sorted[index]!));
  const lowest: number[] = [];
  for (let index = 0; index < dropLowest; index += 1) lowest.push(toPoints(sorted[index]!));
  set(scratch, at, figureUnits(sum, count - dropHighest - dropLowest, scale), count, { highest, lowest });
}

function ascending(a: number, b: number): number {
  return a - b;
}

/** Up to this many scores are sorted by insertion, which beats a library sort on a handful. */
const INSERTION_LIMIT = 16;

/**
 * `scores[from]` up to `scores[to]` in ascending order, written into `into` (reused from group to
 * group) and returned.
 */
function sortInto(into: number[], scores: ArrayLike<number>, from: number, to: number): number[] {
  into.length = 0;
  if (to - from > INSERTION_LIMIT) {
    for (let index = from; index < to; index += 1) into.push(scores[index]!);
    return into.sort(ascending);
  }
  for (let index = from; index < to; index += 1) {
    const score = scores[index]!;
    let at = into.length;
    into.push(score);
    while (at > 0 && into[at - 1]! > score) {
      into[at] = into[at - 1]!;
      at -= 1;
    }
    into[at] = score;
  }
  return into;
}

/** Small groups are checked pairwise: cheaper than a set for the usual handful of evaluators. */
const PAIRWISE_LIMIT = 16;

/**
 * Whether an evaluator gave more than one of the ballots from `from` up to `to`: rare, so checked
 * before any bookkeeping.
 */
function repeatsEvaluator(evaluators: readonly string[], from: number, to: number): boolean {
  if (to - from > PAIRWISE_LIMIT) return new Set(evaluators.slice(from, to)).size < to - from;
  for (let later = from + 1; later < to; later += 1) {
    for (let earlier = from; earlier < later; earlier += 1) {
      if (evaluators[earlier] === evaluators[later]) return true;
    }
  }
  return false;
}

/** Where the counted scores of a subject in a group are: `scores[from]` up to `scores[to]`. */
interface Counted {
  scores: ArrayLike<number>;
  from: number;
  to: number;
  /** Reused for the scores that count when some ballots do not. */
  readonly kept: number[];
}

/**
 * Resolves duplicate ballots (by evaluator) in ballot order among the ballots of a subject in a
 * group, pointing `counted` at the scores that count, and recording each duplicate or replaced
 * ballot in `records` (a new list when the subject has none yet).
 *
 * @returns the subject's records, if any.
 */
function resolveDuplicates(
  ballots: LoggedBallots,
  bucket: number,
  state: State,
  group: CompiledGroup,
  subjectId: string,
  records: IssueRecordJson[] | undefined,
  counted: Counted,
): IssueRecordJson[] | undefined {
  const { evaluators, hundredths, positions, origins } = ballots;
  const from = ballots.start[bucket]!;
  const to = ballots.start[bucket + 1]!;
  if (!repeatsEvaluator(evaluators, from, to)) {
    // The common case: every ballot counts, read where it lies.
    counted.scores = hundredths;
    counted.from = from;
    counted.to = to;
    return records;
  }
  const kept = new Map<string, number>();
  for (let at = from; at < to; at += 1) {
    if (state.compiled.lastWins || !kept.has(evaluators[at]!)) kept.set(evaluators[at]!, at);
  }
  const code = state.compiled.lastWins ? 'evaluation.ballotReplaced' : 'evaluation.duplicateBallot';
  const scores = counted.kept;
  scores.length = 0;
  const subjectRecords = records ?? [];
  for (let at = from; at < to; at += 1) {
    const evaluatorId = evaluators[at]!;
    const winner = kept.get(evaluatorId)!;
    // The kept ballot itself, or another copy of it (a partial merged twice): it counts.
    if (origins[winner] === origins[at]) {
      scores.push(hundredths[at]!);
      continue;
    }
    const position = positions[at]!;
    const keptPosition = positions[winner]!;
    subjectRecords.push({
      code,
      position,
      field: 'evaluatorId',
      subjectId,
      params: {
        position,
        keptPosition,
        keptOrdinal: keptPosition + 1,
        subjectId,
        evaluatorId,
        group: group.code,
        ...group.labels,
      },
    });
  }
  counted.scores = scores;
  counted.from = 0;
  counted.to = scores.length;
  return subjectRecords;
}

/** The result of a state (see {@link finalizeAccumulator}). */
export function finalizeState<G extends string>(state: State): EvaluationResult<G> {
  const { compiled } = state;
  const records = [...state.records].sort(compareRecords);
  const runIssues: Issue<EvaluationIssueCode>[] = [...compiled.issues];
  const recordsOfSubject = new Map<string, IssueRecordJson[]>();
  for (const record of records) {
    if (record.subjectId === undefined) {
      runIssues.push(toIssue(record));
      continue;
    }
    const list = recordsOfSubject.get(record.subjectId);
    if (list === undefined) recordsOfSubject.set(record.subjectId, [record]);
    else list.push(record);
  }
  if (!compiled.valid) return { subjects: [], issues: runIssues };

  const { scale, groups } = compiled;
  const treatment = compiled.policy.missingGroup;
  const order = subjectOrder(state);
  const scratch: Scratch = { units: [], counts: [], dropped: [], sorted: [] };
  // Checked ballots by subject and group, and one list reused for the scores that count.
  const ballots = compiled.checked ? loggedBallots(state) : undefined;
  const counted: Counted = { scores: [], from: 0, to: 0, kept: [] };
  // Every subject's groups object has the same keys in the same order: copying one shape lets
  // the engine build them all alike instead of growing each key by key.
  const shape: Record<string, GroupFigure> = Object.fromEntries(groups.map((group) => [group.code, NO_FIGURE]));
  const statuses: GroupStatus[] = new Array<GroupStatus>(groups.length);
  const subjects = new Array<SubjectResult<G>>(order.length);
  for (let at = 0; at < order.length; at += 1) {
    const subject = order[at]!;
    const subjectId = state.registry.ids[subject]!;
    // Most evaluations record no subject issues: skip hashing each id for an empty map.
    const stored = recordsOfSubject.size === 0 ? undefined : recordsOfSubject.get(subjectId);
    let subjectRecords: IssueRecordJson[] | undefined;
    for (let groupIndex = 0; groupIndex < groups.length; groupIndex += 1) {
      const group = groups[groupIndex]!;
      const column = state.columns[groupIndex]!;
      if (column.store === 'stats') {
        fromStats(scratch, groupIndex, column, group, subject, scale);
        continue;
      }
      if (column.store === 'scores') {
        const scores = column.lists[subject] ?? [];
        fromScores(scratch, groupIndex, scores, 0, scores.length, group, scale);
        continue;
      }
      // `stored` was built above for this subject alone, so duplicates may be added to it.
      subjectRecords = resolveDuplicates(ballots!, subject * groups.length + groupIndex, state, group, subjectId, subjectRecords ?? stored, counted);
      fromScores(scratch, groupIndex, counted.scores, counted.from, counted.to, group, scale);
    }
    const records = subjectRecords ?? stored;
    let issues: Issue<EvaluationIssueCode>[] | undefined = records?.sort(compareRecords).map(toIssue);

    let numerator = 0;
    let denominator = 0;
    let blocked = false;
    for (let groupIndex = 0; groupIndex < groups.length; groupIndex += 1) {
      const group = groups[groupIndex]!;
      const count = scratch.counts[groupIndex]!;
      const status: GroupStatus = count === 0 ? 'missing' : count < group.required ? 'underfilled' : 'counted';
      statuses[groupIndex] = status;
      if (status === 'counted') {
        // A counted group has more ballots than it drops, so it always has a figure.
        numerator += group.weightUnits * (scratch.units[groupIndex] as number);
        denominator += group.weightUnits;
        continue;
      }
      if (treatment === 'zero') denominator += group.weightUnits;
      if (treatment === 'error') blocked = true;
      const params = { subjectId, group: group.code, ...group.labels, count, required: group.required };
      const code = status === 'missing' ? 'evaluation.missingGroup' : 'evaluation.underfilledGroup';
      (issues ??= []).push(createIssue(EVALUATION_MESSAGES, code, treatment === 'error' ? 'error' : 'warning', ['policy', 'groups', group.code], params));
    }

    const figures: Record<string, GroupFigure> = { ...shape };
    for (let groupIndex = 0; groupIndex < groups.length; groupIndex += 1) {
      const units = scratch.units[groupIndex] ?? null;
      const status = statuses[groupIndex]!;
      figures[groups[groupIndex]!.code] = {
        value: units === null ? null : units / scale,
        count: scratch.counts[groupIndex]!,
        status,
        combinedAs: blocked ? 'excluded' : status === 'counted' ? 'value' : treatment === 'zero' ? 'zero' : 'excluded',
        dropped: scratch.dropped[groupIndex]!,
      };
    }
    subjects[at] = {
      subjectId,
      groups: figures as Record<G, GroupFigure>,
      combined: blocked || denominator === 0 ? null : divideRounded(numerator, denominator) / scale,
      issues: issues ?? NO_ISSUES,
    };
  }
  return { subjects, issues: runIssues };
}

/**
 * Turns an accumulator into the evaluation result: per subject, each group's figure (rounded once,
 * half away from zero, to the policy's precision), the combined score and the subject's issues;
 * and the run's issues. Subjects come in the order of their first ballot in the collection.
 *
 * Under a policy with problems (see the run's issues) no figures are given: `subjects` is empty.
 *
 * How a group's figure is computed from its counted scores: `mean` — their sum ÷ their number;
 * `trimmedMean` — drop the `dropHighest` highest and `dropLowest` lowest, then the mean of the rest
 * (needs more ballots than it drops); `median` — the middle score, or the mean of the two middle
 * ones. The combined score is Σ weight × figure ÷ Σ weight over the counted groups, using each
 * figure as published, so a reader can recompute it from the 公示 table; a missing or
 * under-filled group is left out (`renormalize`), counted as 0 at its weight (`zero`), or blocks
 * the combined score (`error`).
 *
 * @param accumulator - the accumulator. Not modified.
 * @returns the result.
 * @throws {TypeError} when `accumulator` was not made by this module.
 *
 * @example
 * ```ts
 * import { addBallots, createAccumulator, DEMOCRATIC_ASSESSMENT, finalizeAccumulator } from 'cxzy/evaluation';
 * const scores = [95, 88, 90, 70, 92];
 * const ballots = scores.map((score, index) => ({ subjectId: 'm01', evaluatorId: `b${index}`, group: 'peer', score }));
 * const [result] = finalizeAccumulator(addBallots(createAccumulator(DEMOCRATIC_ASSESSMENT), ballots)).subjects;
 * result?.groups.peer.value; // 90: (88 + 90 + 92) ÷ 3 once 95 and 70 are dropped
 * result?.groups.peer.dropped; // { highest: [95], lowest: [70] }
 * result?.combined; // 90
 * ```
 */
export function finalizeAccumulator<G extends string>(accumulator: EvaluationAccumulator<G>): EvaluationResult<G> {
  return finalizeState<G>(stateOf(accumulator));
}
