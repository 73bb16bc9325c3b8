/**
 * Every `parse*` function of both entry points (`cxzy` and `cxzy/schema`), `safeParseWith` and the
 * exported zod schemas, under arbitrary and near-valid input: at least 100,000 parser calls in
 * all, with no throw, no NaN or ±Infinity in a result, no mutated input, no prototype pollution.
 * A parser's valid inputs are its entry in `_fixtures.ts` and every shipped constant it accepts,
 * so a new parser is fuzzed near its valid inputs as soon as a default of its kind is exported.
 */
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as cxzy from '../../src/index';
import * as schema from '../../src/schema/index';
import { ENTRIES } from './_fixtures';
import { anyValue, documentedThrows, nearValid } from './_harness';
import { errorClassesOf, findings, fuzz, newTally, report, writeFindings, type Tally, type Target } from './_runner';

const TOTAL_PARSER_RUNS = 100_000;
const SCHEMA_RUNS = 1_000;
const SEED = Number(process.env['FUZZ_SEED'] ?? Math.floor(Math.random() * 2 ** 31));

const THROWS = documentedThrows(fileURLToPath(new URL('../../src', import.meta.url)));
const ERROR_CLASSES = errorClassesOf(cxzy, schema);
type Parser = (...args: unknown[]) => unknown;

const exported: [string, unknown][] = [...Object.entries(cxzy), ...Object.entries(schema)];
const parsers = exported.filter((pair): pair is [string, Parser] => typeof pair[1] === 'function' && pair[0].startsWith('parse'));
interface ZodLike {
  safeParse(value: unknown): { success: boolean };
}
const schemas = (Object.entries(schema) as [string, unknown][]).filter(
  (pair): pair is [string, ZodLike] => typeof pair[1] === 'object' && pair[1] !== null && typeof (pair[1] as Partial<ZodLike>).safeParse === 'function',
);

/** Values a parser might accept: every exported constant, each item of a list, each list of one. */
function candidates(): unknown[] {
  const found: unknown[] = [];
  const add = (value: unknown): void => {
    found.push(value);
    if (Array.isArray(value)) for (const item of value.slice(0, 3)) found.push(item, [item]);
  };
  for (const module of [cxzy, schema]) for (const value of Object.values(module)) if (typeof value !== 'function') add(value);
  for (const entry of Object.values(ENTRIES)) for (const fixture of entry.fixtures) for (const argument of fixture) if (typeof argument !== 'function') add(argument);
  return found;
}
const CANDIDATES = candidates();

const accepts = (run: (value: unknown) => unknown, value: unknown): boolean => {
  try {
    const result = run(value) as { success?: unknown };
    return result.success === true;
  } catch {
    return false;
  }
};

const tallies: Tally[] = [];
const runsPerParser = Math.ceil(TOTAL_PARSER_RUNS / Math.max(1, parsers.length));

describe(`every parser (seed ${SEED})`, () => {
  parsers.forEach(([name, parse], index) => {
    it(`${name}`, () => {
      const fixtures = [
        ...(ENTRIES[name]?.fixtures ?? []),
        ...CANDIDATES.filter((value) => accepts((input) => parse(input), value)).map((value) => [value]),
      ];
      const target: Target = { name, call: (args) => parse(...args), mayThrow: THROWS.get(name) ?? new Set(), errorClasses: ERROR_CLASSES };
      const tally = newTally(name);
      tallies.push(tally);
      const arbitrary = fc.array(anyValue, { minLength: 1, maxLength: 2 });
      const arbitraryRuns = fixtures.length > 0 ? Math.floor(runsPerParser / 2) : runsPerParser;
      fuzz(target, tally, arbitrary, arbitraryRuns, 'arbitrary', SEED + index);
      fuzz(target, tally, nearValid(fixtures), runsPerParser - arbitraryRuns, 'nearValid', SEED + index);
      expect(fixtures.length, `${name} accepts none of the shipped constants: give it a valid input in test/fuzz/_fixtures.ts`).toBeGreaterThan(0);
      expect([...tally.findings].map(([kind, finding]) => `${kind} — ${finding.detail} — input ${finding.input}`)).toEqual([]);
    });
  });

  it('runs the parsers at least 100,000 times in all', () => {
    expect(tallies.reduce((total, tally) => total + tally.calls, 0)).toBeGreaterThanOrEqual(TOTAL_PARSER_RUNS);
  });

  it('safeParseWith, with every exported schema', () => {
    const pairs = schemas.flatMap(([, zod]) => CANDIDATES.filter((value) => accepts((input) => zod.safeParse(input), value)).map((value) => [zod, value] as const));
    const target: Target = {
      name: 'safeParseWith',
      call: ([zod, value]) => schema.safeParseWith(zod as never, value),
      mayThrow: THROWS.get('safeParseWith') ?? new Set(),
      errorClasses: ERROR_CLASSES,
    };
    const tally = newTally('safeParseWith');
    tallies.push(tally);
    const zods = schemas.map(([, zod]) => zod);
    fuzz(target, tally, fc.tuple(fc.constantFrom(...zods), anyValue), SCHEMA_RUNS / 2, 'arbitrary', SEED);
    // Near-valid: the schema stays, its input is mutated.
    const near = fc.constantFrom(...pairs).chain(([zod, value]) => nearValid([[value]]).map((args) => [zod, args[0]] as const));
    fuzz(target, tally, near, SCHEMA_RUNS / 2, 'nearValid', SEED);
    expect([...tally.findings].map(([kind, finding]) => `${kind} — ${finding.detail} — input ${finding.input}`)).toEqual([]);
  });

  schemas.forEach(([name, zod], index) => {
    it(`${name}.safeParse`, () => {
      const target: Target = { name: `${name}.safeParse`, call: ([value]) => zod.safeParse(value), mayThrow: new Set(), errorClasses: ERROR_CLASSES, checkTexts: false };
      const tally = newTally(`${name}.safeParse`);
      tallies.push(tally);
      const valid = CANDIDATES.filter((value) => accepts((input) => zod.safeParse(input), value)).map((value) => [value]);
      fuzz(target, tally, fc.tuple(anyValue), valid.length > 0 ? SCHEMA_RUNS / 2 : SCHEMA_RUNS, 'arbitrary', SEED + index);
      if (valid.length > 0) fuzz(target, tally, nearValid(valid), SCHEMA_RUNS / 2, 'nearValid', SEED + index);
      expect([...tally.findings].map(([kind, finding]) => `${kind} — ${finding.detail} — input ${finding.input}`)).toEqual([]);
    });
  });
});

afterAll(() => {
  const title = `Fuzz: parsers, safeParseWith and schemas (seed ${SEED})`;
  console.log(report(title, tallies));
  writeFindings('parsers', findings(title, tallies));
});
