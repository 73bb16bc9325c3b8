import { describe, expect, it } from 'vitest';
import { csvBatches, csvTable, InvalidInputError, readScoreBallots } from '../../src/tables';

describe('csvTable reads CSV as Excel and most programs write it', () => {
  it('keys each row by the header row, with CRLF, LF or CR line breaks', () => {
    const expected = { headers: ['党员编号', '姓名'], rows: [{ 党员编号: 'm01', 姓名: '李明' }, { 党员编号: 'm02', 姓名: '王芳' }] };
    expect(csvTable('党员编号,姓名\r\nm01,李明\r\nm02,王芳\r\n')).toEqual(expected);
    expect(csvTable('党员编号,姓名\nm01,李明\nm02,王芳\n')).toEqual(expected);
    expect(csvTable('党员编号,姓名\rm01,李明\rm02,王芳\r')).toEqual(expected);
    expect(csvTable('党员编号,姓名\nm01,李明\r\nm02,王芳')).toEqual(expected);
  });

  it('reads quoted fields with commas, line breaks and doubled quotes', () => {
    const table = csvTable('编号,说明\r\nm01,"一,二"\r\nm02,"第一行\r\n第二行"\r\nm03,"他说""好"""\r\nm04,""\r\n');
    expect(table.rows.map((row) => row['说明'])).toEqual(['一,二', '第一行\r\n第二行', '他说"好"', '']);
  });

  it('drops a byte-order mark and trims the headers, as Excel saves “CSV UTF-8”', () => {
    expect(csvTable('\uFEFF 党员编号 ,姓名\r\nm01,李明\r\n')).toEqual({ headers: ['党员编号', '姓名'], rows: [{ 党员编号: 'm01', 姓名: '李明' }] });
  });

  it('keeps cells as written: spaces, empty cells, and a short row with only the cells it has', () => {
    expect(csvTable('a,b,c\n 1 ,,3\n4\n').rows).toEqual([{ a: ' 1 ', b: '', c: '3' }, { a: '4' }]);
  });

  it('leaves out a cell under an empty header, and keeps a header `__proto__` as a column, not a prototype', () => {
    const [row] = csvTable('a,,__proto__\n1,2,3\n').rows;
    expect(row).toEqual({ a: '1', ['__proto__']: '3' });
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(Object.keys(row!)).toEqual(['a', '__proto__']);
  });

  it('gives no rows for an empty text or a header row alone, and a row for a blank line', () => {
    expect(csvTable('')).toEqual({ headers: [], rows: [] });
    expect(csvTable('a,b\r\n')).toEqual({ headers: ['a', 'b'], rows: [] });
    expect(csvTable('a,b\n\n1,2\n').rows).toEqual([{ a: '' }, { a: '1', b: '2' }]);
  });

  it('feeds a read* function, which then reports a header written twice', () => {
    const table = csvTable('被评价人编号,评价人编号,评价主体,分数\nm01,e01,领导点评,92.5\n');
    expect(readScoreBallots(table.rows, { headers: table.headers }).data).toEqual([{ subjectId: 'm01', evaluatorId: 'e01', group: 'leadership', score: 92.5 }]);
    const twice = csvTable('被评价人编号,评价人编号,评价主体,分数,分数\nm01,e01,领导点评,92.5,80\n');
    expect(readScoreBallots(twice.rows, { headers: twice.headers }).issues.map((issue) => issue.path)).toEqual([['headers', 5]]);
  });
});

describe('csvBatches hands the rows of a large CSV text on in batches', () => {
  const text = '\uFEFF编号,说明\r\nm01,一\r\nm02,"二\r\n行"\r\nm03,三\r\nm04,四\r\nm05,五';

  it('gives the rows csvTable gives, in batches of at most `size`, each with the row number of its first row', () => {
    const batches = [...csvBatches(text, 2)];
    expect(batches.map((batch) => [batch.startRow, batch.rows.length])).toEqual([[2, 2], [4, 2], [6, 1]]);
    expect(batches.flatMap((batch) => batch.rows)).toEqual(csvTable(text).rows);
    expect(batches.every((batch) => batch.headers.join() === '编号,说明')).toBe(true);
  });

  it('names the right spreadsheet row in a problem of a later batch', () => {
    const ballots = '被评价人编号,评价人编号,评价主体,分数\nm01,e01,领导点评,90\nm01,e02,领导点评,九十\n';
    const problems = [...csvBatches(ballots, 1)].flatMap((batch) => readScoreBallots(batch.rows, { headers: batch.headers, startRow: batch.startRow }).issues);
    expect(problems.map((issue) => issue.path)).toEqual([['rows', 3, '分数']]);
  });

  it('gives no batch for a text with no data row', () => {
    expect([...csvBatches('')]).toEqual([]);
    expect([...csvBatches('a,b\r\n')]).toEqual([]);
  });

  it('refuses, at the call, a text that is not text and a batch size that is not a whole number from 1 up', () => {
    expect(() => csvTable(42 as never)).toThrow(InvalidInputError);
    expect(() => csvBatches(null as never)).toThrow(InvalidInputError);
    for (const size of [0, 1.5, Number.NaN, '2' as unknown as number]) {
      let thrown: unknown;
      try {
        csvBatches(text, size);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(InvalidInputError);
      expect((thrown as InvalidInputError).issues.map((issue) => issue.path)).toEqual([['size']]);
    }
  });
});
