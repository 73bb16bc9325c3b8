import { localizedTable, type Locale } from '../core/locale';
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
