/**
 * Benchmark of `checkDecomposition` (issue 9): its time at 25,000, 50,000, 100,000 and 200,000
 * items, and the ratio from each size to the next. Linear growth shows as a ratio near 2 per
 * doubling; a ratio near 4 is quadratic.
 *
 * Two shapes of input:
 * - a sound three-level set (a branch, 20 functional groups, 2,000 members; a tenth of the items
 *   the branch's, two fifths the groups', half the members'), which has no issues: the cost of the
 *   checks themselves;
 * - one chain of group items, each broken down from the next and the last from the first: the shape
 *   of the long-chain test. Every item names an item of its own level, so every item has an issue,
 *   and the one cycle is as long as the set: the cost of the walk and of the issues.
 *
 * Each figure is the fastest of ROUNDS runs (5 unless set), in elapsed time and in CPU time of
 * the process (all its threads, the collector's included): on a shared machine the elapsed time
 * also counts the waits for a core, the CPU time does not.
 *
 * Run: `node --import tsx bench/commitment.ts` (figures go to stdout; nothing is asserted).
 */
import { checkDecomposition, type Commitment, type CommitmentItem } from '../src/commitment';
import type { FunctionalGroup } from '../src/organization';
import { isoDate } from '../src/schedule';

const SIZES = [25_000, 50_000, 100_000, 200_000] as const;
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const GROUPS = 20;
const MEMBERS = 2_000;

const due = isoDate('2011-06-30');
const item = (id: string, decomposedFrom?: string): CommitmentItem =>
  decomposedFrom === undefined ? { id, title: id, due, status: 'pending' } : { id, title: id, due, status: 'pending', decomposedFrom };

interface Input {
  readonly commitments: readonly Commitment[];
  readonly groups: readonly FunctionalGroup[];
}

/** A sound three-level set of about `size` items, every branch item broken down, every member in a group. */
function soundSet(size: number): Input {
  const branchItems = size / 10;
  const perGroup = (size * 0.4) / GROUPS;
  const perMember = (size * 0.5) / MEMBERS;
  const commitments: Commitment[] = [
    { id: 'branch', level: 'branch', makerId: 'branch', audiences: [], items: Array.from({ length: branchItems }, (_, index) => item(`b${index}`)) },
  ];
  for (let group = 0; group < GROUPS; group += 1) {
    const items = Array.from({ length: perGroup }, (_, index) => item(`g${group}-${index}`, `b${(group * perGroup + index) % branchItems}`));
    commitments.push({ id: `cg${group}`, level: 'group', makerId: `g${group}`, audiences: [], items });
  }
  for (let member = 0; member < MEMBERS; member += 1) {
    const group = member % GROUPS;
    const items = Array.from({ length: perMember }, (_, index) => item(`m${member}-${index}`, `g${group}-${(member + index) % perGroup}`));
    commitments.push({ id: `cm${member}`, level: 'member', makerId: `m${member}`, audiences: [], items });
  }
  const groups = Array.from({ length: GROUPS }, (_, group) => ({
    id: `g${group}`,
    name: `功能党小组${group}`,
    focus: '',
    leaderId: `m${group}`,
    memberIds: Array.from({ length: MEMBERS / GROUPS }, (_, index) => `m${index * GROUPS + group}`),
  }));
  return { commitments, groups };
}

/** One group's items in a single cycle of `size` items. */
function cycle(size: number): Input {
  const items = Array.from({ length: size }, (_, index) => item(`i${index}`, `i${(index + 1) % size}`));
  return {
    commitments: [{ id: 'g', level: 'group', makerId: 'g', audiences: [], items }],
    groups: [{ id: 'g', name: '功能党小组', focus: '', leaderId: 'm', memberIds: ['m'] }],
  };
}

interface Timing {
  /** The fastest elapsed time, in milliseconds. */
  readonly ms: number;
  /** The least CPU time, in milliseconds. */
  readonly cpuMs: number;
  /** The number of issues found. */
  readonly issues: number;
}

/** The fastest of `ROUNDS` runs. */
function time({ commitments, groups }: Input): Timing {
  let ms = Infinity;
  let cpuMs = Infinity;
  let issues = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    issues = checkDecomposition(commitments, groups).length;
    ms = Math.min(ms, performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    cpuMs = Math.min(cpuMs, (cpu.user + cpu.system) / 1000);
  }
  return { ms, cpuMs, issues };
}

function report(label: string, build: (size: number) => Input): void {
  console.log(`${label} (fastest of ${ROUNDS} runs)`);
  let previous: Timing | undefined;
  for (const size of SIZES) {
    const timing = time(build(size));
    const ratio =
      previous === undefined
        ? ''
        : `  ×${(timing.ms / previous.ms).toFixed(2)} elapsed, ×${(timing.cpuMs / previous.cpuMs).toFixed(2)} CPU for twice the items`;
    console.log(
      `  ${size.toLocaleString('en').padStart(8)} items  ${timing.ms.toFixed(1).padStart(8)} ms elapsed  ${timing.cpuMs.toFixed(1).padStart(8)} ms CPU  ` +
        `${timing.issues.toLocaleString('en').padStart(8)} issues${ratio}`,
    );
    previous = timing;
  }
}

time(soundSet(SIZES[0])); // warm up the compiler before the first figure
report('A sound three-level set', soundSet);
report('One cycle through every item, each at the wrong level', cycle);
