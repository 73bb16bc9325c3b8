import fc from 'fast-check';
import { test as vitestTest } from 'vitest';

/**
 * Mutation testing only (vitest.mutation.config.ts aliases `@fast-check/vitest` to this file): the
 * part of `@fast-check/vitest` the tests use, `fc` and `test.prop([...arbitraries], params)(name,
 * property)`, written on fast-check and vitest directly. Importing `@fast-check/vitest` in a fresh
 * worker took about 2.3 s on this machine, and every mutant's run starts fresh workers: it was most
 * of a mutant's time. The property runs as there: asynchronously, with the global configuration
 * (seed, `endOnFailure`) under the given parameters, named with its seed.
 */
export { fc };

type Property<Values extends unknown[]> = (...values: Values) => unknown;

function prop<Values extends unknown[]>(
  arbitraries: { [K in keyof Values]: fc.Arbitrary<Values[K]> },
  params: fc.Parameters<Values> = {},
): (name: string, property: Property<Values>, timeout?: number) => void {
  return (name, property, timeout) => {
    const seed = params.seed ?? fc.readConfigureGlobal().seed;
    vitestTest(
      `${name} (with seed=${seed})`,
      async () => {
        const run = fc.asyncProperty(...(arbitraries as unknown as [fc.Arbitrary<unknown>]), async (...values: unknown[]) => property(...(values as Values)) as boolean | void);
        await fc.assert(run as unknown as fc.IAsyncProperty<Values>, { ...params, seed } as fc.Parameters<Values>);
      },
      timeout,
    );
  };
}

/** vitest's `test`, with `prop` as `@fast-check/vitest` adds it. */
export const test = new Proxy(vitestTest, {
  get: (target, key, receiver) => (key === 'prop' ? prop : Reflect.get(target, key, receiver)),
}) as typeof vitestTest & { readonly prop: typeof prop };
