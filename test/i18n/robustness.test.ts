import { describe, expect, it } from 'vitest';
import { createIssue, formatIssue, formatLocalized, formatMessage, InvalidInputError, renderMessage, type MessageParams } from '../../src/i18n/index';
import { thrownIssues } from '../_helpers/thrownIssues';

const CATALOG = { 'myApp.late': { 'zh-CN': '逾期 {days} 天', en: '{days} days late' } } as const;

/** The issues of the InvalidInputError a call throws: code, path and the zh-CN message. */
function refused(run: () => unknown): (readonly [string, readonly (string | number)[], string])[] {
  return thrownIssues(run, InvalidInputError).map((issue) => [issue.code, issue.path, issue.message['zh-CN']] as const);
}

describe('formatMessage', () => {
  it('refuses a parameter that is an object or undefined instead of printing "[object Object]" or "undefined"', () => {
    expect(refused(() => formatMessage('{name}得分 {score}', { name: '张老师', score: { value: 92 } } as unknown as MessageParams))).toEqual([
      ['input.expected', ['params', 'score'], '“score”应为文本或数字,实际为对象'],
    ]);
    expect(refused(() => formatMessage('{name}得分 {score}', { name: undefined, score: 92 } as unknown as MessageParams))).toEqual([
      ['input.missing', ['params', 'name'], '缺少“name”'],
    ]);
    expect(refused(() => formatMessage('{memberId}', { memberId: null } as unknown as MessageParams))).toEqual([
      ['input.expected', ['params', 'memberId'], '“memberId”应为文本或数字,实际为空值 null'],
    ]);
  });

  it('reports a parameter named twice once', () => {
    expect(refused(() => formatMessage('{x}{x}', { x: [] } as unknown as MessageParams))).toHaveLength(1);
  });

  it('refuses a template that is not text, params that are not an object, labels that are not a function', () => {
    expect(refused(() => formatMessage(5 as unknown as string, {}))).toEqual([['input.expected', ['template'], '“模板”应为文本,实际为数字 5']]);
    expect(refused(() => formatMessage('{a}', null as unknown as MessageParams))).toEqual([['input.expected', ['params'], '“参数”应为对象,实际为空值 null']]);
    expect(refused(() => formatMessage('{a|t}', { a: 'x' }, 'labels' as never))).toEqual([
      ['input.expected', ['labels'], '“标签查找函数”应为函数,实际为文本“labels”'],
    ]);
  });

  it('shows the code when the label lookup gives something that is not text', () => {
    expect(formatMessage('{tier|memberTier|lower}', { tier: 'excellent' }, () => 7 as unknown as string)).toBe('excellent');
  });

  it('still leaves a placeholder without a value as written', () => {
    expect(formatMessage('{name}得分 {score}', { score: 92 })).toBe('{name}得分 92');
  });
});

describe('formatLocalized', () => {
  it('refuses a template that is not text in every locale, with the locale in the path', () => {
    expect(refused(() => formatLocalized(undefined as never, {}))).toEqual([['input.missing', ['template'], '缺少“模板”']]);
    expect(refused(() => formatLocalized({ 'zh-CN': '逾期', en: true } as never, {}))).toEqual([
      ['input.expected', ['template', 'en'], '“英文”应为文本,实际为布尔值 true'],
    ]);
  });

  it('refuses params and tables that are not objects, and a value that is not text or a number', () => {
    const template = { 'zh-CN': '等次为{tier|memberTier}', en: 'Tier: {tier|memberTier}' };
    expect(refused(() => formatLocalized(template, { tier: 'excellent' }, null as never))).toEqual([['input.expected', ['tables'], '“标签表”应为对象,实际为空值 null']]);
    expect(refused(() => formatLocalized(template, { tier: {} } as never))).toEqual([['input.expected', ['params', 'tier'], '“tier”应为文本或数字,实际为对象']]);
    expect(refused(() => formatLocalized(template, { tier: undefined } as never))).toEqual([['input.missing', ['params', 'tier'], '缺少“tier”']]);
  });

  it('shows the code for a label entry that has no text in a locale', () => {
    const tables = { memberTier: { excellent: { 'zh-CN': '优秀', en: null } } } as never;
    expect(formatLocalized({ 'zh-CN': '等次为{tier|memberTier}', en: 'Tier: {tier|memberTier}' }, { tier: 'excellent' }, tables)).toEqual({
      'zh-CN': '等次为优秀',
      en: 'Tier: excellent',
    });
  });
});

describe('createIssue', () => {
  it('refuses a catalogue without the code, naming the code', () => {
    expect(refused(() => createIssue(CATALOG, 'myApp.early' as 'myApp.late', 'warning', ['tasks', 2], { days: 3 }))).toEqual([
      ['input.missing', ['catalog', 'myApp.early'], '缺少“myApp.early”'],
    ]);
    expect(refused(() => createIssue(undefined as never, 'myApp.late', 'warning', []))).toEqual([['input.missing', ['catalog'], '缺少“消息目录”']]);
    expect(refused(() => createIssue({ 'myApp.late': null } as never, 'myApp.late', 'warning', []))).toEqual([
      ['input.expected', ['catalog', 'myApp.late'], '“myApp.late”应为对象,实际为空值 null'],
    ]);
  });

  it('refuses a severity that is not one, a path that is not a list, params that are not an object', () => {
    expect(refused(() => createIssue(CATALOG, 'myApp.late', Number.NaN as never, ['tasks', 1], { days: 3 }))).toEqual([
      ['input.expected', ['severity'], '“严重程度”应为文本,实际为无效数值 NaN'],
    ]);
    expect(refused(() => createIssue(CATALOG, 'myApp.late', 'notice' as never, [], { days: 3 }))).toEqual([
      ['input.notOneOf', ['severity'], '“严重程度”为“notice”,应为以下之一:error, warning, info'],
    ]);
    expect(refused(() => createIssue(CATALOG, 'myApp.late', 'warning', 'tasks' as never, { days: 3 }))).toEqual([
      ['input.expected', ['path'], '“路径”应为列表,实际为文本“tasks”'],
    ]);
    expect(refused(() => createIssue(CATALOG, 'myApp.late', 'warning', [], Number.NEGATIVE_INFINITY as never))).toEqual([
      ['input.expected', ['params'], '“参数”应为对象,实际为无效数值 -Infinity'],
    ]);
  });

  it('refuses a parameter that would print "[object Object]" or "undefined"', () => {
    expect(refused(() => createIssue(CATALOG, 'myApp.late', 'warning', [null] as never, { days: { value: 3 } } as never))).toEqual([
      ['input.expected', ['params', 'days'], '“days”应为文本或数字,实际为对象'],
    ]);
    expect(refused(() => createIssue(CATALOG, 'myApp.late', 'warning', [], { days: undefined } as never))).toEqual([['input.missing', ['params', 'days'], '缺少“days”']]);
  });

  it('builds the issue from a well-formed catalogue as before', () => {
    expect(createIssue(CATALOG, 'myApp.late', 'warning', ['tasks', 2], { days: 3 }).message).toEqual({ 'zh-CN': '逾期 3 天', en: '3 days late' });
  });
});

describe('renderMessage', () => {
  it('refuses a locale that is neither shipped nor a catalogue, and a code that is not text', () => {
    expect(refused(() => renderMessage('scoring.ruleGap', {}, 1 as never))).toEqual([['input.expected', ['locale'], '“语言”应为对象,实际为数字 1']]);
    expect(refused(() => renderMessage('scoring.ruleGap', {}, 'constructor' as never))).toEqual([
      ['input.notOneOf', ['locale'], '“语言”为“constructor”,应为以下之一:zh-CN, en'],
    ]);
    expect(refused(() => renderMessage(1 as never, {}, 'en'))).toEqual([['input.expected', ['code'], '“代码”应为文本,实际为数字 1']]);
  });

  it('refuses a parameter that is undefined or an object instead of printing it', () => {
    expect(refused(() => renderMessage('scoring.ruleGap', { from: undefined, to: 2 } as never, 'en'))).toEqual([['input.missing', ['params', 'from'], '缺少“from”']]);
    expect(refused(() => renderMessage('functionalGroup.memberInNone', { memberId: { id: 'm1' } } as never, 'zh-CN'))).toEqual([
      ['input.expected', ['params', 'memberId'], '“memberId”应为文本或数字,实际为对象'],
    ]);
  });

  it('reads a catalogue whose sections or templates are not what they should be as lacking the template', () => {
    expect(renderMessage('a.b', {}, { scoringMessages: null, otherMessages: { 'a.b': 3 } } as never)).toBeUndefined();
  });
});

describe('formatIssue', () => {
  it('refuses what is not an issue, or a locale that is none', () => {
    expect(refused(() => formatIssue(null as never, 'en'))).toEqual([['input.expected', ['issue'], '“问题”应为对象,实际为空值 null']]);
    expect(refused(() => formatIssue({} as never, 'zh-CN'))).toEqual([['input.missing', ['issue', 'code'], '缺少“代码”']]);
    expect(refused(() => formatIssue({ code: 'x', message: { 'zh-CN': 'x', en: 'x' } } as never, 'toString' as never))).toEqual([
      ['input.notOneOf', ['locale'], '“语言”为“toString”,应为以下之一:zh-CN, en'],
    ]);
  });

  it('renders the message from the code when the issue has no text for the locale (an issue read back from storage)', () => {
    const stored = { code: 'functionalGroup.memberInNone', severity: 'error', path: [], message: null, params: { memberId: 'm1' } } as never;
    expect(formatIssue(stored, 'zh-CN')).toBe('党员“m1”未加入任何功能党小组');
    const notText = { code: 'functionalGroup.memberInNone', severity: 'error', path: [], message: { 'zh-CN': Number.NaN, en: 'x' }, params: { memberId: 'm1' } } as never;
    expect(formatIssue(notText, 'zh-CN')).toBe('党员“m1”未加入任何功能党小组');
    expect(formatIssue({ code: 'myApp.unknown', message: null } as never, 'en')).toBe('myApp.unknown');
  });
});
