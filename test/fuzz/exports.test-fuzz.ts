/**
 * Every public export that is not a `parse*` function, under arbitrary and near-valid arguments:
 * 1,000 calls each at least, with no raw throw, no NaN or ±Infinity in a result, no mutated input,
 * no prototype pollution. The list of exports comes from the entry modules, so a new export is
 * fuzzed as soon as it is exported (and fails here until `_fixtures.ts` says how to call it).
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as cxzy from '../../src/index';
import * as schema from '../../src/schema/index';
import * as testing from '../../src/testing/index';
import { ENTRIES, arbitraryFor } from './_fixtures';
import { documentedThrows, nearValid, sameSnapshot, snapshot } from './_harness';
import { constantsOf, errorClassesOf, findings, fuzz, newTally, report, writeFindings, type Tally, type Target } from './_runner';

const ARBITRARY_RUNS = 400;
const NEAR_VALID_RUNS = 600;
const SEED = Number(process.env['FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 31));

const MODULES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = { cxzy, "cxzy/schema": schema, "cxzy/testing": testing };
const THROWS = documentedThrows(fileURLToPath(new URL('../../src', import.meta.url)));
const ERROR_CLASSES = errorClassesOf(cxzy, schema, testing);
const CONSTANTS = constantsOf(cxzy, schema, testing);
const BEFORE = new Map([...CONSTANTS].map(([name, value]) => [name, snapshot(value)]));

/** Fuzzed elsewhere: the parsers (parsers.test-fuzz.ts) and safeParseWith, which takes a schema. */
const isParser = (name: string): boolean => name.startsWith('parse') || name === 'safeParseWith';

const functions = Object.entries(MODULES).flatMap(([entry, module]) =>
  Object.entries(module)
    .filter((pair): pair is [string, (...args: unknown[]) => unknown] => typeof pair[1] === 'function' && !isParser(pair[0]))
    .map(([name, fn]) => ({ entry, name, fn })),
);
const tallies: Tally[] = [];

describe(`every export but the parsers (seed ${SEED})`, () => {
  it('has an entry in the table of arguments for every exported function', () => {
    const missing = functions.filter(({ name }) => !Object.hasOwn(ENTRIES, name)).map(({ name }) => name);
    expect(missing, 'add these to test/fuzz/_fixtures.ts: 1–4 arbitrary values cannot reach their logic').toEqual([]);
  });

  functions.forEach(({ entry, name, fn }, index) => {
    it(`${entry} ${name}`, () => {
      const spec = ENTRIES[name];
      const target: Target = {
        name,
        call: spec?.construct === true ? (args) => Reflect.construct(fn, args) : (args) => fn(...args),
        mayThrow: THROWS.get(name) ?? new Set(),
        errorClasses: ERROR_CLASSES,
        allowInfinity: spec?.allowInfinity ?? false,
        ignoreKeys: new Set(spec?.ignoreKeys ?? []),
      };
      const tally = newTally(name);
      tallies.push(tally);
      const fixtures = spec?.fixtures ?? [];
      fuzz(target, tally, arbitraryFor(spec), fixtures.length > 0 ? ARBITRARY_RUNS : ARBITRARY_RUNS + NEAR_VALID_RUNS, 'arbitrary', SEED + index);
      if (fixtures.length > 0) fuzz(target, tally, nearValid(fixtures), NEAR_VALID_RUNS, 'nearValid', SEED + index);
      expect(tally.calls).toBeGreaterThanOrEqual(1_000);
      expect([...tally.findings].map(([kind, finding]) => `${kind} — ${finding.detail} — input ${finding.input}`)).toEqual([]);
    });
  });

  it('changes no shipped constant', () => {
    const changed = [...CONSTANTS].filter(([name, value]) => !sameSnapshot(BEFORE.get(name), snapshot(value))).map(([name]) => name);
    expect(changed).toEqual([]);
  });
});

afterAll(() => {
  const title = `Fuzz: exports other than the parsers (seed ${SEED})`;
  console.log(report(title, tallies));
  writeFindings('exports', findings(title, tallies));
});
