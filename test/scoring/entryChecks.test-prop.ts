import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import type { InputIssues } from '../../src/core/input';
import { checkLedgerEventShape } from '../../src/scoring/ledgers/checkLedgerRuleShape';
import { checkScoreCardShape } from '../../src/scoring/sheets/checkScoreCardShape';

// The card and event checks read a sound record in one pass of `typeof` tests and make paths and
// messages only for one with a problem: the fast answer, the detailed one and a plain reading of
// the types must agree.

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const optionalText = (x: unknown): boolean => x === undefined || typeof x === 'string';
/** A score card as its type reads, written plainly. */
function isCard(x: unknown): boolean {
  if (!isRecord(x) || typeof x['memberId'] !== 'string' || !Array.isArray(x['entries'])) return false;
  if (x['status'] !== undefined && x['status'] !== 'full' && x['status'] !== 'probationary') return false;
  const entries = x['entries'] as unknown[];
  for (let i = 0; i < entries.length; i += 1) {
    const e = entries[i];
    if (!isRecord(e) || typeof e['sheetId'] !== 'string' || typeof e['itemId'] !== 'string' || typeof e['points'] !== 'number' || !optionalText(e['note'])) return false;
  }
  const vetoes = x['vetoes'];
  if (vetoes === undefined) return true;
  return Array.isArray(vetoes) && Array.from(vetoes).every((v: unknown) => isRecord(v) && typeof v['vetoId'] === 'string' && optionalText(v['note']));
}
const isEvent = (x: unknown): boolean =>
  isRecord(x) && typeof x['itemId'] === 'string' && typeof x['on'] === 'string' && (x['points'] === undefined || typeof x['points'] === 'number') && optionalText(x['note']);

const value = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, 'x', '80', 80, 0.5, Number.NaN, true, 'false', [], {}, 'full', 'probationary', 'retired'),
  fc.anything({ maxDepth: 1 }),
);
const maybe = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | unknown> => fc.oneof({ weight: 4, arbitrary }, { weight: 1, arbitrary: value });
const entry = maybe(
  fc.record(
    { sheetId: maybe(fc.string()), itemId: maybe(fc.string()), points: maybe(fc.double()), note: maybe(fc.string()) },
    { requiredKeys: ['sheetId', 'itemId', 'points'] },
  ),
);
const card = maybe(
  fc.record(
    {
      memberId: maybe(fc.string()),
      status: maybe(fc.constantFrom('full', 'probationary')),
      entries: maybe(fc.array(entry, { maxLength: 4 })),
      vetoes: maybe(fc.array(maybe(fc.record({ vetoId: maybe(fc.string()), note: maybe(fc.string()) }, { requiredKeys: ['vetoId'] })), { maxLength: 2 })),
    },
    { requiredKeys: ['memberId', 'entries'] },
  ),
);

test.prop([card], { numRuns: 2000 })('a card passes exactly when its type says it is one, and then its detailed check finds nothing', (input) => {
  const issues: InputIssues = [];
  const sound = checkScoreCardShape(input, [], issues);
  expect(sound).toBe(issues.length === 0);
  expect(sound).toBe(isCard(input));
  for (const issue of issues) expect(issue.code.startsWith('input.')).toBe(true);
});

const event = maybe(
  fc.record({ itemId: maybe(fc.string()), on: maybe(fc.string()), points: maybe(fc.double()), note: maybe(fc.string()) }, { requiredKeys: ['itemId', 'on'] }),
);

test.prop([event], { numRuns: 2000 })('a ledger event is read exactly when its type says it is one, and then its detailed check finds nothing', (input) => {
  const issues: InputIssues = [];
  const readable = checkLedgerEventShape(input, ['events', 0], issues);
  expect(readable).toBe(issues.length === 0);
  expect(readable).toBe(isEvent(input));
});
