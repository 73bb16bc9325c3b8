import { compareText } from '../core/compareText';
import type { Issue } from '../core/issue';
import { createIssue } from '../core/message';
import { daysBetween, type IsoDate } from '../core/isoDate';
import { COMMITMENT_LEVELS } from './labels';
import { COMMITMENT_MESSAGES, type CommitmentIssueCode } from './messages';
import type { Commitment, CommitmentLevel, Fulfilment, FulfilmentTally, LateItem, MakerFulfilment } from './types';

/** Where one item stands on the day of the tally. */
type Standing = 'fulfilled' | 'fulfilledLate' | 'overdue' | 'notYetDue';

interface Counts {
  items: number;
  fulfilled: number;
  fulfilledLate: number;
  overdue: number;
  notYetDue: number;
}

const emptyCounts = (): Counts => ({ items: 0, fulfilled: 0, fulfilledLate: 0, overdue: 0, notYetDue: 0 });

function count(counts: Counts, standing: Standing): void {
  counts.items += 1;
  if (standing === 'fulfilled' || standing === 'fulfilledLate') counts.fulfilled += 1;
  if (standing === 'fulfilledLate') counts.fulfilledLate += 1;
  if (standing === 'overdue') counts.overdue += 1;
  if (standing === 'notYetDue') counts.notYetDue += 1;
}

function tallyOf(counts: Counts): FulfilmentTally {
  const denominator = counts.fulfilled + counts.overdue;
  return {
    ...counts,
    rate: { numerator: counts.fulfilled, denominator, value: denominator === 0 ? null : counts.fulfilled / denominator },
  };
}

const byLateness = (a: LateItem, b: LateItem): number =>
  b.daysLate - a.daysLate || compareText(a.commitmentId, b.commitmentId) || compareText(a.itemId, b.itemId);

/**
 * 践诺: how the commitments stand on `asOf` — the rate by level, by maker and overall, the items
 * overdue and the items fulfilled late.
 *
 * An item is *fulfilled* if it is marked `'fulfilled'` with a `fulfilledOn` on or before `asOf`
 * (a later date is in the future of the tally, so the item is not yet fulfilled), and *fulfilled
 * late* if that date is after `due`. An item not fulfilled is *overdue* once `asOf` is after `due`
 * (the deadline day itself is still in time), and *not yet due* before that.
 *
 * 践诺率 is `fulfilled / (fulfilled + overdue)`: an item still within its deadline counts neither
 * for nor against the maker, so a rate taken in March does not punish promises due in June. The
 * rate is exact (its two counts are returned); `value` is `null` when nothing is settled yet.
 *
 * Reported, not guessed: an item marked fulfilled without a date counts as fulfilled on time
 * (`commitment.fulfilledWithoutDate`, a warning); a date on an item not marked fulfilled is
 * ignored (`commitment.dateWithoutFulfilment`).
 *
 * @param commitments - the commitments, in any order: the result does not depend on it. Not modified.
 * @param asOf - the day of the tally.
 * @returns the tallies, the overdue and late items (most days late first), and the issues.
 *
 * @example
 * ```ts
 * import { fulfilment } from 'cxzy/commitment';
 * import { isoDate } from 'cxzy/schedule';
 * const result = fulfilment(
 *   [{ id: 'm06-2010', level: 'member', makerId: 'm06', audiences: ['group', 'masses'], items: [
 *     { id: 'a', title: '上一节示范课', due: isoDate('2010-12-31'), status: 'fulfilled', fulfilledOn: isoDate('2011-01-05') },
 *     { id: 'b', title: '结对帮扶两名学困生', due: isoDate('2011-01-31'), status: 'inProgress' },
 *     { id: 'c', title: '撰写教学案例', due: isoDate('2011-06-30'), status: 'pending' },
 *   ] }],
 *   isoDate('2011-03-01'),
 * );
 * result.overall.rate; // { numerator: 1, denominator: 2, value: 0.5 }
 * result.byLevel.member.notYetDue; // 1
 * result.overdue.map((item) => [item.itemId, item.daysLate]); // [['b', 29]]
 * result.fulfilledLate.map((item) => [item.itemId, item.daysLate]); // [['a', 5]]
 * ```
 */
export function fulfilment(commitments: readonly Commitment[], asOf: IsoDate): Fulfilment {
  const issues: Issue<CommitmentIssueCode>[] = [];
  const overall = emptyCounts();
  const byLevel: Record<CommitmentLevel, Counts> = { branch: emptyCounts(), group: emptyCounts(), member: emptyCounts() };
  const byMaker = new Map<string, { level: CommitmentLevel; makerId: string; counts: Counts }>();
  const overdue: LateItem[] = [];
  const fulfilledLate: LateItem[] = [];

  commitments.forEach((commitment, commitmentIndex) => {
    const makerKey = `${commitment.level}\u0000${commitment.makerId}`;
    let maker = byMaker.get(makerKey);
    if (maker === undefined) {
      maker = { level: commitment.level, makerId: commitment.makerId, counts: emptyCounts() };
      byMaker.set(makerKey, maker);
    }
    commitment.items.forEach((item, itemIndex) => {
      const path = [commitmentIndex, 'items', itemIndex, 'fulfilledOn'];
      const located = {
        commitmentId: commitment.id,
        itemId: item.id,
        level: commitment.level,
        makerId: commitment.makerId,
        title: item.title,
        due: item.due,
      };
      let standing: Standing;
      if (item.status === 'fulfilled' && item.fulfilledOn === undefined) {
        issues.push(createIssue(COMMITMENT_MESSAGES, 'commitment.fulfilledWithoutDate', 'warning', path, { itemId: item.id }));
        standing = 'fulfilled';
      } else if (item.status === 'fulfilled' && item.fulfilledOn !== undefined && item.fulfilledOn <= asOf) {
        const daysLate = daysBetween(item.fulfilledOn, item.due);
        standing = daysLate > 0 ? 'fulfilledLate' : 'fulfilled';
        if (daysLate > 0) fulfilledLate.push({ ...located, fulfilledOn: item.fulfilledOn, daysLate });
      } else {
        if (item.status !== 'fulfilled' && item.fulfilledOn !== undefined) {
          issues.push(
            createIssue(COMMITMENT_MESSAGES, 'commitment.dateWithoutFulfilment', 'warning', path, {
              itemId: item.id,
              fulfilledOn: item.fulfilledOn,
            }),
          );
        }
        standing = asOf > item.due ? 'overdue' : 'notYetDue';
        if (standing === 'overdue') overdue.push({ ...located, daysLate: daysBetween(asOf, item.due) });
      }
      count(overall, standing);
      count(byLevel[commitment.level], standing);
      count(maker.counts, standing);
    });
  });

  const makers: MakerFulfilment[] = [...byMaker.values()]
    .sort(
      (a, b) =>
        COMMITMENT_LEVELS.indexOf(a.level) - COMMITMENT_LEVELS.indexOf(b.level) || compareText(a.makerId, b.makerId),
    )
    .map(({ level, makerId, counts }) => ({ level, makerId, tally: tallyOf(counts) }));

  return {
    asOf,
    overall: tallyOf(overall),
    byLevel: { branch: tallyOf(byLevel.branch), group: tallyOf(byLevel.group), member: tallyOf(byLevel.member) },
    byMaker: makers,
    overdue: overdue.sort(byLateness),
    fulfilledLate: fulfilledLate.sort(byLateness),
    issues,
  };
}
