import { assertInput, expectList, expectNumber, expectObject, type InputIssues } from '../../core/input';
import { showValue } from '../../core/_showValue';
import { HUNDREDTHS, toUnits } from '../_arithmetic';
import { groupIndexOf } from '../policy/_compilePolicy';
import type { ScoreBallot } from '../policy/types';
import { Draft } from './_engine/_draft';
import { stateOf, wrapState } from './_engine/_state';
import { isExcludedSelfBallot } from './_rule';
import type { EvaluationAccumulator } from './types';

/**
 * Adds a chunk of score ballots to an accumulator. Each ballot is checked (non-empty subject and
 * evaluator ids, a group of the policy, a finite score with at most two decimals, within the
 * scale); a ballot that fails is recorded as an issue of the run and not counted, and so is a
 * ballot that is not an object at all (`evaluation.ballotNotObject`). A `group` or `score` that is
 * missing is `input.missing`, and one of the wrong kind (a group that is not text, a score that is
 * not a number, such as the text `"90"`) `input.expected`, at `['ballots', position, field]`. A `peer` ballot on oneself
 * is recorded and left out when the policy says so.
 *
 * Each call copies the accumulator's per-subject columns (an accumulator is never changed in
 * place), so add a large collection in few calls — one list, or one generator that reads it in
 * batches (`csvBatches` of `cxzy/tables`) — not in thousands of small chunks.
 *
 * @param accumulator - the accumulator to add to. Not modified.
 * @param ballots - the chunk: a list, or any iterable read once in order (a generator reading a
 *   file in batches adds a million rows in one call, holding none of them). Not modified.
 * @param options - where the chunk starts in the whole collection.
 * @returns a new accumulator holding the earlier ballots and these.
 * @throws {@link InvalidInputError} (a `TypeError`) when `accumulator` was not made by this module,
 *   `ballots` is not a list or another iterable, `options` is not an object, or `options.firstIndex` is not a whole
 *   number of at least 0; its `issues` say which, with paths such as `['options', 'firstIndex']`.
 *
 * @example
 * ```ts
 * import { addBallots, createAccumulator, finalizeAccumulator, THREE_SIDED_EVALUATION } from 'cxzy/evaluation';
 * let accumulator = createAccumulator(THREE_SIDED_EVALUATION);
 * accumulator = addBallots(accumulator, [{ subjectId: 'm01', evaluatorId: 'l1', group: 'leadership', score: 90 }]);
 * accumulator = addBallots(accumulator, [{ subjectId: 'm01', evaluatorId: 'l2', group: 'leadership', score: 85 }]);
 * finalizeAccumulator(accumulator).subjects[0]?.groups.leadership.value; // 87.5
 * ```
 */
export function addBallots<G extends string>(
  accumulator: EvaluationAccumulator<G>,
  ballots: Iterable<ScoreBallot<string>>,
  options: AddBallotsOptions = {},
): EvaluationAccumulator<G> {
  const state = stateOf(accumulator);
  const issues: InputIssues = [];
  expectBallots(ballots, issues);
  if (expectObject(options, ['options'], issues) && options.firstIndex !== undefined) {
    expectNumber(options.firstIndex, ['options', 'firstIndex'], issues, { integer: true, min: 0, max: Number.MAX_SAFE_INTEGER });
  }
  assertInput(issues);
  const firstIndex = options.firstIndex ?? state.nextIndex;
  const compiled = state.compiled;
  const draft = new Draft(state);
  // One growth of the log for a list rather than several as it fills.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: reserving only saves the log growing step by step
  if (compiled.valid && compiled.checked && Array.isArray(ballots)) draft.reserve(ballots.length);
  // A list, or ballots made one at a time (read from a file in batches): each is added as it
  // comes, and none is held here once added. Under a policy with problems no ballot is read (no
  // scale, no groups to check it against), only counted: the result is the policy's issues and no
  // figures, however many ballots come.
  let count = 0;
  for (const ballot of ballots as Iterable<unknown>) {
    if (compiled.valid) addBallot(draft, ballot, firstIndex + count);
    count += 1;
  }
  draft.ballotCount += count;
  draft.nextIndex = Math.max(draft.nextIndex, firstIndex + count);
  return wrapState<G>(draft.finish());
}

/** Checks one ballot and adds it to the draft, or records why it is not counted. */
function addBallot(draft: Draft, ballot: unknown, position: number): void {
  const compiled = draft.compiled;
  if (typeof ballot !== 'object' || ballot === null) {
    draft.record('evaluation.ballotNotObject', position, '', { position });
    return;
  }
  const { subjectId, evaluatorId, group, score } = ballot as Partial<Record<keyof ScoreBallot<string>, unknown>>;
  // A ballot that names its subject makes the subject known even when it cannot be counted: a
  // subject without a valid ballot is then listed, without a combined score, saying why.
  if (!isId(subjectId)) {
    draft.record('evaluation.missingId', position, 'subjectId', { position, field: 'subjectId' });
    return;
  }
  draft.subject(subjectId, position);
  if (!isId(evaluatorId)) {
    draft.record('evaluation.missingId', position, 'evaluatorId', { position, field: 'evaluatorId' });
    return;
  }
  // A group or a score that is missing, or not text / not a number, is said so (`input.*`);
  // the domain's own words are for a value that is there but wrong.
  if (typeof group !== 'string') {
    draft.recordInput(position, 'group', 'text', group);
    return;
  }
  const groupIndex = groupIndexOf(compiled.codes, group);
  if (groupIndex === -1) {
    draft.record('evaluation.unknownGroup', position, 'group', { position, group: showValue(group) });
    return;
  }
  if (typeof score !== 'number') {
    draft.recordInput(position, 'score', 'number', score);
    return;
  }
  if (!Number.isFinite(score)) {
    draft.record('evaluation.scoreNotFinite', position, 'score', { position, score: showValue(score) });
    return;
  }
  const { min, max } = compiled.range;
  if (score < min || score > max) {
    draft.record('evaluation.scoreOutOfRange', position, 'score', { position, score, min, max });
    return;
  }
  const hundredths = toUnits(score, HUNDREDTHS);
  if (hundredths === undefined) {
    draft.record('evaluation.scoreTooPrecise', position, 'score', { position, score });
    return;
  }
  const subject = draft.subject(subjectId, position);
  if (isExcludedSelfBallot(compiled, groupIndex, subjectId, evaluatorId)) {
    draft.record('evaluation.selfBallotExcluded', position, 'evaluatorId', { position, subjectId }, subjectId);
    return;
  }
  // Kept as the policy needs it: every ballot when duplicates are checked, every score for a
  // median, running figures otherwise (see `_engine/_state.ts`).
  if (compiled.checked) draft.keep(groupIndex, subject, evaluatorId, hundredths, position);
  else if (compiled.groups[groupIndex]!.store === 'scores') draft.list(groupIndex, subject).push(hundredths);
  else draft.addScore(groupIndex, subject, hundredths);
}

/**
 * Options of {@link addBallots}.
 *
 * @example
 * ```ts
 * import type { AddBallotsOptions } from 'cxzy/evaluation';
 * const options: AddBallotsOptions = { firstIndex: 200_000 };
 * ```
 */
export interface AddBallotsOptions {
  /**
   * The position, in the whole collection, of `ballots[0]`; ballot `i` is at `firstIndex + i`.
   * Positions are the "ballot order" duplicates are resolved by, and issue paths point at them
   * (`['ballots', position, 'score']`). Defaults to the accumulator's `nextIndex`, which is right
   * when chunks are added in order to one accumulator; a shard must say where its chunk starts.
   *
   * @defaultValue the accumulator's `nextIndex`
   */
  readonly firstIndex?: number;
}

/**
 * Checks that `ballots` is a list or another iterable (a generator, a Set): anything else is
 * `input.expected` a list at `['ballots']`. Internal: `aggregateEvaluations` checks with it too.
 */
export function expectBallots(ballots: unknown, issues: InputIssues): ballots is Iterable<unknown> {
  // Stryker disable next-line ConditionalExpression: a shortcut; a list is an iterable object, which the next line accepts
  if (Array.isArray(ballots)) return true;
  if (typeof ballots === 'object' && ballots !== null && typeof (ballots as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function') return true;
  return expectList(ballots, ['ballots'], issues);
}

/** Ids are non-empty strings (a ballot read from JSON may carry anything). */
function isId(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}
