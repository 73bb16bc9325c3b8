/**
 * Runs one export under the fuzz checks and counts what happened. A failure is recorded, not
 * thrown, so one run lists every kind of failure of every export; the test then asserts there
 * were none and prints the list.
 */
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { badValues, freezeAll, isWriteToFrozen, pollution, RAW_ERRORS } from './_harness';

/** How an export is called and what it may do beyond returning. */
export interface Target {
  readonly name: string;
  /** Calls the export with one argument list. */
  readonly call: (args: readonly unknown[]) => unknown;
  /** The error classes it documents with `@throws` that are named library classes, by name. */
  readonly mayThrow: ReadonlySet<string>;
  /** The library's error classes by name (a thrown error must be an instance of one). */
  readonly errorClasses: ReadonlyMap<string, abstract new (...args: never[]) => Error>;
  readonly allowInfinity?: boolean;
  /** Texts are not checked for `NaN`, `undefined`, … (zod's own messages are for developers). */
  readonly checkTexts?: boolean;
  /** Keys whose values are the caller's own, handed back (`rank`'s `item`). */
  readonly ignoreKeys?: ReadonlySet<string>;
}

/** What one export did over a run. */
export interface Tally {
  readonly name: string;
  calls: number;
  arbitrary: number;
  nearValid: number;
  returned: number;
  threw: Record<string, number>;
  failures: number;
  slowestMs: number;
  /** Calls over 250 ms: listed in the findings, not failures (the machine may be busy). */
  slow: { input: string; ms: number }[];
  readonly findings: Map<string, { input: string; detail: string; count: number }>;
}

export function newTally(name: string): Tally {
  return { name, calls: 0, arbitrary: 0, nearValid: 0, returned: 0, threw: {}, failures: 0, slowestMs: 0, slow: [], findings: new Map() };
}

function record(tally: Tally, kind: string, args: readonly unknown[], detail: string): void {
  tally.failures += 1;
  const shown = show(args);
  const known = tally.findings.get(kind);
  if (known === undefined) tally.findings.set(kind, { input: shown, detail, count: 1 });
  else {
    known.count += 1;
    if (shown.length < known.input.length) {
      known.input = shown;
      known.detail = detail;
    }
  }
}

/**
 * A value written out for a reader, as fast-check writes values (NaN, -0, holes, `__proto__` keys),
 * cut at depth 8 and about 600 characters so that huge and deep values stay readable.
 */
export function show(value: unknown): string {
  let budget = 600;
  const write = (item: unknown, depth: number): string => {
    if (budget <= 0) return '…';
    let text: string;
    if (Array.isArray(item)) {
      if (depth > 8) text = '[…]';
      else {
        const keys = Object.keys(item);
        const dense = keys.length === item.length;
        const parts: string[] = [];
        for (const name of keys.slice(0, 20)) {
          if (budget <= 0) break;
          parts.push(dense ? write(item[Number(name)], depth + 1) : `${name}: ${write(item[Number(name)], depth + 1)}`);
        }
        if (keys.length > 20) parts.push(`… ${keys.length - 20} more`);
        text = dense ? `[${parts.join(',')}]` : `[length ${item.length}, ${parts.join(', ')}]`;
      }
    } else if (item !== null && typeof item === 'object' && !(item instanceof Date) && Object.getPrototypeOf(item) !== null && Object.getPrototypeOf(item) !== Object.prototype) {
      text = `<${item.constructor?.name ?? 'object'}>`;
    } else if (item !== null && typeof item === 'object' && !(item instanceof Date)) {
      if (depth > 8) text = '{…}';
      else {
        const keys = Object.keys(item);
        const parts: string[] = Object.getPrototypeOf(item) === null ? ['__proto__:null'] : [];
        for (const name of keys.slice(0, 20)) {
          if (budget <= 0) break;
          parts.push(`${name === '__proto__' ? '["__proto__"]' : JSON.stringify(name)}:${write((item as Record<string, unknown>)[name], depth + 1)}`);
        }
        if (keys.length > 20) parts.push(`… ${keys.length - 20} more`);
        text = `{${parts.join(',')}}`;
      }
    } else if (typeof item === 'string') {
      text = item.length > 80 ? `${JSON.stringify(item.slice(0, 40))}… (${item.length} characters)` : JSON.stringify(item);
    } else text = typeof item === 'function' ? '<function>' : fc.stringify(item);
    budget -= text.length;
    return text;
  };
  return write(value, 0);
}

/** One call with every check. */
export function probe(target: Target, tally: Tally, args: readonly unknown[]): void {
  tally.calls += 1;
  if (process.env["FUZZ_TRACE"]) process.stderr.write(`${target.name} ${show(args).slice(0, 200)}\n`);
  const inputObjects = freezeAll(args);
  let result: unknown;
  let threw = false;
  const started = performance.now();
  try {
    result = target.call(args);
  } catch (error) {
    threw = true;
    const name = error instanceof Error ? error.name : typeof error;
    tally.threw[name] = (tally.threw[name] ?? 0) + 1;
    const named = target.errorClasses.get(name);
    const allowed = !RAW_ERRORS.has(name) && target.mayThrow.has(name) && named !== undefined && error instanceof named;
    if (isWriteToFrozen(error)) record(tally, 'mutated its input', args, error instanceof Error ? error.message : String(error));
    else if (!allowed) {
      const message = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 200) : String(error);
      const where = error instanceof Error ? (error.stack ?? '').split('\n').find((line) => line.includes('/src/'))?.trim() ?? '' : '';
      record(tally, `throws ${name}: ${message.replace(/\d+(\.\d+)?/g, 'N').slice(0, 80)}`, args, `${name}: ${message} ${where}`);
    }
  }
  const elapsed = performance.now() - started;
  if (elapsed > tally.slowestMs) tally.slowestMs = elapsed;
  if (elapsed > 250 && tally.slow.length < 3) tally.slow.push({ input: show(args), ms: elapsed });
  if (!threw) {
    tally.returned += 1;
    const bad = badValues(result, args, inputObjects, target.allowInfinity === true, {
      checkTexts: target.checkTexts ?? true,
      ignoreKeys: target.ignoreKeys ?? new Set(),
    });
    if (bad.length > 0) record(tally, `bad value in result: ${bad[0]!.replace(/\[\d+\]|\.\d+\b/g, '.N').slice(0, 100)}`, args, bad.join('; '));
  }
  const polluted = pollution();
  if (polluted.length > 0) record(tally, `prototype pollution: ${polluted.join(', ')}`, args, polluted.join(', '));
}

/** Runs `runs` argument lists from `args` through `probe`. */
export function fuzz(target: Target, tally: Tally, args: fc.Arbitrary<readonly unknown[]>, runs: number, kind: 'arbitrary' | 'nearValid', seed: number): void {
  if (runs <= 0) return;
  fc.assert(
    fc.property(args, (each) => {
      probe(target, tally, each);
      tally[kind] += 1;
    }),
    { numRuns: runs, seed, endOnFailure: true },
  );
}

/** The per-export table and totals, as printed at the end of a run. */
export function report(title: string, tallies: readonly Tally[]): string {
  const lines = [`${title}`, 'export                               calls  arbitrary  near-valid  returned  threw (named)                  failures  slowest'];
  for (const tally of tallies) {
    const threw = Object.entries(tally.threw).map(([name, count]) => `${name} ${count}`).join(', ') || '-';
    lines.push(
      `${tally.name.padEnd(36)} ${String(tally.calls).padStart(6)} ${String(tally.arbitrary).padStart(10)} ${String(tally.nearValid).padStart(11)} ${String(tally.returned).padStart(9)}  ${threw.slice(0, 30).padEnd(30)} ${String(tally.failures).padStart(8)}  ${tally.slowestMs.toFixed(1)} ms`,
    );
  }
  const sum = (pick: (tally: Tally) => number): number => tallies.reduce((total, tally) => total + pick(tally), 0);
  lines.push(`total: ${tallies.length} exports, ${sum((t) => t.calls)} calls (${sum((t) => t.arbitrary)} arbitrary, ${sum((t) => t.nearValid)} near-valid), ${sum((t) => t.failures)} failures`);
  return lines.join('\n');
}

/** The failures, one section per export: its input (fast-check notation) and what went wrong. */
export function findings(title: string, tallies: readonly Tally[]): string {
  const lines = [`## ${title}`, ''];
  for (const tally of tallies) {
    if (tally.findings.size === 0 && tally.slow.length === 0) continue;
    lines.push(`### ${tally.name}`, '');
    for (const slow of tally.slow) lines.push(`- slow call (${slow.ms.toFixed(0)} ms; not a failure): \`${slow.input.replace(/`/g, "'")}\``);
    for (const [kind, finding] of tally.findings) {
      lines.push(`- **${kind}** (${finding.count}×)`, `  - input: \`${finding.input.replace(/`/g, "'")}\``, `  - error: ${finding.detail}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Writes the findings where `FUZZ_FINDINGS` says (a file path), when it is set. */
export function writeFindings(part: string, text: string): void {
  const target = process.env['FUZZ_FINDINGS'];
  if (target !== undefined && target !== '') writeFileSync(`${target}.${part}.md`, text);
}

/** The library's error classes among the exports, by name. */
export function errorClassesOf(...modules: readonly Readonly<Record<string, unknown>>[]): Map<string, abstract new (...args: never[]) => Error> {
  const classes = new Map<string, abstract new (...args: never[]) => Error>();
  for (const module of modules) {
    for (const [name, value] of Object.entries(module)) {
      if (typeof value === 'function' && value.prototype instanceof Error) classes.set(name, value as abstract new (...args: never[]) => Error);
    }
  }
  return classes;
}

/** Snapshots of every exported constant, to prove at the end that no call changed one. */
export function constantsOf(...modules: readonly Readonly<Record<string, unknown>>[]): Map<string, unknown> {
  const constants = new Map<string, unknown>();
  modules.forEach((module, index) => {
    for (const [name, value] of Object.entries(module)) if (typeof value === 'object' && value !== null) constants.set(`${index}:${name}`, value);
  });
  return constants;
}
