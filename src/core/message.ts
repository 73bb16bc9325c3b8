import { fillInLocale, fillTemplate } from './_fillTemplate';
import { assertInput, expectList, expectObject, expectOneOf, expectText, inputIssue, type InputIssues } from './input';
import type { Issue, IssuePath, Severity } from './issue';
import type { LocalizedText } from './locale';

/**
 * Message templates for a set of issue codes. A template names its parameters in braces:
 * `组织“{id}”的上级组织“{parentId}”不存在`.
 *
 * @typeParam Code - the issue codes the catalogue covers.
 *
 * @example
 * ```ts
 * import type { MessageCatalog } from 'cxzy/i18n';
 * const catalog = {
 *   'myApp.late': { 'zh-CN': '“{title}”逾期 {days} 天', en: '"{title}" is {days} days late' },
 * } as const satisfies MessageCatalog;
 * ```
 */
export type MessageCatalog<Code extends string = string> = Readonly<Record<Code, LocalizedText>>;

/**
 * The values a message template may name: ids and labels as strings, counts and scores as numbers.
 *
 * @example
 * ```ts
 * import { formatMessage, type MessageParams } from 'cxzy/i18n';
 * const params: MessageParams = { memberId: 'm-007', days: 3 };
 * formatMessage('“{memberId}”逾期 {days} 天', params); // '“m-007”逾期 3 天'
 * ```
 */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Label tables a template may show values by: `{tier|memberTier}` shows the value of `tier` by its
 * label in the table `memberTier`. Each locale's own labels are used for that locale's text.
 *
 * @example
 * ```ts
 * import type { LabelTables } from 'cxzy/i18n';
 * const tables: LabelTables = { memberTier: { excellent: { 'zh-CN': '优秀', en: 'Excellent' } } };
 * ```
 */
export type LabelTables = Readonly<Record<string, Readonly<Record<string, LocalizedText>>>>;

/**
 * How a template finds the label of a value in one locale: the table's name and the value's code
 * in, the label out (`undefined` when there is none, and the code shows as it is).
 *
 * @example
 * ```ts
 * import type { LabelLookup } from 'cxzy/i18n';
 * const lookup: LabelLookup = (table, code) => (table === 'memberTier' && code === 'excellent' ? '优秀' : undefined);
 * ```
 */
export type LabelLookup = (table: string, code: string) => string | undefined;

/**
 * Fills a template's `{name}` placeholders from `params`; `{name|table}` shows the value by its
 * label, found by `labels`, and `{name|table|lower}` the label in lower case, for a label inside an
 * English sentence. `{name|position}` shows an index into a list (counted from 0, as paths and
 * params keep it) as the position a reader counts (from 1): `第 {firstIndex|position} 项`.
 * A placeholder without a value is left as written, so a missing value shows instead of
 * vanishing; a value with no label (or a `labels` that gives no text) shows as its code.
 *
 * @param template - the template text.
 * @param params - the values to put in: plain codes, ids and numbers.
 * @param labels - finds the label of a value in a table; without it, values show as they are.
 * @returns the filled text.
 * @throws {@link InvalidInputError} (a `TypeError`) when `template` is not text, `params` is not an
 *   object, `labels` is given but is not a function, or a value the template names is neither text
 *   nor a number (`undefined`, an object, `null`): such a value is never shown as `undefined` or
 *   `[object Object]`. Its `issues` say which, with paths such as `['params', 'score']`.
 *
 * @example
 * ```ts
 * import { formatMessage } from 'cxzy/i18n';
 * formatMessage('{name}得分 {score}', { name: '张老师', score: 92.5 }); // '张老师得分 92.5'
 * formatMessage('等次为{tier|memberTier}', { tier: 'excellent' }, (table, code) => (code === 'excellent' ? '优秀' : undefined)); // '等次为优秀'
 * formatMessage('首次出现在第 {firstIndex|position} 项', { firstIndex: 0 }); // '首次出现在第 1 项'
 * ```
 *
 * @example
 * ```ts
 * import { formatMessage, InvalidInputError } from 'cxzy/i18n';
 * try {
 *   formatMessage('{name}得分 {score}', { name: '张老师', score: { value: 92 } } as never);
 * } catch (error) {
 *   if (error instanceof InvalidInputError) error.issues[0]?.message['zh-CN']; // '“score”应为文本或数字,实际为对象'
 * }
 * ```
 */
export function formatMessage(template: string, params: MessageParams, labels?: LabelLookup): string {
  if (typeof template !== 'string' || typeof params !== 'object' || params === null || Array.isArray(params) || (labels !== undefined && typeof labels !== 'function')) {
    const issues: InputIssues = [];
    expectText(template, ['template'], issues);
    expectObject(params, ['params'], issues);
    if (labels !== undefined && typeof labels !== 'function') issues.push(inputIssue('input.expected', ['labels'], { expected: 'function' }, labels));
    assertInput(issues);
  }
  const bad: string[] = [];
  const text = fillTemplate(template, params, labels, bad);
  if (bad.length > 0) assertInput(paramIssues(params, bad, ['params']));
  return text;
}

/**
 * Fills a template written in every locale, locale by locale: what an {@link Issue}'s message and
 * every explained reason are made of. `{name|table}` placeholders show the value by its label in
 * `tables`, in each locale's own words; a label entry with no text in a locale shows the code.
 *
 * @param template - the template in zh-CN and en.
 * @param params - the values to put in: plain codes, ids and numbers.
 * @param tables - the label tables the template's `{name|table}` placeholders name.
 * @returns the filled text in every locale.
 * @throws {@link InvalidInputError} (a `TypeError`) when `template` is not an object with a text in
 *   every locale, `params` or `tables` is not an object, or a value the template names is neither
 *   text nor a number; its `issues` say which, with paths such as `['template', 'en']`.
 *
 * @example
 * ```ts
 * import { formatLocalized } from 'cxzy/i18n';
 * formatLocalized({ 'zh-CN': '逾期 {days} 天', en: '{days} days late' }, { days: 3 }); // { 'zh-CN': '逾期 3 天', en: '3 days late' }
 * const tables = { memberTier: { excellent: { 'zh-CN': '优秀', en: 'Excellent' } } };
 * formatLocalized({ 'zh-CN': '等次为{tier|memberTier}', en: 'Tier: {tier|memberTier}' }, { tier: 'excellent' }, tables).en; // 'Tier: Excellent'
 * ```
 */
export function formatLocalized(template: LocalizedText, params: MessageParams, tables: LabelTables = {}): LocalizedText {
  checkLocalized(template, params, tables, ['template']);
  return fillChecked(template, params, tables);
}

/**
 * One locale's text of a template, values shown by their labels in that locale's words: what
 * {@link formatLocalized} does for each locale, for a sentence whose parameters differ by locale.
 * A value that is neither text nor a number leaves its placeholder as written.
 * Internal: not exported from any entry point.
 */
export function formatInLocale(template: string, params: MessageParams, tables: LabelTables, locale: keyof LocalizedText): string {
  return fillInLocale(template, params, tables, locale);
}

/**
 * Builds an {@link Issue} from a catalogue: the message is formatted in every locale.
 *
 * @param catalog - the catalogue that holds `code`.
 * @param code - the issue code.
 * @param severity - how serious it is.
 * @param path - where it is in the input.
 * @param params - the values the message names: plain codes, ids and numbers.
 * @param tables - the label tables the message's `{name|table}` placeholders name.
 * @returns the issue.
 * @throws {@link InvalidInputError} (a `TypeError`) when `catalog` is not an object or has no
 *   template for `code` (`input.missing` at `['catalog', code]`), the template is not an object with
 *   a text in every locale, `severity` is not `'error'`, `'warning'` or `'info'`, `path` is not a
 *   list, `params` or `tables` is not an object, or a value the message names is neither text nor
 *   a number.
 *
 * @example
 * ```ts
 * import { createIssue } from 'cxzy/i18n';
 * const catalog = { 'myApp.late': { 'zh-CN': '逾期 {days} 天', en: '{days} days late' } } as const;
 * createIssue(catalog, 'myApp.late', 'warning', ['tasks', 2], { days: 3 }).message.en; // '3 days late'
 * ```
 */
export function createIssue<Code extends string>(
  catalog: MessageCatalog<Code>,
  code: Code,
  severity: Severity,
  path: IssuePath,
  params: MessageParams = {},
  tables: LabelTables = {},
): Issue<Code> {
  const template = typeof catalog === 'object' && catalog !== null && typeof code === 'string' && Object.hasOwn(catalog, code) ? catalog[code] : undefined;
  if (template === undefined || !SEVERITIES.includes(severity) || !Array.isArray(path)) {
    const issues: InputIssues = [];
    if (expectObject(catalog, ['catalog'], issues) && expectText(code, ['code'], issues) && !Object.hasOwn(catalog, code)) {
      issues.push(inputIssue('input.missing', ['catalog', code], {}));
    }
    expectOneOf(severity, SEVERITIES, ['severity'], issues);
    expectList(path, ['path'], issues);
    assertInput(issues);
  }
  checkLocalized(template as LocalizedText, params, tables, ['catalog', code]);
  return { code, severity, path, message: fillChecked(template as LocalizedText, params, tables), params };
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const LOCALES = ['zh-CN', 'en'] as const;

/** Checks a template in every locale, its params and its tables: cheap when they are right. */
function checkLocalized(template: unknown, params: unknown, tables: unknown, at: IssuePath): void {
  const right =
    typeof template === 'object' && template !== null &&
    typeof (template as LocalizedText)['zh-CN'] === 'string' && typeof (template as LocalizedText).en === 'string' &&
    typeof params === 'object' && params !== null && !Array.isArray(params) &&
    typeof tables === 'object' && tables !== null && !Array.isArray(tables);
  if (right) return;
  const issues: InputIssues = [];
  if (expectObject(template, at, issues)) {
    for (const locale of LOCALES) expectText(Object.hasOwn(template, locale) ? template[locale] : undefined, [...at, locale], issues);
  }
  expectObject(params, ['params'], issues);
  expectObject(tables, ['tables'], issues);
  assertInput(issues);
}

/** Fills a checked template in every locale, and refuses a value it names that is neither text nor a number. */
function fillChecked(template: LocalizedText, params: MessageParams, tables: LabelTables): LocalizedText {
  const bad: string[] = [];
  const message = { 'zh-CN': fillInLocale(template['zh-CN'], params, tables, 'zh-CN', bad), en: fillInLocale(template.en, params, tables, 'en', bad) };
  if (bad.length > 0) assertInput(paramIssues(params, bad, ['params']));
  return message;
}

/**
 * The issues of the values named in a template that are neither text nor a number, each once:
 * `input.missing` for `undefined`, `input.expected` (text or a number) otherwise. Internal: `cxzy/i18n`
 * reports an issue's own params with it.
 */
export function paramIssues(params: Readonly<Record<string, unknown>>, names: readonly string[], at: IssuePath): InputIssues {
  const issues: InputIssues = [];
  for (const name of new Set(names)) {
    const value = params[name];
    issues.push(value === undefined ? inputIssue('input.missing', [...at, name], {}) : inputIssue('input.expected', [...at, name], { expected: 'textOrNumber' }, value));
  }
  return issues;
}
