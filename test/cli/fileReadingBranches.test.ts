import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run';
import { memoryIo, runCli } from './_io';

// Loading the whole program takes a while on a busy machine: once, before the first test's clock starts.
beforeAll(() => import('../../src/cli/run'), 60_000);

describe('cxzy check and score, reading the file', () => {
  it('says why a file cannot be read, naming it, and exits 1', async () => {
    for (const command of ['check', 'score']) {
      const { code, out, err } = await runCli([command, 'missing.json']);
      expect(code).toBe(1);
      expect(out).toBe('');
      expect(err).toBe('✗ 无法读取“missing.json”(ENOENT)\n');
    }
  });

  it('says so without a stack trace when the reader fails with something that is not a file error', async () => {
    const { io, result } = memoryIo({});
    const code = await run(['check', 'locked.json'], {
      ...io,
      readFile: () => ({
        [Symbol.asyncIterator]: () => ({ next: () => Promise.reject('permission denied') }),
      }),
    });
    expect(code).toBe(1);
    expect(result().err).toBe('✗ 意外错误:permission denied\n');
  });

  it.each([['null'], ['42'], ['"sheets"']])('refuses a score file whose JSON is %s: it should be an object', async (text) => {
    const { code, out } = await runCli(['score', 'odd.json', '--json'], { 'odd.json': text });
    expect(code).toBe(1);
    const report = JSON.parse(out) as { valid: boolean; error: { code: string } };
    expect([report.valid, report.error.code]).toEqual([false, 'cli.notAnObject']);
  });
});
