import { expectTypeOf, test } from 'vitest';
import {
  accumulatorFromBytes,
  accumulatorFromColumns,
  accumulatorToBytes,
  accumulatorToColumns,
  createAccumulator,
  partialTransferList,
  SCHOOL_FOUR_SIDED_EVALUATION,
  type AccumulatorColumns,
  type EvaluationAccumulator,
  type GroupColumns,
} from '../../src/evaluation';
import type { ParseResult } from '../../src/core/issue';

type School = keyof typeof SCHOOL_FOUR_SIDED_EVALUATION.groups;

test('the compact forms keep the policy’s group codes on the way back', () => {
  const partial = createAccumulator(SCHOOL_FOUR_SIDED_EVALUATION);
  const columns = accumulatorToColumns(partial);
  expectTypeOf(columns).toEqualTypeOf<AccumulatorColumns>();
  expectTypeOf(accumulatorToBytes(partial)).toEqualTypeOf<Uint8Array>();
  expectTypeOf(partialTransferList(columns)).toEqualTypeOf<ArrayBuffer[]>();
  expectTypeOf(accumulatorFromColumns(columns, SCHOOL_FOUR_SIDED_EVALUATION)).toEqualTypeOf<ParseResult<EvaluationAccumulator<School>>>();
  expectTypeOf(accumulatorFromBytes(new Uint8Array(0), SCHOOL_FOUR_SIDED_EVALUATION)).toEqualTypeOf<ParseResult<EvaluationAccumulator<School>>>();
});

test('a group’s columns say which store they are, and nothing else fits', () => {
  expectTypeOf<GroupColumns['store']>().toEqualTypeOf<'stats' | 'scores' | 'ballots'>();
  // @ts-expect-error: running figures are typed arrays, not lists
  const wrong: GroupColumns = { store: 'stats', count: [1], sum: [9000], highest: [], lowest: [] };
  void wrong;
  // @ts-expect-error: the columns form is read back, not passed where an accumulator is expected
  accumulatorToColumns(accumulatorToColumns(createAccumulator(SCHOOL_FOUR_SIDED_EVALUATION)));
});
