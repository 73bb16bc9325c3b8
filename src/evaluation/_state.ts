/**
 * The accumulator's state (private). What is kept per subject and group depends on what the
 * figure needs and on whether duplicates are checked:
 *
 * - `stats` (mean or trimmed mean, duplicates unchecked): the count, the sum in hundredths, and
 *   the `dropHighest` highest and `dropLowest` lowest scores. The trimmed sum is the sum minus the
 *   kept extremes, so memory grows with subjects, not ballots, and two partials merge by adding
 *   sums and keeping the extremes of both lists.
 * - `scores` (median, unchecked): every score, since any of them can be the middle one.
 * - `ballots` (duplicates checked): every ballot with its evaluator and position, since a later
 *   ballot may replace an earlier one; duplicates are resolved when the result is finalized. The
 *   ballots of all groups go to one {@link BallotLog} of typed columns, a few dozen bytes a ballot
 *   where an object and a list per subject and group cost several times that to build, keep and
 *   collect.
 *
 * Columns are typed arrays indexed by a subject number. A state is never changed once an
 * accumulator holds it: adding copies the columns (a memory copy) and extends the subject
 * registry and the ballot log, which versions share append-only. A version sees only subject
 * numbers below its own `size` and log entries below its `logLength`, and a version that is not
 * the latest copies them before adding, so every accumulator still behaves as an immutable value.
 */
import type { CompiledPolicy } from './_policy';
import type { EvaluationIssueCode } from './messages';
import type { IssueRecordJson } from './types';

/**
 * Every ballot of the checked groups, in the order added: entry `i` is the ballot of evaluator
 * `evaluators[i]` on subject `subjects[i]` in group `groups[i]`. The typed columns have spare
 * capacity beyond `length`; the latest version appends in place, see the module comment.
 */
export interface BallotLog {
  subjects: Int32Array;
  groups: Int32Array;
  hundredths: Float64Array;
  positions: Float64Array;
  /**
   * Which ballot an entry is, kept when entries are copied by a merge: a partial merged with
   * itself, or with a later version of itself, holds the same ballots twice, and those count twice
   * (see `mergeAccumulators`), where two ballots that only look alike are duplicates.
   */
  origins: Float64Array;
  /**
   * The ids as given (interning them would cost a map lookup per ballot), in an array as long as
   * the typed columns.
   */
  evaluators: string[];
  /** The entries written, by the latest version. */
  length: number;
}

/** A group's column of running figures. */
export interface StatsColumn {
  readonly store: 'stats';
  readonly count: Float64Array;
  readonly sum: Float64Array;
  /** `dropHighest` slots per subject, highest first. */
  readonly highest: Float64Array;
  /** `dropLowest` slots per subject, lowest first. */
  readonly lowest: Float64Array;
}

/** A group's column of every score. */
export interface ScoresColumn {
  readonly store: 'scores';
  readonly lists: (number[] | undefined)[];
}

/** A checked group's column: its ballots are in the state's log. */
export interface BallotsColumn {
  readonly store: 'ballots';
}

export type Column = StatsColumn | ScoresColumn | BallotsColumn;

/** Subject ids and their numbers, shared append-only between versions. */
export interface Registry {
  readonly numberOf: Map<string, number>;
  readonly ids: string[];
}

export interface State {
  readonly compiled: CompiledPolicy;
  readonly registry: Registry;
  readonly size: number;
  readonly capacity: number;
  /** Each subject's first ballot position. */
  readonly first: Float64Array;
  readonly columns: readonly Column[];
  /** The checked ballots: the log's first `logLength` entries. */
  readonly log: BallotLog;
  readonly logLength: number;
  readonly records: readonly IssueRecordJson[];
  readonly ballotCount: number;
  readonly nextIndex: number;
}

const INITIAL_CAPACITY = 16;

/**
 * The origin of the next ballot logged in this process: a count, never reused, that stands for a
 * ballot's identity (results never show it, they only compare it).
 */
let nextOrigin = 0;

/** A log holding the first `length` entries of `source`, with room for at least `capacity`. */
function copyLog(source: BallotLog, length: number, capacity: number): BallotLog {
  const copy = <T extends Int32Array | Float64Array>(column: T, make: new (length: number) => T): T => {
    const grownColumn = new make(capacity);
    grownColumn.set(column.subarray(0, length));
    return grownColumn;
  };
  // Sized up front like the typed columns, rather than grown (and copied) by pushing.
  const evaluators = new Array<string>(capacity);
  for (let entry = 0; entry < length; entry += 1) evaluators[entry] = source.evaluators[entry]!;
  return {
    subjects: copy(source.subjects, Int32Array),
    groups: copy(source.groups, Int32Array),
    hundredths: copy(source.hundredths, Float64Array),
    positions: copy(source.positions, Float64Array),
    origins: copy(source.origins, Float64Array),
    evaluators,
    length,
  };
}

const EMPTY_LOG: BallotLog = Object.freeze({
  subjects: new Int32Array(0),
  groups: new Int32Array(0),
  hundredths: new Float64Array(0),
  positions: new Float64Array(0),
  origins: new Float64Array(0),
  evaluators: [],
  length: 0,
});

export function emptyState(compiled: CompiledPolicy): State {
  return {
    compiled,
    registry: { numberOf: new Map(), ids: [] },
    size: 0,
    capacity: 0,
    first: new Float64Array(0),
    columns: compiled.groups.map((group): Column =>
      group.store === 'stats'
        ? { store: 'stats', count: new Float64Array(0), sum: new Float64Array(0), highest: new Float64Array(0), lowest: new Float64Array(0) }
        : group.store === 'scores'
          ? { store: 'scores', lists: [] }
          : { store: 'ballots' },
    ),
    // Shared by every empty state and never written: the first draft to log a ballot copies it.
    log: EMPTY_LOG,
    logLength: 0,
    records: [],
    ballotCount: 0,
    nextIndex: 0,
  };
}

function grown(source: Float64Array, length: number): Float64Array {
  const copy = new Float64Array(length);
  copy.set(source.subarray(0, Math.min(source.length, length)));
  return copy;
}

/**
 * A writable copy of a state, for one `add` or `merge` to fill in before it is frozen into a new
 * accumulator. Lists are copied when first touched.
 */
export class Draft {
  readonly compiled: CompiledPolicy;
  registry: Registry;
  size: number;
  capacity: number;
  first: Float64Array;
  readonly counts: Float64Array[] = [];
  readonly sums: Float64Array[] = [];
  readonly highest: Float64Array[] = [];
  readonly lowest: Float64Array[] = [];
  readonly lists: (number[] | undefined)[][] = [];
  readonly owned: Uint8Array[] = [];
  log: BallotLog;
  readonly records: IssueRecordJson[];
  ballotCount: number;
  nextIndex: number;

  constructor(state: State, expectedSubjects = 0) {
    this.compiled = state.compiled;
    this.size = state.size;
    // Extend the shared registry when this state is its latest version; otherwise another version
    // has registered subjects this one must not see, so start from a copy of its own.
    if (state.registry.ids.length === state.size) this.registry = state.registry;
    else {
      const ids = state.registry.ids.slice(0, state.size);
      this.registry = { numberOf: new Map(ids.map((id, number) => [id, number])), ids };
    }
    this.capacity = Math.max(state.capacity, INITIAL_CAPACITY);
    while (this.capacity < state.size + expectedSubjects) this.capacity *= 2;
    this.first = grown(state.first, this.capacity);
    state.columns.forEach((column, index) => {
      const group = this.compiled.groups[index]!;
      if (column.store === 'stats') {
        this.counts[index] = grown(column.count, this.capacity);
        this.sums[index] = grown(column.sum, this.capacity);
        this.highest[index] = grown(column.highest, this.capacity * group.dropHighest);
        this.lowest[index] = grown(column.lowest, this.capacity * group.dropLowest);
      } else if (column.store === 'scores') {
        this.lists[index] = column.lists.slice();
        this.owned[index] = new Uint8Array(this.capacity);
      }
    });
    // As with the registry: append to the log in place only when this state wrote its last entry
    // (and never to the shared empty log).
    const { log, logLength } = state;
    const latest = log.length === logLength && log !== EMPTY_LOG;
    this.log = latest ? log : copyLog(log, logLength, Math.max(logLength, INITIAL_CAPACITY));
    this.records = state.records.slice();
    this.ballotCount = state.ballotCount;
    this.nextIndex = state.nextIndex;
  }

  /** The number of a subject, registering it (first seen at `position`) when new. */
  subject(id: string, position: number): number {
    const known = this.registry.numberOf.get(id);
    if (known !== undefined && known < this.size) {
      if (position < this.first[known]!) this.first[known] = position;
      return known;
    }
    if (this.size === this.capacity) this.grow();
    const number = this.size;
    this.registry.numberOf.set(id, number);
    this.registry.ids.push(id);
    this.first[number] = position;
    this.size += 1;
    return number;
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    this.first = grown(this.first, capacity);
    this.compiled.groups.forEach((group, index) => {
      if (group.store === 'ballots') return;
      if (group.store === 'scores') {
        const owned = new Uint8Array(capacity);
        owned.set(this.owned[index]!.subarray(0, this.capacity));
        this.owned[index] = owned;
        return;
      }
      this.counts[index] = grown(this.counts[index]!, capacity);
      this.sums[index] = grown(this.sums[index]!, capacity);
      this.highest[index] = grown(this.highest[index]!, capacity * group.dropHighest);
      this.lowest[index] = grown(this.lowest[index]!, capacity * group.dropLowest);
    });
    this.capacity = capacity;
  }

  /** Adds one score to a `stats` column. */
  addScore(groupIndex: number, subject: number, hundredths: number): void {
    const group = this.compiled.groups[groupIndex]!;
    const counts = this.counts[groupIndex]!;
    const filled = counts[subject]!;
    counts[subject] = filled + 1;
    const sums = this.sums[groupIndex]!;
    sums[subject] = sums[subject]! + hundredths;
    if (group.dropHighest > 0) keepExtreme(this.highest[groupIndex]!, subject * group.dropHighest, group.dropHighest, filled, hundredths, 1);
    if (group.dropLowest > 0) keepExtreme(this.lowest[groupIndex]!, subject * group.dropLowest, group.dropLowest, filled, hundredths, -1);
  }

  /** A `scores` column's list for a subject, copied on first write. */
  list(groupIndex: number, subject: number): number[] {
    const lists = this.lists[groupIndex]!;
    const owned = this.owned[groupIndex]!;
    let list = lists[subject];
    if (list === undefined) list = [];
    else if (owned[subject] === 0) list = list.slice();
    lists[subject] = list;
    owned[subject] = 1;
    return list;
  }

  /** Makes room in the log for `count` more entries, at least doubling it so appends stay cheap. */
  reserve(count: number): void {
    const log = this.log;
    if (log.length + count <= log.subjects.length) return;
    const capacity = Math.max(log.length + count, 2 * log.subjects.length, INITIAL_CAPACITY);
    const grownLog = copyLog(log, log.length, capacity);
    log.subjects = grownLog.subjects;
    log.groups = grownLog.groups;
    log.hundredths = grownLog.hundredths;
    log.positions = grownLog.positions;
    log.origins = grownLog.origins;
    log.evaluators = grownLog.evaluators;
  }

  /** Logs a ballot of a checked group: a new one, or a copy of the ballot of origin `origin`. */
  keep(groupIndex: number, subject: number, evaluatorId: string, hundredths: number, position: number, origin = nextOrigin++): void {
    const log = this.log;
    const at = log.length;
    if (at === log.subjects.length) this.reserve(1);
    log.subjects[at] = subject;
    log.groups[at] = groupIndex;
    log.hundredths[at] = hundredths;
    log.positions[at] = position;
    log.origins[at] = origin;
    log.evaluators[at] = evaluatorId;
    log.length = at + 1;
  }

  /** Adds another state's subjects and ingredients to this draft. */
  absorb(other: State): void {
    const ids = other.registry.ids;
    const target = new Int32Array(other.size);
    for (let source = 0; source < other.size; source += 1) target[source] = this.subject(ids[source]!, other.first[source]!);
    other.columns.forEach((column, groupIndex) => {
      if (column.store === 'ballots') return;
      if (column.store === 'scores') {
        for (let source = 0; source < other.size; source += 1) {
          const incoming = column.lists[source];
          if (incoming === undefined || incoming.length === 0) continue;
          const list = this.list(groupIndex, target[source]!);
          for (const item of incoming) list.push(item);
        }
        return;
      }
      const { dropHighest, dropLowest } = this.compiled.groups[groupIndex]!;
      const counts = this.counts[groupIndex]!;
      const sums = this.sums[groupIndex]!;
      const highest = this.highest[groupIndex]!;
      const lowest = this.lowest[groupIndex]!;
      for (let source = 0; source < other.size; source += 1) {
        const count = column.count[source]!;
        if (count === 0) continue;
        const subject = target[source]!;
        const filled = counts[subject]!;
        counts[subject] = filled + count;
        sums[subject] = sums[subject]! + column.sum[source]!;
        for (let index = 0; index < Math.min(count, dropHighest); index += 1) {
          keepExtreme(highest, subject * dropHighest, dropHighest, filled + index, column.highest[source * dropHighest + index]!, 1);
        }
        for (let index = 0; index < Math.min(count, dropLowest); index += 1) {
          keepExtreme(lowest, subject * dropLowest, dropLowest, filled + index, column.lowest[source * dropLowest + index]!, -1);
        }
      }
    });
    // Room first: when `other` shares this draft's log (a partial merged with itself), its
    // entries are then read from the grown columns while new ones go after them.
    this.reserve(other.logLength);
    const source = other.log;
    for (let entry = 0; entry < other.logLength; entry += 1) {
      const subject = target[source.subjects[entry]!]!;
      this.keep(source.groups[entry]!, subject, source.evaluators[entry]!, source.hundredths[entry]!, source.positions[entry]!, source.origins[entry]!);
    }
    for (const record of other.records) this.records.push(record);
    this.ballotCount += other.ballotCount;
    this.nextIndex = Math.max(this.nextIndex, other.nextIndex);
  }

  record(code: EvaluationIssueCode, position: number, field: string, params: Record<string, string | number>, subjectId?: string): void {
    this.records.push(subjectId === undefined ? { code, position, field, params } : { code, position, field, subjectId, params });
  }

  /** Freezes the draft into a state; the draft must not be used afterwards. */
  finish(): State {
    const columns = this.compiled.groups.map((group, index): Column =>
      group.store === 'stats'
        ? { store: 'stats', count: this.counts[index]!, sum: this.sums[index]!, highest: this.highest[index]!, lowest: this.lowest[index]! }
        : group.store === 'scores'
          ? { store: 'scores', lists: this.lists[index]! }
          : { store: 'ballots' },
    );
    return {
      compiled: this.compiled,
      registry: this.registry,
      size: this.size,
      capacity: this.capacity,
      first: this.first,
      columns,
      log: this.log,
      logLength: this.log.length,
      records: this.records,
      ballotCount: this.ballotCount,
      nextIndex: this.nextIndex,
    };
  }
}

/**
 * Keeps the `slots` most extreme scores of a subject, most extreme first: `direction` 1 keeps the
 * highest, -1 the lowest. `filled` is how many scores the subject had before this one.
 */
function keepExtreme(list: Float64Array, offset: number, slots: number, filled: number, score: number, direction: 1 | -1): void {
  // One slot (去掉一个最高分、一个最低分) is by far the common case: a compare and a store.
  if (slots === 1) {
    if (filled === 0 || (score - list[offset]!) * direction > 0) list[offset] = score;
    return;
  }
  let end = Math.min(filled, slots);
  if (end === slots) {
    if ((score - list[offset + slots - 1]!) * direction <= 0) return;
    end -= 1;
  }
  let at = offset + end;
  while (at > offset && (score - list[at - 1]!) * direction > 0) {
    list[at] = list[at - 1]!;
    at -= 1;
  }
  list[at] = score;
}
