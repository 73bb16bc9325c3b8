import { localizedTable } from '../core/locale';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';

/**
 * Message templates of the issues `cxzy/schema` adds to zod's own (which come in zod's zh-CN and
 * en wording, under codes `schema.<zod code>`).
 *
 * @example
 * ```ts
 * import { SCHEMA_MESSAGES } from 'cxzy/schema';
 * SCHEMA_MESSAGES['schema.duplicateId']['zh-CN']; // '编号“{id}”重复,首次出现在第 {firstIndex} 项'
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
