import { localizedTable } from '../core/locale';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';

/**
 * Message templates of the issues `cxzy/schema` adds to zod's checks. The problems zod's checks
 * find come under codes `schema.<zod code>` (such as `schema.invalid_type`), worded by cxzy too.
 * An issue's own message also names the field it is about (`第 2 项“编号”为“m1”,与第 1 项重复`);
 * these templates, without it, are what `renderMessage` fills from the issue's params.
 *
 * @example
 * ```ts
 * import { SCHEMA_MESSAGES } from 'cxzy/schema';
 * SCHEMA_MESSAGES['schema.duplicateId']['zh-CN']; // '编号“{id}”重复,首次出现在第 {firstIndex|position} 项'
 * ```
 */
export const SCHEMA_MESSAGES = /* @__PURE__ */ localizedTable(zhCN.schemaMessages, en.schemaMessages);

/**
 * The codes of the issues `cxzy/schema` itself adds; zod's own come as `schema.<zod code>`, such as
 * `schema.invalid_type`.
 *
 * @example
 * ```ts
 * import type { SchemaIssueCode } from 'cxzy/schema';
 * const code: SchemaIssueCode = 'schema.duplicateId';
 * ```
 */
export type SchemaIssueCode = keyof typeof SCHEMA_MESSAGES;

/**
 * How the problems zod's checks find are worded, in every locale. Internal: `safeParseWith` fills
 * them with the field's label and position and what was found.
 */
export const SCHEMA_CHECK_TEXTS = /* @__PURE__ */ localizedTable(zhCN.schemaCheckTexts, en.schemaCheckTexts);

/** A template of {@link SCHEMA_CHECK_TEXTS}. Internal. */
export type SchemaCheckText = keyof typeof SCHEMA_CHECK_TEXTS;
