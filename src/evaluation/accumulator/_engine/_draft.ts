/**
 * A writable copy of a state (private), for one `addBallots`, `mergeAccumulators` or
 * `accumulatorFromJson` to fill in before it is frozen into a new accumulator. See `_state.ts` for
 * what is kept and how versions share the registry and the log.
 */
import type { CompiledPolicy } from '../../policy/_compilePolicy';
import { foundOf, type ValueKind } from '../../../core/input';
import type { EvaluationIssueCode } from '../../messages';
import type { IssueRecordJson } from '../types';
import { append, chunkNumbers, copyLog, newChunk, reserve, type BallotLog } from './_ballotLog';
import { numberOf, type Column, type Registry, type State } from './_state';

/** The fewest subjects a draft makes room for. */
const INITIAL_CAPACITY = 16;

export class Draft {
  readonly compiled: CompiledPolicy;
  registry: Registry;
  size: number;
  capacity: number;
  first: Float64Array;
  /** The subject numbers sorted by id while this draft knows them (see `State.byId`). */
  byId: Int32Array | undefined;
  readonly counts: Float64Array[] = [];
  readonly sums: Float64Array[] = [];
  readonly highest: Float64Array[] = [];
  readonly lowest: Float64Array[] = [];
  readonly lists: (number[] | undefined)[][] = [];
  readonly owned: Uint8Array[] = [];
  readonly log: BallotLog;
  readonly records: IssueRecordJson[];
  ballotCount: number;
  nextIndex: number;
  /** The log's number for the chunk of new ballots this draft logs, once it logs one. */
  private chunk = -1;
  /** The serial number of the next new ballot in that chunk. */
  private serial = 0;

  constructor(state: State, expectedSubjects = 0) {
    this.compiled = state.compiled;
    this.size = state.size;
    // Extend the shared registry when this state is its latest version; otherwise another version
    // has registered subjects this one must not see, so start from a copy of its own.
    if (state.registry.ids.length === state.size) this.registry = state.registry;
    else {
      const ids = state.registry.ids.slice(0, state.size);
      this.registry = { numberOf: undefined, ids };
    }
    this.byId = state.byId;
    this.capacity = Math.max(state.capacity, INITIAL_CAPACITY);
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: room made ahead only saves growing later
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
    // As with the registry: append to the log in place only when this state wrote its last entry.
    const { log, logLength } = state;
    // Stryker disable next-line ConditionalExpression,MethodExpression: a copy where the log could be shared, or one with less room, only costs time
    this.log = log.length === logLength ? log : copyLog(log, logLength, Math.max(logLength, INITIAL_CAPACITY));
    this.records = state.records.slice();
    this.ballotCount = state.ballotCount;
    this.nextIndex = state.nextIndex;
  }

  /** The number of a subject, registering it (first seen at `position`) when new. */
  subject(id: string, position: number): number {
    const known = numberOf(this.registry).get(id);
    if (known !== undefined && known < this.size) {
      if (position < this.first[known]!) this.first[known] = position;
      return known;
    }
    // A new subject the sorted table does not place: forget the table (merges then hash ids).
    this.byId = undefined;
    return this.append(id, position);
  }

  /** Registers a subject known to be new, first seen at `position`. */
  private append(id: string, position: number): number {
    if (this.size === this.capacity) this.grow();
    const number = this.size;
    this.registry.numberOf?.set(id, number);
    this.registry.ids.push(id);
    this.first[number] = position;
    this.size += 1;
    return number;
  }

  /** Notes that subject `number` also has a ballot at `position`. */
  private seen(number: number, position: number): number {
    if (position < this.first[number]!) this.first[number] = position;
    return number;
  }

  /**
   * For each subject of `other`, its number here, registering those this draft lacks (in the order
   * `other` numbers them, so that subjects stay in about the order of their first ballot). When
   * both know their ids' sorted order, by walking the two sorted tables side by side — a string
   * comparison a subject, no hashing — and this draft keeps the sorted order of the union.
   * Otherwise each subject at the same number with the same id here is taken as it is (partials
   * of one collection usually list their subjects alike) and the others are looked up by id.
   */
  private remap(other: State): Int32Array {
    const ids = other.registry.ids;
    const target = new Int32Array(other.size);
    const mine = this.byId;
    const theirs = other.byId;
    // Stryker disable next-line ConditionalExpression: looking every subject up by id is always right; walking the sorted tables only saves time
    if (mine === undefined || theirs === undefined) {
      const own = this.registry.ids;
      for (let source = 0; source < other.size; source += 1) {
        const id = ids[source]!;
        target[source] = source < this.size && own[source] === id ? this.seen(source, other.first[source]!) : this.subject(id, other.first[source]!);
      }
      return target;
    }
    target.fill(-1);
    const own = this.registry.ids;
    // The union in id order: a number here, or the complement of a number of `other` still to place.
    const union = new Int32Array(mine.length + theirs.length);
    let length = 0;
    let at = 0;
    let from = 0;
    while (at < mine.length && from < theirs.length) {
      const a = own[mine[at]!]!;
      const b = ids[theirs[from]!]!;
      if (a === b) {
        target[theirs[from]!] = this.seen(mine[at]!, other.first[theirs[from]!]!);
        union[length++] = mine[at++]!;
        from += 1;
      } else if (a < b) union[length++] = mine[at++]!;
      else union[length++] = ~theirs[from++]!;
    }
    while (at < mine.length) union[length++] = mine[at++]!;
    while (from < theirs.length) union[length++] = ~theirs[from++]!;
    for (let source = 0; source < other.size; source += 1) {
      if (target[source] === -1) target[source] = this.append(ids[source]!, other.first[source]!);
    }
    const byId = new Int32Array(length);
    for (let index = 0; index < length; index += 1) {
      const entry = union[index]!;
      byId[index] = entry >= 0 ? entry : target[~entry]!;
    }
    this.byId = byId;
    return target;
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

  /** Makes room in the log for `count` more entries. */
  reserve(count: number): void {
    reserve(this.log, count);
  }

  /** Logs a new ballot of a checked group: the next of this draft's chunk. */
  keep(groupIndex: number, subject: number, evaluatorId: string, hundredths: number, position: number): void {
    if (this.chunk === -1) this.chunk = newChunk(this.log);
    append(this.log, subject, groupIndex, evaluatorId, hundredths, position, this.chunk, this.serial);
    this.serial += 1;
  }

  /** Adds another state's subjects, ingredients, logged ballots and records to this draft. */
  absorb(other: State): void {
    const target = this.remap(other);
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
    const chunks = chunkNumbers(this.log, source);
    for (let entry = 0; entry < other.logLength; entry += 1) {
      append(
        this.log,
        target[source.subjects[entry]!]!,
        source.groups[entry]!,
        source.evaluators[entry]!,
        source.hundredths[entry]!,
        source.positions[entry]!,
        chunks[source.chunkOf[entry]!]!,
        source.serials[entry]!,
      );
    }
    for (const record of other.records) this.records.push(record);
    this.ballotCount += other.ballotCount;
    this.nextIndex = Math.max(this.nextIndex, other.nextIndex);
  }

  record(code: EvaluationIssueCode, position: number, field: string, params: Record<string, string | number>, subjectId?: string): void {
    this.records.push(subjectId === undefined ? { code, position, field, params } : { code, position, field, subjectId, params });
  }
  /**
   * Records that a ballot's `field` is missing (`input.missing`) or not of the kind `expected`
   * (`input.expected`), with what was found kept as plain text, so that the record travels as JSON.
   */
  recordInput(position: number, field: string, expected: ValueKind, value: unknown): void {
    if (value === undefined) {
      this.records.push({ code: 'input.missing', position, field, params: {} });
      return;
    }
    const { found, shown } = foundOf(value);
    this.records.push({ code: 'input.expected', position, field, params: { expected, found, shown } });
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
      byId: this.byId,
      columns,
      log: this.log,
      logLength: this.log.length,
      records: this.records,
      ballotCount: this.ballotCount,
      nextIndex: this.nextIndex,
    };
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
}

/** A copy of `source` in a longer array (capacities only grow), the rest zero. */
function grown(source: Float64Array, length: number): Float64Array {
  const copy = new Float64Array(length);
  copy.set(source);
  return copy;
}

/**
 * Keeps the `slots` most extreme scores of a subject, most extreme first: `direction` 1 keeps the
 * highest, -1 the lowest. `filled` is how many scores the subject had before this one.
 */
function keepExtreme(list: Float64Array, offset: number, slots: number, filled: number, score: number, direction: 1 | -1): void {
  // One slot (去掉一个最高分、一个最低分) is by far the common case: a compare and a store.
  // Stryker disable next-line ConditionalExpression,BlockStatement: a shortcut; without it the general path below keeps the same score
  if (slots === 1) {
    // Stryker disable next-line ArithmeticOperator,EqualityOperator: direction is 1 or -1, so * and / agree; a score replacing its equal changes nothing
    if (filled === 0 || (score - list[offset]!) * direction > 0) list[offset] = score;
    return;
  }
  let end = Math.min(filled, slots);
  if (end === slots) {
    // Stryker disable next-line ArithmeticOperator,EqualityOperator: direction is 1 or -1, so * and / agree; a score replacing its equal changes nothing
    if ((score - list[offset + slots - 1]!) * direction <= 0) return;
    end -= 1;
  }
  let at = offset + end;
  // Stryker disable next-line ArithmeticOperator,EqualityOperator: direction is 1 or -1, so * and / agree; moving past an equal score keeps the same scores in the same order
  while (at > offset && (score - list[at - 1]!) * direction > 0) {
    list[at] = list[at - 1]!;
    at -= 1;
  }
  list[at] = score;
}
