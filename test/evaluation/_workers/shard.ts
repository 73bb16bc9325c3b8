/**
 * The worker of the worker-thread recipe's test (see workerRecipe.test.ts and the evaluation
 * guide): adds its shard of the ballots to a partial and posts it in the form asked for.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { accumulatorToBytes, accumulatorToColumns, addBallots, createAccumulator, partialTransferList, type AggregationPolicy, type ScoreBallot } from '../../../src/evaluation';

interface Shard {
  readonly policy: AggregationPolicy<string>;
  readonly ballots: readonly ScoreBallot[];
  readonly firstIndex: number;
  readonly form: 'columns' | 'bytes' | 'accumulator';
}

const { policy, ballots, firstIndex, form } = workerData as Shard;
const partial = addBallots(createAccumulator(policy), ballots, { firstIndex });
if (form === 'columns') {
  const columns = accumulatorToColumns(partial);
  parentPort!.postMessage(columns, partialTransferList(columns));
} else if (form === 'bytes') {
  const bytes = accumulatorToBytes(partial);
  parentPort!.postMessage(bytes, [bytes.buffer as ArrayBuffer]);
} else {
  // What not to do: the accumulator arrives as a copy without its figures.
  parentPort!.postMessage(partial);
}
