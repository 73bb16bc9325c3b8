// Run by node's own test runner (node --import tsx --test), from test/testing/runners.test.ts: the
// assertion helpers of cxzy/testing fail a node:test test by what they throw, as under vitest.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MEMBER_TIERS_TONGMIN_2015 } from '../../../src/scoring';
import { AssertionError, boundaryCases, expectBoundaries, expectRuleText, expectTier } from '../../../src/testing';

test('the 2015 rule passes its own boundary cases', () => {
  for (const { score, tier } of boundaryCases(MEMBER_TIERS_TONGMIN_2015)) expectTier(MEMBER_TIERS_TONGMIN_2015, score, tier);
  expectBoundaries(MEMBER_TIERS_TONGMIN_2015, { 100: 'excellent', 99.99: 'qualified', 60: 'basicallyQualified', 59.99: 'unqualified' });
  expectRuleText(MEMBER_TIERS_TONGMIN_2015);
});

test('a wrong expectation throws an AssertionError node:assert can match', () => {
  assert.throws(() => expectTier(MEMBER_TIERS_TONGMIN_2015, 79.99, 'qualified', { locale: 'en' }), (error: unknown) => {
    assert.ok(error instanceof AssertionError);
    assert.equal(error.code, 'ERR_ASSERTION');
    assert.equal(error.message, 'Under "Tongmin Town Middle School annual member assessment (2015)", 79.99 should be Qualified, but is Basically qualified');
    return true;
  });
});

test('a failing expectation fails the test (this one fails on purpose)', () => {
  expectTier(MEMBER_TIERS_TONGMIN_2015, 80, 'basicallyQualified');
});
