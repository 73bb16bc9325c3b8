/**
 * A language cxzy writes labels and messages in. Every user-facing text exists in both.
 *
 * @example
 * ```ts
 * import type { Locale } from 'cxzy/i18n';
 * const locale: Locale = 'zh-CN';
 * ```
 */
export type Locale = 'zh-CN' | 'en';

/**
 * The locales cxzy ships, in the order it prefers them (zh-CN first: the campaigns are Chinese).
 *
 * @example
 * ```ts
 * import { LOCALES } from 'cxzy/i18n';
 * LOCALES; // ['zh-CN', 'en']
 * ```
 */
export const LOCALES = ['zh-CN', 'en'] as const satisfies readonly Locale[];

/**
 * A text in every shipped locale: a label of an enumerated value, or a formatted message.
 *
 * @example
 * ```ts
 * import type { LocalizedText } from 'cxzy/i18n';
 * const excellent: LocalizedText = { 'zh-CN': '优秀', en: 'Excellent' };
 * ```
 */
export interface LocalizedText {
  /** Simplified Chinese, as the campaign documents write it. */
  readonly 'zh-CN': string;
  /** English. */
  readonly en: string;
}

/**
 * One table of texts in every locale, from the same section of each locale's file: what each
 * module's label tables and message catalogues are made of. Internal: the locale files hold the
 * words, this only pairs them.
 *
 * @param zhCN - the section of the zh-CN file.
 * @param en - the same section of the English file, with the same keys.
 * @returns each key's text in every locale.
 */
export function localizedTable<const Key extends string, const Zh extends Readonly<Record<Key, string>>, const En extends Readonly<Record<Key, string>>>(
  zhCN: Zh,
  en: En & Readonly<Record<keyof Zh, string>>,
): { readonly [K in keyof Zh]: { readonly 'zh-CN': Zh[K]; readonly en: K extends keyof En ? En[K] : never } } {
  const table: Record<string, LocalizedText> = {};
  for (const key of Object.keys(zhCN)) table[key] = { 'zh-CN': zhCN[key as Key], en: en[key as Key] };
  return table as never;
}
