/**
 * The fuzz suite's machinery: the values it throws at every public export, the near-valid inputs it
 * derives from valid fixtures, and the checks it makes after every call — no raw throw, no NaN or
 * ±Infinity in a result, no mutated input, no prototype pollution.
 *
 * Nothing here knows an export by name: the table of arguments is `_fixtures.ts`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { FIELD_LABELS } from '../../src/i18n';

// ── What the values look like ────────────────────────────────────────────────────────────────

/** Keys that break code which reads `obj[key]` on an object with a prototype. */
export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'length'] as const;

const SPECIAL_NUMBERS = [
  Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 0, 1, -1, 0.5, 2021.5, 1e308, -1e308, 5e-324,
  2 ** 53, 2 ** 53 + 2, -(2 ** 53), 1e21, 0.1 + 0.2, 1.005, 100.001, 10000, -2011,
];

const SPECIAL_STRINGS = [
  ...HOSTILE_KEYS, '', ' ', '  \t', 'NaN', 'Infinity', '2', '-1', '8.5', 'false', 'true', 'null', 'undefined',
  '2010-07-01', '2011-02-30', '2011-13-01', '0000-01-01', '0001-01-01', '9999-12-31', '10000-01-01', '2012-02-29',
  '2010年7月', '国庆前', '2010年“七一”前', '5月下旬—6月', '七一前', '100分以上为优秀;60分以下为不合格',
  'excellent', 'qualified', 'branch', 'peer', 'leadership', 'mean', 'median', 'full', 'pending', 'fulfilled', 'open',
  'completed', 'zh-CN', 'en', '\u0000', '\uD800', '💯',
];

/** The field names the library labels, so random objects sometimes carry a field a function reads. */
const FIELD_NAMES = Object.keys(FIELD_LABELS);

const key: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ maxLength: 6 }), weight: 2 },
  { arbitrary: fc.constantFrom(...HOSTILE_KEYS), weight: 2 },
  { arbitrary: fc.constantFrom(...FIELD_NAMES), weight: 3 },
);

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(...SPECIAL_NUMBERS), weight: 3 },
  { arbitrary: fc.constantFrom(...SPECIAL_STRINGS), weight: 3 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.integer({ min: -5, max: 120 }), weight: 2 },
  { arbitrary: fc.string({ maxLength: 8 }), weight: 1 },
  { arbitrary: fc.constantFrom(true, false, null, undefined), weight: 2 },
);

function deepList(depth: number): unknown {
  let value: unknown = [];
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
}

function deepObject(depth: number): unknown {
  let value: unknown = { id: 'x' };
  for (let level = 0; level < depth; level += 1) value = { id: `x${level}`, items: [value], value: level };
  return value;
}

function sparse(length: number, at: number, value: unknown): unknown[] {
  const list: unknown[] = new Array<unknown>(length);
  list[at] = value;
  return list;
}

/**
 * Huge and deeply nested values, built once. Small enough that every export answers one in well
 * under a millisecond or two: a long text, a long list, a nest 1,000 deep, a sparse list of
 * 10,000 slots (a parser that reports each hole takes a while over more).
 */
const HUGE: readonly unknown[] = [
  'x'.repeat(100_000),
  '七一前'.repeat(5_000),
  '2010-07-01'.repeat(1_000),
  Array.from({ length: 1_000 }, (_, index) => index),
  Array.from({ length: 500 }, () => ({})),
  deepList(1_000),
  deepObject(300),
  sparse(10_000, 9_999, 'last'),
  JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}') as unknown,
  JSON.parse('[{"__proto__":{"polluted":true}},{"id":"__proto__","kind":"__proto__","level":"__proto__"}]') as unknown,
];

/** Any value: JSON-like and not (sparse lists, null-prototype objects, dates, bigints), hostile keys, huge ones. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: leaf, weight: 16 },
  {
    arbitrary: fc.anything({
      key,
      values: [leaf],
      maxDepth: 3,
      maxKeys: 5,
      withNullPrototype: true,
      withSparseArray: true,
      withDate: true,
      withBigInt: true,
    }),
    weight: 24,
  },
  // Rare: each costs the checks (not the library) a few milliseconds.
  { arbitrary: fc.constantFrom(...HUGE), weight: 1 },
);

/** 1 to 4 arbitrary arguments: the default for an export whose arguments need no structure. */
export const anyArguments: fc.Arbitrary<unknown[]> = fc.array(anyValue, { minLength: 1, maxLength: 4 });

// ── Near-valid inputs ────────────────────────────────────────────────────────────────────────

type Path = readonly PropertyKey[];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Copies lists and plain objects (keeping holes and `__proto__` keys); anything else is shared. */
export function copyPlain(value: unknown, copies = new Map<object, unknown>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  const known = copies.get(value);
  if (known !== undefined) return known;
  if (Array.isArray(value)) {
    const list: unknown[] = new Array<unknown>(value.length);
    copies.set(value, list);
    for (const index of Object.keys(value)) define(list, index, copyPlain(value[Number(index)], copies));
    return list;
  }
  if (isPlainObject(value)) {
    const copy: Record<string, unknown> = Object.getPrototypeOf(value) === null ? Object.create(null) : {};
    copies.set(value, copy);
    for (const name of Object.keys(value)) define(copy, name, copyPlain(value[name], copies));
    return copy;
  }
  return value;
}

function define(target: object, name: PropertyKey, value: unknown): void {
  Object.defineProperty(target, name, { value, writable: true, enumerable: true, configurable: true });
}

/** Every path into the lists and plain objects of `root`, the root's own items first. */
export function pathsOf(root: readonly unknown[], limit = 400): Path[] {
  const paths: Path[] = [];
  const walk = (value: unknown, path: Path, depth: number): void => {
    if (paths.length >= limit || depth > 8) return;
    if (path.length > 0) paths.push(path);
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index], depth + 1));
    else if (isPlainObject(value)) for (const name of Object.keys(value)) walk(value[name], [...path, name], depth + 1);
  };
  walk(root, [], 0);
  return paths;
}

function replacementsFor(value: unknown): unknown[] {
  if (typeof value === 'number') {
    return [String(value), `${value}分`, true, [value], { value }, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, -1,
      value + 0.5, value + 0.001, value * 1000 + 1e6, -value - 1e6, 1e308, 5e-324, 2 ** 53 + 2, 1e21];
  }
  if (typeof value === 'string') {
    return [Number(value), 42, true, [value], {}, '', '   ', ...HOSTILE_KEYS, value.repeat(Math.ceil(20_000 / Math.max(1, value.length))).slice(0, 20_000), `${value}\u0000`,
      value.toUpperCase(), ` ${value} `, '0001-01-01', '9999-12-31', '10000-01-01', '2011-02-30', '2011-13-01', '2010-7-1'];
  }
  if (typeof value === 'boolean') return ['false', 'true', 0, 1, String(value), [value]];
  if (Array.isArray(value)) {
    const first: unknown = value[0];
    if (value.length > 1_000) return [[], 'text', value.length, [first]];
    return [{ ...value }, 'text', value.length, [], [...value, ...value], sparse(3, 2, first), Array.from({ length: 500 }, () => copyPlain(first)),
      [...value].reverse(), [null], [first, 'x', 1]];
  }
  if (isPlainObject(value)) return [[value], 'text', 0, true, {}];
  return [null];
}

/** What one mutation does; `pick` chooses among the candidates of its kind. */
export type Mutation = 'drop' | 'null' | 'undefined' | 'retype' | 'arbitrary' | 'hostileKey';
const MUTATIONS: readonly Mutation[] = ['drop', 'null', 'undefined', 'retype', 'retype', 'retype', 'arbitrary', 'hostileKey'];

/**
 * A copy of `args` with the value at `path` dropped, nulled, retyped, pushed out of range, replaced
 * by an arbitrary value, or the object there given a hostile key.
 */
export function mutate(args: readonly unknown[], path: Path, mutation: Mutation, pick: number, arbitrary: unknown): unknown[] {
  const copy = copyPlain(args) as unknown[];
  let parent: unknown = copy;
  for (const step of path.slice(0, -1)) parent = (parent as Record<PropertyKey, unknown>)[step];
  const last = path[path.length - 1]!;
  const holder = parent as Record<PropertyKey, unknown>;
  const current = holder[last];
  switch (mutation) {
    case 'drop':
      if (Array.isArray(holder)) {
        if (pick % 2 === 0 && holder !== copy) holder.splice(Number(last), 1);
        else delete holder[last];
      } else delete holder[last];
      break;
    case 'null':
      define(holder, last, null);
      break;
    case 'undefined':
      define(holder, last, undefined);
      break;
    case 'retype': {
      const options = replacementsFor(current);
      define(holder, last, options[pick % options.length]);
      break;
    }
    case 'arbitrary':
      define(holder, last, arbitrary);
      break;
    case 'hostileKey': {
      // On objects only: JSON gives a list no own keys but its items, and a list with an own
      // `constructor` breaks every built-in list method (Symbol.species), inside any code.
      const target = isPlainObject(current) ? current : isPlainObject(holder) ? holder : undefined;
      const name = HOSTILE_KEYS[pick % HOSTILE_KEYS.length]!;
      if (target === undefined) define(holder, last, null);
      else define(target, name, pick % 3 === 0 ? JSON.parse('{"polluted":true}') : pick % 3 === 1 ? 'x' : current);
      break;
    }
  }
  return copy;
}

/** Near-valid argument lists: a fixture with one (sometimes two) of its values mutated. */
export function nearValid(fixtures: readonly (readonly unknown[])[]): fc.Arbitrary<unknown[]> {
  const withPaths = fixtures.map((fixture) => ({ fixture, paths: pathsOf(fixture) })).filter((each) => each.paths.length > 0);
  if (withPaths.length === 0) return fc.constant([]).map(() => [...(fixtures[0] ?? [])]);
  const one = fc.record({
    at: fc.nat({ max: withPaths.length - 1 }),
    path: fc.nat(),
    mutation: fc.constantFrom(...MUTATIONS),
    pick: fc.nat(),
    arbitrary: anyValue,
  });
  return fc.tuple(one, fc.option(one, { freq: 5 })).map(([first, second]) => {
    const { fixture, paths } = withPaths[first.at]!;
    let args = mutate(fixture, paths[first.path % paths.length]!, first.mutation, first.pick, first.arbitrary);
    if (second !== null) {
      const again = pathsOf(args);
      if (again.length > 0) args = mutate(args, again[second.path % again.length]!, second.mutation, second.pick, second.arbitrary);
    }
    return args;
  });
}

// ── The checks ───────────────────────────────────────────────────────────────────────────────

/**
 * A deep record of a value, to tell whether a call changed it: own enumerable keys, holes (a list's
 * length and keys), prototypes, -0. `seen` ends up holding every object reached.
 */
export function snapshot(value: unknown, seen = new Map<object, number>()): unknown {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    return typeof value === 'number' && Object.is(value, -0) ? '-0' : typeof value === 'bigint' ? `${value}n` : value;
  }
  const known = seen.get(value);
  if (known !== undefined) return { cycle: known };
  seen.set(value, seen.size);
  if (typeof value === 'function') return { function: value };
  if (value instanceof Date) return { date: value.getTime() };
  if (value instanceof Map) return { map: [...value].map(([k, v]) => [snapshot(k, seen), snapshot(v, seen)]) };
  if (value instanceof Set) return { set: [...value].map((v) => snapshot(v, seen)) };
  if (ArrayBuffer.isView(value)) return { view: Array.from(value as unknown as ArrayLike<number>) };
  const prototype: unknown = Object.getPrototypeOf(value);
  const record = value as Record<string, unknown>;
  const keys = Object.keys(value);
  const values = keys.map((name) => snapshot(record[name], seen));
  const kind = prototype === null ? 'null' : prototype === Object.prototype ? 'object' : prototype === Array.prototype ? 'array' : prototype;
  return { kind, length: Array.isArray(value) ? value.length : -1, keys, values };
}

/** Whether two snapshots are equal (NaN equals NaN). */
export function sameSnapshot(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((name) => Object.hasOwn(b, name) && sameSnapshot((a as Record<string, unknown>)[name], (b as Record<string, unknown>)[name]));
}

/**
 * Freezes a value and everything inside it, and returns every object reached: a call that writes to
 * its input then throws a `TypeError` ("Cannot assign to read only property", "object is not
 * extensible"), which the suite reports as a mutated input. One walk, cheaper than comparing copies.
 */
export function freezeAll(value: unknown): Set<object> {
  const reached = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === null || (typeof next !== 'object' && typeof next !== 'function') || reached.has(next)) continue;
    reached.add(next);
    // Lists and plain objects are the caller's data; a class instance (a zod schema, an
    // accumulator, a Date) is the library's own or opaque, and may keep caches of its own.
    if (!Array.isArray(next) && !isPlainObject(next)) continue;
    Object.freeze(next);
    for (const name of Object.keys(next)) stack.push((next as Record<string, unknown>)[name]);
  }
  return reached;
}

/** Whether an error is what writing to a frozen input throws. */
export function isWriteToFrozen(error: unknown): boolean {
  return error instanceof TypeError && /read[- ]only|not extensible|Cannot (add|delete|define) property|object is not extensible|frozen/i.test(error.message);
}

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype, Boolean.prototype] as const;
const BASELINE = PROTOTYPES.map((prototype) => Reflect.ownKeys(prototype).length);

/** The keys a call added to a built-in prototype (removed again, so one finding does not spread). */
export function pollution(): string[] {
  const found: string[] = [];
  PROTOTYPES.forEach((prototype, index) => {
    if (Reflect.ownKeys(prototype).length === BASELINE[index]) return;
    const added = Object.keys(prototype);
    for (const name of added) delete (prototype as unknown as Record<string, unknown>)[name];
    found.push(...added.map((name) => `${['Object', 'Array', 'Function', 'String', 'Number', 'Boolean'][index]}.prototype.${name}`));
  });
  if (({} as Record<string, unknown>)['polluted'] !== undefined) found.push('({}).polluted');
  return found;
}

/** All texts inside a value, joined (for "was that NaN in the input?"). */
export function textsOf(value: unknown): string {
  const texts: string[] = [];
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0 && texts.length < 100_000) {
    const next = stack.pop();
    if (typeof next === 'string') texts.push(next);
    else if (typeof next === 'number' || typeof next === 'bigint') texts.push(String(next));
    else if (next !== null && typeof next === 'object' && !seen.has(next)) {
      seen.add(next);
      for (const name of Object.keys(next)) {
        texts.push(name);
        stack.push((next as Record<string, unknown>)[name]);
      }
    }
  }
  return texts.join('\u0001');
}

const BAD_TEXT = /NaN|undefined|Infinity|\[object |function \(|=> /;

/**
 * What is wrong with a result: a number that is NaN (or ±Infinity unless allowed), or a text that
 * shows `NaN`, `undefined`, `Infinity` or `[object …]` when no input text did. Objects that came
 * from the input are not walked: they are the caller's.
 */
export function badValues(
  result: unknown,
  input: unknown,
  inputObjects: ReadonlySet<object>,
  allowInfinity: boolean,
  { checkTexts = true, ignoreKeys = new Set<string>() }: { readonly checkTexts?: boolean; readonly ignoreKeys?: ReadonlySet<string> } = {},
): string[] {
  const found: string[] = [];
  let inputText: string | undefined;
  const seen = new Set<object>();
  const visit = (value: unknown, path: string, depth: number): void => {
    if (found.length >= 3 || depth > 60) return;
    if (typeof value === 'number') {
      if (Number.isNaN(value)) found.push(`NaN at ${path || '(result)'}`);
      else if (!Number.isFinite(value) && !allowInfinity) found.push(`${value} at ${path || '(result)'}`);
      return;
    }
    if (typeof value === 'string') {
      if (!checkTexts) return;
      const match = BAD_TEXT.exec(value);
      if (match !== null) {
        inputText ??= textsOf(input);
        if (!inputText.includes(match[0])) found.push(`"${match[0]}" in text at ${path}: ${value.slice(0, 160)}`);
      }
      return;
    }
    if (value === null || typeof value !== 'object' || seen.has(value) || inputObjects.has(value)) return;
    seen.add(value);
    if (value instanceof Map) {
      for (const [name, item] of value) visit(item, `${path}.get(${String(name)})`, depth + 1);
      return;
    }
    for (const name of Object.keys(value)) if (!ignoreKeys.has(name)) visit((value as Record<string, unknown>)[name], `${path}.${name}`, depth + 1);
  };
  visit(result, '', 0);
  return found;
}

/** The error classes a function's TSDoc names with `@throws`, read from the sources. */
export function documentedThrows(root: string): ReadonlyMap<string, ReadonlySet<string>> {
  const table = new Map<string, Set<string>>();
  const block = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export\s+(?:declare\s+)?(?:function|class|const)\s+(\w+)/g;
  const throws = /@throws\s+(?:\{@link\s+(\w+)\}|\{(\w+)\}|(\w+))/g;
  const visit = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (name.endsWith('.ts')) {
        const text = readFileSync(path, 'utf8');
        for (const match of text.matchAll(block)) {
          const names = new Set<string>();
          for (const thrown of match[1]!.matchAll(throws)) names.add(thrown[1] ?? thrown[2] ?? thrown[3]!);
          if (names.size > 0) table.set(match[2]!, names);
        }
      }
    }
  };
  visit(root);
  return table;
}

/** The built-in error classes: throwing one of these from inside the library is always a failure. */
export const RAW_ERRORS = new Set(['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError', 'AggregateError', 'InternalError']);
