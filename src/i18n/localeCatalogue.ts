import type { Locale } from '../core/locale';
import { catalogue as en } from '../locales/en';
import { catalogue as zhCN } from '../locales/zh-CN';

/**
 * Every word of one locale, section by section: the label tables (`memberTierLabels`, …) and the
 * message templates (`scoringMessages`, …), with the same sections and keys as the shipped files.
 * A new locale is one object of this shape, written in one file; {@link renderMessage} and
 * {@link formatIssue} render any issue with it.
 *
 * @example
 * ```ts
 * import { CATALOGUES, type LocaleCatalogue } from 'cxzy/i18n';
 * // A pseudo-locale for checking that no text is hard-coded: every word in brackets.
 * const bracket = (section: Readonly<Record<string, string>>) =>
 *   Object.fromEntries(Object.entries(section).map(([key, text]) => [key, `[${text}]`]));
 * const pseudo = Object.fromEntries(
 *   Object.entries(CATALOGUES.en).map(([name, section]) => [name, bracket(section)]),
 * ) as unknown as LocaleCatalogue;
 * pseudo.memberTierLabels.excellent; // '[Excellent]'
 * ```
 */
export type LocaleCatalogue = {
  readonly [Section in keyof typeof en]: { readonly [Key in keyof (typeof en)[Section]]: string };
};

/**
 * The catalogues cxzy ships, by locale.
 *
 * @example
 * ```ts
 * import { CATALOGUES } from 'cxzy/i18n';
 * CATALOGUES['zh-CN'].memberTierLabels.basicallyQualified; // '基本合格'
 * CATALOGUES.en.scoringMessages['scoring.ruleNoBands']; // 'The tier rule has no bands'
 * ```
 */
export const CATALOGUES: Readonly<Record<Locale, LocaleCatalogue>> = { 'zh-CN': zhCN, en };
