import { describe, expect, it } from 'vitest';
import { accumulatorFromBytes, accumulatorToBytes, addBallots, createAccumulator, finalizeAccumulator, THREE_SIDED_EVALUATION } from '../../src/evaluation';
import { swapBytes } from '../../src/evaluation/accumulator/_engine/_bytes';

// The bytes form of a partial is little-endian on every host: a partial written on one machine is
// read on any other. This machine is little-endian, so the swap a big-endian host makes as it writes
// and reads each section is tested here on its own.

const BALLOTS = [
  { subjectId: 'm1', evaluatorId: 'e1', group: 'peer', score: 91.5 },
  { subjectId: 'm1', evaluatorId: 'e2', group: 'masses', score: 80 },
  { subjectId: '党员', evaluatorId: 'e1', group: 'leadership', score: 66.25 },
] as const;

describe('the bytes form, version 1', () => {
  const partial = () => addBallots(createAccumulator(THREE_SIDED_EVALUATION), BALLOTS);

  it('does not change: a partial written today is written byte for byte the same, little-endian', () => {
    const hex = Buffer.from(accumulatorToBytes(partial())).toString('hex');
    expect(hex).toBe(VERSION_1.join(''));
  });

  it('is read back from those bytes, on any host, to the same figures', () => {
    const read = accumulatorFromBytes(new Uint8Array(Buffer.from(VERSION_1.join(''), 'hex')), THREE_SIDED_EVALUATION);
    expect(read.success && finalizeAccumulator(read.data)).toEqual(finalizeAccumulator(partial()));
  });
});

describe('swapBytes: what a big-endian host does to each section', () => {
  it('reverses the bytes of each element of eight, four and two bytes, and leaves single bytes', () => {
    const f64 = new Float64Array([1.5, -2, 91.25]);
    const bytes = new Uint8Array(f64.buffer.slice(0));
    swapBytes(bytes, 0, 'f64', 3);
    const view = new DataView(bytes.buffer);
    expect([0, 8, 16].map((at) => view.getFloat64(at, false))).toEqual([1.5, -2, 91.25]);
    const words = new Uint8Array(new Int32Array([1, -2]).buffer);
    swapBytes(words, 0, 'i32', 2);
    expect(Array.from(words)).toEqual([0, 0, 0, 1, 0xff, 0xff, 0xff, 0xfe]);
    const halves = new Uint8Array(new Uint16Array([0x0102, 0x0304]).buffer);
    swapBytes(halves, 0, 'u16', 2);
    expect(Array.from(halves)).toEqual([1, 2, 3, 4]);
    const single = new Uint8Array([1, 2, 3]);
    swapBytes(single, 0, 'u8', 3);
    expect(Array.from(single)).toEqual([1, 2, 3]);
  });

  it('swaps only the section given, and twice gives the bytes back', () => {
    const bytes = Uint8Array.from({ length: 20 }, (_, index) => index);
    swapBytes(bytes, 4, 'u32', 3);
    expect(Array.from(bytes)).toEqual([0, 1, 2, 3, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12, 16, 17, 18, 19]);
    swapBytes(bytes, 4, 'u32', 3);
    expect(Array.from(bytes)).toEqual(Array.from({ length: 20 }, (_, index) => index));
  });
});

/** The bytes of the partial above, as version 1 writes them. */
const VERSION_1 = [
    '63787a792e657670010000000d0161d51c0200007b22706f6c696379223a7b226475706c696361746542616c6c6f7422',
    '3a226572726f72222c226578636c75646553656c6646726f6d50656572223a747275652c2267726f757073223a7b226c',
    '656164657273686970223a7b226d6574686f64223a226d65616e222c22776569676874223a302e337d2c226d61737365',
    '73223a7b226d6574686f64223a226d65616e222c22776569676874223a302e347d2c2270656572223a7b226d6574686f',
    '64223a226d65616e222c22776569676874223a302e337d7d2c226d696e696d756d223a7b22636f756e74656457656967',
    '6874223a302e377d2c226d697373696e6747726f7570223a2272656e6f726d616c697a65222c22707265636973696f6e',
    '223a322c227363616c65223a7b226d6178223a3130302c226d696e223a307d7d2c2262616c6c6f74436f756e74223a33',
    '2c226e657874496e646578223a332c2267726f75704f72646572223a5b226c656164657273686970222c226d61737365',
    '73222c2270656572225d2c2273746f726573223a5b2262616c6c6f7473222c2262616c6c6f7473222c2262616c6c6f74',
    '73225d2c227265636f726473223a5b5d2c2273656374696f6e73223a5b5b22693332222c325d2c5b22663634222c325d',
    '2c5b22693332222c335d2c5b22693332222c335d2c5b22663634222c335d2c5b22663634222c335d2c5b22753332222c',
    '325d2c5b227538222c385d2c5b22753332222c335d2c5b227538222c365d5d7d00000000010000000000000000000000',
    '000000000000004000000000000000000100000000000000020000000100000000000000000000000000000000dfc140',
    '000000000040bf400000000000e1b9400000000000000000000000000000f03f00000000000000400200000002000000',
    '6d31e5859ae59198020000000200000002000000000000006531653265310000',
];
