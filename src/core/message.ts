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

/** The pseudo-table that shows a 0-based index as a position counted from 1. */
const POSITION = 'position';

const PLACEHOLDER = /\{(\w+)(?:\|(\w+)(\|lower)?)?\}/g;

/**
 * Fills a template's `{name}` placeholders from `params`; `{name|table}` shows the value by its
 * label, found by `labels`, and `{name|table|lower}` the label in lower case, for a label inside an
 * English sentence. `{name|position}` shows an index into a list (counted from 0, as paths and
 * params keep it) as the position a reader counts (from 1): `第 {firstIndex|position} 项`.
 * A placeholder without a value is left as written, so a missing value shows instead of
 * vanishing; a value with no label shows as its code.
 *
 * @param template - the template text.
 * @param params - the values to put in: plain codes, ids and numbers.
 * @param labels - finds the label of a value in a table; without it, values show as they are.
 * @returns the filled text.
 *
 * @example
 * ```ts
 * import { formatMessage } from 'cxzy/i18n';
 * formatMessage('{name}得分 {score}', { name: '张老师', score: 92.5 }); // '张老师得分 92.5'
 * formatMessage('等次为{tier|memberTier}', { tier: 'excellent' }, (table, code) => (code === 'excellent' ? '优秀' : undefined)); // '等次为优秀'
 * formatMessage('首次出现在第 {firstIndex|position} 项', { firstIndex: 0 }); // '首次出现在第 1 项'
 * ```
 */
export function formatMessage(template: string, params: MessageParams, labels?: LabelLookup): string {
  return template.replace(PLACEHOLDER, (whole, name: string, table: string | undefined, lower: string | undefined) => {
    if (!Object.hasOwn(params, name)) return whole;
    const raw = params[name];
    const value = String(raw);
    if (table === undefined) return value;
    if (table === POSITION) return typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0 ? String(raw + 1) : value;
    const label = labels?.(table, value) ?? value;
    return lower === undefined ? label : label.toLowerCase();
  });
}

/**
 * Fills a template written in every locale, locale by locale: what an {@link Issue}'s message and
 * every explained reason are made of. `{name|table}` placeholders show the value by its label in
 * `tables`, in each locale's own words.
 *
 * @param template - the template in zh-CN and en.
 * @param params - the values to put in: plain codes, ids and numbers.
 * @param tables - the label tables the template's `{name|table}` placeholders name.
 * @returns the filled text in every locale.
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
  return { 'zh-CN': formatInLocale(template['zh-CN'], params, tables, 'zh-CN'), en: formatInLocale(template.en, params, tables, 'en') };
}

/**
 * One locale's text of a template, values shown by their labels in that locale's words: what
 * {@link formatLocalized} does for each locale, for a sentence whose parameters differ by locale.
 * Internal: not exported from any entry point.
 */
export function formatInLocale(template: string, params: MessageParams, tables: LabelTables, locale: keyof LocalizedText): string {
  if (!template.includes('{')) return template;
  return formatMessage(template, params, (table, code) => {
    const labels = Object.hasOwn(tables, table) ? tables[table] : undefined;
    return labels !== undefined && Object.hasOwn(labels, code) ? labels[code]![locale] : undefined;
  });
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
  return { code, severity, path, message: formatLocalized(catalog[code], params, tables), params };
}
