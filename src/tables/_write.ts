import { assertInput, expectList, expectNumber, expectObject, expectOneOf, expectText, MAX_LIST_ISSUES, type InputIssues, type NumberBounds } from '../core/input';
import { LOCALES, localizedTable, type Locale } from '../core/locale';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';
import { formatInLocale } from '../core/message';
import { TABLE_COLUMN_LABELS, type TableColumn } from './columns';
import type { WriteOptions } from './types';

// Shared pieces of the writers (private).

/** The words of written tables, in every locale. */
export const TABLE_TEXTS = /* @__PURE__ */ localizedTable(zhCN.tableTexts, en.tableTexts);

/** The locale a writer writes in: the option's, or zh-CN. */
export function localeOf(options: WriteOptions | undefined): Locale {
  return options?.locale === 'en' ? 'en' : 'zh-CN';
}

/** A column's header in a locale. */
export function header(column: TableColumn, locale: Locale): string {
  return TABLE_COLUMN_LABELS[column][locale];
}

/** A table text filled with plain values, in a locale. */
export function text(key: keyof typeof TABLE_TEXTS, locale: Locale, params: Readonly<Record<string, string | number>> = {}): string {
  return formatInLocale(TABLE_TEXTS[key][locale], params, {}, locale);
}

/** A rate between 0 and 1 as a percentage (`0.9333` → `93.33%`), without float noise. */
export function percent(rate: number): string {
  return `${Math.round(rate * 1e6) / 1e4}%`;
}

/**
 * Checks that `value` is a list of objects, each with a text in every field of `texts`, and
 * `options` an object with a known locale: the writers' entry check, which throws
 * {@link InvalidInputError} with every problem rather than a raw `TypeError` from inside.
 */
export function checkRecords(
  value: unknown,
  at: string | readonly string[],
  texts: readonly string[],
  options: unknown,
  objects: readonly string[] = [],
  lists: readonly string[] = [],
  each?: RecordCheck,
): void {
  const issues: InputIssues = [];
  const path = typeof at === 'string' ? [at] : at;
  if (expectList(value, path, issues)) {
    for (let index = 0; index < value.length && issues.length < MAX_LIST_ISSUES; index += 1) {
      const item: unknown = value[index];
      if (!expectObject(item, [...path, index], issues)) continue;
      for (const field of texts) expectText(item[field], [...path, index, field], issues);
      for (const field of objects) expectObject(item[field], [...path, index, field], issues);
      for (const field of lists) expectList(item[field], [...path, index, field], issues);
      each?.(item, [...path, index], issues);
    }
  }
  checkWriteOptions(options, issues);
  assertInput(issues);
}

/** Checks a writer's options: an object, its locale one of the shipped ones. */
export function checkWriteOptions(options: unknown, issues: InputIssues): void {
  if (options === undefined) return;
  if (expectObject(options, ['options'], issues)) {
    if (options['locale'] !== undefined) expectOneOf(options['locale'], LOCALES, ['options', 'locale'], issues);
    for (const field of ['names', 'groupLabels']) if (options[field] !== undefined) expectObject(options[field], ['options', field], issues);
    for (const field of ['groups', 'grades', 'sheets']) {
      const list = options[field];
      if (list !== undefined && expectList(list, ['options', field], issues) && field !== 'sheets') list.forEach((code, index) => expectText(code, ['options', field, index], issues));
    }
  }
}

/** A code's label in a locale, or the code itself when the table has none (a code of the user's own). */
export function labelOf(table: Readonly<Record<string, { readonly 'zh-CN': string; readonly en: string }>>, code: string, locale: Locale): string {
  return Object.hasOwn(table, code) ? table[code]![locale] : code;
}

/** A further check of one record that {@link checkRecords} found to be an object. */
export type RecordCheck = (item: Readonly<Record<string, unknown>>, path: readonly (string | number)[], issues: InputIssues) => void;

/** Checks that a field is a finite number, or also `null` (or absent) when `nullable`. */
export function expectFigure(value: unknown, path: readonly (string | number)[], issues: InputIssues, nullable = false, bounds: NumberBounds = {}): void {
  if (nullable && (value === null || value === undefined)) return;
  expectNumber(value, path, issues, bounds);
}

/** Checks that a field is a localized text: an object with a text in every shipped locale. */
export function expectLocalized(value: unknown, path: readonly (string | number)[], issues: InputIssues): void {
  if (expectObject(value, path, issues)) for (const locale of LOCALES) expectText(value[locale], [...path, locale], issues);
}

/** A subject's name from the caller's `names`, or `null` when there is none (or it is no text). */
export function nameOf(names: Readonly<Record<string, unknown>> | undefined, id: string): string | null {
  if (names === undefined || !Object.hasOwn(names, id)) return null;
  const name = names[id];
  return typeof name === 'string' ? name : null;
}

/** Checks a result object holding a list of `subjects`, each as {@link checkRecords} checks records. */
export function checkResult(result: unknown, options: unknown, objects: readonly string[], lists: readonly string[], each?: RecordCheck): void {
  if (typeof result !== 'object' || result === null || Array.isArray(result)) {
    const issues: InputIssues = [];
    expectObject(result, ['result'], issues);
    checkWriteOptions(options, issues);
    assertInput(issues);
  }
  checkRecords((result as { readonly subjects?: unknown }).subjects, ['result', 'subjects'], ['subjectId'], options, objects, lists, each);
}
