/**
 * The orders that make results independent of how partials were merged (private): subjects by
 * their first ballot, recorded problems by ballot position. Text compares by UTF-16 code units,
 * never by locale, so every machine sorts alike.
 */
import { compareText } from '../_lib/order';
import { canonicalJson } from './_policy';
import type { KeptBallot, State } from './_state';
import type { IssueRecordJson } from './types';

export { compareText };

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
export function subjectOrder(state: State): readonly number[] {
  const { first, size } = state;
  const ids = state.registry.ids;
  const order: number[] = [];
  for (let index = 0; index < size; index += 1) order.push(index);
  const before = (a: number, b: number) => first[a]! - first[b]! || compareText(ids[a]!, ids[b]!);
  for (let index = 1; index < size; index += 1) {
    if (before(index - 1, index) > 0) return order.sort(before);
  }
  return order;
}


/** Orders kept ballots by position; ties (reused positions) by score, then evaluator. */
export function compareKept(a: KeptBallot, b: KeptBallot): number {
  return a.position - b.position || a.hundredths - b.hundredths || compareText(a.evaluatorId, b.evaluatorId);
}

/** The ballots in ballot order: usually already so, since a chunk is added in order. */
export function inBallotOrder(ballots: readonly KeptBallot[]): readonly KeptBallot[] {
  for (let index = 1; index < ballots.length; index += 1) {
    if (compareKept(ballots[index - 1]!, ballots[index]!) > 0) return [...ballots].sort(compareKept);
  }
  return ballots;
}
