import fc from 'fast-check';

/**
 * Mutation testing only (vitest.mutation.config.ts): the property tests draw the same cases for
 * every mutant, so that whether a mutant is killed does not depend on the luck of its run; and a
 * property that fails stops at its first counterexample instead of shrinking it (the mutant is
 * killed either way; shrinking took most of the time of a killed mutant).
 */
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: 20151101, endOnFailure: true });
