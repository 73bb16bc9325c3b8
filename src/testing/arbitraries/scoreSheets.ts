import { SCORE_ITEM_KINDS, type ScoreCard, type ScoreItem, type ScoreSheet } from '../../scoring/sheets/types';
import { assertInput, expectNumber, expectText, type InputIssues } from '../../core/input';
import { checkScoreSheetsShape } from '../../scoring/sheets/checkScoreSheetsShape';
import { roundHundredths } from '../../scoring/_hundredths';
import { hundredths, ids, type Arbitrary, type FastCheck } from './_fc';
import { lengthRange, readOptions } from './_options';

/**
 * Score sheets (目标管理责任书, 党风廉政建设责任书 …): distinct sheet ids, items with ids distinct
 * within their sheet, a kind and a maximum of at most two decimals. `parseScoreSheets` accepts
 * every list, and `assessMember` finds nothing wrong with the sheets.
 *
 * @param fc - your fast-check.
 * @param options - how many sheets and items.
 * @returns the arbitrary.
 */
export function arbitraryScoreSheets(fc: FastCheck, options: ScoreSheetsOptions = {}): Arbitrary<readonly ScoreSheet[]> {
  const { counts } = readOptions(options, { minLength: [1, 0, 50], maxLength: [3, 0, 50], maxItems: [6, 1, 200] });
  const { minLength, maxLength } = lengthRange(counts);
  const item = (id: string): Arbitrary<ScoreItem> =>
    fc.record({ id: fc.constant(id), title: fc.constantFrom(...ITEM_TITLES), kind: fc.constantFrom(...SCORE_ITEM_KINDS), maxPoints: hundredths(fc, 0, 5000) });
  return ids(fc, 's', minLength, maxLength).chain((sheetIds) =>
    fc.tuple(
      ...sheetIds.map((id, index) =>
        ids(fc, 'i', 1, counts['maxItems']!).chain((itemIds) =>
          fc.record({ id: fc.constant(id), title: fc.constant(SHEET_TITLES[index % SHEET_TITLES.length]!), items: fc.tuple(...itemIds.map(item)) }),
        ),
      ),
    ),
  );
}

/**
 * A member's score card on given sheets: one entry for every item of every sheet, each with points
 * from 0 to the item's maximum in hundredths, so that `assessMember` reports nothing about the
 * card (no unknown item, no duplicate, no missing entry, nothing over a maximum).
 *
 * @param fc - your fast-check.
 * @param sheets - the sheets the card is scored on.
 * @param memberId - whose card it is.
 * @returns the arbitrary.
 * @throws {@link InvalidInputError} when `sheets` is not a list of score sheets, a maximum is not
 *   a number of 0 or more, or `memberId` is not text.
 */
export function arbitraryScoreCard(fc: FastCheck, sheets: readonly ScoreSheet[], memberId: string): Arbitrary<ScoreCard> {
  const issues: InputIssues = [];
  if (checkScoreSheetsShape(sheets, ['sheets'], issues)) {
    sheets.forEach((sheet, s) => sheet.items.forEach((item, i) => expectNumber(item.maxPoints, ['sheets', s, 'items', i, 'maxPoints'], issues, { min: 0 })));
  }
  expectText(memberId, ['memberId'], issues);
  assertInput(issues);
  const entries = sheets.flatMap((sheet) =>
    sheet.items.map((item) => fc.record({ sheetId: fc.constant(sheet.id), itemId: fc.constant(item.id), points: hundredths(fc, 0, highestPoints(item.maxPoints)) })),
  );
  return fc.tuple(...entries).map((scored) => ({ memberId, entries: scored }));
}

/** The most whole hundredths within a maximum: a maximum with a third decimal is not exceeded. */
function highestPoints(maxPoints: number): number {
  const rounded = roundHundredths(maxPoints);
  return rounded / 100 > maxPoints ? rounded - 1 : rounded;
}

const SHEET_TITLES = ['党员目标管理责任书', '党风廉政建设责任书', '党员积分考核表'] as const;
const ITEM_TITLES = ['政治学习', '教学工作', '师德表现', '组织生活', '志愿服务', '廉洁自律', '创先争优活动'] as const;

/**
 * Options of the score sheets arbitrary.
 *
 * @example
 * ```ts
 * import type { ScoreSheetsOptions } from 'cxzy/testing';
 * const options: ScoreSheetsOptions = { minLength: 2, maxLength: 2, maxItems: 10 };
 * ```
 */
export interface ScoreSheetsOptions {
  /**
   * The fewest sheets.
   * @defaultValue `1`
   */
  readonly minLength?: number;
  /**
   * The most sheets.
   * @defaultValue `3`
   */
  readonly maxLength?: number;
  /**
   * The most items on a sheet (each has at least one).
   * @defaultValue `6`
   */
  readonly maxItems?: number;
}
