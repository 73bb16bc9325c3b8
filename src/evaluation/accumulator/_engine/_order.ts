/**
 * The orders that make results independent of how partials were merged (private): subjects by
 * their first ballot, recorded problems by ballot position. Text compares by UTF-16 code units,
 * never by locale, so every machine sorts alike.
 */
import { compareText } from '../../../core/_compareText';
import { canonicalJson } from '../../policy/_compilePolicy';
import type { IssueRecordJson } from '../types';
import type { State } from './_state';

/**
 * Orders recorded problems by ballot position, then code and field; records that still tie (two
 * shards that reused positions) by subject and parameters, so the order never depends on how the
 * partials were merged.
 */
export function compareRecords(a: IssueRecordJson, b: IssueRecordJson): number {
  return (
    a.position - b.position ||
    compareText(a.code, b.code) ||
    compareText(a.field, b.field) ||
    compareText(a.subjectId ?? '', b.subjectId ?? '') ||
    compareText(canonicalJson(a.params), canonicalJson(b.params))
  );
}

/** The subject numbers in the order of their first ballot (ties, from careless sharding, by id). */
export function subjectOrder(state: State): Int32Array {
  const { first, size } = state;
  const ids = state.registry.ids;
  // Typed, and checked without a callback: usually already in order, at a few stores a subject.
  const order = new Int32Array(size);
  for (let index = 0; index < size; index += 1) order[index] = index;
  const before = (a: number, b: number) => first[a]! - first[b]! || compareText(ids[a]!, ids[b]!);
  for (let index = 1; index < size; index += 1) {
    const previous = first[index - 1]!;
    const current = first[index]!;
    if (previous > current || (previous === current && compareText(ids[index - 1]!, ids[index]!) > 0)) return order.sort(before);
  }
  return order;
}

/**
 * A state's logged ballots by subject and group, copied out of the log in ballot order: the
 * ballots of subject `s` in group `g` are at `start[b]` up to `start[b + 1]` in the other columns,
 * where `b = s × groups + g`.
 */
export interface LoggedBallots {
  readonly start: Int32Array;
  readonly evaluators: string[];
  readonly hundredths: Float64Array;
  readonly positions: Float64Array;
  /** The ballots' origins (see `_ballotLog.ts`): two entries are the same ballot when both are equal. */
  readonly chunkOf: Int32Array;
  readonly serials: Uint32Array;
}

/** Orders two ballots by position; ties (reused positions) by score, then evaluator. */
function compareBallots(ballots: LoggedBallots, a: number, b: number): number {
  return (
    ballots.positions[a]! - ballots.positions[b]! ||
    ballots.hundredths[a]! - ballots.hundredths[b]! ||
    compareText(ballots.evaluators[a]!, ballots.evaluators[b]!)
  );
}

/**
 * Sorts the log into {@link LoggedBallots} by counting. The log interleaves subjects, so the
 * ballots are copied into place once rather than visited through an index in scattered order by
 * every later pass. Each bucket is then put in ballot order, which it usually already is, since
 * chunks are added in order.
 */
export function loggedBallots(state: State): LoggedBallots {
  const { log, logLength } = state;
  const groupCount = state.compiled.groups.length;
  const buckets = state.size * groupCount;
  const start = new Int32Array(buckets + 1);
  const bucketOf = (entry: number) => log.subjects[entry]! * groupCount + log.groups[entry]!;
  for (let entry = 0; entry < logLength; entry += 1) start[bucketOf(entry) + 1] = start[bucketOf(entry) + 1]! + 1;
  for (let bucket = 0; bucket < buckets; bucket += 1) start[bucket + 1] = start[bucket + 1]! + start[bucket]!;
  const next = start.slice(0, buckets);
  const sorted: LoggedBallots = {
    start,
    evaluators: new Array<string>(logLength),
    hundredths: new Float64Array(logLength),
    positions: new Float64Array(logLength),
    chunkOf: new Int32Array(logLength),
    serials: new Uint32Array(logLength),
  };
  for (let entry = 0; entry < logLength; entry += 1) {
    const bucket = bucketOf(entry);
    const at = next[bucket]!;
    next[bucket] = at + 1;
    sorted.evaluators[at] = log.evaluators[entry]!;
    sorted.hundredths[at] = log.hundredths[entry]!;
    sorted.positions[at] = log.positions[entry]!;
    sorted.chunkOf[at] = log.chunkOf[entry]!;
    sorted.serials[at] = log.serials[entry]!;
  }
  for (let bucket = 0; bucket < buckets; bucket += 1) {
    for (let at = start[bucket]! + 1; at < start[bucket + 1]!; at += 1) {
      if (compareBallots(sorted, at - 1, at) > 0) {
        sortBucket(sorted, start[bucket]!, start[bucket + 1]!);
        break;
      }
    }
  }
  return sorted;
}

/** Puts the ballots from `from` up to `to` in ballot order. */
function sortBucket(ballots: LoggedBallots, from: number, to: number): void {
  const order = Array.from({ length: to - from }, (_, index) => from + index).sort((a, b) => compareBallots(ballots, a, b));
  const evaluators = order.map((at) => ballots.evaluators[at]!);
  const hundredths = order.map((at) => ballots.hundredths[at]!);
  const positions = order.map((at) => ballots.positions[at]!);
  const chunkOf = order.map((at) => ballots.chunkOf[at]!);
  const serials = order.map((at) => ballots.serials[at]!);
  for (let index = 0; index < order.length; index += 1) {
    ballots.evaluators[from + index] = evaluators[index]!;
    ballots.hundredths[from + index] = hundredths[index]!;
    ballots.positions[from + index] = positions[index]!;
    ballots.chunkOf[from + index] = chunkOf[index]!;
    ballots.serials[from + index] = serials[index]!;
  }
}
