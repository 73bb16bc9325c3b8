import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';

function runCli(args: readonly string[]) {
  let out = '';
  let err = '';
  const code = run(args, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

describe('cxzy demo', () => {
  it('prints the example campaign in zh-CN by default', () => {
    const { code, out, err } = runCli(['demo']);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('南郊职业中学党支部深入开展创先争优活动实施方案');
    expect(out).toContain('== 组织检查 ==');
    expect(out).toContain('五个好: 领导班子好、党员队伍好、工作机制好、工作业绩好、师生反映好');
  });

  it('prints English with --lang en', () => {
    const { code, out } = runCli(['demo', '--lang', 'en']);
    expect(code).toBe(0);
    expect(out).toContain('== Organization check ==');
    expect(out).toContain('Five Goods: Good leadership team');
  });

  it.each([[[]], [['nonsense']], [['demo', 'extra']], [['demo', '--lang', 'fr']], [['demo', '--lang']]])(
    'prints usage to stderr and exits 1 for %j, printing nothing else',
    (args) => {
      const { code, out, err } = runCli(args);
      expect(code).toBe(1);
      expect(out).toBe('');
      expect(err).toMatch(/用法|Usage/);
    },
  );
});
