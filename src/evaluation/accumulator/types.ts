/**
 * The accumulator, the results it finalizes to, and its JSON wire form.
 */
import type { InputIssueCode } from '../../core/input';
import type { Issue } from '../../core/issue';
import type { EvaluationIssueCode } from '../messages';
import type { AggregationPolicy, EvaluatorGroup } from '../policy/types';

/**
 * Whether a group's figure was counted: `counted` (enough ballots), `underfilled` (some ballots
 * but fewer than the rule needs) or `missing` (none).
 *
 * @example
 * ```ts
 * import type { GroupStatus } from 'cxzy/evaluation';
 * const status: GroupStatus = 'underfilled';
 * ```
 */
export type GroupStatus = 'counted' | 'missing' | 'underfilled';

/**
 * How a group entered the combined score: with its `value`, as a `zero` (a missing group under
 * `missingGroup: 'zero'`), or `excluded` (renormalized away, or no combined score).
 *
 * @example
 * ```ts
 * import type { CombinedAs } from 'cxzy/evaluation';
 * const how: CombinedAs = 'zero';
 * ```
 */
export type CombinedAs = 'value' | 'zero' | 'excluded';

/**
 * One group's figure for one subject, with what a reader needs to check it by hand.
 *
 * @example
 * ```ts
 * import type { GroupFigure } from 'cxzy/evaluation';
 * const peer: GroupFigure = {
 *   value: 88, count: 5, status: 'counted', combinedAs: 'value',
 *   dropped: { highest: [96], lowest: [70] },
 * };
 * ```
 */
export interface GroupFigure {
  /** The group's figure at the policy's precision; `null` when no figure can be computed. */
  readonly value: number | null;
  /** How many ballots counted (after duplicates and self-ballots, before trimming). */
  readonly count: number;
  /** Whether the figure was counted. */
  readonly status: GroupStatus;
  /** How the group entered the combined score. */
  readonly combinedAs: CombinedAs;
  /** The scores a trimmed mean dropped, each list most extreme first; empty for other methods. */
  readonly dropped: { readonly highest: readonly number[]; readonly lowest: readonly number[] };
}

/**
 * Everything computed for one subject.
 *
 * @typeParam G - the policy's group codes.
 *
 * @example
 * ```ts
 * import { aggregateEvaluations, THREE_SIDED_EVALUATION } from 'cxzy/evaluation';
 * const [result] = aggregateEvaluations(
 *   [{ subjectId: 'm01', evaluatorId: 'l1', group: 'leadership', score: 90 }],
 *   THREE_SIDED_EVALUATION,
 * ).subjects;
 * result?.groups.leadership.value; // 90
 * ```
 */
export interface SubjectResult<G extends string = EvaluatorGroup> {
  /** The subject's id. */
  readonly subjectId: string;
  /** Each of the policy's groups, counted or not. */
  readonly groups: Readonly<Record<G, GroupFigure>>;
  /**
   * The weighted mean of the counted groups' figures (Σ weight × value ÷ Σ weight, each figure as
   * published), rounded once to the precision; `null` when there is none: no group counted (an
   * error `evaluation.noValidBallots` or `evaluation.noCountedGroup` says why; never 0, so the
   * subject is not ranked), a group missing under `missingGroup: 'error'`, or counted groups
   * short of the policy's `minimum` (`evaluation.belowMinimumGroups`,
   * `evaluation.belowMinimumWeight`).
   */
  readonly combined: number | null;
  /** The subject's issues: missing or under-filled groups, duplicates, excluded self-ballots. */
  readonly issues: readonly Issue<EvaluationIssueCode>[];
}

/**
 * What an evaluation run gives: each subject (in the order of its first ballot) and the run's
 * issues (an invalid policy, ballots that could not be counted).
 *
 * @typeParam G - the policy's group codes.
 *
 * @example
 * ```ts
 * import { aggregateEvaluations, THREE_SIDED_EVALUATION } from 'cxzy/evaluation';
 * const result = aggregateEvaluations(
 *   [{ subjectId: 'm01', evaluatorId: 'x', group: 'alumni', score: 90 }],
 *   THREE_SIDED_EVALUATION,
 * );
 * result.issues[0]?.code; // 'evaluation.unknownGroup'
 * ```
 */
export interface EvaluationResult<G extends string = EvaluatorGroup> {
  /** Each subject that has at least one countable ballot. */
  readonly subjects: readonly SubjectResult<G>[];
  /**
   * Issues of the run, sorted by ballot position: `input.*` first when the policy or the ballots
   * are not shaped as their types say.
   */
  readonly issues: readonly Issue<EvaluationIssueCode | InputIssueCode>[];
}

declare const accumulatorBrand: unique symbol;

/**
 * A partial evaluation: the figures' ingredients for the ballots added so far. Opaque and
 * immutable: `addBallots` and `mergeAccumulators` return new accumulators, and
 * `finalizeAccumulator` turns one into an {@link EvaluationResult}. Merging partials of any split
 * of the ballots, in any order, gives exactly what one pass over all of them gives. Its data is
 * private: to send a partial to another thread or machine, send its columns, bytes or JSON form
 * (`accumulatorToColumns`, `accumulatorToBytes`, `accumulatorToJson`); a copy of the accumulator
 * itself (by `postMessage` or `structuredClone`) is refused (`evaluation.accumulatorCopy`).
 *
 * @typeParam G - the policy's group codes.
 *
 * @example
 * ```ts
 * import { addBallots, createAccumulator, THREE_SIDED_EVALUATION } from 'cxzy/evaluation';
 * const accumulator = addBallots(createAccumulator(THREE_SIDED_EVALUATION), [
 *   { subjectId: 'm01', evaluatorId: 'l1', group: 'leadership', score: 90 },
 * ]);
 * accumulator.ballotCount; // 1
 * ```
 */
export interface EvaluationAccumulator<G extends string = EvaluatorGroup> {
  /**
   * The policy every ballot is read under, as given; `null` when what was given was not an object
   * at all (its issues are reported by `finalizeAccumulator`).
   */
  readonly policy: AggregationPolicy<G>;
  /** How many ballots were added (valid or not). */
  readonly ballotCount: number;
  /** One past the highest ballot position seen: where the next chunk starts by default. */
  readonly nextIndex: number;
  /** How many subjects have ballots. */
  readonly subjectCount: number;
  /** Marks accumulators made by this module; there is no such property at run time. */
  readonly [accumulatorBrand]: G;
}

/**
 * One group's ingredients in the JSON form of a partial: running sums for the mean and the trimmed
 * mean (`sum` and the kept extremes, all in hundredths), every score for the median, or every
 * ballot `[evaluatorId, hundredths, position]` when duplicates are checked.
 *
 * @example
 * ```ts
 * import type { GroupPartialJson } from 'cxzy/evaluation';
 * const part: GroupPartialJson = { count: 3, sum: 27000, highest: [9500], lowest: [8500] };
 * ```
 */
export type GroupPartialJson =
  | { readonly count: number; readonly sum: number; readonly highest: readonly number[]; readonly lowest: readonly number[] }
  | { readonly scores: readonly number[] }
  | { readonly ballots: readonly (readonly [string, number, number])[] };

/**
 * A recorded problem in the JSON form of a partial: the issue's code, the ballot position, the
 * subject it belongs to (for subject issues) and the message parameters.
 *
 * @example
 * ```ts
 * import type { IssueRecordJson } from 'cxzy/evaluation';
 * const record: IssueRecordJson = { code: 'evaluation.unknownGroup', position: 7, field: 'group', params: { group: 'alumni' } };
 * ```
 */
export interface IssueRecordJson {
  /**
   * The issue code: a ballot's own problem (`evaluation.*`), or a field of it that is missing
   * (`input.missing`) or of the wrong kind (`input.expected`, with `params.expected`, and what was
   * found in `params.found` and `params.shown`).
   */
  readonly code: EvaluationIssueCode | InputIssueCode;
  /** The ballot's position in the whole collection. */
  readonly position: number;
  /** The ballot field the issue points at. */
  readonly field: string;
  /** The subject, for issues that belong to one. */
  readonly subjectId?: string;
  /** The message parameters. */
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * The JSON form of an {@link EvaluationAccumulator}: plain data a worker can send to another
 * process or store between runs. It is canonical: two partials holding the same ballots
 * serialize to equal JSON, whatever order they were merged in.
 *
 * @example
 * ```ts
 * import { accumulatorToJson, createAccumulator, THREE_SIDED_EVALUATION } from 'cxzy/evaluation';
 * const json = accumulatorToJson(createAccumulator(THREE_SIDED_EVALUATION));
 * json.format; // 'cxzy.evaluation.partial'
 * JSON.parse(JSON.stringify(json)); // the same data
 * ```
 */
export interface AccumulatorJson {
  /** Identifies the format. */
  readonly format: 'cxzy.evaluation.partial';
  /** The format's version. */
  readonly version: 1;
  /** The policy the partial was computed under. */
  readonly policy: AggregationPolicy<string>;
  /** How many ballots were added. */
  readonly ballotCount: number;
  /** One past the highest ballot position seen. */
  readonly nextIndex: number;
  /** The group codes, in the order `subjects[].groups` lists them (sorted). */
  readonly groupOrder: readonly string[];
  /** Each subject: id, the position of its first ballot, and each group's ingredients. */
  readonly subjects: readonly {
    readonly id: string;
    readonly first: number;
    readonly groups: readonly GroupPartialJson[];
  }[];
  /** The problems recorded so far, sorted by position and code. */
  readonly records: readonly IssueRecordJson[];
}

/**
 * One group's ingredients in the columns form of a partial, subject `i` at index `i` (the `store`
 * says which, as the policy needs it):
 *
 * - `stats` (a mean or trimmed mean, duplicates unchecked): each subject's ballot `count`, `sum`
 *   in hundredths, and its kept extremes — `dropHighest` slots a subject in `highest` (highest
 *   first) and `dropLowest` in `lowest` (lowest first), of which the first `min(count, drop)` are
 *   read;
 * - `scores` (a median, unchecked): every score in hundredths, subject `i`'s from `offsets[i]` up
 *   to `offsets[i + 1]`;
 * - `ballots` (duplicates checked): the ballots are in the partial's `ballots` log.
 *
 * @example
 * ```ts
 * import type { GroupColumns } from 'cxzy/evaluation';
 * const peer: GroupColumns = {
 *   store: 'stats',
 *   count: new Float64Array([3]),
 *   sum: new Float64Array([27_000]),
 *   highest: new Float64Array([9_500]),
 *   lowest: new Float64Array([8_500]),
 * };
 * ```
 */
export type GroupColumns =
  | {
      /** Running figures. */
      readonly store: 'stats';
      /** Each subject's number of ballots. */
      readonly count: Float64Array;
      /** Each subject's sum of scores, in hundredths. */
      readonly sum: Float64Array;
      /** `dropHighest` slots a subject: its highest scores, in hundredths, highest first. */
      readonly highest: Float64Array;
      /** `dropLowest` slots a subject: its lowest scores, in hundredths, lowest first. */
      readonly lowest: Float64Array;
    }
  | {
      /** Every score. */
      readonly store: 'scores';
      /** Where each subject's scores start in `scores`, and one past the last subject's. */
      readonly offsets: Float64Array;
      /** The scores, in hundredths, subject after subject. */
      readonly scores: Float64Array;
    }
  | {
      /** Every ballot, in the partial's `ballots` log. */
      readonly store: 'ballots';
    };

/**
 * The checked ballots of a columns partial (duplicates checked): entry `i` is the ballot of
 * `evaluators[i]` on subject `subjects[i]` in group `groups[i]` (an index into `groupOrder`).
 *
 * @example
 * ```ts
 * import type { BallotColumns } from 'cxzy/evaluation';
 * const log: BallotColumns = {
 *   subjects: new Int32Array([0]),
 *   groups: new Int32Array([0]),
 *   hundredths: new Float64Array([9_000]),
 *   positions: new Float64Array([0]),
 *   evaluators: ['l1'],
 * };
 * ```
 */
export interface BallotColumns {
  /** Each ballot's subject: an index into `subjectIds`. */
  readonly subjects: Int32Array;
  /** Each ballot's group: an index into `groupOrder`. */
  readonly groups: Int32Array;
  /** Each ballot's score, in hundredths. */
  readonly hundredths: Float64Array;
  /** Each ballot's position in the whole collection. */
  readonly positions: Float64Array;
  /** Each ballot's evaluator. */
  readonly evaluators: readonly string[];
}

/**
 * The columns form of an {@link EvaluationAccumulator}: typed arrays and one table of subject ids,
 * a few dozen bytes a subject, to post from a worker thread with its buffers transferred
 * ({@link partialTransferList}) rather than copied, and to read back with
 * `accumulatorFromColumns`. Its size grows with the subjects (and, for medians and checked
 * duplicates, with the ballots kept), never with the ballots a mean summed. Unlike the JSON form it
 * is not canonical: it lists subjects as the accumulator numbers them.
 *
 * @example
 * ```ts
 * import { accumulatorToColumns, createAccumulator, THREE_SIDED_EVALUATION } from 'cxzy/evaluation';
 * const columns = accumulatorToColumns(createAccumulator(THREE_SIDED_EVALUATION));
 * columns.format; // 'cxzy.evaluation.columns'
 * structuredClone(columns).subjectIds; // []
 * ```
 */
export interface AccumulatorColumns {
  /** Identifies the format. */
  readonly format: 'cxzy.evaluation.columns';
  /** The format's version. */
  readonly version: 1;
  /** The policy the partial was computed under. */
  readonly policy: AggregationPolicy<string>;
  /** How many ballots were added. */
  readonly ballotCount: number;
  /** One past the highest ballot position seen. */
  readonly nextIndex: number;
  /** The group codes, in the order `groups` lists them (sorted). */
  readonly groupOrder: readonly string[];
  /** The subject ids: subject `i` is `subjectIds[i]`. */
  readonly subjectIds: readonly string[];
  /** The subjects sorted by id (by UTF-16 code units): how partials merge without hashing ids. */
  readonly byId: Int32Array;
  /** Each subject's first ballot position. */
  readonly first: Float64Array;
  /** Each group's ingredients, in `groupOrder`. */
  readonly groups: readonly GroupColumns[];
  /** The checked ballots; empty when duplicates are unchecked. */
  readonly ballots: BallotColumns;
  /** The problems recorded so far, sorted by position and code. */
  readonly records: readonly IssueRecordJson[];
}
