import { compareText } from '../core/_compareText';
import { expectList, type InputIssueCode, type InputIssues } from '../core/input';
import type { Issue } from '../core/issue';
import { expectDate, isCommitment } from './checkCommitmentShape';
import { createIssue } from '../core/message';
import { daysBetween, type IsoDate } from '../core/isoDate';
import { rateOf, type Rate } from '../core/rate';
import { COMMITMENT_LEVELS } from './types';
import { COMMITMENT_MESSAGES, type CommitmentIssueCode } from './messages';
import type { Commitment, CommitmentLevel } from './types';

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
 * ignored (`commitment.dateWithoutFulfilment`). A commitment whose level is not one of
 * {@link COMMITMENT_LEVELS} (from JSON not parsed first) is left out of every tally
 * (`commitment.unknownLevel`, an error).
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
  const input: InputIssues = [];
  const listed = expectList(commitments, [], input);
  const dated = expectDate(asOf, ['asOf'], input);
  const issues = input as Issue<CommitmentIssueCode | InputIssueCode>[];
  const usable = listed && dated ? commitments.map((commitment, index) => isCommitment(commitment, [index], input, false)) : [];
  const overall = emptyCounts();
  const byLevel: Record<CommitmentLevel, Counts> = { branch: emptyCounts(), group: emptyCounts(), member: emptyCounts() };
  const byMaker = new Map<string, { level: CommitmentLevel; makerId: string; counts: Counts }>();
  const overdue: LateItem[] = [];
  const fulfilledLate: LateItem[] = [];

  (usable.length === 0 ? [] : commitments).forEach((commitment, commitmentIndex) => {
    if (usable[commitmentIndex] !== true) return;
    // A level from unparsed JSON may be anything, `"__proto__"` included: never index by it unchecked.
    if (!(COMMITMENT_LEVELS as readonly string[]).includes(commitment.level)) {
      issues.push(
        createIssue(COMMITMENT_MESSAGES, 'commitment.unknownLevel', 'error', [commitmentIndex, 'level'], {
          commitmentId: String(commitment.id),
          level: String(commitment.level),
        }),
      );
      return;
    }
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
    asOf: typeof asOf === 'string' ? asOf : ('' as IsoDate),
    overall: tallyOf(overall),
    byLevel: { branch: tallyOf(byLevel.branch), group: tallyOf(byLevel.group), member: tallyOf(byLevel.member) },
    byMaker: makers,
    overdue: overdue.sort(byLateness),
    fulfilledLate: fulfilledLate.sort(byLateness),
    issues,
  };
}

/**
 * The counts behind a 践诺率, for a level, a maker or the whole set, as of a date.
 *
 * @example
 * ```ts
 * import type { FulfilmentTally } from 'cxzy/commitment';
 * const tally: FulfilmentTally = {
 *   items: 5, fulfilled: 3, fulfilledLate: 1, overdue: 1, notYetDue: 1,
 *   rate: { numerator: 3, denominator: 4, value: 0.75 },
 * };
 * ```
 */
export interface FulfilmentTally {
  /** Every item counted. */
  readonly items: number;
  /** Items fulfilled on or before the date of the tally. */
  readonly fulfilled: number;
  /** Of `fulfilled`, those fulfilled after their deadline. */
  readonly fulfilledLate: number;
  /** Items not fulfilled whose deadline has passed. */
  readonly overdue: number;
  /** Items not fulfilled whose deadline has not passed: they count neither for nor against. */
  readonly notYetDue: number;
  /** 践诺率: `fulfilled / (fulfilled + overdue)`, exact. */
  readonly rate: Rate;
}

/**
 * The tally of one maker: a branch, a group or a member.
 *
 * @example
 * ```ts
 * import type { MakerFulfilment } from 'cxzy/commitment';
 * const maker: MakerFulfilment = {
 *   level: 'member', makerId: 'm06',
 *   tally: { items: 1, fulfilled: 1, fulfilledLate: 0, overdue: 0, notYetDue: 0, rate: { numerator: 1, denominator: 1, value: 1 } },
 * };
 * ```
 */
export interface MakerFulfilment {
  /** The maker's level. */
  readonly level: CommitmentLevel;
  /** The maker's id. */
  readonly makerId: string;
  /** The maker's counts over all its commitments. */
  readonly tally: FulfilmentTally;
}

/**
 * An item located in its commitment, with how late it is or was.
 *
 * @example
 * ```ts
 * import { isoDate } from 'cxzy/schedule';
 * import type { LateItem } from 'cxzy/commitment';
 * const late: LateItem = {
 *   commitmentId: 'm06-2010', itemId: 'm06-1', level: 'member', makerId: 'm06', title: '结对帮扶两名学困生',
 *   due: isoDate('2010-12-31'), daysLate: 5,
 * };
 * ```
 */
export interface LateItem {
  /** The commitment that holds the item. */
  readonly commitmentId: string;
  /** The item's id. */
  readonly itemId: string;
  /** The level of the commitment. */
  readonly level: CommitmentLevel;
  /** Who made the commitment. */
  readonly makerId: string;
  /** The item's title. */
  readonly title: string;
  /** Its deadline. */
  readonly due: IsoDate;
  /** The day it was fulfilled, for an item fulfilled late; absent for an overdue item. */
  readonly fulfilledOn?: IsoDate;
  /** Days past the deadline: to the date of the tally if overdue, to `fulfilledOn` if fulfilled late. */
  readonly daysLate: number;
}

/**
 * What {@link fulfilment} returns: 践诺 as of a date, overall, by level and by maker, with the
 * items overdue and those fulfilled late.
 *
 * @example
 * ```ts
 * import { fulfilment, type Fulfilment } from 'cxzy/commitment';
 * import { isoDate } from 'cxzy/schedule';
 * const result: Fulfilment = fulfilment([], isoDate('2011-06-30'));
 * result.overall.rate.value; // null
 * ```
 */
export interface Fulfilment {
  /** The date the tally is taken on. */
  readonly asOf: IsoDate;
  /** Every item of every commitment. */
  readonly overall: FulfilmentTally;
  /** Items of the branch, group and member commitments. */
  readonly byLevel: Readonly<Record<CommitmentLevel, FulfilmentTally>>;
  /** One tally per maker, ordered by level (branch, group, member), then maker id. */
  readonly byMaker: readonly MakerFulfilment[];
  /** Items not fulfilled past their deadline, most overdue first. */
  readonly overdue: readonly LateItem[];
  /** Items fulfilled after their deadline, latest first. */
  readonly fulfilledLate: readonly LateItem[];
  /**
   * Inconsistent items (fulfilled without a date, or a date on an item not fulfilled) and
   * commitments of an unknown level; and `input.*` issues for a commitment not shaped as
   * `Commitment` says (path `[2, 'items', 0, 'due']`, left out of the tallies), for `commitments`
   * that is not a list (path `[]`) or `asOf` that is not a `YYYY-MM-DD` date (`['asOf']`): then
   * nothing is counted and `asOf` is `''` unless it was text.
   */
  readonly issues: readonly Issue<CommitmentIssueCode | InputIssueCode>[];
}

/**
 * 践诺率 as {@link FulfilmentTally} gives it: items fulfilled out of items settled (fulfilled, or
 * past their deadline), exact.
 *
 * @deprecated Use Rate: one rate type serves 践诺率, 整改完成率 and evaluation coverage.
 *
 * @example
 * ```ts
 * import type { FulfilmentRate, Rate } from 'cxzy/commitment';
 * const rate: FulfilmentRate = { numerator: 3, denominator: 4, value: 0.75 };
 * const same: Rate = rate;
 * same.value; // 0.75
 * ```
 */
export type FulfilmentRate = Rate;

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
  return { ...counts, rate: rateOf(counts.fulfilled, counts.fulfilled + counts.overdue) };
}

const byLateness = (a: LateItem, b: LateItem): number =>
  b.daysLate - a.daysLate || compareText(a.commitmentId, b.commitmentId) || compareText(a.itemId, b.itemId);
