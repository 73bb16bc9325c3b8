/**
 * Benchmark of `cxzy/tables` (issue 11): turning 1,000,000 rows of a long ballot table, as a CSV
 * reader yields them (records keyed by header text, every cell text), into `ScoreBallot`s, against
 * aggregating those ballots with `aggregateEvaluations`. The issue's target is CSV reading plus
 * mapping within twice the aggregation, so the mapping alone must cost well under it.
 *
 * Three mappings are timed: with the header row given (`options.headers`, as the command line
 * passes it), without it (the columns found from the keys of every row), and with scores written
 * as numbers (an XLSX reader's cells) instead of text.
 *
 * Each figure is the fastest of ROUNDS runs (5 unless set), in elapsed time and in CPU time of the
 * process: on a shared machine the elapsed time also counts the waits for a core, the CPU time does not.
 *
 * Run: `node --import tsx bench/tables.ts` (figures go to stdout; nothing is asserted). `ROWS` sets
 * the number of rows (1,000,000 unless set).
 */
import { aggregateEvaluations } from '../src/evaluation';
import { POLICY, type Group } from './_policy';
import { readScoreBallots, type Row } from '../src/tables';

const ROWS = Number(process.env.ROWS ?? 1_000_000);
const ROUNDS = Number(process.env.ROUNDS ?? 5);

/** Groups by the labels a 党务工作者 writes, ten evaluators a subject. */
const LAYOUT: readonly (readonly [string, number])[] = [
  ['领导点评', 2],
  ['党内互评', 4],
  ['师生评议', 2],
  ['家长评议', 2],
];
const HEADERS = ['被评价人编号', '评价人编号', '评价主体', '分数'] as const;

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

/** `count` rows as a CSV reader yields them: every cell text, scores with up to two decimals. */
function csvRows(count: number, numbers: boolean): Row[] {
  const next = random(7);
  const subjects = Math.ceil(count / 10);
  const rows: Row[] = [];
  for (let index = 0; rows.length < count; index += 1) {
    const slot = index % 10;
    let at = slot;
    let group = LAYOUT[0]!;
    for (const entry of LAYOUT) {
      if (at < entry[1]) {
        group = entry;
        break;
      }
      at -= entry[1];
    }
    const units = 6000 + Math.floor(next() * 4001);
    rows.push({
      被评价人编号: `m${Math.floor(index / 10) % subjects}`,
      评价人编号: `e${slot}-${Math.floor(index / (10 * subjects))}`,
      评价主体: group[0],
      分数: numbers ? units / 100 : String(units / 100),
    });
  }
  return rows;
}

/** The fastest of ROUNDS runs of `work`, elapsed and CPU milliseconds. */
function time(work: () => unknown): { elapsed: number; cpu: number } {
  let elapsed = Infinity;
  let cpu = Infinity;
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    work();
    const used = process.cpuUsage(startCpu);
    elapsed = Math.min(elapsed, performance.now() - start);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  return { elapsed, cpu };
}

/**
 * Maps the rows a chunk at a time, as a streaming reader does (each chunk's ballots go to
 * `addBallots` and die young): the mapping's own cost, without keeping a million ballots alive.
 */
function inChunks(rows: readonly Row[]): number {
  const size = 65_536;
  let count = 0;
  for (let start = 0; start < rows.length; start += size) {
    const result = readScoreBallots(rows.slice(start, start + size), { headers: HEADERS, startRow: start + 2 });
    if (result.success) count += result.data.length;
  }
  return count;
}

const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;

const textRows = csvRows(ROWS, false);
const numberRows = csvRows(ROWS, true);
const first = readScoreBallots(textRows, { headers: HEADERS });
if (!first.success) throw new Error(first.issues[0]?.message.en);
const ballots = first.data as readonly import('../src/evaluation').ScoreBallot<Group>[];

const aggregation = time(() => aggregateEvaluations(ballots, POLICY));
const figures = [
  ['mapping, header row given', time(() => readScoreBallots(textRows, { headers: HEADERS }))],
  ['mapping, headers from the rows', time(() => readScoreBallots(textRows))],
  ['mapping, scores as numbers', time(() => readScoreBallots(numberRows, { headers: HEADERS }))],
  ['mapping in chunks of 65,536 rows', time(() => inChunks(textRows))],
] as const;

console.log(`${ROWS.toLocaleString('en')} ballot rows, fastest of ${ROUNDS} runs (elapsed, CPU):`);
console.log(`  aggregateEvaluations               ${ms(aggregation.elapsed)} ${ms(aggregation.cpu)}`);
for (const [name, figure] of figures) {
  console.log(`  ${name.padEnd(34)} ${ms(figure.elapsed)} ${ms(figure.cpu)}   ratio to aggregation ${(figure.elapsed / aggregation.elapsed).toFixed(2)} (CPU ${(figure.cpu / aggregation.cpu).toFixed(2)})`);
}
