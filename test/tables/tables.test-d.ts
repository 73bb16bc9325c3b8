import { describe, expectTypeOf, it } from 'vitest';
import type { ScoreBallot } from '../../src/evaluation';
import type { Member } from '../../src/organization';
import type { ScoreCard } from '../../src/scoring';
import { readMembers, readScoreBallots, readScoreCards, type Cell, type ParseResult, type TableResult } from '../../src/tables';

describe('the types of cxzy/tables', () => {
  it('reads rows of the cells readers yield, and returns data only on success', () => {
    expectTypeOf<Cell>().toEqualTypeOf<string | number | boolean | null | undefined | Date>();
    const result = readMembers([]);
    expectTypeOf(result).toEqualTypeOf<TableResult<readonly Member[]>>();
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<readonly Member[]>();
    else expectTypeOf(result.data).toEqualTypeOf<undefined>();
    expectTypeOf(readScoreBallots([])).toMatchTypeOf<ParseResult<readonly ScoreBallot[]>>();
    expectTypeOf(readScoreCards([], [])).toMatchTypeOf<ParseResult<readonly ScoreCard[]>>();
  });

  it('takes a column mapping only for the columns of its table', () => {
    readMembers([], { columns: { memberId: '工号', status: ['身份', '类别'] } });
    // @ts-expect-error — a roster has no score column
    readMembers([], { columns: { score: '分数' } });
    // @ts-expect-error — a row's cell is not an object
    readMembers([{ 姓名: { text: '李明' } }]);
  });
});
