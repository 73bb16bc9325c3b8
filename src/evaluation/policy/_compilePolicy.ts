/**
 * A policy read once into the form the accumulator works with (private): groups in a fixed
 * (sorted) order, weights and the scale in integer units, and every problem with the policy as
 * issues. Compiling is cheap (a policy has a handful of groups), so each accumulator lineage
 * compiles its own; nothing is cached at module level.
 */
import type { InputIssueCode } from '../../core/input';
import type { Issue } from '../../core/issue';
import { createIssue } from '../../core/message';
import { HUNDREDTHS, isWholeAtLeast, MAX_PRECISION, toUnits, WEIGHT_UNITS } from '../_arithmetic';
import { evaluationTables } from '../_labelTables';
import { EVALUATION_MESSAGES, type EvaluationIssueCode } from '../messages';
import { checkPolicyShape } from './checkPolicyShape';
import { HUNDRED_POINT_SCALE } from './policies';
import { AGGREGATION_METHODS, DUPLICATE_BALLOT_TREATMENTS, MISSING_GROUP_TREATMENTS, type AggregationMethod, type AggregationPolicy, type GroupRule, type ScoreScale, type TrimmedMeanGroupRule } from './types';

/** How the ballots of a group are kept: running sums, every score, or every ballot. */
export type GroupStore = 'stats' | 'scores' | 'ballots';

/** One group of a compiled policy. */
export interface CompiledGroup {
  readonly code: string;
  readonly method: AggregationMethod;
  readonly dropHighest: number;
  readonly dropLowest: number;
  /** The fewest ballots that make the group counted (a trimmed mean needs one more than it drops). */
  readonly required: number;
  readonly weightUnits: number;
  readonly store: GroupStore;
}

/** A policy ready for the accumulator. */
export interface CompiledPolicy {
  readonly policy: AggregationPolicy<string>;
  readonly groups: readonly CompiledGroup[];
  /** The group codes in the groups' order, for {@link groupIndexOf}. */
  readonly codes: readonly string[];
  readonly peerIndex: number;
  readonly checked: boolean;
  readonly lastWins: boolean;
  /** 10^precision: figures are integers in units of one over this. */
  readonly scale: number;
  /** The range scores must lie in: the policy's `scale`, or the 100-point scale when it has none. */
  readonly range: ScoreScale;
  /** The policy's `minimum`, in the units the engine compares. */
  readonly minimum: CompiledMinimum;
  readonly issues: readonly Issue<EvaluationIssueCode | InputIssueCode>[];
  readonly valid: boolean;
  readonly fingerprint: string;
}

/**
 * A policy's `minimum` (see `EvaluationMinimum`), ready to compare: 0 where a bound is not given.
 * `weightUnits` is the least sum of counted weights, in ten-thousandths, that reaches the share:
 * ⌈share × total weight⌉, computed exactly, so a subject exactly at the share meets it.
 */
export interface CompiledMinimum {
  readonly groups: number;
  readonly weightUnits: number;
  /** The share asked for, in ten-thousandths (6000 for 60 %), for messages. */
  readonly share: number;
  /** The sum of every group's weight, in ten-thousandths. */
  readonly totalWeightUnits: number;
}

/** No minimum: one counted group is enough. */
const NO_MINIMUM: CompiledMinimum = { groups: 0, weightUnits: 0, share: 0, totalWeightUnits: 0 };

// The lists as plain strings: a policy read from JSON may hold any value.
const METHODS: readonly string[] = AGGREGATION_METHODS;
const MISSING_TREATMENTS: readonly string[] = MISSING_GROUP_TREATMENTS;
const DUPLICATE_TREATMENTS: readonly string[] = DUPLICATE_BALLOT_TREATMENTS;
/** 去掉一个最高分、一个最低分: what a trimmed mean drops when the rule does not say. */
const DEFAULT_DROP = 1;
const DEFAULT_MIN_BALLOTS = 1;
/** The most extremes a trimmed mean keeps per subject as running figures (see `GroupStore`). */
const MAX_KEPT_EXTREMES = 64;
const PEER = 'peer';

/** Compiles and checks a policy. */
export function compilePolicy(policy: AggregationPolicy<string>): CompiledPolicy {
  const issues: Issue<EvaluationIssueCode | InputIssueCode>[] = [];
  // The shape first: a policy that is not one (from JSON, a cast) is reported, never read.
  if (!checkPolicyShape(policy, issues)) {
    // A policy that is not even an object is kept as `null`, as its JSON form holds it: an accumulator
    // never carries NaN or a text as its policy.
    const kept = typeof policy === 'object' ? policy : (null as unknown as AggregationPolicy<string>);
    return { policy: kept, groups: [], codes: [], peerIndex: -1, checked: false, lastWins: false, scale: 1, range: HUNDRED_POINT_SCALE, minimum: NO_MINIMUM, issues, valid: false, fingerprint: canonicalJson(kept) };
  }
  const report = (code: EvaluationIssueCode, path: readonly (string | number)[], params: Record<string, string | number>) =>
    issues.push(createIssue(EVALUATION_MESSAGES, code, 'error', ['policy', ...path], params, evaluationTables(params['group'])));

  for (const field of ['missingGroup', 'duplicateBallot'] as const) {
    const allowed = field === 'missingGroup' ? MISSING_TREATMENTS : DUPLICATE_TREATMENTS;
    if (!allowed.includes(policy[field])) report('evaluation.invalidOption', [field], { field, value: String(policy[field]) });
  }
  const checked = policy.duplicateBallot !== 'unchecked';

  const codes = Object.keys(policy.groups).sort();
  if (codes.length === 0) report('evaluation.noGroups', ['groups'], {});
  let totalWeight = 0;
  let weightsValid = true;
  const groups = codes.map((code): CompiledGroup => {
    const rule: GroupRule = policy.groups[code] as GroupRule;
    const path = ['groups', code];
    const weightUnits = Number.isFinite(rule.weight) && rule.weight >= 0 ? toUnits(rule.weight, WEIGHT_UNITS) : undefined;
    if (weightUnits === undefined) {
      weightsValid = false;
      report('evaluation.invalidWeight', [...path, 'weight'], { group: code, weight: String(rule.weight) });
    } else totalWeight += weightUnits;
    if (!METHODS.includes(rule.method)) {
      report('evaluation.invalidOption', [...path, 'method'], { field: 'method', value: String(rule.method) });
    }
    const trimmed = rule.method === 'trimmedMean';
    // An invalid drop is reported and read as 0: the policy gives no figures, but the engine still
    // builds (empty) columns from it.
    const drop = (field: 'dropHighest' | 'dropLowest'): number => {
      const value = trimmed ? ((rule as TrimmedMeanGroupRule)[field] ?? DEFAULT_DROP) : 0;
      if (isWholeAtLeast(value, 0)) return value;
      report('evaluation.invalidDrop', [...path, field], { group: code, value: String(value) });
      return 0;
    };
    const dropHighest = drop('dropHighest');
    const dropLowest = drop('dropLowest');
    const minBallots = rule.minBallots ?? DEFAULT_MIN_BALLOTS;
    if (!isWholeAtLeast(minBallots, 1)) {
      report('evaluation.invalidMinBallots', [...path, 'minBallots'], { group: code, value: String(minBallots) });
    }
    // Kept extremes take `dropHighest + dropLowest` slots per subject: past a few, every score is kept instead.
    const store: GroupStore = checked ? 'ballots' : rule.method === 'median' || dropHighest + dropLowest > MAX_KEPT_EXTREMES ? 'scores' : 'stats';
    return {
      code,
      method: rule.method,
      dropHighest,
      dropLowest,
      required: Math.max(minBallots, trimmed ? dropHighest + dropLowest + 1 : 1),
      weightUnits: weightUnits ?? 0,
      store,
    };
  });
  if (codes.length > 0 && weightsValid && totalWeight === 0) report('evaluation.zeroTotalWeight', ['groups'], {});

  if (!isWholeAtLeast(policy.precision, 0) || policy.precision > MAX_PRECISION) {
    report('evaluation.invalidPrecision', ['precision'], { value: String(policy.precision), max: MAX_PRECISION });
  }
  const range = policy.scale ?? HUNDRED_POINT_SCALE;
  const { min, max } = range;
  const minHundredths = Number.isFinite(min) ? toUnits(min, HUNDREDTHS) : undefined;
  const maxHundredths = Number.isFinite(max) ? toUnits(max, HUNDREDTHS) : undefined;
  if (minHundredths === undefined || maxHundredths === undefined || minHundredths > maxHundredths) {
    report('evaluation.invalidScale', ['scale'], { min: String(min), max: String(max) });
  }

  const minimum = compileMinimum(policy, totalWeight, report);

  return {
    policy,
    groups,
    codes,
    peerIndex: policy.excludeSelfFromPeer ? codes.indexOf(PEER) : -1,
    checked,
    lastWins: policy.duplicateBallot === 'lastWins',
    scale: 10 ** (issues.length === 0 ? policy.precision : 0),
    range,
    minimum,
    issues,
    valid: issues.length === 0,
    fingerprint: canonicalJson(policy.scale === undefined ? { ...policy, scale: range } : policy),
  };
}

/**
 * Reads a policy's `minimum`, whose shape and bounds the entry check has seen; reports a share
 * with more than four decimals (`evaluation.invalidMinimumWeight`).
 */
function compileMinimum(
  policy: AggregationPolicy<string>,
  totalWeightUnits: number,
  report: (code: EvaluationIssueCode, path: readonly (string | number)[], params: Record<string, string | number>) => void,
): CompiledMinimum {
  const { minimum } = policy;
  if (minimum === undefined) return NO_MINIMUM;
  const share = minimum.countedWeight === undefined ? 0 : toUnits(minimum.countedWeight, WEIGHT_UNITS);
  if (share === undefined) {
    report('evaluation.invalidMinimumWeight', ['minimum', 'countedWeight'], { value: String(minimum.countedWeight) });
    return NO_MINIMUM;
  }
  // ⌈share × total⌉ in ten-thousandths: counted × 10^4 ≥ share × total, for a whole `counted`;
  // exact in BigInt (a finite sum of whole units is a whole number). Weights so large that their
  // sum is not finite leave no share reachable, rather than a throw.
  const weightUnits = Number.isFinite(totalWeightUnits)
    ? Number((BigInt(share) * BigInt(totalWeightUnits) + BigInt(WEIGHT_UNITS - 1)) / BigInt(WEIGHT_UNITS))
    : Number.POSITIVE_INFINITY;
  return { groups: minimum.countedGroups ?? 0, weightUnits, share, totalWeightUnits };
}

/**
 * The index of a ballot's group among `codes`, or -1. A policy has a handful of groups, so a scan
 * comparing strings beats hashing the ballot's group string as a map lookup would: the common
 * case is the same string object (a literal, or an interned JSON key), compared by pointer.
 */
export function groupIndexOf(codes: readonly string[], group: unknown): number {
  for (let index = 0; index < codes.length; index += 1) if (codes[index] === group) return index;
  return -1;
}

/**
 * JSON with object keys sorted, so equal data gives equal text whatever its key order. Whatever a
 * value holds (a big integer, a function, a cycle, nesting past {@link MAX_DEPTH}), the text is
 * valid JSON, never a throw: such parts are written as `null` or as a text starting with U+0000.
 */
export function canonicalJson(value: unknown, within: readonly object[] = []): string {
  if (typeof value === 'bigint') return `"\\u0000${value}n"`;
  if (value === null || typeof value !== 'object') return (JSON.stringify(value) as string | undefined) ?? 'null';
  if (within.length > MAX_DEPTH || within.includes(value)) return '"\\u0000cycle"';
  const inner = [...within, value];
  if (Array.isArray(value)) return `[${Array.from(value, (item: unknown) => canonicalJson(item, inner)).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key], inner)}`);
  return `{${entries.join(',')}}`;
}

/** How deep {@link canonicalJson} writes a value: a policy is four levels deep. */
const MAX_DEPTH = 64;

