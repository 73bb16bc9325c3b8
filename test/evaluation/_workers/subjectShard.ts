/**
 * The worker of the subject-shard recipe's test (see workerRecipe.test.ts and the evaluation
 * guide): given the ballots of its own subjects, it adds and finalizes them, and posts the result.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { aggregateEvaluations, type AggregationPolicy, type ScoreBallot } from '../../../src/evaluation';

interface Shard {
  readonly policy: AggregationPolicy<string>;
  readonly ballots: readonly ScoreBallot[];
}

const { policy, ballots } = workerData as Shard;
parentPort!.postMessage(aggregateEvaluations(ballots, policy));
