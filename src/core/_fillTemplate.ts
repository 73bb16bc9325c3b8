/**
 * Filling a message template (private): what `formatMessage` and every issue message are made of.
 * The public functions of `./message.ts` check their arguments first; the entry checks of
 * `./input.ts` word their own messages with it, so it depends on neither.
 */
import type { LocalizedText } from './locale';

/** The pseudo-table that shows a 0-based index as a position counted from 1. */
const POSITION = 'position';

const PLACEHOLDER = /\{(\w+)(?:\|(\w+)(\|lower)?)?\}/g;

/**
 * Fills `{name}`, `{name|table}` and `{name|table|lower}` placeholders (see `formatMessage`). A
 * placeholder whose value is missing is left as written; so is one whose value is neither text nor
 * a number (`undefined`, an object), and its name is added to `bad` when given, for the caller to
 * report: such a value is never turned into `undefined` or `[object Object]` in a message.
 */
export function fillTemplate(
  template: string,
  params: Readonly<Record<string, unknown>>,
  labels: ((table: string, code: string) => unknown) | undefined,
  bad?: string[],
): string {
  if (!template.includes('{')) return template;
  return template.replace(PLACEHOLDER, (whole, name: string, table: string | undefined, lower: string | undefined) => {
    if (!Object.hasOwn(params, name)) return whole;
    const raw = params[name];
    if (typeof raw !== 'string' && typeof raw !== 'number') {
      bad?.push(name);
      return whole;
    }
    const value = String(raw);
    if (table === undefined) return value;
    if (table === POSITION) return typeof raw === 'number' && Number.isSafeInteger(raw) && raw >= 0 ? String(raw + 1) : value;
    const found = labels?.(table, value);
    const label = typeof found === 'string' ? found : value;
    return lower === undefined ? label : label.toLowerCase();
  });
}

/**
 * One locale's text of a template, values shown by their labels in that locale's words: a label
 * entry that has no text in that locale counts as none, and the code shows.
 */
export function fillInLocale(
  template: string,
  params: Readonly<Record<string, unknown>>,
  tables: Readonly<Record<string, unknown>>,
  locale: keyof LocalizedText,
  bad?: string[],
): string {
  if (!template.includes('{')) return template;
  return fillTemplate(
    template,
    params,
    (table, code) => {
      const labels = Object.hasOwn(tables, table) ? tables[table] : undefined;
      if (typeof labels !== 'object' || labels === null || !Object.hasOwn(labels, code)) return undefined;
      const label: unknown = (labels as Readonly<Record<string, unknown>>)[code];
      return typeof label === 'object' && label !== null && Object.hasOwn(label, locale) ? (label as Readonly<Record<string, unknown>>)[locale] : undefined;
    },
    bad,
  );
}
