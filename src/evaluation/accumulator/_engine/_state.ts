/**
 * The accumulator's state (private). What is kept per subject and group depends on what the
 * figure needs and on whether duplicates are checked:
 *
 * - `stats` (mean or trimmed mean, duplicates unchecked): the count, the sum in hundredths, and
 *   the `dropHighest` highest and `dropLowest` lowest scores. The trimmed sum is the sum minus the
 *   kept extremes, so memory grows with subjects, not ballots, and two partials merge by adding
 *   sums and keeping the extremes of both lists.
 * - `scores` (median, unchecked): every score, since any of them can be the middle one.
 * - `ballots` (duplicates checked): every ballot with its evaluator and position, since a later
 *   ballot may replace an earlier one; duplicates are resolved when the result is finalized. The
 *   ballots of all groups go to one {@link BallotLog}.
 *
 * Columns are typed arrays indexed by a subject number. A state is never changed once an
 * accumulator holds it: adding copies the columns (a memory copy) and extends the subject
 * registry and the ballot log, which versions share append-only. A version sees only subject
 * numbers below its own `size` and log entries below its `logLength`, and a version that is not
 * the latest copies them before adding (see `_draft.ts`), so every accumulator still behaves as an
 * immutable value.
 */
import { InvalidInputError, inputIssue } from '../../../core/input';
import { createIssue } from '../../../core/message';
import { EVALUATION_MESSAGES } from '../../messages';
import type { IssuePath } from '../../../core/issue';
import type { CompiledPolicy } from '../../policy/_compilePolicy';
import type { EvaluationAccumulator, IssueRecordJson } from '../types';
import { emptyLog, type BallotLog } from './_ballotLog';

export interface State {
  readonly compiled: CompiledPolicy;
  readonly registry: Registry;
  readonly size: number;
  readonly capacity: number;
  /** Each subject's first ballot position. */
  readonly first: Float64Array;
  readonly columns: readonly Column[];
  /**
   * The subject numbers in the order of their ids (by UTF-16 code units), when known: a partial
   * read from its columns or bytes carries it, and merging such partials keeps it, so that they
   * merge by walking two sorted id tables instead of hashing every id (see `_remap.ts`).
   */
  readonly byId: Int32Array | undefined;
  /** The checked ballots: the log's first `logLength` entries. */
  readonly log: BallotLog;
  readonly logLength: number;
  readonly records: readonly IssueRecordJson[];
  readonly ballotCount: number;
  readonly nextIndex: number;
}

/**
 * Subject ids and their numbers, shared append-only between versions. The map from id to number is
 * built when first needed (see {@link numberOf}): a partial read from its columns and merged with
 * others by sorted id tables never needs it.
 */
export interface Registry {
  numberOf: Map<string, number> | undefined;
  readonly ids: string[];
}

/** The registry's map from id to number, built from its ids the first time it is asked for. */
export function numberOf(registry: Registry): Map<string, number> {
  if (registry.numberOf === undefined) {
    const map = new Map<string, number>();
    const { ids } = registry;
    for (let number = 0; number < ids.length; number += 1) map.set(ids[number]!, number);
    registry.numberOf = map;
  }
  return registry.numberOf;
}

export type Column = StatsColumn | ScoresColumn | BallotsColumn;

/** A group's column of running figures. */
export interface StatsColumn {
  readonly store: 'stats';
  readonly count: Float64Array;
  readonly sum: Float64Array;
  /** `dropHighest` slots per subject, highest first. */
  readonly highest: Float64Array;
  /** `dropLowest` slots per subject, lowest first. */
  readonly lowest: Float64Array;
}

/** A group's column of every score. */
export interface ScoresColumn {
  readonly store: 'scores';
  readonly lists: (number[] | undefined)[];
}

/** A checked group's column: its ballots are in the state's log. */
export interface BallotsColumn {
  readonly store: 'ballots';
}

/** The state of an accumulator without ballots. */
export function emptyState(compiled: CompiledPolicy): State {
  return {
    compiled,
    registry: { numberOf: new Map(), ids: [] },
    size: 0,
    capacity: 0,
    first: new Float64Array(0),
    byId: new Int32Array(0),
    columns: compiled.groups.map((group): Column =>
      group.store === 'stats'
        ? { store: 'stats', count: new Float64Array(0), sum: new Float64Array(0), highest: new Float64Array(0), lowest: new Float64Array(0) }
        : group.store === 'scores'
          ? { store: 'scores', lists: [] }
          : { store: 'ballots' },
    ),
    log: emptyLog(),
    logLength: 0,
    records: [],
    ballotCount: 0,
    nextIndex: 0,
  };
}

/** A new accumulator over a finished state. */
export function wrapState<G extends string>(state: State): EvaluationAccumulator<G> {
  return new Accumulator(state) as unknown as EvaluationAccumulator<G>;
}

/**
 * The state of an accumulator.
 *
 * @param path - where the accumulator is among the caller's parameters, for the issue.
 * @throws {@link InvalidInputError} (a `TypeError`) when `accumulator` was not made by this module:
 *   `evaluation.accumulatorCopy` at `path` for a copy (one posted to another thread), saying what
 *   to send instead; `input.expected` at `path` for anything else.
 */
export function stateOf(accumulator: EvaluationAccumulator<string>, path: IssuePath = ['accumulator']): State {
  const state = Accumulator.stateOf(accumulator);
  if (state !== undefined) return state;
  if (isCopy(accumulator)) {
    throw new InvalidInputError([createIssue(EVALUATION_MESSAGES, 'evaluation.accumulatorCopy', 'error', path, {})]);
  }
  throw new InvalidInputError([inputIssue('input.expected', path, { expected: 'accumulator' }, accumulator)]);
}

/**
 * Whether a value is what is left of an accumulator copied by `postMessage`, `structuredClone` or
 * a JSON round trip: its four plain fields without its state.
 */
function isCopy(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { ballotCount, nextIndex, subjectCount } = value as Partial<Record<string, unknown>>;
  return 'policy' in value && typeof ballotCount === 'number' && typeof nextIndex === 'number' && typeof subjectCount === 'number';
}

/**
 * An accumulator: a frozen object with four plain fields, whose state is a private field, out of
 * reach, so that an application can freeze, copy, compare or log an accumulator without touching
 * typed arrays (a copy has no state, and is refused).
 */
class Accumulator {
  readonly policy: CompiledPolicy['policy'];
  readonly ballotCount: number;
  readonly nextIndex: number;
  readonly subjectCount: number;
  readonly #state: State;

  constructor(state: State) {
    this.policy = state.compiled.policy;
    this.ballotCount = state.ballotCount;
    this.nextIndex = state.nextIndex;
    this.subjectCount = state.size;
    this.#state = state;
    Object.freeze(this);
  }

  static stateOf(value: unknown): State | undefined {
    return typeof value === 'object' && value !== null && #state in value ? (value as Accumulator).#state : undefined;
  }
}
