import type { IssuePath, ParseResult } from '../../core/issue';
import { createIssue } from '../../core/message';
import { EVALUATION_MESSAGES } from '../messages';
import { canonicalJson, compilePolicy, type CompiledGroup } from '../policy/_compilePolicy';
import type { AggregationPolicy } from '../policy/types';
import { Draft } from './_engine/_draft';
import { arrayAt, extremesAt, fail, integerAt, InvalidPartial, invalidPartialIssue, objectAt, readRecord, wholeAt } from './_engine/_partialReader';
import { emptyState, wrapState } from './_engine/_state';
import type { EvaluationAccumulator } from './types';

/**
 * Reads the JSON form of a partial evaluation (from `accumulatorToJson`, perhaps after a trip
 * through `JSON.stringify` and another process) back into an accumulator for `policy`. The partial
 * must have been computed under the same policy (compared by content). The reader checks the
 * form (types, integers, list lengths, the order of kept extremes), not that the figures came
 * from valid ballots: read partials only from your own workers or storage.
 *
 * @param json - the parsed JSON. Not modified.
 * @param policy - the policy the application runs the evaluation under. Not modified.
 * @returns `{ success: true, data: accumulator }`, or `{ success: false, issues }`: the `input.*`
 *   issues of a `policy` that is not shaped as one (paths from `['policy']`), or one issue,
 *   `evaluation.partialPolicyMismatch`, or `evaluation.invalidPartial` pointing at the first part
 *   that is not a partial.
 *
 * @example
 * ```ts
 * import { accumulatorFromJson, accumulatorToJson, createAccumulator, DEMOCRATIC_ASSESSMENT, THREE_SIDED_EVALUATION } from 'cxzy/evaluation';
 * const text = JSON.stringify(accumulatorToJson(createAccumulator(DEMOCRATIC_ASSESSMENT)));
 * accumulatorFromJson(JSON.parse(text), DEMOCRATIC_ASSESSMENT).success; // true
 * const wrong = accumulatorFromJson(JSON.parse(text), THREE_SIDED_EVALUATION);
 * if (!wrong.success) wrong.issues[0]?.code; // 'evaluation.partialPolicyMismatch'
 * ```
 */
export function accumulatorFromJson<G extends string>(json: unknown, policy: AggregationPolicy<G>): ParseResult<EvaluationAccumulator<G>> {
  const compiled = compilePolicy(policy as AggregationPolicy<string>);
  // A policy that is not shaped as one cannot be compared with the partial's: say so, not "mismatch".
  const shape = compiled.issues.filter((issue) => issue.code.startsWith('input.'));
  if (shape.length > 0) return { success: false, issues: shape };
  try {
    const data = objectAt(json, []);
    if (data.format !== 'cxzy.evaluation.partial') fail(['format']);
    if (data.version !== 1) fail(['version']);
    if (canonicalJson(data.policy) !== compiled.fingerprint) {
      return {
        success: false,
        issues: [createIssue(EVALUATION_MESSAGES, 'evaluation.partialPolicyMismatch', 'error', ['policy'], {})],
      };
    }
    const order = arrayAt(data.groupOrder, ['groupOrder']);
    if (order.length !== compiled.groups.length || compiled.groups.some((group, index) => order[index] !== group.code)) {
      fail(['groupOrder']);
    }
    const subjects = arrayAt(data.subjects, ['subjects']);
    const draft = new Draft(emptyState(compiled), subjects.length);
    subjects.forEach((value, index) => {
      const path = ['subjects', index];
      const subject = objectAt(value, path);
      if (typeof subject.id !== 'string') fail([...path, 'id']);
      const number = draft.subject(subject.id, wholeAt(subject.first, [...path, 'first']));
      if (number !== index) fail([...path, 'id']);
      const groups = arrayAt(subject.groups, [...path, 'groups']);
      if (groups.length !== compiled.groups.length) fail([...path, 'groups']);
      compiled.groups.forEach((group, groupIndex) =>
        readGroup(draft, number, groupIndex, group, groups[groupIndex], [...path, 'groups', groupIndex]),
      );
    });
    const records = arrayAt(data.records, ['records']);
    records.forEach((record, index) => draft.records.push(readRecord(record, ['records', index])));
    draft.ballotCount = wholeAt(data.ballotCount, ['ballotCount']);
    draft.nextIndex = wholeAt(data.nextIndex, ['nextIndex']);
    return { success: true, data: wrapState<G>(draft.finish()) };
  } catch (error) {
    /* c8 ignore next -- only the reader's own signal is caught */
    if (!(error instanceof InvalidPartial)) throw error;
    return { success: false, issues: [invalidPartialIssue(error.path)] };
  }
}

function readGroup(draft: Draft, subject: number, groupIndex: number, group: CompiledGroup, value: unknown, path: IssuePath): void {
  const data = objectAt(value, path);
  if (group.store === 'stats') {
    const count = wholeAt(data.count, [...path, 'count']);
    const sum = integerAt(data.sum, [...path, 'sum']);
    const highest = extremesAt(data.highest, [...path, 'highest'], Math.min(count, group.dropHighest), 1);
    const lowest = extremesAt(data.lowest, [...path, 'lowest'], Math.min(count, group.dropLowest), -1);
    draft.counts[groupIndex]![subject] = count;
    draft.sums[groupIndex]![subject] = sum;
    draft.highest[groupIndex]!.set(highest, subject * group.dropHighest);
    draft.lowest[groupIndex]!.set(lowest, subject * group.dropLowest);
    return;
  }
  if (group.store === 'scores') {
    const scores = arrayAt(data.scores, [...path, 'scores']).map((score, index) => integerAt(score, [...path, 'scores', index]));
    if (scores.length > 0) draft.list(groupIndex, subject).push(...scores);
    return;
  }
  arrayAt(data.ballots, [...path, 'ballots']).forEach((entry, index) => {
    const at = [...path, 'ballots', index];
    const [evaluatorId, hundredths, position] = arrayAt(entry, at);
    if (typeof evaluatorId !== 'string') fail([...at, 0]);
    draft.keep(groupIndex, subject, evaluatorId, integerAt(hundredths, [...at, 1]), wholeAt(position, [...at, 2]));
  });
}
