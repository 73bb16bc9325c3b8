import type { Issue } from '../../src/core/issue';

/**
 * The issues of the error of class `named` that `run` throws: pass the `InvalidInputError` of the
 * entry point under test, so the test also checks that the entry exports the class it throws. Fails
 * the test when `run` throws anything else (a raw TypeError is the defect entry checks exist to
 * prevent) or nothing at all.
 */
export function thrownIssues(run: () => unknown, named: new (issues: readonly Issue[]) => { readonly issues: readonly Issue[] }): readonly Issue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof named) return error.issues;
    throw error;
  }
  throw new Error('nothing was thrown');
}
