import { describe, expect, it } from 'vitest';
import { assessMember, MEMBER_TIERS_TONGMIN_2015 } from '../../src/scoring';
import { readScoreCards, scoreCardTemplate } from '../../src/tables';
import { deepFreeze } from '../_helpers/deepFreeze';

// The seed's member assessment combines two sheets: 目标管理责任书 and 党风廉政建设责任书.
const sheets = deepFreeze([
  {
    id: 'goals',
    title: '目标管理责任书',
    items: [
      { id: 'study', title: '政治学习', kind: 'base', maxPoints: 20 },
      { id: 'teaching', title: '教育教学', kind: 'base', maxPoints: 60 },
      { id: 'award', title: '获奖加分', kind: 'bonus', maxPoints: 10 },
    ],
  },
  {
    id: 'integrity',
    title: '党风廉政建设责任书',
    items: [
      { id: 'clean', title: '廉洁自律', kind: 'base', maxPoints: 20 },
      { id: 'study', title: '政治学习', kind: 'base', maxPoints: 5 },
    ],
  },
] as const);

describe('readScoreCards: a wide table, one row per member, one column per item', () => {
  it('matches headers to item titles, ids and sheet/item, and reads each cell as an entry', () => {
    const result = readScoreCards(
      [{ 党员编号: 'm01', 姓名: '李明', '目标管理责任书/政治学习': '18', teaching: 55.5, 获奖加分: '', 廉洁自律: '２０', 'integrity/study': '5' }],
      sheets,
    );
    expect(result.issues).toEqual([]);
    expect(result.data).toEqual([
      {
        memberId: 'm01',
        entries: [
          { sheetId: 'goals', itemId: 'study', points: 18 },
          { sheetId: 'goals', itemId: 'teaching', points: 55.5 },
          { sheetId: 'integrity', itemId: 'clean', points: 20 },
          { sheetId: 'integrity', itemId: 'study', points: 5 },
        ],
      },
    ]);
  });

  it('gives cards that assessMember scores', () => {
    const result = readScoreCards([{ 党员编号: 'm01', 教育教学: '58', 廉洁自律: '20', 获奖加分: '5', 'goals.study': '18' }], sheets);
    const assessment = assessMember(result.data![0]!, sheets, MEMBER_TIERS_TONGMIN_2015);
    expect([assessment.total, assessment.tier]).toEqual([101, 'excellent']);
  });

  it('reports a title two sheets share as ambiguous, once, and reads it once mapped', () => {
    const rows = [{ 党员编号: 'm01', 政治学习: '18' }, { 党员编号: 'm02', 政治学习: '19' }];
    const result = readScoreCards(rows, sheets);
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([['tables.ambiguousColumn', ['headers', '政治学习']]]);
    expect(result.issues[0]?.message['zh-CN']).toBe('“政治学习”列可以对应多个考核项目:goals/study、integrity/study,请在对应关系中指定');
    const mapped = readScoreCards(rows, sheets, { items: { 政治学习: { sheetId: 'goals', itemId: 'study' } } });
    expect(mapped.data?.map((card) => card.entries)).toEqual([
      [{ sheetId: 'goals', itemId: 'study', points: 18 }],
      [{ sheetId: 'goals', itemId: 'study', points: 19 }],
    ]);
  });

  it('reports a column that is no item as an error (its points would be lost), and a mapping to an unknown item', () => {
    const result = readScoreCards([{ 党员编号: 'm01', 师德师风: '10' }], sheets);
    expect(result.success).toBe(false);
    expect(result.issues[0]?.code).toBe('tables.unknownItemColumn');
    expect(result.issues[0]?.message.en).toMatch(/^Column "师德师风" is no score item \(accepted: 政治学习、教育教学/);
    const mapped = readScoreCards([{ 党员编号: 'm01', 教学: '10' }], sheets, { items: { 教学: { sheetId: 'goals', itemId: 'nothing' } } });
    expect(mapped.issues[0]?.code).toBe('tables.unknownItemColumn');
  });

  it('reads status and vetoes when the table has them', () => {
    const result = readScoreCards([{ 党员编号: 'm01', 党员类别: '预备党员', 一票否决: 'violation、absence', 教育教学: '50' }], sheets);
    expect(result.data?.[0]).toEqual({
      memberId: 'm01',
      status: 'probationary',
      entries: [{ sheetId: 'goals', itemId: 'teaching', points: 50 }],
      vetoes: [{ vetoId: 'violation' }, { vetoId: 'absence' }],
    });
  });

  it('reports a member written twice, an empty id and a bad number, each at its row and column', () => {
    const result = readScoreCards(
      [
        { 党员编号: 'm01', 教育教学: '50' },
        { 党员编号: 'm01', 教育教学: '五十' },
        { 党员编号: '', 教育教学: '50' },
      ],
      sheets,
    );
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['tables.duplicateKey', ['rows', 3, '党员编号']],
      ['tables.notANumber', ['rows', 3, '教育教学']],
      ['tables.requiredCell', ['rows', 4, '党员编号']],
    ]);
  });

  it('refuses sheets and a mapping of the wrong shape as issues', () => {
    expect(readScoreCards([{ 党员编号: 'm01' }], 'sheets' as never).issues[0]?.path).toEqual(['sheets']);
    expect(readScoreCards([{ 党员编号: 'm01' }], [{ id: 's', title: 't', items: [null] }] as never).issues[0]?.code).toBe('tables.invalidOption');
    expect(readScoreCards([{ 党员编号: 'm01' }], sheets, { items: { a: 'goals' } } as never).issues[0]?.path).toEqual(['options', 'items']);
    expect(readScoreCards(null as never, sheets).issues[0]?.code).toBe('tables.notRows');
  });

  it('reads back the template a 党务工作者 fills in', () => {
    const template = scoreCardTemplate(sheets);
    expect(template.headers).toEqual(['党员编号', '姓名', '目标管理责任书/政治学习', '教育教学', '获奖加分', '廉洁自律', '党风廉政建设责任书/政治学习']);
    const filled = Object.fromEntries(template.headers.map((header, index) => [header, index === 0 ? 'm01' : index === 1 ? '李明' : String(index)]));
    const result = readScoreCards([filled], sheets, { headers: template.headers });
    expect(result.data?.[0]?.entries.map((entry) => `${entry.sheetId}/${entry.itemId}=${entry.points}`)).toEqual([
      'goals/study=2',
      'goals/teaching=3',
      'goals/award=4',
      'integrity/clean=5',
      'integrity/study=6',
    ]);
    expect(scoreCardTemplate(sheets, { locale: 'en' }).headers.slice(0, 2)).toEqual(['Member ID', 'Name']);
  });
});
