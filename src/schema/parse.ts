import * as z from 'zod';
import type { Issue, IssuePath, ParseResult } from '../i18n/issue';
import { createIssue } from '../i18n/messages';
import { SCHEMA_MESSAGES, type SchemaIssueCode } from './messages';

type ZodIssue = z.core.$ZodIssue;

let localeMaps: { readonly zh: z.core.$ZodErrorMap; readonly en: z.core.$ZodErrorMap } | undefined;

/** zod's own zh-CN and en wording, made once and passed per parse: `z.config` is the app's. */
function zodLocales(): { readonly zh: z.core.$ZodErrorMap; readonly en: z.core.$ZodErrorMap } {
  localeMaps ??= { zh: z.locales.zhCN().localeError, en: z.locales.en().localeError };
  return localeMaps;
}

function isSchemaIssueCode(value: unknown): value is SchemaIssueCode {
  return typeof value === 'string' && Object.hasOwn(SCHEMA_MESSAGES, value);
}

function toPath(path: readonly PropertyKey[]): IssuePath {
  return path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
}

function toIssue(english: ZodIssue, chinese: ZodIssue | undefined): Issue {
  const path = toPath(english.path);
  if (english.code === 'custom') {
    const { cxzyCode, ...params } = (english.params ?? {}) as Record<string, string | number>;
    if (isSchemaIssueCode(cxzyCode)) return createIssue(SCHEMA_MESSAGES, cxzyCode, 'error', path, params);
  }
  const params: Record<string, string | number> = {};
  if ('expected' in english && typeof english.expected === 'string') params['expected'] = english.expected;
  if (english.code === 'unrecognized_keys') params['keys'] = english.keys.join(', ');
  return {
    code: `schema.${english.code}`,
    severity: 'error',
    path,
    message: { 'zh-CN': chinese?.message ?? english.message, en: english.message },
    params,
  };
}

/**
 * Runs a zod schema without throwing and turns its issues into cxzy {@link Issue}s with messages in
 * both locales. Parsing twice, once per locale, only happens on failure, and keeps the locale a
 * per-parse choice as zod recommends for libraries.
 *
 * @param schema - the schema to run.
 * @param input - untrusted input.
 * @returns the parsed data or every issue.
 *
 * @example
 * ```ts
 * import { MemberSchema, safeParseWith } from 'cxzy/schema';
 * const result = safeParseWith(MemberSchema, { id: '', name: '李明' });
 * result.success; // false
 * ```
 */
export function safeParseWith<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): ParseResult<z.output<Schema>> {
  const locales = zodLocales();
  const english = schema.safeParse(input, { error: locales.en });
  if (english.success) return { success: true, data: english.data };
  const chinese = schema.safeParse(input, { error: locales.zh });
  const chineseIssues = chinese.success ? [] : chinese.error.issues;
  return {
    success: false,
    issues: english.error.issues.map((issue, index) => toIssue(issue, chineseIssues[index])),
  };
}
