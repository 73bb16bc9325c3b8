import type * as FastCheckModule from 'fast-check';
import { assertInput, expectObject, inputIssue, type InputIssues } from '../../core/input';

/** The functions of fast-check the arbitraries use: checked once, so a wrong `fc` is named. */
const USED = ['constant', 'nat', 'constantFrom', 'integer', 'boolean', 'array', 'uniqueArray', 'tuple', 'record', 'option', 'shuffledSubarray'] as const satisfies readonly (keyof FastCheck)[];

/**
 * The fast-check module as `import fc from 'fast-check'` (or `import * as fc from 'fast-check'`)
 * gives it, as far as {@link arbitraries} uses it: its `constant`, `nat`, `constantFrom`,
 * `integer`, `boolean`, `array`, `uniqueArray`, `tuple`, `record`, `option` and
 * `shuffledSubarray`. A type only: `cxzy/testing` never loads fast-check itself, it uses the one
 * you pass (version 3 or 4).
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import type { FastCheck } from 'cxzy/testing';
 * const mine: FastCheck = fc;
 * ```
 */
export type FastCheck = Pick<
  typeof FastCheckModule,
  'constant' | 'nat' | 'constantFrom' | 'integer' | 'boolean' | 'array' | 'uniqueArray' | 'tuple' | 'record' | 'option' | 'shuffledSubarray'
>;

/**
 * A fast-check arbitrary: what `fc.assert(fc.property(…))` draws values from.
 *
 * @typeParam T - the values it generates.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { arbitraries, type Arbitrary } from 'cxzy/testing';
 * import type { Member } from 'cxzy/organization';
 * const members: Arbitrary<readonly Member[]> = arbitraries(fc).members();
 * ```
 */
export type Arbitrary<T> = FastCheckModule.Arbitrary<T>;

/** Checks that `fc` is the fast-check module; else {@link InvalidInputError} at `['fc']`. Internal. */
export function checkFc(fc: unknown): asserts fc is FastCheck {
  const issues: InputIssues = [];
  if (expectObject(fc, ['fc'], issues) || typeof fc === 'function') {
    for (const name of USED) {
      if (typeof (fc as Readonly<Record<string, unknown>>)[name] !== 'function') issues.push(inputIssue('input.missing', ['fc', name], {}));
    }
  }
  assertInput(issues);
}

/** Text chosen from a list: names and titles in the words of the seeds. Internal. */
export const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙'] as const;
export const GIVEN_NAMES = ['明', '华', '芳', '伟', '丽', '强', '敏', '静', '军', '洁', '红', '斌'] as const;

/** A Chinese personal name of two or three characters. Internal. */
export function personName(fc: FastCheck): Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...SURNAMES), fc.constantFrom(...GIVEN_NAMES), fc.option(fc.constantFrom(...GIVEN_NAMES), { nil: undefined }))
    .map(([surname, given, second]) => `${surname}${given}${second ?? ''}`);
}

/** Distinct ids with a prefix (`m07`, `m12`), in a random order. Internal. */
export function ids(fc: FastCheck, prefix: string, minLength: number, maxLength: number): Arbitrary<readonly string[]> {
  return fc
    .uniqueArray(fc.integer({ min: 1, max: 999 }), { minLength, maxLength })
    .map((numbers) => numbers.map((n) => `${prefix}${String(n).padStart(3, '0')}`));
}

/** A number of whole hundredths from `min` to `max` (both in hundredths), as the score it stands for. Internal. */
export function hundredths(fc: FastCheck, min: number, max: number): Arbitrary<number> {
  return fc.integer({ min, max }).map((value) => value / 100);
}
