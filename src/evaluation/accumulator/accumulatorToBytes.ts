import { accumulatorToColumns } from './accumulatorToColumns';
import { BYTES_MAGIC, BYTES_VERSION, checksum, CHECKSUM_AT, HEADER_AT, PREFIX, toLittleEndian, writeWord, type SectionKind } from './_engine/_bytes';
import type { AccumulatorColumns, EvaluationAccumulator } from './types';

/**
 * The bytes form of a partial evaluation: the columns form (see `accumulatorToColumns`) in one
 * `Uint8Array`, to write to a file, a socket, a queue or object storage, and to read back with
 * `accumulatorFromBytes` on another machine. It is compact — a few dozen bytes a subject for a
 * mean or trimmed mean with duplicates unchecked, growing with the subjects and not with the
 * ballots summed — and quick: typed arrays are copied as they lie, ids as UTF-8.
 *
 * Layout (version 1, little-endian): the 8 ASCII bytes `cxzy.evp`, the version (u32), a checksum
 * of everything after it (u32), the header's length (u32) and the header (UTF-8 JSON: the policy,
 * counts, group order, records and each section's kind and length), then the sections, each
 * starting on a multiple of 8 bytes: the subjects' order by id and first positions, each group's
 * columns, the checked ballots' columns, and the subject ids and evaluator ids (their lengths in
 * UTF-16 code units, then their text, as UTF-8 or, for ids that are not well-formed Unicode, as
 * UTF-16 code units). A partial made here reads back the same on any machine.
 *
 * @param accumulator - the accumulator. Not modified.
 * @returns the bytes; its buffer is its own, so it can also be transferred to a worker.
 * @throws {@link InvalidInputError} (a `TypeError`) when `accumulator` was not made by this module.
 *
 * @example
 * ```ts
 * import { accumulatorFromBytes, accumulatorToBytes, addBallots, createAccumulator, finalizeAccumulator, THREE_SIDED_EVALUATION } from 'cxzy/evaluation';
 * const partial = addBallots(createAccumulator(THREE_SIDED_EVALUATION), [{ subjectId: 'm01', evaluatorId: 'l1', group: 'leadership', score: 90 }]);
 * const bytes = accumulatorToBytes(partial);
 * new TextDecoder().decode(bytes.subarray(0, 8)); // 'cxzy.evp'
 * const read = accumulatorFromBytes(bytes, THREE_SIDED_EVALUATION);
 * if (read.success) finalizeAccumulator(read.data).subjects[0]?.combined; // 90
 * ```
 */
export function accumulatorToBytes(accumulator: EvaluationAccumulator<string>): Uint8Array {
  return columnsToBytes(accumulatorToColumns(accumulator));
}

/** One section before it is written: its kind and its bytes. */
interface Section {
  readonly kind: SectionKind;
  readonly length: number;
  readonly bytes: Uint8Array;
}

function columnsToBytes(columns: AccumulatorColumns): Uint8Array {
  const sections: Section[] = [];
  const add = (array: Int32Array | Float64Array | Uint32Array | Uint16Array | Uint8Array): void => {
    const kind: SectionKind = array instanceof Int32Array ? 'i32' : array instanceof Float64Array ? 'f64' : array instanceof Uint32Array ? 'u32' : array instanceof Uint16Array ? 'u16' : 'u8';
    sections.push({ kind, length: array.length, bytes: new Uint8Array(array.buffer, array.byteOffset, array.byteLength) });
  };
  add(columns.byId);
  add(columns.first);
  for (const group of columns.groups) {
    if (group.store === 'stats') [group.count, group.sum, group.highest, group.lowest].forEach(add);
    else if (group.store === 'scores') [group.offsets, group.scores].forEach(add);
  }
  const { ballots } = columns;
  [ballots.subjects, ballots.groups, ballots.hundredths, ballots.positions].forEach(add);
  const text = [textSections(columns.subjectIds), textSections(ballots.evaluators)];
  for (const [lengths, chars] of text) {
    add(lengths);
    add(chars);
  }
  const header = new TextEncoder().encode(
    JSON.stringify({
      policy: columns.policy,
      ballotCount: columns.ballotCount,
      nextIndex: columns.nextIndex,
      groupOrder: columns.groupOrder,
      stores: columns.groups.map((group) => group.store),
      records: columns.records,
      sections: sections.map((section) => [section.kind, section.length]),
    }),
  );
  let size = align(PREFIX + header.length);
  for (const section of sections) size = align(size + section.bytes.length);
  const bytes = new Uint8Array(size);
  bytes.set(BYTES_MAGIC, 0);
  writeWord(bytes, BYTES_MAGIC.length, BYTES_VERSION);
  writeWord(bytes, HEADER_AT, header.length);
  bytes.set(header, PREFIX);
  let at = align(PREFIX + header.length);
  for (const section of sections) {
    bytes.set(section.bytes, at);
    toLittleEndian(bytes, at, section.kind, section.length);
    at = align(at + section.bytes.length);
  }
  writeWord(bytes, CHECKSUM_AT, checksum(bytes));
  return bytes;
}

/** The next multiple of 8. */
function align(at: number): number {
  return Math.ceil(at / 8) * 8;
}

/**
 * A list of texts as two sections: each text's length in UTF-16 code units, then all of them, as
 * UTF-8 when every one is well-formed Unicode (read back exactly), as UTF-16 code units otherwise.
 */
function textSections(texts: readonly string[]): [Uint32Array, Uint8Array | Uint16Array] {
  const lengths = new Uint32Array(texts.length);
  texts.forEach((text, index) => (lengths[index] = text.length));
  const joined = texts.join('');
  if (!LONE_SURROGATE.test(joined)) return [lengths, new TextEncoder().encode(joined)];
  const units = new Uint16Array(joined.length);
  for (let at = 0; at < joined.length; at += 1) units[at] = joined.charCodeAt(at);
  return [lengths, units];
}

/** A surrogate that is not half of a pair: text that UTF-8 cannot carry. */
const LONE_SURROGATE = /\p{Cs}/u;
