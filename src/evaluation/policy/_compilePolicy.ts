/**
 * A policy read once into the form the accumulator works with (private): groups in a fixed
 * (sorted) order, weights and the scale in integer units, and every problem with the policy as
 * issues. Compiling is cheap (a policy has a handful of groups), so each accumulator lineage
 * compiles its own; nothing is cached at module level.
 */
import type { Issue } from '../../core/issue';
import { createIssue } from '../../core/message';
import { HUNDREDTHS, isWholeAtLeast, MAX_PRECISION, toUnits, WEIGHT_UNITS } from '../_arithmetic';
import { evaluationTables } from '../_labelTables';
import { EVALUATION_MESSAGES, type EvaluationIssueCode } from '../messages';
import { AGGREGATION_METHODS, DUPLICATE_BALLOT_TREATMENTS, MISSING_GROUP_TREATMENTS, type AggregationMethod, type AggregationPolicy, type GroupRule } from './types';

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
  readonly issues: readonly Issue<EvaluationIssueCode>[];
  readonly valid: boolean;
  readonly fingerprint: string;
}

// The lists as plain strings: a policy read from JSON may hold any value.
const METHODS: readonly string[] = AGGREGATION_METHODS;
const MISSING_TREATMENTS: readonly string[] = MISSING_GROUP_TREATMENTS;
const DUPLICATE_TREATMENTS: readonly string[] = DUPLICATE_BALLOT_TREATMENTS;
/** 去掉一个最高分、一个最低分: what a trimmed mean drops when the rule does not say. */
const DEFAULT_DROP = 1;
const DEFAULT_MIN_BALLOTS = 1;
const PEER = 'peer';

/** Compiles and checks a policy. */
export function compilePolicy(policy: AggregationPolicy<string>): CompiledPolicy {
  const issues: Issue<EvaluationIssueCode>[] = [];
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
    const dropHighest = trimmed ? (rule.dropHighest ?? DEFAULT_DROP) : 0;
    const dropLowest = trimmed ? (rule.dropLowest ?? DEFAULT_DROP) : 0;
    for (const [field, value] of [['dropHighest', dropHighest], ['dropLowest', dropLowest]] as const) {
      if (!isWholeAtLeast(value, 0)) report('evaluation.invalidDrop', [...path, field], { group: code, value: String(value) });
    }
    const minBallots = rule.minBallots ?? DEFAULT_MIN_BALLOTS;
    if (!isWholeAtLeast(minBallots, 1)) {
      report('evaluation.invalidMinBallots', [...path, 'minBallots'], { group: code, value: String(minBallots) });
    }
    const store: GroupStore = checked ? 'ballots' : rule.method === 'median' ? 'scores' : 'stats';
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
  const { min, max } = policy.scale;
  const minHundredths = Number.isFinite(min) ? toUnits(min, HUNDREDTHS) : undefined;
  const maxHundredths = Number.isFinite(max) ? toUnits(max, HUNDREDTHS) : undefined;
  if (minHundredths === undefined || maxHundredths === undefined || minHundredths > maxHundredths) {
    report('evaluation.invalidScale', ['scale'], { min: String(min), max: String(max) });
  }

  return {
    policy,
    groups,
    codes,
    peerIndex: policy.excludeSelfFromPeer ? codes.indexOf(PEER) : -1,
    checked,
    lastWins: policy.duplicateBallot === 'lastWins',
    scale: 10 ** (issues.length === 0 ? policy.precision : 0),
    issues,
    valid: issues.length === 0,
    fingerprint: canonicalJson(policy),
  };
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

/** JSON with object keys sorted, so equal data gives equal text whatever its key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

