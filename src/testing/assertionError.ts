/**
 * What the assertion helpers of `cxzy/testing` throw when a rule does not do what a test expects:
 * an `Error` named `AssertionError` with `actual` and `expected`, as `node:assert`'s is, so that
 * vitest, jest and `node:test` report it as a failed assertion (vitest and jest show a diff of
 * `expected` and `actual`). It is cxzy's own class rather than `node:assert`'s, which browsers and
 * some bundlers do not have; its `code` is `ERR_ASSERTION`, as Node's.
 *
 * @example
 * ```ts
 * import { MEMBER_TIERS_TONGMIN_2015 } from 'cxzy/scoring';
 * import { AssertionError, expectTier } from 'cxzy/testing';
 * const caught = (() => {
 *   try {
 *     expectTier(MEMBER_TIERS_TONGMIN_2015, 79.99, 'qualified');
 *   } catch (error) {
 *     return error as AssertionError;
 *   }
 * })();
 * caught instanceof AssertionError; // true
 * [caught?.name, caught?.expected, caught?.actual]; // ['AssertionError', 'qualified', 'basicallyQualified']
 * ```
 */
export class AssertionError extends Error {
  /** Always `'AssertionError'`, as test runners and `node:assert` name it. */
  override readonly name = 'AssertionError';
  /** Always `'ERR_ASSERTION'`, the code of `node:assert`'s errors. */
  readonly code = 'ERR_ASSERTION';
  /** What the rule gave. */
  readonly actual: unknown;
  /** What the test expected. */
  readonly expected: unknown;
  /** Which check failed: the helper's name (`expectTier`, `expectBoundaries`, `expectRuleText`). */
  readonly operator: string;

  /**
   * @param message - what failed, with the expected and the actual value, in the chosen locale.
   * @param details - the expected and actual values and the helper's name.
   */
  constructor(message: string, details: AssertionDetails) {
    // Built by the helpers, but exported: a message that is no text, or missing details, must
    // still give an error to throw, not a TypeError from here.
    super(typeof message === 'string' ? message : '');
    const given: Partial<AssertionDetails> = typeof details === 'object' && details !== null ? details : {};
    this.actual = given.actual;
    this.expected = given.expected;
    this.operator = typeof given.operator === 'string' ? given.operator : '';
  }
}

/**
 * The values an {@link AssertionError} carries besides its message.
 *
 * @example
 * ```ts
 * import { AssertionError, type AssertionDetails } from 'cxzy/testing';
 * const details: AssertionDetails = { actual: 'qualified', expected: 'excellent', operator: 'expectTier' };
 * new AssertionError('100 should be excellent', details).operator; // 'expectTier'
 * ```
 */
export interface AssertionDetails {
  /** What the rule gave. */
  readonly actual: unknown;
  /** What the test expected. */
  readonly expected: unknown;
  /** The helper's name. */
  readonly operator: string;
}
