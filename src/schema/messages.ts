import type { MessageCatalog } from '../core/message';

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
export const SCHEMA_MESSAGES = {
  'schema.duplicateId': {
    'zh-CN': '编号“{id}”重复,首次出现在第 {firstIndex} 项',
    en: 'Id "{id}" is used twice; first at index {firstIndex}',
  },
  'schema.notCalendarDate': {
    'zh-CN': '“{value}”不是 YYYY-MM-DD 格式的有效日期',
    en: '"{value}" is not a calendar date written YYYY-MM-DD',
  },
  'schema.blank': {
    'zh-CN': '不能为空白',
    en: 'Must not be blank',
  },
} as const satisfies MessageCatalog;

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
