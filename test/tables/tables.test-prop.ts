import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { EVALUATOR_GROUP_LABELS } from '../../src/evaluation';
import { MEMBER_STATUSES, ROLES, type Member } from '../../src/organization';
import type { ScoreCard, ScoreSheet } from '../../src/scoring';
import {
  gradeBallotsToTable,
  membersToTable,
  readGradeBallots,
  readMembers,
  readScoreBallots,
  readScoreCards,
  scoreBallotsToTable,
  scoreCardsToTable,
  type Table,
} from '../../src/tables';

const locale = fc.constantFrom<'zh-CN' | 'en'>('zh-CN', 'en');
const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,7}$/);
const hundredths = fc.integer({ min: -10_000, max: 10_000 }).map((units) => units / 100);
/** A score as a reader may give it: a number, or the same number written as text, padded or full-width. */
const written = (value: number) =>
  fc.constantFrom(value, String(value), ` ${value} `, String(value).replace(/[0-9.-]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0)));
/** The rows of a table as a CSV reader gives them: every cell text, an empty cell as ''. */
const asCsv = (table: Table) => table.rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, cell]) => [key, cell === null ? '' : String(cell)])));

test.prop([fc.uniqueArray(fc.record({ id, name: fc.string({ minLength: 1, maxLength: 6 }).filter((name) => name.trim() === name && name !== ''), status: fc.constantFrom(...MEMBER_STATUSES), roles: fc.uniqueArray(fc.constantFrom(...ROLES)) }), { selector: (member) => member.id, maxLength: 12 }), locale])(
  'a roster written as a table reads back as the same members',
  (drafts, language) => {
    const members: Member[] = drafts.map((draft) => ({ ...draft, organizationId: 'b1' }));
    const table = membersToTable(members, { locale: language });
    for (const rows of [table.rows, asCsv(table)]) {
      const result = readMembers(rows, { headers: table.headers });
      expect(result.issues).toEqual([]);
      expect(result.data).toEqual(members);
    }
  },
);

const sheets: readonly ScoreSheet[] = [
  { id: 'goals', title: '目标管理责任书', items: [{ id: 'study', title: '政治学习', kind: 'base', maxPoints: 20 }, { id: 'work', title: '工作实绩', kind: 'base', maxPoints: 80 }] },
  { id: 'integrity', title: '党风廉政建设责任书', items: [{ id: 'study', title: '政治学习', kind: 'base', maxPoints: 10 }] },
];
const itemRefs = sheets.flatMap((sheet) => sheet.items.map((item) => ({ sheetId: sheet.id, itemId: item.id })));

test.prop([fc.uniqueArray(fc.record({ memberId: id, points: fc.array(fc.option(hundredths, { nil: undefined }), { minLength: itemRefs.length, maxLength: itemRefs.length }) }), { selector: (card) => card.memberId, maxLength: 10 }), locale])(
  'score cards written as a wide table read back as the same cards',
  (drafts, language) => {
    const cards: ScoreCard[] = drafts.map((draft) => ({
      memberId: draft.memberId,
      entries: itemRefs.flatMap((ref, index) => (draft.points[index] === undefined ? [] : [{ ...ref, points: draft.points[index]! }])),
    }));
    const table = scoreCardsToTable(cards, sheets, { locale: language });
    for (const rows of [table.rows, asCsv(table)]) {
      const result = readScoreCards(rows, sheets, { headers: table.headers });
      expect(result.issues).toEqual([]);
      expect(result.data).toEqual(cards);
    }
  },
);

const group = fc.constantFrom(...(Object.keys(EVALUATOR_GROUP_LABELS) as (keyof typeof EVALUATOR_GROUP_LABELS)[]));

test.prop([fc.array(fc.record({ subjectId: id, evaluatorId: id, group, score: hundredths }), { maxLength: 30 }), locale])(
  'score ballots written as a long table read back as the same ballots',
  (ballots, language) => {
    const table = scoreBallotsToTable(ballots, { locale: language });
    for (const rows of [table.rows, asCsv(table)]) {
      const result = readScoreBallots(rows, { headers: table.headers });
      expect(result.issues).toEqual([]);
      expect(result.data).toEqual(ballots);
    }
  },
);

test.prop([fc.array(fc.record({ subjectId: id, evaluatorId: id, group, grade: fc.constantFrom('excellent', 'qualified', 'basicallyQualified', 'unqualified', 'satisfied', 'basicallySatisfied', 'dissatisfied') as fc.Arbitrary<'satisfied'> }), { maxLength: 30 }), locale])(
  'grade ballots written as a long table read back as the same ballots',
  (ballots, language) => {
    const table = gradeBallotsToTable(ballots, { locale: language });
    const result = readGradeBallots(asCsv(table), { headers: table.headers });
    expect(result.issues).toEqual([]);
    expect(result.data).toEqual(ballots);
  },
);

test.prop([hundredths.chain((value) => fc.tuple(fc.constant(value), written(value)))])('a score is read as the number it writes, however a reader gives it', ([value, cell]) => {
  const result = readScoreBallots([{ 被评价人编号: 'm', 评价人编号: 'e', 评价主体: '自评', 分数: cell }]);
  expect(result.data?.[0]?.score).toBe(value + 0);
});

test.prop([fc.string({ maxLength: 8 })])('a text that is not a plain decimal is never read as a score', (text) => {
  const plain = /^\s*[+-]?\d+(\.\d+)?\s*$/.test(text.replace(/[\uff10-\uff19\uff0e\uff0b\uff0d]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)));
  const result = readScoreBallots([{ 被评价人编号: 'm', 评价人编号: 'e', 评价主体: '自评', 分数: text }]);
  if (!plain) expect(result.success).toBe(false);
  else if (result.success) expect(result.data[0]?.score).toBe(Number(text.trim().replace(/[\uff10-\uff19\uff0e\uff0b\uff0d]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))) + 0);
});
