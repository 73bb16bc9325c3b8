import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Every `@example` in the sources runs. Each is written to a module of its own with imports of
 * `cxzy/…` pointed at the sources; a line `expression; // literal` becomes an assertion that the
 * expression equals the literal, so the results written in the docs are checked too. A comment
 * that is not a plain literal (`// false: 2011 is not a leap year` is) stays a comment.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const out = join(root, '.tmp', 'examples');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'cli' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

interface Example {
  readonly name: string;
  readonly code: string;
}

function examplesOf(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const examples: Example[] = [];
  for (const comment of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const body = (comment[1] ?? '').split('\n').map((line) => line.replace(/^\s*\* ?/, '')).join('\n');
    const line = text.slice(0, comment.index).split('\n').length;
    for (const block of body.matchAll(/@example[\s\S]*?```ts\n([\s\S]*?)```/g)) {
      examples.push({ name: `${relative(root, file)}:${line}`, code: block[1] ?? '' });
    }
  }
  return examples;
}

/** Whether a line's code is a whole expression (not the tail of a call, not a statement). */
function isExpression(code: string): boolean {
  if (!/^[A-Za-z_$]/.test(code) || /^(if|else|for|while|return|await|throw)\b/.test(code)) return false;
  try {
    new Function(`return (${code.replace(/!(?=[.[])/g, '')});`);
    return true;
  } catch {
    return false;
  }
}

/** The value a comment states, if it is a plain literal (string, number, boolean, array, object). */
function literalOf(comment: string): string | undefined {
  const text = comment.trim();
  if (!/^(['"[{]|-?\d|true\b|false\b|null\b|undefined\b)/.test(text)) return undefined;
  try {
    new Function(`return (${text});`);
    return text;
  } catch {
    return undefined;
  }
}

function toModule(code: string): string {
  const imports = code.replace(/from 'cxzy(\/[a-z0-9-]+)?'/g, (_whole, subpath: string | undefined) => {
    const target = subpath === undefined ? 'src/index.ts' : `src${subpath}/index.ts`;
    return `from ${JSON.stringify(join(root, target))}`;
  });
  const lines = imports.split('\n').map((line) => {
    const match = /^(?!\s*(?:import|const|let|export|type|interface)\b)(\s*)(.+?);\s*\/\/\s*(.+)$/.exec(line);
    if (match === null) return line;
    const literal = literalOf(match[3] ?? '');
    return literal === undefined || !isExpression(match[2] ?? '') ? line : `${match[1]}__expect(${match[2]}, ${literal});`;
  });
  return `import { expect as __expectOf } from 'vitest';\nconst __expect = (actual: unknown, expected: unknown) => __expectOf(actual).toEqual(expected);\n${lines.join('\n')}\nexport {};\n`;
}

/**
 * The ```ts blocks of the guides in docs/guides, which run as written too — except a block that
 * names its inputs with `declare` (it shows a call on values the reader has) or is a file of an
 * application (it imports `vitest`, `node:` modules or relative paths).
 */
function guideExamples(): Example[] {
  const dir = join(root, 'docs', 'guides');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .flatMap((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      return [...text.matchAll(/```ts\n([\s\S]*?)```/g)]
        .filter((block) => !/^declare |from '(vitest|node:[^']*|\.[^']*)'/m.test(block[1] ?? ''))
        .map((block) => ({
          name: `docs/guides/${name}:${text.slice(0, block.index).split('\n').length}`,
          code: block[1] ?? '',
        }));
    });
}

const examples = [...sourceFiles(join(root, 'src')).flatMap(examplesOf), ...guideExamples()];
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

describe('every @example runs and shows what it returns', () => {
  it('finds examples to run', () => {
    expect(examples.length).toBeGreaterThan(50);
  });

  // An example that starts PostgreSQL (PGlite) runs in the UTC run only, as the differential tests
  // of the db project do: the database takes seconds to start, and the process's time zone reaches
  // neither the SQL nor the figures it gives.
  const startsDatabase = (index: number) => examples[index]!.code.includes("from '@electric-sql/pglite'");
  // The cxzy/sql guide starts PGlite (PostgreSQL in WebAssembly): seconds on a busy machine.
  it.for(examples.map((example, index) => [example.name, index] as const))('%s', { timeout: 120_000 }, async ([, index], { skip }) => {
    if (startsDatabase(index) && process.env['TZ'] !== 'UTC') skip();
    const example = examples[index]!;
    const file = join(out, `example-${index}.ts`);
    writeFileSync(file, toModule(example.code));
    await import(file);
  });
});
