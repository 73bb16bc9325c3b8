/**
 * Benchmark of cxzy/evaluation. Run: `node --expose-gc --import tsx bench/evaluation.ts`
 * (without --expose-gc the memory figures are skipped).
 *
 * 1. Time: 1,000,000 score ballots (100,000 subjects × 10 evaluators in 4 groups, a trimmed mean
 *    in one) through `aggregateEvaluations`, against a hand-written typed-array loop computing the
 *    same figures in this process; the figures are compared subject by subject.
 * 2. Memory: the same 100,000 subjects fed in chunks of 100,000 ballots through an accumulator at
 *    10, 20 and 40 ballots per subject; retained heap + array buffers after a full GC.
 * 3. Merging 16 partials in one call, at 25,000, 50,000 and 100,000 subjects: time per subject.
 * 4. The plain reference implementation of the rule (test/evaluation/reference.ts: arrays, maps,
 *    BigInt rounding) on the ballots of (1), unchecked and checked: what the engine's typed columns,
 *    running sums and counting sort save over the rule written the obvious way.
 *
 * On a machine shared with other work, time ratios are medians of alternated rounds and merge
 * times the fastest of several runs.
 */
import {
  addBallots,
  aggregateEvaluations,
  createAccumulator,
  finalizeAccumulator,
  mergeAccumulators,
  type AggregationPolicy,
  type EvaluationAccumulator,
  type ScoreBallot,
} from '../src/evaluation';
import { POLICY, type Group } from './_policy';
import { referenceAggregate } from '../test/evaluation/reference';


/** Evaluators per subject by group, 10 in all; the peer group is the trimmed one. */
const LAYOUT: readonly (readonly [Group, number])[] = [
  ['leadership', 2],
  ['peer', 4],
  ['teachersStudents', 2],
  ['parents', 2],
];

/** A small deterministic generator, so runs are comparable. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const subjectIds = (count: number) => Array.from({ length: count }, (_, index) => `m${index}`);

/** `rounds` evaluators per group slot for each subject, subjects interleaved like real uploads. */
function* ballotChunks(ids: readonly string[], rounds: number, chunkSize: number, seed = 1): Generator<ScoreBallot<Group>[]> {
  const next = random(seed);
  let chunk: ScoreBallot<Group>[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const [group, perSubject] of LAYOUT) {
      for (let slot = 0; slot < perSubject; slot += 1) {
        for (const subjectId of ids) {
          const score = (6000 + Math.floor(next() * 4001)) / 100;
          chunk.push({ subjectId, evaluatorId: `${group}-${round}-${slot}`, group, score });
          if (chunk.length === chunkSize) {
            yield chunk;
            chunk = [];
          }
        }
      }
    }
  }
  if (chunk.length > 0) yield chunk;
}

function divideRounded(numerator: number, denominator: number): number {
  let quotient = Math.floor(numerator / denominator);
  if (quotient * denominator > numerator) quotient -= 1;
  else if ((quotient + 1) * denominator <= numerator) quotient += 1;
  return 2 * (numerator - quotient * denominator) >= denominator ? quotient + 1 : quotient;
}

/** The hand-written loop: typed arrays, one Map from id to row, the same exact arithmetic. */
function handWritten(ballots: readonly ScoreBallot<Group>[]) {
  const row = new Map<string, number>();
  const capacity = 1 << 17;
  const groupIndex: Record<string, number> = { leadership: 0, peer: 1, teachersStudents: 2, parents: 3 };
  const sums = [0, 1, 2, 3].map(() => new Float64Array(capacity));
  const counts = [0, 1, 2, 3].map(() => new Float64Array(capacity));
  const highest = new Float64Array(capacity).fill(-Infinity);
  const lowest = new Float64Array(capacity).fill(Infinity);
  for (const ballot of ballots) {
    let subject = row.get(ballot.subjectId);
    if (subject === undefined) {
      subject = row.size;
      row.set(ballot.subjectId, subject);
    }
    const group = groupIndex[ballot.group]!;
    const hundredths = Math.round(ballot.score * 100);
    const groupSums = sums[group]!;
    const groupCounts = counts[group]!;
    groupSums[subject] = groupSums[subject]! + hundredths;
    groupCounts[subject] = groupCounts[subject]! + 1;
    if (group === 1) {
      if (hundredths > highest[subject]!) highest[subject] = hundredths;
      if (hundredths < lowest[subject]!) lowest[subject] = hundredths;
    }
  }
  const weights = [3000, 3000, 2000, 2000];
  const figures = new Float64Array(row.size * 4);
  const combined = new Float64Array(row.size);
  for (let subject = 0; subject < row.size; subject += 1) {
    let numerator = 0;
    for (let group = 0; group < 4; group += 1) {
      const trimmed = group === 1;
      const sum = sums[group]![subject]! - (trimmed ? highest[subject]! + lowest[subject]! : 0);
      const count = counts[group]![subject]! - (trimmed ? 2 : 0);
      const units = divideRounded(sum * 100, count * 100);
      figures[subject * 4 + group] = units / 100;
      numerator += weights[group]! * units;
    }
    combined[subject] = divideRounded(numerator, 10_000) / 100;
  }
  return { row, figures, combined };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

/** The fastest of several runs: on a shared machine, the closest to the work's own cost. */
function fastest(run: () => unknown, repeats: number): number {
  run();
  let best = Number.POSITIVE_INFINITY;
  for (let repeat = 0; repeat < repeats; repeat += 1) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Times two computations in alternation, so that load from other processes on a shared machine
 * falls on both alike; reports the median and fastest times of each and the median of the
 * per-round ratios. With --expose-gc, a full collection before each timed run keeps either from
 * paying for the garbage the other left (a pause that otherwise lands on whichever runs next).
 */
function compare<A, B>(baseline: () => A, candidate: () => B, rounds: number) {
  let a = baseline();
  let b = candidate();
  const baselineTimes: number[] = [];
  const candidateTimes: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    gc?.();
    let start = performance.now();
    a = baseline();
    const baselineMs = performance.now() - start;
    gc?.();
    start = performance.now();
    b = candidate();
    const candidateMs = performance.now() - start;
    baselineTimes.push(baselineMs);
    candidateTimes.push(candidateMs);
    ratios.push(candidateMs / baselineMs);
  }
  return {
    baseline: { ms: median(baselineTimes), fastest: Math.min(...baselineTimes), result: a },
    candidate: { ms: median(candidateTimes), fastest: Math.min(...candidateTimes), result: b },
    ratio: median(ratios),
  };
}

function retainedBytes(): number {
  gc!();
  gc!();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// 1. Time against the hand-written loop.
const ids = subjectIds(100_000);
const ballots = [...ballotChunks(ids, 1, Number.MAX_SAFE_INTEGER)].flat();
console.log(`ballots: ${ballots.length.toLocaleString('en')}, subjects: ${ids.length.toLocaleString('en')}`);
const unchecked = compare(() => handWritten(ballots), () => aggregateEvaluations(ballots, POLICY), 9);
const hand = unchecked.baseline;
const library = unchecked.candidate;
const checkedPolicy = { ...POLICY, duplicateBallot: 'error' } as const;
const checked = compare(() => handWritten(ballots), () => aggregateEvaluations(ballots, checkedPolicy), 5);
let mismatches = 0;
for (const subject of library.result.subjects) {
  const row = hand.result.row.get(subject.subjectId)!;
  const groups = ['leadership', 'peer', 'teachersStudents', 'parents'] as const;
  groups.forEach((group, index) => {
    if (subject.groups[group].value !== hand.result.figures[row * 4 + index]) mismatches += 1;
  });
  if (subject.combined !== hand.result.combined[row]) mismatches += 1;
}
const line = (label: string, result: ReturnType<typeof compare>) =>
  console.log(
    `${label}: median ${result.candidate.ms.toFixed(0)} ms, fastest ${result.candidate.fastest.toFixed(0)} ms; ` +
      `hand-written loop in the same rounds: median ${result.baseline.ms.toFixed(0)} ms, fastest ${result.baseline.fastest.toFixed(0)} ms; ` +
      `ratio of fastest ${(result.candidate.fastest / result.baseline.fastest).toFixed(2)}×, median ratio ${result.ratio.toFixed(2)}×`,
  );
line('aggregateEvaluations, duplicates unchecked (9 rounds)', unchecked);
line("aggregateEvaluations, duplicates checked 'error' (5 rounds)", checked);
console.log(`figures that differ from the hand-written loop: ${mismatches}`);

// 2. Memory through the accumulator, fed in chunks.
if (gc === undefined) {
  console.log('memory: skipped (run node with --expose-gc)');
} else {
  // Fed in a function of its own, so that no stack slot keeps the last chunk alive.
  const feed = (policy: AggregationPolicy<Group>, rounds: number) => {
    let accumulator = createAccumulator(policy);
    for (const chunk of ballotChunks(ids, rounds, 100_000)) accumulator = addBallots(accumulator, chunk);
    return accumulator;
  };
  const measure = (policy: AggregationPolicy<Group>, rounds: number) => {
    const before = retainedBytes();
    let accumulator: EvaluationAccumulator<Group> | undefined = feed(policy, rounds);
    const held = retainedBytes() - before;
    const count = accumulator.ballotCount;
    const subjects = finalizeAccumulator(accumulator).subjects.length;
    accumulator = undefined;
    return `${count.toLocaleString('en')} ballots, ${subjects.toLocaleString('en')} subjects → accumulator holds ${mb(held)}`;
  };
  // A first run warms up the code it measures; its figure is not reported.
  measure(POLICY, 1);
  for (const rounds of [1, 2, 4]) console.log(`memory, duplicates unchecked: ${measure(POLICY, rounds)}`);
  // Checking duplicates keeps every ballot: shown for comparison, it grows with ballots.
  for (const rounds of [1, 2]) console.log(`memory, duplicates checked: ${measure(checkedPolicy, rounds)}`);
}

// 3. Merging 16 partials.
for (const count of [25_000, 50_000, 100_000]) {
  const shardIds = subjectIds(count);
  const shards: EvaluationAccumulator<Group>[] = [];
  let firstIndex = 0;
  const chunkSize = Math.ceil((count * 10) / 16);
  for (const chunk of ballotChunks(shardIds, 1, chunkSize, 7)) {
    shards.push(addBallots(createAccumulator(POLICY), chunk, { firstIndex }));
    firstIndex += chunk.length;
  }
  const [first, ...rest] = shards as [EvaluationAccumulator<Group>, ...EvaluationAccumulator<Group>[]];
  const ms = fastest(() => mergeAccumulators(first, ...rest), 9);
  console.log(
    `merge ${shards.length} partials over ${count.toLocaleString('en')} subjects: ${ms.toFixed(1)} ms (${((ms * 1e6) / count).toFixed(0)} ns per subject; fastest of 9)`,
  );
}

// 4. The plain reference on the same ballots: one timed run each, after a full collection.
for (const [label, policy] of [
  ['duplicates unchecked', POLICY],
  ["duplicates checked 'error'", checkedPolicy],
] as const) {
  gc?.();
  let start = performance.now();
  referenceAggregate(ballots, policy);
  const referenceMs = performance.now() - start;
  gc?.();
  start = performance.now();
  aggregateEvaluations(ballots, policy);
  const libraryMs = performance.now() - start;
  console.log(
    `plain reference, ${label}: ${referenceMs.toFixed(0)} ms against the library's ${libraryMs.toFixed(0)} ms in the same turn (${(referenceMs / libraryMs).toFixed(1)}×)`,
  );
}
