import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The guide for rule authors (docs/guides/testing-rules.md) shows a complete test file; the one
 * `npm test` runs is test/testing/guide-example.test.ts. They are the same file but for its first two
 * comment lines and where it imports cxzy from (the package in the guide, the sources here).
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('the guide “为本校评分规则写测试 · Testing your school’s rule”', () => {
  it('shows the example test file that npm test runs, word for word', () => {
    const guide = readFileSync(join(root, 'docs', 'guides', 'testing-rules.md'), 'utf8');
    const shown = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)].map((block) => block[1]!).find((block) => block.includes("describe('本校评分规则"));
    const file = readFileSync(join(root, 'test', 'testing', 'guide-example.test.ts'), 'utf8');
    const run = file.split('\n').slice(2).join('\n').replaceAll("from '../../src/", "from 'cxzy/");
    expect(shown).toBe(run);
  });

  it('uses boundaryCases, describeRule, the arbitraries and the assertions in its example', () => {
    const file = readFileSync(join(root, 'test', 'testing', 'guide-example.test.ts'), 'utf8');
    for (const name of ['boundaryCases(', 'describeRule(', 'arbitraries(fc)', 'expectTier(', 'expectBoundaries(', 'expectRuleText(']) expect(file).toContain(name);
  });
});
