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
  /** The checked ballots: the log's first `logLength` entries. */
  readonly log: BallotLog;
  readonly logLength: number;
  readonly records: readonly IssueRecordJson[];
  readonly ballotCount: number;
  readonly nextIndex: number;
}

/** Subject ids and their numbers, shared append-only between versions. */
export interface Registry {
  readonly numberOf: Map<string, number>;
  readonly ids: string[];
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
 * @throws {@link InvalidInputError} (a `TypeError`) when `accumulator` was not made by this module
 *   (a copy or a JSON object): `input.expected` at `path`.
 */
export function stateOf(accumulator: EvaluationAccumulator<string>, path: IssuePath = ['accumulator']): State {
  const state = Accumulator.stateOf(accumulator);
  if (state === undefined) throw new InvalidInputError([inputIssue('input.expected', path, { expected: 'accumulator' }, accumulator)]);
  return state;
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
