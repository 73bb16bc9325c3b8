/**
 * Finalizing a state (private): for each subject in order, each group's counted scores, read where
 * the state keeps them (running sums, score lists, or the ballot log sorted by subject and group),
 * go through the rule in `../_rule.ts`. Scratch lists are reused from subject to subject, so a
 * large evaluation allocates little besides the objects it returns.
 */
import type { InputIssueCode } from '../../../core/input';
import type { Issue } from '../../../core/issue';
import type { EvaluationIssueCode } from '../../messages';
import type { CompiledGroup } from '../../policy/_compilePolicy';
import {
  countedBallots,
  droppedScores,
  duplicateRecord,
  figureUnits,
  meanUnits,
  NO_DROPS,
  subjectResult,
  toIssue,
  toRunIssue,
  toPoints,
  type GroupFigures,
} from '../_rule';
import type { EvaluationResult, GroupFigure, IssueRecordJson, SubjectResult } from '../types';
import { compareRecords, loggedBallots, subjectOrder, type LoggedBallots } from './_order';
import type { State, StatsColumn } from './_state';

/** The result of a state (see `finalizeAccumulator`). */
export function finalizeState<G extends string>(state: State): EvaluationResult<G> {
  const { compiled } = state;
  const records = [...state.records].sort(compareRecords);
  const runIssues: Issue<EvaluationIssueCode | InputIssueCode>[] = [...compiled.issues];
  const recordsOfSubject = new Map<string, IssueRecordJson[]>();
  for (const record of records) {
    if (record.subjectId === undefined) {
      runIssues.push(toRunIssue(record));
      continue;
    }
    const list = recordsOfSubject.get(record.subjectId);
    if (list === undefined) recordsOfSubject.set(record.subjectId, [record]);
    else list.push(record);
  }
  if (!compiled.valid) return { subjects: [], issues: runIssues };

  const { scale, groups } = compiled;
  const order = subjectOrder(state);
  const figures: GroupFigures = { units: [], counts: [], dropped: [] };
  const sorted: number[] = [];
  // Checked ballots by subject and group, and one list reused for the scores that count.
  const ballots = compiled.checked ? loggedBallots(state) : undefined;
  const counted: Counted = { scores: [], from: 0, to: 0, kept: [] };
  // Every subject's groups object has the same keys in the same order: copying one shape lets
  // the engine build them all alike instead of growing each key by key.
  const shape: Record<string, GroupFigure> = Object.fromEntries(groups.map((group) => [group.code, NO_FIGURE]));
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
        fromStats(figures, groupIndex, column, group, subject, scale);
        continue;
      }
      if (column.store === 'scores') {
        const scores = column.lists[subject] ?? [];
        fromScores(figures, groupIndex, scores, 0, scores.length, group, scale, sorted);
        continue;
      }
      // `stored` was built above for this subject alone, so duplicates may be added to it.
      subjectRecords = resolveDuplicates(ballots!, subject * groups.length + groupIndex, state, group, subjectId, subjectRecords ?? stored, counted);
      fromScores(figures, groupIndex, counted.scores, counted.from, counted.to, group, scale, sorted);
    }
    const issues = (subjectRecords ?? stored)?.sort(compareRecords).map(toIssue);
    subjects[at] = subjectResult<G>(compiled, subjectId, figures, issues, shape);
  }
  return { subjects, issues: runIssues };
}

/** A placeholder for the shape of a subject's groups object; always overwritten. */
const NO_FIGURE: GroupFigure = /* @__PURE__ */ Object.freeze({ value: null, count: 0, status: 'missing', combinedAs: 'excluded', dropped: NO_DROPS });

function set(figures: GroupFigures, at: number, units: number | null, count: number, dropped: GroupFigure['dropped']): void {
  figures.units[at] = units;
  figures.counts[at] = count;
  figures.dropped[at] = dropped;
}

/**
 * A group's figure from its running sums and kept extremes: the same as the rule's figure of the
 * sorted scores, since the trimmed sum is the sum less the kept extremes.
 */
function fromStats(figures: GroupFigures, at: number, column: StatsColumn, group: CompiledGroup, subject: number, scale: number): void {
  const count = column.count[subject]!;
  const sum = column.sum[subject]!;
  const { dropHighest, dropLowest } = group;
  if (count === 0) return set(figures, at, null, count, NO_DROPS);
  // Stryker disable next-line all: a shortcut; a mean is the trimmed mean below with nothing dropped
  if (group.method === 'mean') return set(figures, at, meanUnits(sum, count, scale), count, NO_DROPS);
  if (count <= dropHighest + dropLowest) return set(figures, at, null, count, NO_DROPS);
  let dropped = 0;
  for (let index = 0; index < dropHighest; index += 1) dropped += column.highest[subject * dropHighest + index]!;
  for (let index = 0; index < dropLowest; index += 1) dropped += column.lowest[subject * dropLowest + index]!;
  const highest = keptPoints(column.highest, subject * dropHighest, dropHighest);
  const lowest = keptPoints(column.lowest, subject * dropLowest, dropLowest);
  return set(figures, at, meanUnits(sum - dropped, count - dropHighest - dropLowest, scale), count, { highest, lowest });
}

/** The kept extremes of a subject in points; one of each is by far the common case. */
function keptPoints(list: Float64Array, offset: number, slots: number): number[] {
  // Stryker disable next-line ConditionalExpression: a shortcut; the loop below gives the same one score
  if (slots === 1) return [toPoints(list[offset]!)];
  const points: number[] = [];
  for (let index = 0; index < slots; index += 1) points.push(toPoints(list[offset + index]!));
  return points;
}

/**
 * A group's figure from its counted scores `scores[from]` up to `scores[to]` (a slice, not
 * copied), sorted into `sorted` (reused from group to group) unless the method is the mean.
 */
function fromScores(
  figures: GroupFigures,
  at: number,
  scores: ArrayLike<number>,
  from: number,
  to: number,
  group: CompiledGroup,
  scale: number,
  sorted: number[],
): void {
  // Stryker disable next-line all: a shortcut; sorting a mean's scores, or none, gives the same figure and drops nothing
  if (group.method === 'mean' || to - from === 0) return set(figures, at, figureUnits(scores, from, to, group, scale), to - from, NO_DROPS);
  sortInto(sorted, scores, from, to);
  set(figures, at, figureUnits(sorted, 0, sorted.length, group, scale), sorted.length, droppedScores(sorted, 0, sorted.length, group));
}

function ascending(a: number, b: number): number {
  return a - b;
}

/** Up to this many scores are sorted by insertion, which beats a library sort on a handful. */
const INSERTION_LIMIT = 16;

/** `scores[from]` up to `scores[to]` in ascending order, written into `into`. */
function sortInto(into: number[], scores: ArrayLike<number>, from: number, to: number): void {
  into.length = 0;
  // Stryker disable next-line all: which of two sorts runs; both put the same scores in the same order
  if (to - from > INSERTION_LIMIT) {
    for (let index = from; index < to; index += 1) into.push(scores[index]!);
    into.sort(ascending);
    return;
  }
  for (let index = from; index < to; index += 1) {
    const score = scores[index]!;
    let at = into.length;
    into.push(score);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: at 0 there is nothing below (undefined > score is false); moving past an equal score changes no number's place
    while (at > 0 && into[at - 1]! > score) {
      into[at] = into[at - 1]!;
      at -= 1;
    }
    into[at] = score;
  }
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
 * Applies the rule on duplicates to the ballots of a subject in a group, pointing `counted` at the
 * scores that count, and recording each ballot that does not in `records` (a new list when the
 * subject has none yet).
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
  const { evaluators, hundredths, positions, chunkOf, serials } = ballots;
  const from = ballots.start[bucket]!;
  const to = ballots.start[bucket + 1]!;
  if (!repeatsEvaluator(evaluators, from, to)) {
    // The common case: every ballot counts, read where it lies.
    counted.scores = hundredths;
    counted.from = from;
    counted.to = to;
    return records;
  }
  const winners = countedBallots(evaluators, from, to, state.compiled.lastWins);
  const scores = counted.kept;
  scores.length = 0;
  const subjectRecords = records ?? [];
  for (let at = from; at < to; at += 1) {
    const evaluatorId = evaluators[at]!;
    const winner = winners.get(evaluatorId)!;
    // The counted ballot itself, or another copy of it (a partial merged twice): it counts.
    if (chunkOf[winner] === chunkOf[at] && serials[winner] === serials[at]) {
      scores.push(hundredths[at]!);
      continue;
    }
    subjectRecords.push(duplicateRecord(state.compiled, group, subjectId, evaluatorId, positions[at]!, positions[winner]!));
  }
  counted.scores = scores;
  counted.from = 0;
  counted.to = scores.length;
  return subjectRecords;
}

/** Small groups are checked pairwise: cheaper than a set for the usual handful of evaluators. */
const PAIRWISE_LIMIT = 16;

/**
 * Whether an evaluator gave more than one of the ballots from `from` up to `to`: rare, so checked
 * before any bookkeeping.
 */
function repeatsEvaluator(evaluators: readonly string[], from: number, to: number): boolean {
  // Stryker disable next-line all: which of two checks runs; both find the same repeats
  if (to - from > PAIRWISE_LIMIT) {
    return new Set(evaluators.slice(from, to)).size < to - from;
  }
  for (let later = from + 1; later < to; later += 1) {
    for (let earlier = from; earlier < later; earlier += 1) {
      if (evaluators[earlier] === evaluators[later]) return true;
    }
  }
  return false;
}
