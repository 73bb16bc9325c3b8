import type { Issue } from '../core/issue';
import type { Locale } from '../core/locale';
import { formatMessage, type MessageParams } from '../core/message';
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
 * @returns the message, or `undefined` when the catalogue has no template for `code`.
 *
 * @example
 * ```ts
 * import { renderMessage } from 'cxzy/i18n';
 * renderMessage('functionalGroup.memberInNone', { memberId: 'm-007' }, 'zh-CN'); // '党员“m-007”未加入任何功能党小组'
 * renderMessage('functionalGroup.memberInNone', { memberId: 'm-007' }, 'en'); // 'Member "m-007" is in no functional group'
 * ```
 */
export function renderMessage(code: string, params: MessageParams, locale: Locale | LocaleCatalogue): string | undefined {
  const catalogue = typeof locale === 'string' ? CATALOGUES[locale] : locale;
  const template = templateOf(catalogue, code);
  if (template === undefined) return undefined;
  return formatMessage(template, params, (table, value) => {
    const labels = sectionOf(catalogue, `${table}Labels`);
    return labels !== undefined && Object.hasOwn(labels, value) ? labels[value] : undefined;
  });
}

/**
 * An issue's message in one locale: its own text for a shipped locale, or rendered from its code
 * and parameters with the given catalogue; the code itself when the catalogue lacks it.
 *
 * @param issue - an issue returned by any cxzy function.
 * @param locale - a shipped locale, or a whole catalogue of another.
 * @returns the message, ready to show.
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
  if (typeof locale === 'string') return issue.message[locale];
  return renderMessage(issue.code, issue.params, locale) ?? issue.code;
}

/** The template of `code` in whichever message section holds it. */
function templateOf(catalogue: LocaleCatalogue, code: string): string | undefined {
  for (const name of Object.keys(catalogue)) {
    if (!name.endsWith('Messages')) continue;
    const section = sectionOf(catalogue, name);
    if (section !== undefined && Object.hasOwn(section, code)) return section[code];
  }
  return undefined;
}

function sectionOf(catalogue: LocaleCatalogue, name: string): Readonly<Record<string, string>> | undefined {
  return Object.hasOwn(catalogue, name) ? (catalogue as unknown as Readonly<Record<string, Readonly<Record<string, string>>>>)[name] : undefined;
}
