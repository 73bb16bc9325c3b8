/**
 * The log of checked ballots (private): every ballot of a policy that checks duplicates, in the
 * order added, as typed columns — a few dozen bytes a ballot where an object and a list per
 * subject and group cost several times that to build, keep and collect. Versions of an
 * accumulator share one log append-only (see `_state.ts`); a version reads only its first
 * `logLength` entries.
 *
 * Which ballot an entry is. A partial merged with itself, or with a later version of itself, holds
 * some ballots twice, and those count twice (see `mergeAccumulators`), whereas two ballots that
 * only look alike (one evaluator, subject and group) are duplicates. So each entry carries its
 * origin: the chunk it was added in and its serial number in that chunk. A chunk is one call that
 * brings new ballots — an `addBallots`, or an `accumulatorFromJson` reading a partial — and is
 * named by a token object made for that call and compared by identity only, so that no counter
 * is kept anywhere. A log lists the tokens of its chunks and entries refer to them by number;
 * entries a merge copies into another log keep their origin, their chunk renumbered there.
 */

/** The columns of a log: entry `i` is the ballot of `evaluators[i]` on `subjects[i]` in `groups[i]`. */
export interface BallotLog {
  subjects: Int32Array;
  groups: Int32Array;
  hundredths: Float64Array;
  positions: Float64Array;
  /** The origin's chunk: an index into `chunks`. */
  chunkOf: Int32Array;
  /** The origin's serial number within its chunk. */
  serials: Uint32Array;
  /** The ids as given (interning them would cost a map lookup per ballot). */
  evaluators: string[];
  /** The chunk tokens, in the order their first entry was written here. */
  readonly chunks: object[];
  /** The entries written, by the latest version. The columns have spare capacity beyond it. */
  length: number;
}

/** The fewest entries a log makes room for. */
const INITIAL_CAPACITY = 16;

/** An empty log. */
export function emptyLog(): BallotLog {
  return copyLog(undefined, 0, 0);
}

/**
 * A log holding the first `length` entries of `source` (and its chunk list), with room for at
 * least `capacity` entries.
 */
export function copyLog(source: BallotLog | undefined, length: number, capacity: number): BallotLog {
  const copy = <T extends Int32Array | Uint32Array | Float64Array>(column: T | undefined, make: new (length: number) => T): T => {
    const grownColumn = new make(capacity);
    if (column !== undefined) grownColumn.set(column.subarray(0, length));
    return grownColumn;
  };
  // Sized up front like the typed columns, rather than grown (and copied) by pushing.
  const evaluators = new Array<string>(capacity);
  for (let entry = 0; entry < length; entry += 1) evaluators[entry] = source!.evaluators[entry]!;
  return {
    subjects: copy(source?.subjects, Int32Array),
    groups: copy(source?.groups, Int32Array),
    hundredths: copy(source?.hundredths, Float64Array),
    positions: copy(source?.positions, Float64Array),
    chunkOf: copy(source?.chunkOf, Int32Array),
    serials: copy(source?.serials, Uint32Array),
    evaluators,
    chunks: source === undefined ? [] : source.chunks.slice(),
    length,
  };
}

/** Makes room for `count` more entries, at least doubling the columns so that appends stay cheap. */
export function reserve(log: BallotLog, count: number): void {
  if (log.length + count <= log.subjects.length) return;
  const grown = copyLog(log, log.length, Math.max(log.length + count, 2 * log.subjects.length, INITIAL_CAPACITY));
  log.subjects = grown.subjects;
  log.groups = grown.groups;
  log.hundredths = grown.hundredths;
  log.positions = grown.positions;
  log.chunkOf = grown.chunkOf;
  log.serials = grown.serials;
  log.evaluators = grown.evaluators;
}

/** Appends an entry. */
export function append(
  log: BallotLog,
  subject: number,
  group: number,
  evaluatorId: string,
  hundredths: number,
  position: number,
  chunk: number,
  serial: number,
): void {
  const at = log.length;
  if (at === log.subjects.length) reserve(log, 1);
  log.subjects[at] = subject;
  log.groups[at] = group;
  log.hundredths[at] = hundredths;
  log.positions[at] = position;
  log.chunkOf[at] = chunk;
  log.serials[at] = serial;
  log.evaluators[at] = evaluatorId;
  log.length = at + 1;
}

/** Lists a new chunk in the log: a fresh token, equal to no other. */
export function newChunk(log: BallotLog): number {
  return log.chunks.push({}) - 1;
}

/**
 * For each chunk `source` lists, its number in `log`, listing there the chunks it does not know
 * yet: how entries copied from `source` keep their origin.
 */
export function chunkNumbers(log: BallotLog, source: BallotLog): Int32Array {
  const numbers = new Int32Array(source.chunks.length);
  if (source.chunks === log.chunks) {
    for (let chunk = 0; chunk < numbers.length; chunk += 1) numbers[chunk] = chunk;
    return numbers;
  }
  const numberOf = new Map<object, number>();
  log.chunks.forEach((token, chunk) => numberOf.set(token, chunk));
  source.chunks.forEach((token, chunk) => {
    let number = numberOf.get(token);
    if (number === undefined) number = log.chunks.push(token) - 1;
    numbers[chunk] = number;
  });
  return numbers;
}
