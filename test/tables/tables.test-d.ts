import { describe, expectTypeOf, it } from 'vitest';
import type { ScoreBallot } from '../../src/evaluation';
import type { Member } from '../../src/organization';
import type { ScoreCard } from '../../src/scoring';
import { aggregateEvaluations, THREE_SIDED_EVALUATION } from '../../src/evaluation';
import { csvBatches, csvTable, readMembers, readScoreBallots, readScoreCards, type Cell, type CsvBatch, type ParseResult, type Row, type Table, type TableResult } from '../../src/tables';

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

  it('reads CSV into rows the readers take, and batches a generator can hand on as ballots', () => {
    expectTypeOf(csvTable('')).toEqualTypeOf<Table>();
    expectTypeOf(csvTable('').rows).toMatchTypeOf<readonly Row[]>();
    expectTypeOf(csvBatches('')).toEqualTypeOf<Generator<CsvBatch, void, undefined>>();
    function* ballots(): Generator<ScoreBallot> {
      for (const batch of csvBatches('')) yield* readScoreBallots(batch.rows, { headers: batch.headers, startRow: batch.startRow }).data ?? [];
    }
    aggregateEvaluations(ballots(), THREE_SIDED_EVALUATION);
    // @ts-expect-error — ballots are objects, not the rows' texts
    aggregateEvaluations(csvBatches(''), THREE_SIDED_EVALUATION);
  });

  it('takes a column mapping only for the columns of its table', () => {
    readMembers([], { columns: { memberId: '工号', status: ['身份', '类别'] } });
    // @ts-expect-error — a roster has no score column
    readMembers([], { columns: { score: '分数' } });
    // @ts-expect-error — a row's cell is not an object
    readMembers([{ 姓名: { text: '李明' } }]);
  });
});
