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

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fills a template's `{name}` placeholders from `params`. A placeholder without a value is left as
 * written, so a missing value shows instead of vanishing.
 *
 * @param template - the template text.
 * @param params - the values to put in.
 * @returns the filled text.
 *
 * @example
 * ```ts
 * import { formatMessage } from 'cxzy/i18n';
 * formatMessage('{name}得分 {score}', { name: '张老师', score: 92.5 }); // '张老师得分 92.5'
 * ```
 */
export function formatMessage(template: string, params: MessageParams): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * Fills a template written in every locale, locale by locale: what an {@link Issue}'s message and
 * every explained reason are made of.
 *
 * @param template - the template in zh-CN and en.
 * @param params - the values to put in.
 * @returns the filled text in every locale.
 *
 * @example
 * ```ts
 * import { formatLocalized } from 'cxzy/i18n';
 * formatLocalized({ 'zh-CN': '逾期 {days} 天', en: '{days} days late' }, { days: 3 }); // { 'zh-CN': '逾期 3 天', en: '3 days late' }
 * ```
 */
export function formatLocalized(template: LocalizedText, params: MessageParams): LocalizedText {
  return { 'zh-CN': formatMessage(template['zh-CN'], params), en: formatMessage(template.en, params) };
}

/**
 * Builds an {@link Issue} from a catalogue: the message is formatted in every locale.
 *
 * @param catalog - the catalogue that holds `code`.
 * @param code - the issue code.
 * @param severity - how serious it is.
 * @param path - where it is in the input.
 * @param params - the values the message names.
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
): Issue<Code> {
  return { code, severity, path, message: formatLocalized(catalog[code], params), params };
}
