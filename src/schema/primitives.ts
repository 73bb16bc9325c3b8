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
 * zod runs a length check even on a value that already failed its type check, whenever the value
 * has a `length` (`{ length: [{}] }` instead of an id), and comparing such a length can throw. These
 * limit a text's and a list's length checks to a text and a list. Internal to `cxzy/schema`.
 */
export const ONLY_TEXT = { when: (payload: { readonly value: unknown }) => typeof payload.value === 'string' } as z.core.$ZodCheckMaxLengthParams;
/** {@link ONLY_TEXT} for a list's length check. Internal to `cxzy/schema`. */
export const ONLY_LIST = { when: (payload: { readonly value: unknown }) => Array.isArray(payload.value) } as z.core.$ZodCheckMinLengthParams;

/**
 * The most characters (Unicode code points, as JSON Schema counts them) an id may have.
 *
 * @example
 * ```ts
 * import { ID_MAX_LENGTH, parseMember } from 'cxzy/schema';
 * const member = { id: 'm'.repeat(ID_MAX_LENGTH + 1), name: '李明', organizationId: 'b', status: 'full', roles: [] };
 * parseMember(member).success; // false
 * ```
 */
export const ID_MAX_LENGTH = 128;

/**
 * The most characters (code points) a free text may have: a name, a title, a note, a problem
 * description. Longer input is a mistake (a whole file pasted into a field), not a text to keep.
 *
 * @example
 * ```ts
 * import { TEXT_MAX_LENGTH } from 'cxzy/schema';
 * TEXT_MAX_LENGTH; // 10000
 * ```
 */
export const TEXT_MAX_LENGTH = 10_000;

/**
 * The white space of ECMAScript (what `\s` matches and `String.prototype.trim` removes), spelled
 * out with `\t`, `\n`, `\f`, `\r` and `\uXXXX` escapes: a pattern made of it means the same in
 * ECMA-262 (which JSON Schema prescribes), Java, .NET and Python, where `\s` and `\S` differ (in
 * Java they are ASCII only, so an ideographic space would pass for a character).
 */
const WHITE_SPACE = String.raw`\t\n\u000b\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff`;

/**
 * What an id must contain: a character that is not white space. The same pattern is the parser's
 * check and the JSON Schema's `pattern`.
 */
const NOT_BLANK_PATTERN = `[^${WHITE_SPACE}]`;
const NOT_BLANK = /* @__PURE__ */ new RegExp(NOT_BLANK_PATTERN, 'u');

/**
 * The JSON Schema keywords a zod schema cannot emit by itself, because its parser says them with a
 * refinement that carries cxzy's own message. `jsonSchemas` adds them with {@link addJsonSchemaFacts};
 * the agreement test holds each to its refinement.
 */
const JSON_SCHEMA_FACTS = /* @__PURE__ */ z.registry<Readonly<Record<string, unknown>>>();

/** Registers the JSON Schema keywords that `schema`'s refinements check, and returns `schema`. */
function withJsonSchemaFacts<Schema extends z.ZodType>(schema: Schema, facts: Readonly<Record<string, unknown>>): Schema {
  JSON_SCHEMA_FACTS.add(schema, facts);
  return schema;
}

/**
 * Adds to a generated JSON Schema node the keywords registered for its zod schema. Pass it as
 * `override` to `z.toJSONSchema`. Internal to `cxzy/schema`.
 */
export function addJsonSchemaFacts(context: { readonly zodSchema: unknown; readonly jsonSchema: Record<string, unknown> }): void {
  const facts = JSON_SCHEMA_FACTS.get(context.zodSchema as z.ZodType);
  if (facts !== undefined) Object.assign(context.jsonSchema, facts);
}

/**
 * An identifier: 1 to {@link ID_MAX_LENGTH} characters, at least one of which is not white space.
 * Its JSON Schema says the same with `minLength`, `maxLength` and `pattern`.
 *
 * @example
 * ```ts
 * import { IdSchema } from 'cxzy/schema';
 * IdSchema.safeParse('m-001').success; // true
 * IdSchema.safeParse('  ').success; // false
 * IdSchema.safeParse('m'.repeat(129)).success; // false
 * ```
 */
export const IdSchema: z.ZodType<string> = withJsonSchemaFacts(
  z
    .string()
    .max(ID_MAX_LENGTH, ONLY_TEXT)
    .superRefine((value, ctx) => {
      if (!NOT_BLANK.test(value)) addSchemaIssue(ctx, 'schema.blank', [], {});
    }),
  { minLength: 1, pattern: NOT_BLANK_PATTERN },
);

/**
 * A free text (a name, a title, a note): any string of at most {@link TEXT_MAX_LENGTH} characters.
 * Internal to `cxzy/schema`; the entity and rule schemas use it for every text that is not an id,
 * a code or a date.
 */
export const TextSchema = z.string().max(TEXT_MAX_LENGTH, ONLY_TEXT);

/**
 * A record whose keys the user chooses (group ids, named days, phase kinds) that reports a key
 * named `__proto__` as an unknown key. zod's records drop such a key without a word (to keep it off
 * the result's prototype), so a group or a day the user wrote would vanish; a JSON Schema validator
 * would check it like any key. Its JSON Schema says the same with
 * `patternProperties: { "^__proto__$": false }`. Internal to `cxzy/schema`.
 */
export function reportingProtoKey<RecordSchema extends z.ZodType>(record: RecordSchema) {
  withJsonSchemaFacts(record, { patternProperties: { '^__proto__$': false } });
  return z.preprocess((input, ctx) => {
    if (typeof input === 'object' && input !== null && Object.hasOwn(input, '__proto__')) {
      ctx.addIssue({ code: 'unrecognized_keys', keys: ['__proto__'], input: input as Record<string, unknown> });
    }
    return input;
  }, record);
}

/**
 * A calendar date written `YYYY-MM-DD` (zod's `z.iso.date()`, which knows month lengths and leap
 * years), typed as {@link IsoDate}. Its JSON Schema carries the parser's own regular expression as
 * `pattern` (besides `format: "date"`, which many validators do not check), so a validator accepts
 * exactly the dates the parser does, 0000-01-01 to 9999-12-31.
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
 * A text in both shipped locales, each of at most {@link TEXT_MAX_LENGTH} characters.
 *
 * @example
 * ```ts
 * import { LocalizedTextSchema } from 'cxzy/schema';
 * LocalizedTextSchema.safeParse({ 'zh-CN': '优秀', en: 'Excellent' }).success; // true
 * ```
 */
export const LocalizedTextSchema: z.ZodType<LocalizedText> = z.strictObject({
  'zh-CN': TextSchema,
  en: TextSchema,
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
