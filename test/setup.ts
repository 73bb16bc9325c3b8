import { afterEach, beforeEach, expect, vi } from 'vitest';

/**
 * The library never writes to the console: a test fails on any console output during it.
 */
const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;

beforeEach(() => {
  for (const method of METHODS) vi.spyOn(console, method);
});

afterEach(() => {
  for (const method of METHODS) {
    const spy = console[method] as unknown as { mock: { calls: unknown[][] } };
    expect(spy.mock.calls, `console.${method} was called`).toEqual([]);
  }
  vi.restoreAllMocks();
});
