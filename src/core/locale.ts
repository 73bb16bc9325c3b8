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
