import { describe, expect, it } from 'vitest';
import { branchAverage } from '../../src/scoring';

describe('branchAverage of totals too large to add as doubles', () => {
  it('gives 1e308 for [1e308, 1e308], not Infinity', () => {
    expect(branchAverage([1e308, 1e308])).toBe(1e308);
    expect(branchAverage([-1e308, -1e308])).toBe(-1e308);
    expect(branchAverage([Number.MAX_VALUE, Number.MAX_VALUE, Number.MAX_VALUE])).toBe(Number.MAX_VALUE);
  });

  it('adds exactly past 2^53 hundredths, with a fraction beside huge totals', () => {
    expect(branchAverage([5e15, 5e15 + 2])).toBe(5e15 + 1);
    expect(branchAverage([9e13 + 0.5, 9e13 + 0.5])).toBe(9e13 + 0.5);
    expect(branchAverage([1e308, -1e308, 0.03])).toBe(0.01);
  });

  it('stays exact when a partial sum passes 2^53 hundredths and the total comes back below it', () => {
    // In doubles, 1e16 + 1 is 1e16: both hundredths would be lost before −1e16 comes back, and the
    // average of 2 hundredths over 4 totals (half a hundredth, rounded up) would read 0.
    expect(branchAverage([1e14, 0.01, 0.01, -1e14])).toBe(0.01);
  });

  it('keeps the everyday average as before', () => {
    expect(branchAverage([80, 85, 90.5])).toBe(85.17);
    expect(branchAverage([-0.005, 0])).toBe(-0.01);
  });
});
