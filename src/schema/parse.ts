import * as z from 'zod';
import type { Issue, IssuePath, ParseResult } from '../core/issue';
import { createIssue } from '../core/message';
import { SCHEMA_MESSAGES, type SchemaIssueCode } from './messages';

type ZodIssue = z.core.$ZodIssue;

/**
 * Runs a zod schema without throwing and turns its issues into cxzy {@link Issue}s with messages in
 * both locales (zod's own wording for its checks, cxzy's catalogue for its own). Works with your
 * own schemas too: an issue your refinement adds comes back as `schema.custom` with its message.
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
  // zod's own wording in each locale, made for this parse: the English map is passed to zod and the
  // Chinese one applied to the same issues afterwards. `z.config` belongs to the application, never
  // to a library, and a library keeps no state between calls.
  const result = schema.safeParse(input, { error: z.locales.en().localeError, reportInput: true });
  if (result.success) return { success: true, data: result.data };
  const zh = z.locales.zhCN().localeError;
  return { success: false, issues: result.error.issues.map((issue) => toIssue(issue, zh)) };
}

/** The zh-CN wording of a zod issue; a refinement's own message is kept as its author wrote it. */
function chineseMessageOf(issue: ZodIssue, zh: z.core.$ZodErrorMap): string {
  if (issue.code === 'custom') return issue.message;
  const message = zh(issue as unknown as Parameters<z.core.$ZodErrorMap>[0]);
  return typeof message === 'string' ? message : issue.message;
}

function cxzyCodeOf(issue: ZodIssue): SchemaIssueCode | undefined {
  const code = issue.code === 'custom' ? (issue.params?.['cxzyCode'] as unknown) : undefined;
  return typeof code === 'string' && Object.hasOwn(SCHEMA_MESSAGES, code) ? (code as SchemaIssueCode) : undefined;
}

function toIssue(issue: ZodIssue, zh: z.core.$ZodErrorMap): Issue {
  // Every key cxzy's schemas check is a string or an index; zod reports no symbol keys for them.
  const path = issue.path as IssuePath;
  const cxzyCode = cxzyCodeOf(issue);
  if (cxzyCode !== undefined) {
    const { cxzyCode: _code, ...params } = (issue as z.core.$ZodIssueCustom).params as Record<string, string | number>;
    return createIssue(SCHEMA_MESSAGES, cxzyCode, 'error', path, params);
  }
  const params: Record<string, string | number> = {};
  if ('expected' in issue && typeof issue.expected === 'string') params['expected'] = issue.expected;
  if (issue.code === 'unrecognized_keys') params['keys'] = issue.keys.join(', ');
  return {
    code: `schema.${issue.code}`,
    severity: 'error',
    path,
    message: { 'zh-CN': chineseMessageOf(issue, zh), en: issue.message },
    params,
  };
}

