import { fillTemplate } from '../core/_fillTemplate';
import { assertInput, expectObject, expectOneOf, expectText, inputIssue, type InputIssues } from '../core/input';
import type { Issue, IssuePath } from '../core/issue';
import { LOCALES, type Locale } from '../core/locale';
import { paramIssues, type MessageParams } from '../core/message';
import { CATALOGUES, type LocaleCatalogue } from './localeCatalogue';

/**
 * Renders the message of an issue code in one locale's words, from the code and its plain
 * parameters: what an issue's `message` holds for the shipped locales, for any catalogue,
 * a new locale included. `{name|table}` placeholders show values by their labels in the same
 * catalogue (`{tier|memberTier}` → `memberTierLabels`).
 *
 * @param code - an issue code (`'scoring.ruleGap'`).
 * @param params - the issue's `params`.
 * @param locale - a shipped locale, or a whole catalogue of another.
 * @returns the message, or `undefined` when the catalogue has no template for `code` (a template
 *   that is not text counts as none).
 * @throws {@link InvalidInputError} (a `TypeError`) when `code` is not text, `params` is not an
 *   object, `locale` is neither a shipped locale nor a catalogue object, or a value the template
 *   names is neither text nor a number (it is never shown as `undefined`); its `issues` say which,
 *   with paths such as `['params', 'memberId']`.
 *
 * @example
 * ```ts
 * import { renderMessage } from 'cxzy/i18n';
 * renderMessage('functionalGroup.memberInNone', { memberId: 'm-007' }, 'zh-CN'); // '党员“m-007”未加入任何功能党小组'
 * renderMessage('functionalGroup.memberInNone', { memberId: 'm-007' }, 'en'); // 'Member "m-007" is in no functional group'
 * ```
 */
export function renderMessage(code: string, params: MessageParams, locale: Locale | LocaleCatalogue): string | undefined {
  const issues: InputIssues = [];
  expectText(code, ['code'], issues);
  expectObject(params, ['params'], issues);
  const catalogue = catalogueOf(locale, ['locale'], issues);
  assertInput(issues);
  return renderChecked(catalogue!, code, params, ['params']);
}

/**
 * An issue's message in one locale: its own text for a shipped locale, or rendered from its code
 * and parameters with the given catalogue; the code itself when the catalogue lacks it.
 *
 * @param issue - an issue returned by any cxzy function.
 * @param locale - a shipped locale, or a whole catalogue of another.
 * @returns the message, ready to show. An issue whose message has no text in a shipped locale (one
 *   read back from storage, say) is rendered from its code and parameters in that locale's words.
 * @throws {@link InvalidInputError} (a `TypeError`) when `issue` is not an object with a text
 *   `code`, `locale` is neither a shipped locale nor a catalogue object, or the issue's message has
 *   to be rendered and its `params` are not an object of texts and numbers; its `issues` say which,
 *   with paths such as `['issue', 'code']`.
 *
 * @example
 * ```ts
 * import { checkFunctionalGroups } from 'cxzy/organization';
 * import { formatIssue } from 'cxzy/i18n';
 * const [issue] = checkFunctionalGroups([{ id: 'm1', name: '李明', organizationId: 'b', status: 'full', roles: [] }], []);
 * formatIssue(issue!, 'en'); // 'Member "m1" is in no functional group'
 * ```
 */
export function formatIssue(issue: Issue, locale: Locale | LocaleCatalogue): string {
  const issues: InputIssues = [];
  if (expectObject(issue, ['issue'], issues)) expectText(issue.code, ['issue', 'code'], issues);
  const catalogue = catalogueOf(locale, ['locale'], issues);
  assertInput(issues);
  if (typeof locale === 'string') {
    const message: unknown = issue.message;
    const text = typeof message === 'object' && message !== null && Object.hasOwn(message, locale) ? (message as Readonly<Record<string, unknown>>)[locale] : undefined;
    if (typeof text === 'string') return text;
  }
  const params: unknown = issue.params === undefined ? {} : issue.params;
  if (!expectObject(params, ['issue', 'params'], issues)) assertInput(issues);
  return renderChecked(catalogue!, issue.code, params as MessageParams, ['issue', 'params']) ?? issue.code;
}

/** The catalogue a `locale` argument names, or `undefined` with an issue when it names none. */
function catalogueOf(locale: unknown, at: IssuePath, issues: InputIssues): LocaleCatalogue | undefined {
  if (typeof locale === 'string') return expectOneOf(locale, LOCALES, at, issues) ? CATALOGUES[locale] : undefined;
  if (typeof locale === 'object' && locale !== null && !Array.isArray(locale)) return locale as LocaleCatalogue;
  issues.push(inputIssue('input.expected', at, { expected: 'object' }, locale));
  return undefined;
}

/** Renders `code` from a checked catalogue and params; refuses a value that is neither text nor a number. */
function renderChecked(catalogue: LocaleCatalogue, code: string, params: MessageParams, at: IssuePath): string | undefined {
  const template = templateOf(catalogue, code);
  if (template === undefined) return undefined;
  const bad: string[] = [];
  const text = fillTemplate(template, params, (table, value) => {
    const labels = sectionOf(catalogue, `${table}Labels`);
    return labels !== undefined && Object.hasOwn(labels, value) ? labels[value] : undefined;
  }, bad);
  if (bad.length > 0) assertInput(paramIssues(params, bad, at));
  return text;
}

/** The template of `code` in whichever message section holds it; one that is not text is none. */
function templateOf(catalogue: LocaleCatalogue, code: string): string | undefined {
  for (const name of Object.keys(catalogue)) {
    if (!name.endsWith('Messages')) continue;
    const section = sectionOf(catalogue, name);
    if (section === undefined || !Object.hasOwn(section, code)) continue;
    const template: unknown = section[code];
    if (typeof template === 'string') return template;
  }
  return undefined;
}

/** A section of a catalogue, when it is an object (a catalogue from elsewhere may hold anything). */
function sectionOf(catalogue: LocaleCatalogue, name: string): Readonly<Record<string, unknown>> | undefined {
  if (!Object.hasOwn(catalogue, name)) return undefined;
  const section: unknown = (catalogue as unknown as Readonly<Record<string, unknown>>)[name];
  return typeof section === 'object' && section !== null ? (section as Readonly<Record<string, unknown>>) : undefined;
}
