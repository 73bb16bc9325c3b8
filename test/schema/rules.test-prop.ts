import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { DEFAULT_COMMENDATION_RULE } from '../../src/commendation';
import { DEMOCRATIC_APPRAISAL_VOTE_RULE, SCHOOL_FOUR_SIDED_EVALUATION } from '../../src/evaluation';
import { DEFAULT_CADENCE_RULES, TEMPLATE_FOUR_STEPS_2010 } from '../../src/schedule';
import { MEMBER_TIERS_DEMOCRATIC_REVIEW, POINTS_LEDGER_EXAMPLE } from '../../src/scoring';
import { parseRule, type RuleName } from '../../src/schema';
import { deepFreeze } from '../_helpers/deepFreeze';

/** Shipped rules, each a valid document to change one field of. */
const VALID: readonly (readonly [RuleName, unknown])[] = [
  ['TierRule', MEMBER_TIERS_DEMOCRATIC_REVIEW],
  ['AggregationPolicy', SCHOOL_FOUR_SIDED_EVALUATION],
  ['VoteRule', DEMOCRATIC_APPRAISAL_VOTE_RULE],
  ['LedgerRule', POINTS_LEDGER_EXAMPLE],
  ['CommendationRule', DEFAULT_COMMENDATION_RULE],
  ['CadenceRules', DEFAULT_CADENCE_RULES],
  ['ScheduleTemplate', TEMPLATE_FOUR_STEPS_2010],
];

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** Every path to a value inside a JSON document. */
function pathsOf(value: Json, path: readonly (string | number)[] = []): (readonly (string | number)[])[] {
  const children: [string | number, Json][] = Array.isArray(value)
    ? value.map((item, index) => [index, item] as [number, Json])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  return [path, ...children.flatMap(([key, child]) => pathsOf(child, [...path, key]))];
}

/** A copy of `value` with the value at `path` replaced (or, for `undefined`, removed). */
function replaced(value: Json, path: readonly (string | number)[], by: unknown): unknown {
  if (path.length === 0) return by;
  const [key, ...rest] = path;
  if (Array.isArray(value)) return value.map((item, index) => (index === key ? replaced(item, rest, by) : item));
  const entries = Object.entries(value as Record<string, Json>).flatMap(([name, child]) => {
    if (name !== key) return [[name, child]];
    const next = replaced(child, rest, by);
    return next === undefined ? [] : [[name, next]];
  });
  return Object.fromEntries(entries);
}

const stored = VALID.map(([name, rule]) => [name, JSON.parse(JSON.stringify(rule)) as Json] as const);
const nearMiss = fc
  .constantFrom(...stored)
  .chain(([name, rule]) =>
    fc.tuple(
      fc.constant(name),
      fc.constant(rule),
      fc.constantFrom(...pathsOf(rule)),
      fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(NaN, Infinity, -0, 1e308, '__proto__', 'false', '2')),
    ),
  );

test.prop([nearMiss], { numRuns: 300 })(
  'a stored rule with one field dropped or replaced: never a throw; accepted only unchanged, else every issue with a path and both messages',
  ([name, rule, path, by]) => {
    const input = deepFreeze(replaced(rule, path, by));
    const result = parseRule(name, input);
    if (result.success) {
      expect(result.data).toEqual(input);
      return;
    }
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(issue.message['zh-CN']).not.toBe('');
      expect(issue.message.en).not.toBe('');
      expect(Array.isArray(issue.path)).toBe(true);
    }
    expect(Object.prototype).not.toHaveProperty('weight');
  },
);
