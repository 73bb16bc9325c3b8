import { describe, expect, it } from 'vitest';
import { IdSchema, parseAssessMembersOptions, parseTierRuleData, parseVetoRule, safeParseWith } from '../../src/schema/index';

/** What a user reads of each issue of a failed parse: its code, its path, its zh-CN message. */
const read = (result: { readonly success: boolean; readonly issues?: readonly { code: string; path: readonly unknown[]; message: { 'zh-CN': string } }[] }) =>
  (result.issues ?? []).map((issue) => [issue.code, issue.path, issue.message['zh-CN']]);

describe('a value of the wrong kind that carries a length is reported, not thrown on', () => {
  const hostile = { length: [Object.create(null)] };

  it('parseVetoRule: an id that is an object with a length', () => {
    const result = parseVetoRule({ id: hostile, label: { 'zh-CN': '受到党纪处分', en: 'Disciplined' }, atMost: 'qualified' });
    expect(read(result as never)).toEqual([['schema.invalid_type', ['id'], '“编号”应为文本,实际为对象']]);
  });

  it('an id schema of its own, and a free text', () => {
    expect(read(safeParseWith(IdSchema, hostile) as never)).toEqual([['schema.invalid_type', [], '输入应为文本,实际为对象']]);
    const veto = parseVetoRule({ id: 'v', label: { 'zh-CN': '受到党纪处分', en: 'Disciplined' }, atMost: 'qualified', source: hostile });
    expect(read(veto as never)).toEqual([['schema.invalid_type', ['source'], '“来源”应为文本,实际为对象']]);
  });

  it('the bands of a tier rule that are an object with a length', () => {
    const result = parseTierRuleData({ bands: hostile, overlap: 'higherTier' });
    expect(read(result as never)).toEqual([['schema.invalid_type', ['bands'], '“分数段”应为列表,实际为对象']]);
  });

  it('still measures a text that is too long', () => {
    expect(read(safeParseWith(IdSchema, 'm'.repeat(129)) as never)[0]?.[0]).toBe('schema.too_big');
  });
});

describe('an optional field given as undefined', () => {
  it('parseAssessMembersOptions: excellentQuota undefined is said to be missing, never "undefined"', () => {
    const result = parseAssessMembersOptions({ excellentQuota: undefined });
    expect(read(result as never)).toEqual([['schema.invalid_union', ['excellentQuota'], '缺少“优秀比例上限”']]);
    expect(JSON.stringify(result)).not.toContain('undefined');
  });
});
