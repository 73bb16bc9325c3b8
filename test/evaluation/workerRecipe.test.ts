import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import {
  accumulatorFromBytes,
  accumulatorFromColumns,
  aggregateEvaluations,
  finalizeAccumulator,
  mergeAccumulators,
  SCHOOL_FOUR_SIDED_EVALUATION,
  type EvaluationAccumulator,
  type EvaluationResult,
  type ScoreBallot,
} from '../../src/evaluation';

// The evaluation guide's recipe, run for real: ballots sharded over two worker threads, each
// posting its partial in a compact form with its buffers transferred, merged and finalized on the
// main thread, give exactly the single pass.

const policy = SCHOOL_FOUR_SIDED_EVALUATION;
const GROUPS = ['leadership', 'peer', 'teachersStudents', 'parents'] as const;
const ballots: ScoreBallot[] = Array.from({ length: 600 }, (_, index) => ({
  subjectId: `m${index % 30}`,
  // Every evaluator again on the same subject and group 60 ballots later: duplicates, some across workers.
  evaluatorId: `e${index % 6}`,
  group: GROUPS[index % 4]!,
  score: 60 + ((index * 7919) % 4001) / 100,
}));

type Form = 'columns' | 'bytes' | 'accumulator';

/** Runs the shard worker (TypeScript, loaded through tsx) and resolves with what it posts. */
function runShard(shard: readonly ScoreBallot[], firstIndex: number, form: Form): Promise<unknown> {
  const worker = new Worker(new URL('../_helpers/tsWorker.mjs', import.meta.url), {
    workerData: { module: new URL('./_workers/shard.ts', import.meta.url).href, policy, ballots: shard, firstIndex, form },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (message) => {
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

describe('sharding ballots over worker threads', () => {
  it('gives exactly the single pass, through the columns form and the bytes form', async () => {
    const cut = 317;
    const [columns, bytes] = await Promise.all([runShard(ballots.slice(0, cut), 0, 'columns'), runShard(ballots.slice(cut), cut, 'bytes')]);
    const partials: EvaluationAccumulator<(typeof GROUPS)[number]>[] = [];
    for (const read of [accumulatorFromColumns(columns, policy), accumulatorFromBytes(bytes, policy)]) {
      expect(read.success ? [] : read.issues.map((issue) => [issue.code, issue.path])).toEqual([]);
      if (read.success) partials.push(read.data);
    }
    const expected = aggregateEvaluations(ballots, policy);
    expect(expected.subjects.some((subject) => subject.issues.some((issue) => issue.code === 'evaluation.duplicateBallot'))).toBe(true);
    expect(finalizeAccumulator(mergeAccumulators(partials[0]!, partials[1]!))).toEqual(expected);
    expect(finalizeAccumulator(mergeAccumulators(partials[1]!, partials[0]!))).toEqual(expected);
  }, 60_000);

  it('gives every subject the figures of the single pass when each worker takes whole subjects and finalizes them', async () => {
    // Sharded by subject (a hash of the id, a branch per worker): no partial crosses a thread.
    const shardOf = (ballot: ScoreBallot) => Number(ballot.subjectId.slice(1)) % 2;
    const results = await Promise.all(
      [0, 1].map((part) => {
        const worker = new Worker(new URL('../_helpers/tsWorker.mjs', import.meta.url), {
          workerData: { module: new URL('./_workers/subjectShard.ts', import.meta.url).href, policy, ballots: ballots.filter((ballot) => shardOf(ballot) === part) },
        });
        return new Promise<EvaluationResult<(typeof GROUPS)[number]>>((resolve, reject) => {
          worker.once('message', (message: EvaluationResult<(typeof GROUPS)[number]>) => {
            resolve(message);
            void worker.terminate();
          });
          worker.once('error', reject);
        });
      }),
    );
    const expected = aggregateEvaluations(ballots, policy);
    // Figures and issue codes per subject; an issue's position counts within its shard.
    const figures = (subjects: EvaluationResult<(typeof GROUPS)[number]>['subjects']) =>
      [...subjects]
        .sort((a, b) => (a.subjectId < b.subjectId ? -1 : 1))
        .map(({ subjectId, groups, combined, issues }) => ({ subjectId, groups, combined, codes: issues.map((issue) => issue.code) }));
    expect(figures(results.flatMap((result) => result.subjects))).toEqual(figures(expected.subjects));
    expect(figures(expected.subjects)).toHaveLength(30);
  }, 60_000);

  it('refuses an accumulator posted as it is, saying what to send', async () => {
    const copy = (await runShard(ballots.slice(0, 10), 0, 'accumulator')) as EvaluationAccumulator<(typeof GROUPS)[number]>;
    expect(copy.ballotCount).toBe(10);
    expect(() => finalizeAccumulator(copy)).toThrowError(/send accumulatorToColumns or accumulatorToBytes/);
  }, 60_000);
});
