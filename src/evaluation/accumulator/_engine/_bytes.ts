/**
 * The framing of a partial's bytes form (private): see `accumulatorToBytes` for the layout. The
 * form is little-endian; a big-endian host swaps each number as it writes and reads it.
 */

/** `cxzy.evp`: the first 8 bytes of every partial in bytes. */
export const BYTES_MAGIC: Uint8Array = /* @__PURE__ */ new Uint8Array([0x63, 0x78, 0x7a, 0x79, 0x2e, 0x65, 0x76, 0x70]);
export const BYTES_VERSION = 1;
/** Where the checksum is, and where what it covers starts (the header's length). */
export const CHECKSUM_AT = 12;
export const HEADER_AT = 16;
/** Where the header starts. */
export const PREFIX = 20;

/** The kinds of section, and their element sizes in bytes. */
export const SECTION_SIZES = { i32: 4, f64: 8, u32: 4, u16: 2, u8: 1 } as const;
export type SectionKind = keyof typeof SECTION_SIZES;

/** Whether this host stores numbers little-endian, as the form does (every common one). */
export function littleEndianHost(): boolean {
  // Stryker disable next-line ConditionalExpression: on a little-endian host, as every host that runs the tests is, "always true" is what this computes
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
}

/** Writes a u32 little-endian at `at`. */
export function writeWord(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value & 0xff;
  bytes[at + 1] = (value >>> 8) & 0xff;
  bytes[at + 2] = (value >>> 16) & 0xff;
  bytes[at + 3] = (value >>> 24) & 0xff;
}

/** Reads a u32 little-endian at `at`. */
export function readWord(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

/**
 * Puts a section of `length` elements of `kind` at `at` into little-endian order, or back into the
 * host's order: the same swap both ways, and nothing to do on a little-endian host.
 */
export function toLittleEndian(bytes: Uint8Array, at: number, kind: SectionKind, length: number): void {
  // Stryker disable all: only a big-endian host swaps (swapBytes is tested on its own)
  /* c8 ignore next -- only a big-endian host swaps */
  if (!littleEndianHost()) swapBytes(bytes, at, kind, length);
  // Stryker restore all
}

/** Reverses the bytes of each of `length` elements of `kind` from `at`: little-endian ↔ big-endian. */
export function swapBytes(bytes: Uint8Array, at: number, kind: SectionKind, length: number): void {
  const size = SECTION_SIZES[kind];
  for (let element = at; element < at + length * size; element += size) {
    for (let low = element, high = element + size - 1; low < high; low += 1, high -= 1) {
      const byte = bytes[low]!;
      bytes[low] = bytes[high]!;
      bytes[high] = byte;
    }
  }
}

/**
 * A checksum of the bytes from the header's length to the end (a multiple of 8 bytes, aligned in
 * its buffer): each little-endian word mixed in by an xor and an odd multiplication, so that any
 * change to one word changes it.
 */
export function checksum(bytes: Uint8Array): number {
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + HEADER_AT, (bytes.length - HEADER_AT) / 4);
  const little = littleEndianHost();
  let hash = 0x811c9dc5;
  for (let at = 0; at < words.length; at += 1) {
    // Stryker disable all: only a big-endian host reads the words one byte at a time
    const word = little ? words[at]! : /* c8 ignore next -- only a big-endian host reads words one byte at a time */ readWord(bytes, HEADER_AT + at * 4);
    // Stryker restore all
    hash = Math.imul(hash ^ word, 0x01000193);
  }
  return hash >>> 0;
}
