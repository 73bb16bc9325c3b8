import { assertInput, expectObject, expectOneOf, type InputIssues } from '../core/input';
import { LOCALES, type Locale } from '../core/locale';

/**
 * Options of the assertion helpers of `cxzy/testing`.
 *
 * @example
 * ```ts
 * import type { AssertionOptions } from 'cxzy/testing';
 * const options: AssertionOptions = { locale: 'en' };
 * ```
 */
export interface AssertionOptions {
  /**
   * The language of the failure message.
   * @defaultValue `'zh-CN'`
   */
  readonly locale?: Locale;
}

/** The locale the options ask for, or {@link InvalidInputError} for options that cannot be read. Internal. */
export function checkOptions(options: unknown, path: readonly (string | number)[] = ['options']): Locale {
  const issues: InputIssues = [];
  let locale: Locale = 'zh-CN';
  if (expectObject(options, path, issues)) {
    const asked = options['locale'];
    if (asked !== undefined && expectOneOf(asked, LOCALES, [...path, 'locale'], issues)) locale = asked;
  }
  assertInput(issues);
  return locale;
}
