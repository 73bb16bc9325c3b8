import { describe, expect, it } from 'vitest';
import {
  assertInput,
  expectBoolean,
  expectFraction,
  expectList,
  expectNumber,
  expectObject,
  expectOneOf,
  expectText,
  InvalidInputError,
  type InputIssues,
} from '../../src/core/input';

const check = (run: (issues: InputIssues) => unknown): InputIssues => {
  const issues: InputIssues = [];
  run(issues);
  return issues;
};

describe('entry checks of rule and option objects', () => {
  it('names the field by its label and says what was expected and what was found', () => {
    const [issue] = check((issues) => expectNumber('2', ['policy', 'precision'], issues, { integer: true }));
    expect(issue?.code).toBe('input.expected');
    expect(issue?.path).toEqual(['policy', 'precision']);
    expect(issue?.message['zh-CN']).toBe('“保留小数位数”应为整数,实际为文本“2”');
    expect(issue?.message.en).toBe('"decimal places" must be a whole number, not the text "2"');
    expect(issue?.params).toEqual({ expected: 'integer', path: 'policy.precision', found: 'text' });
  });

  it('counts a list position from 1, as a reader counts, while the path keeps the index', () => {
    const [issue] = check((issues) => expectNumber('八十', ['cards', 2, 'total'], issues));
    expect(issue?.message['zh-CN']).toBe('第 3 项“总分”应为数字,实际为文本“八十”');
    expect(issue?.message.en).toBe('"total" of item 3 must be a number, not the text "八十"');
    expect(issue?.path).toEqual(['cards', 2, 'total']);
  });

  it('does not read the text "false" as a boolean', () => {
    const issues = check((found) => expectBoolean('false', ['policy', 'excludeSelfFromPeer'], found));
    expect(issues.map((issue) => issue.message['zh-CN'])).toEqual(['“党内互评排除自评”应为布尔值(true 或 false),实际为文本“false”']);
    expect(check((found) => expectBoolean(false, ['x'], found))).toEqual([]);
  });

  it('reports a missing field as missing, and null as null', () => {
    expect(check((issues) => expectObject(undefined, ['policy', 'scale'], issues))[0]?.message['zh-CN']).toBe('缺少“分值范围”');
    expect(check((issues) => expectObject(null, ['policy', 'scale'], issues))[0]?.message.en).toBe(
      '"score scale" must be an object, not null',
    );
    expect(check((issues) => expectObject([], [], issues))[0]?.message.en).toBe('The input must be an object, not a list');
    expect(check((issues) => expectList({}, ['rows', 0], issues))[0]?.message['zh-CN']).toBe('“rows”第 1 项应为列表,实际为对象');
    expect(check((issues) => expectList({}, [0], issues))[0]?.message.en).toBe('Item 1 must be a list, not an object');
    expect(check((issues) => expectText(1, ['cards', 0, 'entries', 4, 'note'], issues))[0]?.message['zh-CN']).toBe('第 1 项“得分记录”第 5 项“备注”应为文本,实际为数字 1');
  });

  it('refuses NaN and the infinities as numbers, and keeps bounds', () => {
    for (const value of [Number.NaN, Infinity, -Infinity]) expect(check((issues) => expectNumber(value, ['w'], issues))).toHaveLength(1);
    expect(check((issues) => expectNumber(2.5, ['w'], issues, { integer: true }))[0]?.code).toBe('input.expected');
    expect(check((issues) => expectNumber(-1, ['weight'], issues, { min: 0 }))[0]?.message['zh-CN']).toBe('“权重”为 -1,应不小于 0');
    expect(check((issues) => expectNumber(5, ['precision'], issues, { max: 4 }))[0]?.message.en).toBe('"decimal places" is 5; it must be at most 4');
    expect(check((issues) => expectNumber(0, ['weight'], issues, { min: 0, max: 0 }))).toEqual([]);
  });

  it('lists the codes a field may hold', () => {
    const [issue] = check((issues) => expectOneOf('mode', ['mean', 'median'], ['method'], issues));
    expect(issue?.message['zh-CN']).toBe('“计算方法”为“mode”,应为以下之一:mean, median');
    expect(check((issues) => expectOneOf(3, ['mean'], ['method'], issues))[0]?.code).toBe('input.expected');
    expect(check((issues) => expectOneOf('__proto__', ['mean'], ['method'], issues))[0]?.code).toBe('input.notOneOf');
  });

  it('checks a fraction part by part', () => {
    const issues = check((found) => expectFraction({ numerator: 1, denominator: 0 }, ['share'], found));
    expect(issues.map((issue) => issue.path)).toEqual([['share', 'denominator']]);
    expect(check((found) => expectFraction({ numerator: 1, denominator: 2 }, ['share'], found))).toEqual([]);
    expect(check((found) => expectText(1, ['name'], found))[0]?.message.en).toBe('"name" must be text, not the number 1');
  });

  it('throws a named error carrying the issues only when there are some', () => {
    expect(() => assertInput([])).not.toThrow();
    const issues = check((found) => expectNumber('x', ['quota'], found));
    const thrown = (() => {
      try {
        assertInput(issues);
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(InvalidInputError);
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as InvalidInputError).issues).toEqual(issues);
    expect((thrown as InvalidInputError).message).toBe('"quota" must be a number, not the text "x"');
  });
});
