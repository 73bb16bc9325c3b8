import fc from 'fast-check';

/**
 * Mutation testing only (vitest.mutation.config.ts): the property tests draw the same cases for
 * every mutant, so that whether a mutant is killed does not depend on the luck of its run.
 */
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: 20151101 });
