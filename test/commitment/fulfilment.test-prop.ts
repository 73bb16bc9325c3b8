import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { fulfilment, type Commitment, type CommitmentItem } from '../../src/commitment';
import { addDays, isoDate, type IsoDate } from '../../src/schedule';
import { deepFreeze } from '../_helpers/deepFreeze';

const origin = isoDate('2010-06-01');
const day = fc.integer({ min: 0, max: 720 }).map((offset): IsoDate => addDays(origin, offset));

const itemArb = fc.record({
  due: day,
  status: fc.constantFrom('pending', 'inProgress', 'fulfilled') as fc.Arbitrary<CommitmentItem['status']>,
  fulfilledOn: fc.option(day, { nil: undefined }),
});

const commitmentsArb = fc
  .array(
    fc.record({
      level: fc.constantFrom('branch', 'group', 'member') as fc.Arbitrary<Commitment['level']>,
      maker: fc.integer({ min: 0, max: 4 }),
      items: fc.array(itemArb, { maxLength: 6 }),
    }),
    { maxLength: 12 },
  )
  .map((list) =>
    list.map(
      ({ level, maker, items }, index): Commitment => ({
        id: `c${index}`,
        level,
        makerId: `maker${maker}`,
        audiences: [],
        items: items.map(({ due, status, fulfilledOn }, position) => ({
          id: `c${index}-${position}`,
          title: '事项',
          due,
          status,
          ...(fulfilledOn === undefined ? {} : { fulfilledOn }),
        })),
      }),
    ),
  );

const inUnitInterval = (value: number | null) => value === null || (value >= 0 && value <= 1);

test.prop([commitmentsArb, day])('践诺率 lies in [0, 1] at every level and for every maker', (commitments, asOf) => {
  const result = fulfilment(deepFreeze(commitments), asOf);
  expect(inUnitInterval(result.overall.rate.value)).toBe(true);
  for (const tally of Object.values(result.byLevel)) expect(inUnitInterval(tally.rate.value)).toBe(true);
  for (const maker of result.byMaker) expect(inUnitInterval(maker.tally.rate.value)).toBe(true);
});

test.prop([commitmentsArb, day, fc.func(fc.integer())])(
  'the tallies and lists do not depend on the order of commitments or items',
  (commitments, asOf, shuffleKey) => {
    const shuffle = <T>(list: readonly T[]) =>
      list.map((value, index) => ({ value, key: shuffleKey(index) })).sort((a, b) => a.key - b.key).map(({ value }) => value);
    const shuffled = shuffle(commitments).map((commitment) => ({ ...commitment, items: shuffle(commitment.items) }));
    const { issues: _a, ...original } = fulfilment(commitments, asOf);
    const { issues: _b, ...reordered } = fulfilment(shuffled, asOf);
    expect(reordered).toEqual(original);
  },
);

test.prop([commitmentsArb, day])('every item is counted once: fulfilled, overdue or not yet due', (commitments, asOf) => {
  const { overall, byLevel } = fulfilment(commitments, asOf);
  expect(overall.fulfilled + overall.overdue + overall.notYetDue).toBe(overall.items);
  expect(byLevel.branch.items + byLevel.group.items + byLevel.member.items).toBe(overall.items);
});
