import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';

function runWith(args: readonly string[], readText: (path: string) => string) {
  let out = '';
  let err = '';
  const code = run(args, { out: (text) => (out += text), err: (text) => (err += text), readText });
  return { code, out, err };
}

describe('cxzy check and score, reading the file', () => {
  it('says why a file cannot be read even when the reader throws something that is not an Error, and exits 1', () => {
    for (const command of ['check', 'score']) {
      const { code, out, err } = runWith([command, 'locked.json'], () => {
        throw 'permission denied';
      });
      expect(code).toBe(1);
      expect(out).toBe('');
      expect(err).toBe('locked.json: permission denied\n');
    }
  });

  it.each([['null'], ['42'], ['"sheets"']])('reads a score file whose JSON is %s as one without sheets or cards, at those paths', (text) => {
    const { code, out } = runWith(['score', 'odd.json', '--json'], () => text);
    expect(code).toBe(1);
    const report = JSON.parse(out) as { file: string; valid: boolean; issues: { code: string; path: unknown[]; message: Record<string, string> }[] };
    expect([report.file, report.valid]).toEqual(['odd.json', false]);
    expect(report.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['schema.invalid_type', ['sheets']],
      ['schema.invalid_type', ['cards']],
    ]);
    expect(report.issues.map((issue) => issue.message['zh-CN'])).toEqual(['缺少输入', '缺少输入']);
  });
});
