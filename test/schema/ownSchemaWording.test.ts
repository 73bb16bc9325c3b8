import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { safeParseWith } from '../../src/schema';
import { describeProperties } from '../../src/schema/_describe';

// `safeParseWith` works with an app's own schemas too: every check zod can make is worded in cxzy's
// words, of the field it is about, in both locales — never a throw, never zod's own English.
function onlyIssue(schema: z.ZodType, input: unknown) {
  const result = safeParseWith(schema, input);
  expect(result.success).toBe(false);
  const issues = result.success ? [] : result.issues;
  expect(issues).toHaveLength(1);
  const [issue] = issues;
  return { code: issue!.code, path: issue!.path, zh: issue!.message['zh-CN'], en: issue!.message.en, params: issue!.params };
}

describe('safeParseWith on an app’s own schema', () => {
  it('words a cxzy check an app reuses by its code (not a calendar date) with cxzy’s message', () => {
    const schema = z.string().superRefine((value, ctx) => {
      ctx.addIssue({ code: 'custom', message: 'not a date', params: { cxzyCode: 'schema.notCalendarDate', value } });
    });
    expect(onlyIssue(schema, '2010-02-30')).toEqual({
      code: 'schema.notCalendarDate',
      path: [],
      zh: '“2010-02-30”不是 YYYY-MM-DD 格式的有效日期',
      en: '"2010-02-30" is not a calendar date written YYYY-MM-DD',
      params: { value: '2010-02-30' },
    });
  });

  it('says a record key is not accepted, and a map entry under a key that is not text is not valid', () => {
    expect(onlyIssue(z.record(z.string().min(2), z.number()), { a: 1 })).toMatchObject({ code: 'schema.invalid_key', path: ['a'], zh: '“a”不是可用的键名' });
    const element = onlyIssue(z.map(z.object({}), z.number()), new Map([[{}, 'x']]));
    expect([element.code, element.path]).toEqual(['schema.invalid_element', []]);
    expect(element.zh).not.toMatch(/[A-Za-z]{3}/);
  });

  it('words a check of a kind it does not know as an invalid input, with what was found', () => {
    const schema = z.number().superRefine((value, ctx) => {
      ctx.addIssue({ code: 'future_check', input: value, message: 'm' } as never);
    });
    expect(onlyIssue(schema, 5)).toEqual({ code: 'schema.future_check', path: [], zh: '输入无效,实际为数字 5', en: 'The input is not valid: the number 5', params: { found: 'number' } });
  });

  it('says a field that must be null is not a number', () => {
    expect(onlyIssue(z.object({ gone: z.null() }), { gone: 5 })).toEqual({
      code: 'schema.invalid_type',
      path: ['gone'],
      zh: '“gone”不应为数字 5',
      en: '"gone" must not be the number 5',
      params: { found: 'number' },
    });
  });

  it.each([
    ['text of exactly 3 characters, given 2', z.object({ code: z.string().length(3) }), { code: 'ab' }, 'schema.too_small', '“代码”应恰好有 3 个字符,实际有 2 个', { exact: 3, length: 2 }],
    ['text of exactly 3 characters, given 4', z.object({ code: z.string().length(3) }), { code: 'abcd' }, 'schema.too_big', '“代码”应恰好有 3 个字符,实际有 4 个', { exact: 3, length: 4 }],
    ['a list of at least 3, given 1', z.object({ items: z.array(z.number()).min(3) }), { items: [1] }, 'schema.too_small', '“项目”应至少有 3 项,实际只有 1 项', { min: 3, count: 1 }],
    ['a list of exactly 2, given 1', z.object({ items: z.array(z.number()).length(2) }), { items: [1] }, 'schema.too_small', '“项目”应恰好有 2 项,实际有 1 项', { exact: 2, count: 1 }],
    ['a list of exactly 2, given 3', z.object({ items: z.array(z.number()).length(2) }), { items: [1, 2, 3] }, 'schema.too_big', '“项目”应恰好有 2 项,实际有 3 项', { exact: 2, count: 3 }],
    ['a number at least 5, given 3', z.object({ points: z.number().min(5) }), { points: 3 }, 'schema.too_small', '“分值”为 3,应不小于 5', { value: 3, min: 5 }],
    ['a number more than 5, given 5', z.object({ points: z.number().gt(5) }), { points: 5 }, 'schema.too_small', '“分值”为 5,应大于 5', { value: 5, min: 5 }],
    ['a number at most 5, given 7', z.object({ points: z.number().max(5) }), { points: 7 }, 'schema.too_big', '“分值”为 7,应不大于 5', { value: 7, max: 5 }],
    ['a number less than 5, given 5', z.object({ points: z.number().lt(5) }), { points: 5 }, 'schema.too_big', '“分值”为 5,应小于 5', { value: 5, max: 5 }],
    ['one of two numbers, given another', z.object({ points: z.literal([1, 2]) }), { points: 3 }, 'schema.invalid_value', '“分值”应为以下之一:1, 2,实际为数字 3', { options: '1, 2', found: 'number' }],
    ['two of the evaluator groups, given another text', z.object({ group: z.enum(['leadership', 'peer']) }), { group: 'x' }, 'schema.invalid_value', '“评价组”为“x”,应为以下之一:leadership(领导点评), peer(党内互评)', { value: 'x', options: 'leadership, peer' }],
    ['two of the evaluator groups, given a number', z.object({ group: z.enum(['leadership', 'peer']) }), { group: 5 }, 'schema.invalid_value', '“评价组”应为以下之一:leadership(领导点评), peer(党内互评),实际为数字 5', { options: 'leadership, peer', found: 'number' }],
    ['one of two object forms, given a third', z.object({ rule: z.union([z.object({ a: z.string() }), z.object({ b: z.number() })]) }), { rule: { c: 1 } }, 'schema.invalid_union', '“规则”不符合任何一种可用的写法,实际为对象', { found: 'object' }],
  ])('words %s in cxzy’s zh-CN, at the field', (_what, schema, input, code, zh, params) => {
    const issue = onlyIssue(schema, input);
    expect([issue.code, issue.path, issue.zh, issue.params]).toEqual([code, [Object.keys(input)[0]], zh, params]);
    expect(issue.en).toMatch(/^"\w+" /);
  });

  it('words bounds on a bigint by the bound alone, and shows a long text that is none of the options cut short', () => {
    expect(onlyIssue(z.object({ points: z.bigint().min(5n) }), { points: 3n })).toMatchObject({ code: 'schema.too_small', path: ['points'], zh: '“分值”应不小于 5', params: { min: 5 } });
    expect(onlyIssue(z.object({ points: z.bigint().max(5n) }), { points: 7n })).toMatchObject({ code: 'schema.too_big', path: ['points'], zh: '“分值”应不大于 5', params: { max: 5 } });
    const long = '领'.repeat(45);
    const issue = onlyIssue(z.object({ group: z.enum(['leadership', 'peer']) }), { group: long });
    expect(issue.zh).toBe(`“评价组”为“${'领'.repeat(40)}…”,应为以下之一:leadership(领导点评), peer(党内互评)`);
    expect(issue.params).toEqual({ value: `${'领'.repeat(40)}…`, options: 'leadership, peer' });
  });

  it('words a bigint that is not a multiple of its step instead of throwing', () => {
    expect(onlyIssue(z.object({ points: z.bigint().multipleOf(3n) }), { points: 4n })).toMatchObject({
      code: 'schema.not_multiple_of',
      path: ['points'],
      params: { value: 4, divisor: 3 },
    });
  });
});

describe('the descriptions of a JSON Schema’s fields', () => {
  it('keeps a description a field already has, leaves a field cxzy has no label for as it is, and labels the rest', () => {
    const described = describeProperties({
      type: 'object',
      properties: { points: { type: 'number', description: 'own words' }, zzUnlabelled: { type: 'string' }, title: { type: 'string' }, open: true },
    });
    expect(described['properties']).toEqual({
      points: { type: 'number', description: 'own words' },
      zzUnlabelled: { type: 'string' },
      title: { type: 'string', description: expect.stringMatching(/^.+ \/ .+$/) },
      open: true,
    });
  });
});
