import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { addDays, checkCadence, isoDate, type CadenceRule, type CadenceUnit, type PartialPeriodPolicy } from '../../src/schedule';
import { deepFreeze } from '../_helpers/deepFreeze';

const origin = isoDate('2011-11-01');
const day = fc.integer({ min: 0, max: 900 }).map((offset) => addDays(origin, offset));
const kinds = ['a', 'b', 'c'] as const;
const units: readonly CadenceUnit[] = ['month', 'quarter', 'halfYear', 'semester', 'year'];
const rules = fc.array(
  fc.record({ kind: fc.constantFrom(...kinds), every: fc.constantFrom(...units), atLeast: fc.integer({ min: 1, max: 4 }) }),
  { minLength: 1, maxLength: 5 },
).map((list) => list.map((entry, index): CadenceRule => ({ ...entry, id: `r${index}`, label: { 'zh-CN': `规则${index}`, en: `Rule ${index}` }, source: 'test' })));
const events = fc.array(fc.record({ kind: fc.constantFrom(...kinds, 'other'), date: day }), { maxLength: 60 });
const period = fc.tuple(day, day).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a }));
const policy = fc.constantFrom<PartialPeriodPolicy>('prorate', 'full', 'exempt');

test.prop([events, rules, period, policy])('each rule’s counts add up to its events inside the period, each counted once', (list, ruleList, range, partialPeriods) => {
  const report = checkCadence(deepFreeze(list), deepFreeze(ruleList), range, { partialPeriods });
  report.rules.forEach((compliance) => {
    const inside = list.filter((event) => event.kind === compliance.rule.kind && range.start <= event.date && event.date <= range.end).length;
    const counted = compliance.periods.flatMap((entry) => entry.eventIndices);
    expect(compliance.periods.reduce((sum, entry) => sum + entry.count, 0) + compliance.uncounted.length).toBe(inside);
    expect(compliance.count).toBe(inside);
    expect(new Set(counted).size).toBe(counted.length);
  });
});

test.prop([rules, period, policy])('the periods tile the checked period without gaps or overlaps', (ruleList, range, partialPeriods) => {
  const report = checkCadence([], ruleList, range, { partialPeriods });
  for (const compliance of report.rules) {
    const periods = compliance.periods;
    expect(periods[0]?.start).toBe(range.start);
    expect(periods.at(-1)?.end).toBe(range.end);
    periods.slice(1).forEach((entry, index) => expect(entry.start).toBe(addDays(periods[index]!.end, 1)));
    for (const entry of periods) {
      expect(entry.required).toBeLessThanOrEqual(compliance.rule.atLeast);
      expect(entry.partial).toBe(entry.days < entry.periodDays);
      if (!entry.partial) expect(entry.required).toBe(compliance.rule.atLeast);
    }
  }
});

test.prop([events, rules, period])('shortfalls in the issues are exactly the short periods', (list, ruleList, range) => {
  const report = checkCadence(list, ruleList, range);
  const short = report.rules.flatMap((compliance) => compliance.periods.filter((entry) => entry.shortfall > 0));
  expect(report.issues.filter((issue) => issue.code === 'cadence.shortfall')).toHaveLength(short.length);
  for (const compliance of report.rules) expect(compliance.met).toBe(compliance.periods.every((entry) => entry.count >= entry.required));
});
