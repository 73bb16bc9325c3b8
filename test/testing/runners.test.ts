import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The assertion helpers fail a test under node's own runner as under vitest: a file of three
 * node:test tests (runners/assertions.node.ts, one failing on purpose) runs in a child process, and
 * the runner counts two passes, one failure, and reports our AssertionError with its expected and
 * actual tier.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('the assertion helpers under node:test', () => {
  it('pass and fail node:test tests, reporting AssertionError with expected and actual', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', join('test', 'testing', 'runners', 'assertions.node.ts')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('# pass 2');
    expect(run.stdout).toContain('# fail 1');
    expect(run.stdout).toContain('not ok 3 - a failing expectation fails the test (this one fails on purpose)');
    expect(run.stdout).toContain("name: 'AssertionError'");
    expect(run.stdout).toContain("error: '按“同民镇中学党支部党员年度考核(2015)”,80分应为基本合格,实际为合格'");
    expect(run.stdout).toContain("expected: 'basicallyQualified'");
    expect(run.stdout).toContain("actual: 'qualified'");
  }, 60_000);
});

describe('cxzy/testing without fast-check', () => {
  it('imports fast-check for its types only, so its helpers load where fast-check is not installed', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = join(root, 'src', 'testing');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
    const imports = files.flatMap((name) =>
      [...readFileSync(join(dir, name), 'utf8').matchAll(/^(import|export)\b([^'";]*?)from\s+['"]fast-check['"]/gm)].map((match) => `${name}: ${match[1]}${match[2]}`),
    );
    expect(imports.length).toBeGreaterThan(0);
    expect(imports.filter((line) => !/^[^:]+: import type\b/.test(line))).toEqual([]);
  });
});
