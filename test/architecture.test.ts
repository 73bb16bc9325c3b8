import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The layers of `src/`, from the ground floor up: the words of each locale (data that imports
 * nothing), the ground floor `core`, the domains, the catalogue and schemas, the entry, the CLI. A folder may import its own files and the folders
 * on the floors below it, never a floor above; folders on one floor may lean on each other only
 * where no cycle forms. `cli` is on top of everything; the root `index.ts` sits just below it.
 */
const FLOORS: readonly (readonly string[])[] = [
  ['locales'],
  ['core'],
  ['organization', 'schedule', 'standards'],
  ['scoring'],
  ['evaluation', 'commitment', 'commendation', 'rectification'],
  ['campaign'],
  ['schema', 'i18n', 'tables', 'sql', 'testing'],
  ['index.ts'],
  ['cli'],
];

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');
// Import and export statements at the start of a line: the examples inside doc comments do not count.
const IMPORT = /^(?:import|export)\b[^'";]*?from\s+['"]([^'"]+)['"]/gm;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
  );
}

/** The top-level folder of `src/` a file belongs to (`index.ts` for the root entry). */
function folderOf(file: string): string {
  return relative(SRC, file).split(/[\\/]/)[0]!;
}

interface Edge {
  readonly from: string;
  readonly to: string;
  readonly file: string;
}

function folderEdges(): Edge[] {
  return sourceFiles(SRC).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(IMPORT)].flatMap((match) => {
      if (!match[1]!.startsWith('.')) return [];
      const from = folderOf(file);
      const to = folderOf(resolve(dirname(file), match[1]!));
      return from === to ? [] : [{ from, to, file: relative(SRC, file) }];
    }),
  );
}

const floorOf = (folder: string): number => FLOORS.findIndex((floor) => floor.includes(folder));

/** Folders that take part in a cycle, by depth-first search over the folder graph. */
function cycles(edges: readonly Edge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) next.set(from, (next.get(from) ?? new Set()).add(to));
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (folder: string, trail: string[]): void => {
    if (state.get(folder) === 'done') return;
    if (state.get(folder) === 'open') {
      found.push([...trail.slice(trail.indexOf(folder)), folder]);
      return;
    }
    state.set(folder, 'open');
    for (const to of next.get(folder) ?? []) visit(to, [...trail, folder]);
    state.set(folder, 'done');
  };
  for (const folder of next.keys()) visit(folder, []);
  return found;
}

describe('the layers of src/', () => {
  const edges = folderEdges();

  it('places every folder on a floor', () => {
    const folders = new Set(sourceFiles(SRC).map(folderOf));
    expect([...folders].filter((folder) => floorOf(folder) < 0)).toEqual([]);
  });

  it('never imports a folder on a higher floor', () => {
    const upward = edges.filter((edge) => floorOf(edge.to) > floorOf(edge.from));
    expect(upward.map((edge) => `${edge.file} → ${edge.to}`)).toEqual([]);
  });

  it('has no import cycle between folders', () => {
    expect(cycles(edges)).toEqual([]);
  });

  it('has no import cycle between files either', () => {
    const fileEdges = sourceFiles(SRC).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(IMPORT)]
        .filter((match) => match[1]!.startsWith('.'))
        .map((match) => {
          const target = resolve(dirname(file), match[1]!);
          const to = existsSync(`${target}.ts`) ? `${target}.ts` : join(target, 'index.ts');
          return { from: relative(SRC, file), to: relative(SRC, to), file: relative(SRC, file) };
        }),
    );
    expect(cycles(fileEdges)).toEqual([]);
  });

  it('keeps the ground floor free of every folder but the words, and of packages', () => {
    const imports = (folder: string) =>
      sourceFiles(join(SRC, folder)).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((match) => match[1]!));
    expect(imports('locales')).toEqual([]);
    expect(imports('core').filter((specifier) => !specifier.startsWith('./') && !specifier.startsWith('../locales/'))).toEqual([]);
  });

  it('keeps no mutable state at module level', () => {
    const mutable = sourceFiles(SRC).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => (/^(?:export\s+)?(?:let|var)\s/.test(line) ? [`${relative(SRC, file)}:${index + 1}`] : [])),
    );
    expect(mutable).toEqual([]);
  });

  it('would notice an upward import and a cycle', () => {
    // The checks above must be able to fail: a made-up edge from the ground floor up, and back.
    const planted = [...edges, { from: 'core', to: 'scoring', file: 'core/planted.ts' }];
    expect(planted.filter((edge) => floorOf(edge.to) > floorOf(edge.from))).toHaveLength(1);
    expect(cycles(planted).length).toBeGreaterThan(0);
  });
});
