/**
 * The kinds of field rules and options are made of (private): decimals read the one way every
 * module reads "at most two decimals", whole numbers with bounds, fractions, and the code lists of
 * the unions that have no list of their own in the domain folders.
 */
import * as z from 'zod';
import { toUnits } from '../../core/_decimal';
import type { BeforeReading } from '../../schedule/types';
import type { CadenceUnit, PartialPeriodPolicy } from '../../schedule/cadence';
import type { LedgerPeriod } from '../../scoring/ledgers/types';
import type { OverlapResolution, QuotaTieBreak } from '../../scoring/tierRules/types';
import type { VoteBase } from '../../evaluation/votes/types';
import type { Admission, TieBreakKey } from '../../commendation/types';

/**
 * The `multipleOf` of each decimal, which zod's own conversion cannot write because the check is a
 * refinement (so that float noise such as `0.1 + 0.2` reads as the decimal it stands for, as the
 * domain functions read it).
 */
const DECIMAL_FACTS = /* @__PURE__ */ z.registry<Readonly<Record<string, unknown>>>();

/**
 * Gives a schema JSON Schema keywords zod's own conversion cannot write (a refinement's rule, said
 * as JSON Schema can say it), which {@link addDecimalFacts} adds to its node. Internal to
 * `cxzy/schema`.
 */
export function withJsonSchemaFacts<Schema extends z.ZodType>(schema: Schema, facts: Readonly<Record<string, unknown>>): Schema {
  DECIMAL_FACTS.add(schema, facts);
  return schema;
}

/**
 * Adds its `multipleOf` to the JSON Schema node of a decimal. Pass it (with the entity schemas'
 * `addJsonSchemaFacts`) as `override` to `z.toJSONSchema`. Internal to `cxzy/schema`.
 */
export function addDecimalFacts(context: { readonly zodSchema: unknown; readonly jsonSchema: Record<string, unknown> }): void {
  const facts = DECIMAL_FACTS.get(context.zodSchema as z.ZodType);
  if (facts !== undefined) Object.assign(context.jsonSchema, facts);
}

/**
 * A finite number with at most `places` decimals (2 for points and scores, 4 for weights), read as
 * `toUnits` reads it, at least `min` when given, and within `bounds` when given (`above`: more
 * than; `max`: at most); JSON Schema `multipleOf` 0.01 (or 0.0001).
 */
export function decimal(places: 2 | 4, min?: number, bounds: { readonly above?: number; readonly max?: number } = {}) {
  const unitsPerOne = 10 ** places;
  const divisor = 1 / unitsPerOne;
  let number = min === undefined ? z.number() : z.number().min(min);
  if (bounds.above !== undefined) number = number.gt(bounds.above);
  if (bounds.max !== undefined) number = number.max(bounds.max);
  const schema = number.superRefine((value, ctx) => {
    if (toUnits(value, unitsPerOne) === undefined) {
      ctx.addIssue({ code: 'not_multiple_of', divisor, input: value, origin: 'number' });
    }
  });
  DECIMAL_FACTS.add(schema, { multipleOf: divisor });
  return schema;
}

/** Points and scores: at most two decimals. */
export const PointsSchema = /* @__PURE__ */ decimal(2);

/** Points that are not negative: a cap, a maximum. */
export const NonNegativePointsSchema = /* @__PURE__ */ decimal(2, 0);

/** A whole number of at least `min` (and at most `max`), exact as a double. */
export function whole(min: number, max?: number) {
  const atLeast = z.int().min(min);
  return max === undefined ? atLeast : atLeast.max(max);
}

/**
 * A `Fraction`: two whole numbers, the denominator above zero. Whether a share may exceed one
 * (a quorum cannot) is the function's to report, with the rule beside it.
 *
 * @example
 * ```ts
 * import { FractionSchema } from 'cxzy/schema';
 * FractionSchema.safeParse({ numerator: 1, denominator: 3 }).success; // true
 * FractionSchema.safeParse({ numerator: 1, denominator: 0 }).success; // false
 * ```
 */
export const FractionSchema = /* @__PURE__ */ z.strictObject({
  numerator: whole(0),
  denominator: whole(1),
});

// The codes of unions the domain folders write as types only. `satisfies` keeps each list inside
// its union; test/schema/drift.test-d.ts, which pins each schema to its type, fails if a list
// misses a code of its union.
export const OVERLAP_RESOLUTIONS = ['higherTier', 'lowerTier'] as const satisfies readonly OverlapResolution[];
export const QUOTA_BASES = ['allMembers', 'gradedMembers'] as const;
export const QUOTA_TIE_BREAKS = ['excludeTied', 'memberId'] as const satisfies readonly QuotaTieBreak[];
export const LEDGER_PERIODS = ['year', 'quarter', 'month', 'day'] as const satisfies readonly LedgerPeriod[];
export const VOTE_BASES = ['entitled', 'present', 'votesCast'] as const satisfies readonly VoteBase[];
export const ADMISSIONS = ['eligible', 'ineligible'] as const satisfies readonly Admission[];
export const TIE_BREAK_KEYS = ['performance', 'recognition'] as const satisfies readonly TieBreakKey[];
export const CADENCE_UNITS = ['month', 'quarter', 'halfYear', 'semester', 'year'] as const satisfies readonly CadenceUnit[];
export const PARTIAL_PERIOD_POLICIES = ['prorate', 'full', 'exempt'] as const satisfies readonly PartialPeriodPolicy[];
export const BEFORE_READINGS = ['exclusive', 'inclusive'] as const satisfies readonly BeforeReading[];
export const MISSING_ENTRY_TREATMENTS = ['ignore', 'warning', 'error'] as const;
export const RANK_ORDERS = ['descending', 'ascending'] as const;
