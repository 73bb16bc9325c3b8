import type { IssuePath, ParseResult } from '../../core/issue';
import { createIssue } from '../../core/message';
import { EVALUATION_MESSAGES } from '../messages';
import { canonicalJson, compilePolicy } from '../policy/_compilePolicy';
import type { AggregationPolicy } from '../policy/types';
import { readColumns } from './accumulatorFromColumns';
import { BYTES_MAGIC, BYTES_VERSION, checksum, CHECKSUM_AT, HEADER_AT, littleEndianHost, PREFIX, readWord, SECTION_SIZES, toLittleEndian, type SectionKind } from './_engine/_bytes';
import { arrayAt, fail, InvalidPartial, invalidPartialIssue, objectAt, wholeAt } from './_engine/_partialReader';
import { wrapState } from './_engine/_state';
import type { EvaluationAccumulator, GroupColumns } from './types';

/**
 * Reads the bytes form of a partial evaluation (from `accumulatorToBytes`, from a file, a socket or
 * another machine) back into an accumulator for `policy`. Bytes that are not a partial — another
 * file, a truncated or altered one, another version — give an issue, never a crash and never a
 * wrong figure: the frame is checked first (the `cxzy.evp` mark, the version, a checksum over
 * everything after it, every section's kind and length within the bytes), then every column as
 * `accumulatorFromColumns` checks it.
 *
 * @param bytes - the bytes: a `Uint8Array` (a Node.js `Buffer` is one). Not modified.
 * @param policy - the policy the application runs the evaluation under. Not modified.
 * @returns `{ success: true, data: accumulator }`, or `{ success: false, issues }`: the `input.*`
 *   issues of a `policy` that is not shaped as one, or one issue, `evaluation.partialPolicyMismatch`
 *   or `evaluation.invalidPartial` pointing at the first part that is wrong: `[]` for what is not
 *   bytes or too short, `['format']`, `['version']`, `['checksum']`, `['header']`, `['sections']`,
 *   or a column (such as `['subjectIds', 4]`).
 *
 * @example
 * ```ts
 * import { accumulatorFromBytes, accumulatorToBytes, createAccumulator, THREE_SIDED_EVALUATION } from 'cxzy/evaluation';
 * const bytes = accumulatorToBytes(createAccumulator(THREE_SIDED_EVALUATION));
 * accumulatorFromBytes(bytes, THREE_SIDED_EVALUATION).success; // true
 * const altered = bytes.slice();
 * altered[altered.length - 1] ^= 1;
 * const read = accumulatorFromBytes(altered, THREE_SIDED_EVALUATION);
 * if (!read.success) read.issues[0]?.path; // ['checksum']
 * ```
 */
export function accumulatorFromBytes<G extends string>(bytes: unknown, policy: AggregationPolicy<G>): ParseResult<EvaluationAccumulator<G>> {
  const compiled = compilePolicy(policy as AggregationPolicy<string>);
  const shape = compiled.issues.filter((issue) => issue.code.startsWith('input.'));
  if (shape.length > 0) return { success: false, issues: shape };
  try {
    if (!(bytes instanceof Uint8Array) || bytes.length < PREFIX || bytes.length % 8 !== 0) fail([]);
    if (BYTES_MAGIC.some((byte, index) => bytes[index] !== byte)) fail(['format']);
    if (readWord(bytes, BYTES_MAGIC.length) !== BYTES_VERSION) fail(['version']);
    // Typed views need the sections aligned in their buffer: a Buffer from a pool may not be.
    const data = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
    if (readWord(data, CHECKSUM_AT) !== checksum(data)) fail(['checksum']);
    const headerLength = readWord(data, HEADER_AT);
    if (PREFIX + headerLength > data.length) fail(['header']);
    const header = objectAt(parseHeader(data.subarray(PREFIX, PREFIX + headerLength)), ['header']);
    if (canonicalJson(header.policy) !== compiled.fingerprint) {
      return { success: false, issues: [createIssue(EVALUATION_MESSAGES, 'evaluation.partialPolicyMismatch', 'error', ['policy'], {})] };
    }
    const reader = new SectionReader(data, PREFIX + headerLength, arrayAt(header.sections, ['sections']));
    const stores = arrayAt(header.stores, ['stores']);
    const byId = reader.take('i32');
    const first = reader.take('f64');
    const groups = stores.map((store, index): GroupColumns => {
      if (store === 'stats') return { store, count: reader.take('f64'), sum: reader.take('f64'), highest: reader.take('f64'), lowest: reader.take('f64') };
      if (store === 'scores') return { store, offsets: reader.take('f64'), scores: reader.take('f64') };
      if (store === 'ballots') return { store };
      return fail(['stores', index]);
    });
    const log = { subjects: reader.take('i32'), groups: reader.take('i32'), hundredths: reader.take('f64'), positions: reader.take('f64') };
    const subjectIds = reader.texts(['subjectIds']);
    const ballots = { ...log, evaluators: reader.texts(['ballots', 'evaluators']) };
    reader.end();
    const state = readColumns({ ...header, subjectIds, byId, first, groups, ballots }, compiled);
    return { success: true, data: wrapState<G>(state) };
  } catch (error) {
    /* c8 ignore next -- only the reader's own signal is caught */
    if (!(error instanceof InvalidPartial)) throw error;
    return { success: false, issues: [invalidPartialIssue(error.path)] };
  }
}

function parseHeader(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return fail(['header']);
  }
}

type Views = { i32: Int32Array; f64: Float64Array; u32: Uint32Array; u16: Uint16Array; u8: Uint8Array };
const VIEWS: { readonly [K in SectionKind]: new (buffer: ArrayBufferLike, offset: number, length: number) => Views[K] } = {
  i32: Int32Array,
  f64: Float64Array,
  u32: Uint32Array,
  u16: Uint16Array,
  u8: Uint8Array,
};

/* c8 ignore start -- only a big-endian host swaps */
// Stryker disable all: only a big-endian host swaps (swapBytes is tested on its own)
/** A section of `length` elements of `kind` at `start`, copied into the host's order. */
function swappedCopy(bytes: Uint8Array, start: number, kind: SectionKind, length: number): Views[SectionKind] {
  const copy = bytes.slice(start, start + length * SECTION_SIZES[kind]);
  toLittleEndian(copy, 0, kind, length);
  return new VIEWS[kind](copy.buffer, 0, length);
}
// Stryker restore all
/* c8 ignore stop */

/** Reads the sections the header lists, in order, each checked against the bytes. */
class SectionReader {
  private index = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private at: number,
    private readonly sections: readonly unknown[],
  ) {}

  /** The next section, which must be of `kind`: a view on a little-endian host, a swapped copy otherwise. */
  take<K extends SectionKind>(kind: K, ...others: SectionKind[]): Views[K] {
    const path = ['sections', this.index];
    const section = arrayAt(this.sections[this.index], path);
    const found = section[0] as SectionKind;
    if (found !== kind && !others.includes(found)) fail(path);
    const length = wholeAt(section[1], path);
    const size = SECTION_SIZES[found];
    const start = Math.ceil(this.at / 8) * 8;
    if (start + length * size > this.bytes.length) fail(path);
    this.index += 1;
    this.at = start + length * size;
    // Stryker disable all: only a big-endian host swaps
    /* c8 ignore next -- only a big-endian host swaps */
    if (!littleEndianHost()) return swappedCopy(this.bytes, start, found, length) as Views[K];
    // Stryker restore all
    // `accumulatorFromColumns` copies what it keeps, so a view is enough where no swap is needed.
    return new VIEWS[found](this.bytes.buffer, this.bytes.byteOffset + start, length) as Views[K];
  }

  /** A list of texts: their lengths, then their UTF-8 or UTF-16 text. */
  texts(path: IssuePath): string[] {
    const lengths = this.take('u32');
    const chars: Uint8Array | Uint16Array = this.take('u8', 'u16');
    let text: string;
    if (chars.BYTES_PER_ELEMENT === 1) {
      try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(chars);
      } catch {
        return fail(path);
      }
    } else {
      text = '';
      for (let at = 0; at < chars.length; at += 8192) text += String.fromCharCode(...(chars as unknown as Uint16Array).subarray(at, at + 8192));
    }
    const texts = new Array<string>(lengths.length);
    let at = 0;
    for (let index = 0; index < lengths.length; index += 1) {
      texts[index] = text.slice(at, at + lengths[index]!);
      at += lengths[index]!;
    }
    if (at !== text.length) fail(path);
    return texts;
  }

  /** Checks that every section was read and nothing follows the last. */
  end(): void {
    if (this.index !== this.sections.length || Math.ceil(this.at / 8) * 8 !== this.bytes.length) fail(['sections']);
  }
}
