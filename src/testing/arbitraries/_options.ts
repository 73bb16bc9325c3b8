import { assertInput, expectNumber, expectObject, expectText, type InputIssues } from '../../core/input';

/**
 * A list's length: how many items an arbitrary of `cxzy/testing` generates, at least and at most.
 *
 * @example
 * ```ts
 * import type { LengthOptions } from 'cxzy/testing';
 * const options: LengthOptions = { minLength: 1, maxLength: 5 };
 * ```
 */
export interface LengthOptions {
  /** The fewest items. */
  readonly minLength?: number;
  /** The most items. */
  readonly maxLength?: number;
}

/**
 * Reads an options object: each named length a whole number in `[floor, ceiling]`, each named id
 * a text; {@link InvalidInputError} with paths from `['options']` otherwise. Internal.
 */
export function readOptions(
  options: unknown,
  lengths: Readonly<Record<string, readonly [fallback: number, floor: number, ceiling: number]>>,
  texts: readonly string[] = [],
): { readonly counts: Readonly<Record<string, number>>; readonly given: Readonly<Record<string, unknown>> } {
  const issues: InputIssues = [];
  const counts: Record<string, number> = {};
  let given: Readonly<Record<string, unknown>> = {};
  if (expectObject(options, ['options'], issues)) {
    given = options;
    for (const [name, [fallback, floor, ceiling]] of Object.entries(lengths)) {
      const value = options[name];
      counts[name] = value === undefined ? fallback : expectNumber(value, ['options', name], issues, { integer: true, min: floor, max: ceiling }) ? value : fallback;
    }
    for (const name of texts) if (options[name] !== undefined) expectText(options[name], ['options', name], issues);
  }
  assertInput(issues);
  return { counts, given };
}

/** The smaller of a list's two lengths first: a minimum above the maximum is read as the maximum. Internal. */
export function lengthRange(counts: Readonly<Record<string, number>>): { readonly minLength: number; readonly maxLength: number } {
  const maxLength = counts['maxLength']!;
  return { minLength: Math.min(counts['minLength']!, maxLength), maxLength };
}
