import { describe, expect, it } from 'vitest';
import { readScoreBallots, readScoreCards, type Cell } from '../../src/tables';

const sheets = [{ id: 's', title: '目标管理责任书', items: [{ id: 'work', title: '工作实绩', kind: 'base', maxPoints: 100 }] }] as const;
const points = (cell: Cell) => readScoreCards([{ 党员编号: 'm01', 工作实绩: cell }], sheets);
const score = (cell: Cell) => readScoreBallots([{ 被评价人编号: 'm01', 评价人编号: 'e01', 评价主体: '领导点评', 分数: cell }]);

describe('numbers written as text are read exactly', () => {
  it.each([
    ['20', 20],
    ['20.5', 20.5],
    ['２０', 20],
    ['２０．５', 20.5],
    [' 20 ', 20],
    ['\u300020\u3000', 20],
    ['20.50', 20.5],
    ['20.500', 20.5],
    ['+20', 20],
    ['-5', -5],
    ['－５', -5],
    ['0.01', 0.01],
    ['99.99', 99.99],
    ['0', 0],
    ['-0', 0],
    [20, 20],
    [20.5, 20.5],
    [0.1 + 0.2, 0.1 + 0.2],
  ] as const)('%j is %d', (cell, expected) => {
    expect(points(cell).data?.[0]?.entries[0]?.points).toBe(expected);
    expect(score(cell).data?.[0]?.score).toBe(expected);
    expect(Object.is(score(cell).data?.[0]?.score, -0)).toBe(false);
  });

  it.each([
    ['八十', 'tables.notANumber'],
    ['20分', 'tables.notANumber'],
    ['1e2', 'tables.notANumber'],
    ['1,000', 'tables.notANumber'],
    ['20.', 'tables.notANumber'],
    ['.5', 'tables.notANumber'],
    ['--5', 'tables.notANumber'],
    ['+', 'tables.notANumber'],
    ['NaN', 'tables.notANumber'],
    ['Infinity', 'tables.notANumber'],
    ['0x10', 'tables.notANumber'],
    ['2 0', 'tables.notANumber'],
    [Number.NaN, 'tables.notANumber'],
    [Number.POSITIVE_INFINITY, 'tables.notANumber'],
    [true, 'tables.notANumber'],
    [new Date(0), 'tables.notANumber'],
    ['20.555', 'tables.tooPrecise'],
    [20.555, 'tables.tooPrecise'],
    ['12345678901234567890', 'tables.notANumber'],
    ['0.12345678901234567890', 'tables.tooPrecise'],
  ] as const)('%j is an issue naming row and column (%s)', (cell, code) => {
    for (const result of [points(cell), score(cell)]) {
      expect(result.success).toBe(false);
      expect(result.issues[0]?.code).toBe(code);
      expect(result.issues[0]?.params.row).toBe(2);
    }
    expect(points(cell).issues[0]?.path).toEqual(['rows', 2, '工作实绩']);
    expect(score(cell).issues[0]?.path).toEqual(['rows', 2, '分数']);
  });

  it('words a number problem in zh-CN and en', () => {
    const [issue] = score('20分').issues;
    expect(issue?.message['zh-CN']).toBe('第 2 行“分数”列的“20分”不是数字(应写作 20 或 20.5 这样的数)');
    expect(issue?.message.en).toBe('Row 2, column "分数": "20分" is not a number (write it as 20 or 20.5)');
    expect(score('20.555').issues[0]?.message['zh-CN']).toBe('第 2 行“分数”列的 20.555 超过 2 位小数');
  });

  it('reads an empty required cell as an issue, and an empty optional cell as absent', () => {
    for (const cell of ['', '  ', null, undefined]) {
      expect(score(cell).issues.map((issue) => [issue.code, issue.path])).toEqual([['tables.requiredCell', ['rows', 2, '分数']]]);
      expect(points(cell).data?.[0]?.entries).toEqual([]);
    }
    expect(score('').issues[0]?.message['zh-CN']).toBe('第 2 行“分数”列为空,此项必填');
  });
});
