import type { Locale } from '../core/locale';
import { formatMessage } from '../core/message';
import type { LocaleCatalogue } from '../i18n';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';

/** Every word the command line shows, by locale: the library's catalogue and the program's own sections. */
export const WORDS = {
  'zh-CN': { ...zhCN.catalogue, cliTexts: zhCN.cliTexts, cliMessages: zhCN.cliMessages, demoTexts: zhCN.demoTexts },
  en: { ...en.catalogue, cliTexts: en.cliTexts, cliMessages: en.cliMessages, demoTexts: en.demoTexts },
} as const satisfies Record<Locale, LocaleCatalogue & { readonly cliTexts: object; readonly cliMessages: object; readonly demoTexts: object }>;

/** The name of one of the program's own texts. */
export type CliTextKey = keyof typeof zhCN.cliTexts;

/** One of the program's texts in `locale`, its `{placeholders}` filled from `params`. */
export function say(locale: Locale, key: CliTextKey, params: Readonly<Record<string, string | number>> = {}): string {
  return formatMessage(WORDS[locale].cliTexts[key], params);
}
