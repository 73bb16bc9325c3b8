/**
 * Benchmark: one evaluation of 4,000,000 score ballots spread over two worker threads, against one
 * thread. Run: `node --import tsx bench/workers.ts` (add `--rounds 7`, `--json` to also time the
 * JSON form once, `--only 100000x40`).
 *
 * Two shapes: 100,000 subjects × 40 ballots and 400,000 subjects × 10 (4 groups, one a trimmed
 * mean, duplicates unchecked — the policy of bench/evaluation.ts). Ballot `i` is a pure function
 * of `i`, so each thread makes its own share once, before timing, as an application's workers
 * would each read their own file or query; the main thread holds no ballots.
 *
 * - one thread: a worker holding all 4,000,000 ballots runs `addBallots` and
 *   `finalizeAccumulator`, timed inside it.
 * - two workers: each holds half (a contiguous range, `firstIndex` its start); the main thread
 *   posts "go", each worker adds its half and posts `accumulatorToColumns` with its buffers
 *   transferred; the main thread reads both (`accumulatorFromColumns`), merges and finalizes.
 *   Timed on the main thread from "go" to the result. The same with `accumulatorToBytes`.
 * - two subject shards: each worker holds the ballots of half the subjects (by subject number, in
 *   collection order), adds and finalizes them, and keeps its result (as a worker that publishes
 *   its own subjects would); timed from "go" until both say they are done. The same with the
 *   results copied back to the main thread as one list (structured clone), for comparison. Checked
 *   by a digest of every subject's figures that does not depend on the subjects' order.
 *
 * Every round checks that the results are identical (a digest of every subject's figures, counts
 * and combined score). Rounds alternate the paths; the note gives medians, the speedup and the
 * machine's load (`os.loadavg()`), since the machine may be shared.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { loadavg, availableParallelism } from 'node:os';
import {
  accumulatorFromBytes,
  accumulatorFromColumns,
  accumulatorFromJson,
  accumulatorToBytes,
  accumulatorToColumns,
  accumulatorToJson,
  addBallots,
  createAccumulator,
  finalizeAccumulator,
  mergeAccumulators,
  partialTransferList,
  type EvaluationAccumulator,
  type EvaluationResult,
  type ScoreBallot,
} from '../src/evaluation';
import { POLICY, type Group } from './_policy';


/** Evaluator slots per subject and round: 10, as in bench/evaluation.ts. */
const SLOTS: readonly (readonly [Group, number])[] = (
  [
    ['leadership', 2],
    ['peer', 4],
    ['teachersStudents', 2],
    ['parents', 2],
  ] as const
).flatMap(([group, count]) => Array.from({ length: count }, (_, slot) => [group, slot] as const));

interface Shape {
  readonly subjects: number;
  readonly perSubject: number;
}

/** A score from 60.00 to 100.00 for ballot `index`. */
function scoreOf(index: number): number {
  let t = Math.imul(index ^ 0x5bd1e995, 0x9e3779b1) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (6000 + Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * 4001)) / 100;
}

/**
 * Ballots `from` up to `to` of the collection: round after round, each slot's ballot for every
 * subject in turn (subjects interleaved, as uploads come).
 */
function ballotsOf(shape: Shape, from: number, to: number): ScoreBallot<Group>[] {
  const { subjects } = shape;
  const ids = Array.from({ length: subjects }, (_, index) => `m${index}`);
  const rounds = shape.perSubject / SLOTS.length;
  const evaluators = Array.from({ length: rounds }, (_, round) => SLOTS.map(([group, slot]) => `${group}-${round}-${slot}`));
  const ballots = new Array<ScoreBallot<Group>>(to - from);
  for (let index = from; index < to; index += 1) {
    const round = Math.floor(index / (SLOTS.length * subjects));
    const within = index % (SLOTS.length * subjects);
    const slot = Math.floor(within / subjects);
    ballots[index - from] = { subjectId: ids[within % subjects]!, evaluatorId: evaluators[round]![slot]!, group: SLOTS[slot]![0], score: scoreOf(index) };
  }
  return ballots;
}

/**
 * The ballots of subjects `part` (of `parts`, by subject number), in collection order: what a
 * worker reads when the ballots are sharded by subject (`WHERE hashtext(subject_id) % 2 = 0`, or
 * one file per branch), each keeping its collection position.
 */
function subjectShardOf(shape: Shape, part: number, parts: number): { readonly ballots: ScoreBallot<Group>[]; readonly positions: number[] } {
  const all = ballotsOf(shape, 0, shape.subjects * shape.perSubject);
  const ballots: ScoreBallot<Group>[] = [];
  const positions: number[] = [];
  all.forEach((ballot, position) => {
    if (Number(ballot.subjectId.slice(1)) % parts === part) {
      ballots.push(ballot);
      positions.push(position);
    }
  });
  return { ballots, positions };
}

/**
 * A digest of every subject's figures that does not depend on the order of the subjects: the sum
 * of each subject's hash. Equal for one pass and for the union of subject shards exactly when
 * every subject has the same figures.
 */
function subjectsDigest(subjects: EvaluationResult<Group>['subjects']): { readonly sum: number; readonly count: number } {
  let sum = 0;
  for (const subject of subjects) {
    let a = 0x811c9dc5;
    const text = `${subject.subjectId}|${subject.combined}|${subject.issues.length}|${Object.values(subject.groups).map((group) => `${group.value}|${group.count}|${group.dropped.highest.join()}|${group.dropped.lowest.join()}`).join('|')}`;
    for (let at = 0; at < text.length; at += 1) a = Math.imul(a ^ text.charCodeAt(at), 0x01000193);
    sum = (sum + (a >>> 0)) % 4294967296;
  }
  return { sum, count: subjects.length };
}

/** A digest of every figure of a result: equal digests, identical results. */
function digest(result: EvaluationResult<Group>): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const mix = (text: string) => {
    for (let at = 0; at < text.length; at += 1) {
      a = Math.imul(a ^ text.charCodeAt(at), 0x01000193);
      b = Math.imul(b ^ text.charCodeAt(at), 0x5bd1e995);
    }
  };
  for (const subject of result.subjects) {
    mix(`${subject.subjectId}|${subject.combined}|${subject.issues.length}`);
    for (const group of Object.values(subject.groups)) mix(`|${group.value}|${group.count}|${group.dropped.highest.join()}|${group.dropped.lowest.join()}`);
  }
  return `${result.subjects.length}:${(a >>> 0).toString(16)}${(b >>> 0).toString(16)}:${result.issues.length}`;
}

// ── Worker side ───────────────────────────────────────────────────────────────────────────────

type Form = 'columns' | 'bytes' | 'json';
type Command = { readonly kind: 'solo' } | { readonly kind: 'shard'; readonly form: Form } | { readonly kind: 'own'; readonly send: boolean };

interface WorkerSetup {
  readonly shape: Shape;
  readonly from: number;
  readonly to: number;
  /** For a subject shard: which part of how many, by subject number (`from` and `to` unused). */
  readonly part?: readonly [number, number];
}

function workerMain(): void {
  const { shape, from, to, part } = workerData as WorkerSetup;
  const shard = part === undefined ? undefined : subjectShardOf(shape, part[0], part[1]);
  const ballots = shard?.ballots ?? ballotsOf(shape, from, to);
  parentPort!.postMessage({ kind: 'ready' });
  parentPort!.on('message', (command: Command) => {
    if (command.kind === 'solo') {
      const start = performance.now();
      const result = finalizeAccumulator(addBallots(createAccumulator(POLICY), ballots, { firstIndex: from }));
      const elapsed = performance.now() - start;
      parentPort!.postMessage({ kind: 'solo', elapsed, digest: digest(result), subjects: subjectsDigest(result.subjects) });
      return;
    }
    if (command.kind === 'own') {
      // Its own subjects whole: add, finalize, and publish them (here: a digest; with `send`, the
      // subjects' results themselves, copied to the main thread).
      const start = performance.now();
      const result = finalizeAccumulator(addBallots(createAccumulator(POLICY), ballots));
      const elapsed = performance.now() - start;
      // Done first (the main thread's clock stops there), then the digest it checks.
      parentPort!.postMessage({ kind: 'own', elapsed, result: command.send ? result.subjects : undefined });
      parentPort!.postMessage({ kind: 'digest', subjects: subjectsDigest(result.subjects) });
      return;
    }
    const start = performance.now();
    const partial = addBallots(createAccumulator(POLICY), ballots, { firstIndex: from });
    const added = performance.now();
    if (command.form === 'columns') {
      const columns = accumulatorToColumns(partial);
      const encoded = performance.now() - added;
      parentPort!.postMessage({ kind: 'partial', form: 'columns', partial: columns, add: added - start, encode: encoded }, partialTransferList(columns));
    } else if (command.form === 'bytes') {
      const bytes = accumulatorToBytes(partial);
      const encoded = performance.now() - added;
      parentPort!.postMessage({ kind: 'partial', form: 'bytes', partial: bytes, add: added - start, encode: encoded }, [bytes.buffer as ArrayBuffer]);
    } else {
      const json = accumulatorToJson(partial);
      const encoded = performance.now() - added;
      parentPort!.postMessage({ kind: 'partial', form: 'json', partial: json, add: added - start, encode: encoded });
    }
  });
}

// ── Main side ─────────────────────────────────────────────────────────────────────────────────

interface Pool {
  readonly workers: Worker[];
  readonly spawn: number;
}

async function pool(shape: Shape, ranges: readonly (readonly [number, number])[], parts = false): Promise<Pool> {
  const start = performance.now();
  // A worker runs this file too, loaded through tsx (see test/_helpers/tsWorker.mjs).
  const entry = new URL('../test/_helpers/tsWorker.mjs', import.meta.url);
  const workers = ranges.map(([from, to], index) =>
    new Worker(entry, { workerData: { module: import.meta.url, shape, from, to, ...(parts ? { part: [index, ranges.length] as const } : {}) } satisfies WorkerSetup & { module: string } }),
  );
  await Promise.all(workers.map((worker) => next(worker)));
  return { workers, spawn: performance.now() - start };
}

function next<T = Record<string, unknown>>(worker: Worker): Promise<T> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    worker.once('error', onError);
    worker.once('message', (message: T) => {
      worker.off('error', onError);
      resolve(message);
    });
  });
}

interface Sharded {
  readonly elapsed: number;
  readonly digest: string;
  readonly add: number;
  readonly encode: number;
  readonly read: number;
  readonly merge: number;
  readonly finalize: number;
  readonly bytes: number;
}

async function sharded(workers: readonly Worker[], form: Form): Promise<Sharded> {
  const start = performance.now();
  const replies = workers.map((worker) => next<{ partial: unknown; add: number; encode: number }>(worker));
  for (const worker of workers) worker.postMessage({ kind: 'shard', form } satisfies Command);
  let read = 0;
  let bytes = 0;
  const partials: EvaluationAccumulator<Group>[] = [];
  // Read each partial as it arrives, while the other worker may still be adding.
  const received = await Promise.all(
    replies.map(async (reply) => {
      const message = await reply;
      const before = performance.now();
      const parsed =
        form === 'columns'
          ? accumulatorFromColumns(message.partial, POLICY)
          : form === 'bytes'
            ? accumulatorFromBytes(message.partial, POLICY)
            : accumulatorFromJson(message.partial, POLICY);
      read += performance.now() - before;
      if (!parsed.success) throw new Error(parsed.issues[0]?.message.en);
      partials.push(parsed.data);
      bytes += form === 'bytes' ? (message.partial as Uint8Array).length : 0;
      return message;
    }),
  );
  const beforeMerge = performance.now();
  const merged = mergeAccumulators(partials[0]!, ...partials.slice(1));
  const beforeFinalize = performance.now();
  const result = finalizeAccumulator(merged);
  const end = performance.now();
  return {
    elapsed: end - start,
    digest: digest(result),
    add: Math.max(...received.map((message) => message.add)),
    encode: Math.max(...received.map((message) => message.encode)),
    read,
    merge: beforeFinalize - beforeMerge,
    finalize: end - beforeFinalize,
    bytes,
  };
}

interface Owned {
  readonly elapsed: number;
  readonly subjects: { readonly sum: number; readonly count: number };
  /** The slowest worker's own time: adding and finalizing its subjects. */
  readonly work: number;
}

/** Subject shards: each worker adds and finalizes its own subjects; `send` copies their results back. */
async function owned(workers: readonly Worker[], send: boolean): Promise<Owned> {
  const start = performance.now();
  const replies = workers.map((worker) => next<{ elapsed: number; result?: EvaluationResult<Group>['subjects'] }>(worker));
  for (const worker of workers) worker.postMessage({ kind: 'own', send } satisfies Command);
  const received = await Promise.all(replies);
  // With `send`, the main thread holds every subject's result, as one list.
  const all = send ? received.flatMap((reply) => reply.result ?? []) : [];
  const elapsed = performance.now() - start;
  const digests = await Promise.all(workers.map((worker) => next<{ subjects: { sum: number; count: number } }>(worker)));
  const count = digests.reduce((total, reply) => total + reply.subjects.count, 0);
  if (send && all.length !== count) throw new Error('Subjects lost');
  return {
    elapsed,
    subjects: { sum: digests.reduce((sum, reply) => (sum + reply.subjects.sum) % 4294967296, 0), count },
    work: Math.max(...received.map((reply) => reply.elapsed)),
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');

async function benchShape(shape: Shape, rounds: number, withJson: boolean): Promise<void> {
  const total = shape.subjects * shape.perSubject;
  console.log(`\n${shape.subjects.toLocaleString('en')} subjects × ${shape.perSubject} = ${total.toLocaleString('en')} ballots (load before: ${load()})`);
  const solo = await pool(shape, [[0, total]]);
  const pair = await pool(shape, [
    [0, total / 2],
    [total / 2, total],
  ]);
  const bySubject = await pool(
    shape,
    [
      [0, 0],
      [0, 0],
    ],
    true,
  );
  console.log(`  spawning and making the ballots: one worker ${ms(solo.spawn)}, two workers ${ms(pair.spawn)}, two subject shards ${ms(bySubject.spawn)} (not timed below)`);
  const one: number[] = [];
  const two: Sharded[] = [];
  const twoBytes: Sharded[] = [];
  const own: Owned[] = [];
  const ownSent: Owned[] = [];
  let expected = '';
  // A warm-up round of each path, then the measured rounds, alternating.
  for (let round = -1; round < rounds; round += 1) {
    const reply = next<{ elapsed: number; digest: string; subjects: { sum: number; count: number } }>(solo.workers[0]!);
    solo.workers[0]!.postMessage({ kind: 'solo' } satisfies Command);
    const single = await reply;
    expected = single.digest;
    const columns = await sharded(pair.workers, 'columns');
    const bytes = await sharded(pair.workers, 'bytes');
    if (columns.digest !== expected || bytes.digest !== expected) throw new Error(`Results differ: ${expected} ${columns.digest} ${bytes.digest}`);
    const kept = await owned(bySubject.workers, false);
    const sent = await owned(bySubject.workers, true);
    for (const run of [kept, sent]) {
      if (run.subjects.sum !== single.subjects.sum || run.subjects.count !== single.subjects.count) throw new Error(`Subject shards differ: ${JSON.stringify(run.subjects)} ${JSON.stringify(single.subjects)}`);
    }
    if (round < 0) continue;
    one.push(single.elapsed);
    two.push(columns);
    twoBytes.push(bytes);
    own.push(kept);
    ownSent.push(sent);
    console.log(`  round ${round + 1}: one thread ${ms(single.elapsed)}, two workers ${ms(columns.elapsed)} (columns), ${ms(bytes.elapsed)} (bytes), by subject ${ms(kept.elapsed)} (kept), ${ms(sent.elapsed)} (sent back); load ${load()}`);
  }
  const oneMedian = median(one);
  for (const [name, runs] of [
    ['columns (transferred)', two],
    ['bytes (transferred)', twoBytes],
  ] as const) {
    const elapsed = median(runs.map((run) => run.elapsed));
    console.log(
      `  two workers, ${name}: median ${ms(elapsed)} against ${ms(oneMedian)} in one thread: ${(oneMedian / elapsed).toFixed(2)}× ` +
        `[adding ${ms(median(runs.map((run) => run.add)))}, encoding ${ms(median(runs.map((run) => run.encode)))}, ` +
        `reading both ${ms(median(runs.map((run) => run.read)))}, merging ${ms(median(runs.map((run) => run.merge)))}, finalizing ${ms(median(runs.map((run) => run.finalize)))}]`,
    );
  }
  for (const [name, runs] of [
    ['subject shards, each worker keeping (publishing) its own subjects\' results', own],
    ['subject shards, the results copied back to the main thread as one list', ownSent],
  ] as const) {
    const elapsed = median(runs.map((run) => run.elapsed));
    console.log(`  two workers, ${name}: median ${ms(elapsed)} against ${ms(oneMedian)} in one thread: ${(oneMedian / elapsed).toFixed(2)}× [the slower worker's adding and finalizing ${ms(median(runs.map((run) => run.work)))}]`);
  }
  const partialBytes = twoBytes[0]!.bytes / 2;
  console.log(
    `  one thread: ${Math.round(total / (oneMedian / 1000)).toLocaleString('en')} ballots a second; a partial of ${shape.subjects.toLocaleString('en')} subjects: ` +
      `${(partialBytes / 1e6).toFixed(1)} MB in bytes, ${Math.round(partialBytes / shape.subjects)} bytes a subject`,
  );
  if (withJson) {
    const json = await sharded(pair.workers, 'json');
    if (json.digest !== expected) throw new Error('JSON results differ');
    console.log(`  two workers, JSON form (one round, for comparison): ${ms(json.elapsed)} [encoding ${ms(json.encode)}, reading both ${ms(json.read)}, merging ${ms(json.merge)}]`);
  }
  await Promise.all([...solo.workers, ...pair.workers, ...bySubject.workers].map((worker) => worker.terminate()));
}

async function main(): Promise<void> {
  const argument = (name: string) => {
    const at = process.argv.indexOf(name);
    return at === -1 ? undefined : process.argv[at + 1];
  };
  const rounds = Number(argument('--rounds') ?? 5);
  const only = argument('--only');
  const shapes: Shape[] = [
    { subjects: 100_000, perSubject: 40 },
    { subjects: 400_000, perSubject: 10 },
  ].filter((shape) => only === undefined || only === `${shape.subjects}x${shape.perSubject}`);
  console.log(`Node ${process.version}, ${availableParallelism()} CPUs, load ${load()}; ${rounds} rounds, medians`);
  for (const shape of shapes) await benchShape(shape, rounds, process.argv.includes('--json'));
}

if (isMainThread) await main();
else workerMain();
