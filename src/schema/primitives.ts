import * as z from 'zod';
import type { LocalizedText } from '../core/locale';
import type { IsoDate } from '../core/isoDate';
import type { SchemaIssueCode } from './messages';

/**
 * Adds a cxzy issue to a zod check: the code travels in `params`, and the parser turns it into a
 * message in every locale from {@link SCHEMA_MESSAGES}.
 */
export function addSchemaIssue(
  ctx: z.core.$RefinementCtx,
  code: SchemaIssueCode,
  path: readonly PropertyKey[],
  params: Readonly<Record<string, string | number>>,
): void {
  ctx.addIssue({ code: 'custom', message: code, path: [...path], params: { ...params, cxzyCode: code } });
}

/**
 * A non-empty identifier: at least one character that is not white space.
 *
 * @example
 * ```ts
 * import { IdSchema } from 'cxzy/schema';
 * IdSchema.safeParse('m-001').success; // true
 * IdSchema.safeParse('  ').success; // false
 * ```
 */
export const IdSchema: z.ZodType<string> = z.string().superRefine((value, ctx) => {
  if (value.trim() === '') addSchemaIssue(ctx, 'schema.blank', [], {});
});

/**
 * A calendar date written `YYYY-MM-DD` (zod's `z.iso.date()`, which knows month lengths and leap
 * years), typed as {@link IsoDate}.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from 'cxzy/schema';
 * IsoDateSchema.safeParse('2012-02-29').success; // true
 * IsoDateSchema.safeParse('2010-02-30').success; // false
 * ```
 */
export const IsoDateSchema: z.ZodType<IsoDate, string> = z.iso.date() as unknown as z.ZodType<IsoDate, string>;

/**
 * A text in both shipped locales.
 *
 * @example
 * ```ts
 * import { LocalizedTextSchema } from 'cxzy/schema';
 * LocalizedTextSchema.safeParse({ 'zh-CN': '优秀', en: 'Excellent' }).success; // true
 * ```
 */
export const LocalizedTextSchema: z.ZodType<LocalizedText> = z.strictObject({
  'zh-CN': z.string(),
  en: z.string(),
});

/**
 * An array in which no item's `key` (its `id`, or a criterion's `code`) appears twice: the second
 * use is reported at its own index, naming the first. The check runs even when some items have
 * other problems, so one parse reports them all; an item whose key is not a string is left to its
 * own issue.
 */
export function uniqueBy<Key extends string, Item extends z.ZodType<Readonly<Record<Key, string>>>>(
  item: Item,
  key: Key,
) {
  return z.array(item).superRefine(
    (items, ctx) => {
      const firstIndex = new Map<string, number>();
      items.forEach((entry: unknown, index) => {
        const value = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)[key] : undefined;
        if (typeof value !== 'string') return;
        const first = firstIndex.get(value);
        if (first === undefined) firstIndex.set(value, index);
        else addSchemaIssue(ctx, 'schema.duplicateId', [index, key], { id: value, firstIndex: first });
      });
    },
    { when: (payload) => Array.isArray(payload.value) },
  );
}
