import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { rectificationStatus, rectifyUnqualified, type RectificationItem } from '../../src/rectification';
import { addDays, daysBetween, isoDate, type IsoDate } from '../../src/schedule';
import { deepFreeze } from '../_helpers/deepFreeze';

const origin = isoDate('2010-06-01');
const day = fc.integer({ min: 0, max: 1_000 }).map((offset): IsoDate => addDays(origin, offset));

const itemsArb = fc.array(
  fc.record({
    due: day,
    status: fc.constantFrom('open', 'inProgress', 'completed') as fc.Arbitrary<RectificationItem['status']>,
    completedOn: fc.option(day, { nil: undefined }),
    processDisclosed: fc.boolean(),
    resultDisclosed: fc.boolean(),
    verification: fc.option(fc.record({ on: day, passed: fc.boolean() }), { nil: undefined }),
  }),
  { maxLength: 30 },
).map((list) =>
  list.map(({ completedOn, verification, ...rest }, index): RectificationItem => ({
    id: `r${index}`,
    problem: '问题',
    source: 'massOpinion',
    measure: '措施',
    target: '目标',
    ownerId: 'm01',
    ...rest,
    ...(completedOn === undefined ? {} : { completedOn }),
    ...(verification === undefined ? {} : { verification: { ...verification, verifierId: 'm01' } }),
  })),
);

test.prop([itemsArb, day])('整改完成率 lies in [0, 1], and every item is completed or open', (items, asOf) => {
  const report = rectificationStatus(deepFreeze(items), asOf);
  const { value } = report.completionRate;
  expect(value === null || (value >= 0 && value <= 1)).toBe(true);
  expect(report.completed + report.openIds.length).toBe(report.total);
  for (const overdue of report.overdue) expect(report.openIds).toContain(overdue.itemId);
});

test.prop([itemsArb, day])('the counts do not depend on the order of items', (items, asOf) => {
  const forward = rectificationStatus(items, asOf);
  const backward = rectificationStatus([...items].reverse(), asOf);
  expect(backward.completionRate).toEqual(forward.completionRate);
  expect(backward.overdue).toEqual(forward.overdue);
  expect(new Set(backward.undisclosed.map((each) => each.itemId))).toEqual(new Set(forward.undisclosed.map((each) => each.itemId)));
});

test.prop([day, fc.integer({ min: 1, max: 12 })])('限期改正 ends within a year, after the day it is decided', (decidedOn, months) => {
  const { item } = rectifyUnqualified({ memberId: 'm', tier: 'unqualified' }, decidedOn, { months });
  expect(item).toBeDefined();
  const length = daysBetween(item!.due, decidedOn);
  expect(length).toBeGreaterThanOrEqual(28 * months);
  expect(length).toBeLessThanOrEqual(366);
});
