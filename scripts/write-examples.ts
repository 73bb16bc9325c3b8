// Writes the example files under examples/ that the README's command lines run: the seed-002 score
// table as an empty .xlsx template, the same table filled in for a branch of 12 members (.xlsx, and
// .csv in GBK as Excel on Chinese Windows saves it), and a workbook of 民主评议 ballots. Run with
// `npx tsx scripts/write-examples.ts`; test/cli/examples.test.ts fails when the committed files
// differ from a fresh generation.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDecoder } from 'node:util';
import { scoreTemplateTables } from '../src/cli/commands/template';
import { csvLine } from '../src/cli/files/csv';
import type { OutTable } from '../src/cli/files/writeTable';
import { writeXlsx, type XlsxCell, type XlsxSheet } from '../src/cli/files/xlsx';
import type { Writer } from '../src/cli/io';
import { SCORE_SHEETS_EXAMPLE } from '../src/scoring';

const DIR = 'examples';

/** The 12 members of the example branch: name, standing, and points on each item of the two documents in order. */
export const EXAMPLE_MEMBERS: readonly (readonly [string, string, string, ...number[]])[] = [
  ['T01', '王建国', '正式党员', 20, 40, 10, 8, 20, 10, 0],
  ['T02', '李秀兰', '正式党员', 19, 38, 10, 6, 20, 10, 0],
  ['T03', '张伟', '正式党员', 18, 36, 9, 3, 19, 9, 0],
  ['T04', '刘洋', '正式党员', 17, 35, 8, 0, 18, 9, 0],
  ['T05', '陈静', '正式党员', 18, 34, 9, 2, 18, 8, 0],
  ['T06', '杨帆', '正式党员', 16, 33, 8, 0, 17, 8, 0],
  ['T07', '赵敏', '正式党员', 15, 30, 7, 0, 16, 8, 0],
  ['T08', '黄磊', '正式党员', 16, 32, 8, 1, 18, 9, 6],
  ['T09', '周丽', '正式党员', 14, 28, 7, 0, 15, 7, 0],
  ['T10', '吴强', '正式党员', 12, 26, 6, 0, 14, 6, 10],
  ['T11', '郑红', '预备党员', 17, 34, 8, 0, 18, 9, 0],
  ['T12', '孙明', '正式党员', 10, 22, 5, 0, 12, 5, 12],
];

/** Bytes gathered by a writer. */
function collector(): { readonly writer: Writer; readonly bytes: () => Uint8Array } {
  const parts: Uint8Array[] = [];
  return {
    writer: { write: (chunk) => void parts.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk) },
    bytes: () => Buffer.concat(parts),
  };
}

/** Text in GBK: the table is the GB18030 decoder's own two-byte range, read backwards. */
export function encodeGbk(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (!table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(char);
      if (pair === undefined) throw new Error(`${char} has no GBK code`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

/** The example files, by name. */
export async function exampleFiles(): Promise<Readonly<Record<string, Uint8Array>>> {
  const [scores, ...rest] = scoreTemplateTables(SCORE_SHEETS_EXAMPLE, 'zh-CN');
  const files: Record<string, Uint8Array> = {};

  const template = collector();
  const sheetOf = (table: OutTable): XlsxSheet => ({
    name: table.name,
    ...(table.widths === undefined ? {} : { widths: table.widths }),
    rows: [table.headers, ...[...(table.rows as Iterable<Record<string, XlsxCell>>)].map((row) => table.headers.map((header) => row[header] ?? null))],
  });
  await writeXlsx([scores!, ...rest].map(sheetOf), template.writer);
  files['score-template.xlsx'] = template.bytes();

  const filled = collector();
  const memberRows: XlsxCell[][] = [[...scores!.headers], ...EXAMPLE_MEMBERS.map((member) => [...member].map((cell) => (cell === 0 ? null : cell)))];
  await writeXlsx(
    [{ ...sheetOf(scores!), rows: memberRows }, ...rest.map(sheetOf)],
    filled.writer,
  );
  files['scores-12.xlsx'] = filled.bytes();
  files['scores-12-gbk.csv'] = encodeGbk(memberRows.map((row) => csvLine(row)).join(''));

  // 民主评议 under the school's four-sided policy: 2 leaders, 5 peers, 4 teachers and students,
  // 4 parents score four members.
  const subjects = ['T01', 'T02', 'T03', 'T04'];
  const groups: readonly (readonly [string, string, number])[] = [['领导点评', 'L', 2], ['党内互评', 'T', 5], ['师生评议', 'S', 4], ['家长评议', 'P', 4]];
  const ballots: XlsxCell[][] = [['被评价人', '评价人', '评议组', '得分']];
  subjects.forEach((subject, at) => {
    for (const [group, prefix, count] of groups) {
      for (let evaluator = 1; evaluator <= count; evaluator += 1) {
        const evaluatorId = prefix === 'T' ? `T${String(5 + evaluator).padStart(2, '0')}` : `${prefix}${evaluator}`;
        ballots.push([subject, evaluatorId, group, 96 - at * 3 - ((evaluator * 7 + at) % 5)]);
      }
    }
  });
  const book = collector();
  await writeXlsx([{ name: '测评票', widths: [12, 12, 12, 8], rows: ballots }], book.writer);
  files['ballots.xlsx'] = book.bytes();
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(DIR, { recursive: true });
  for (const [name, bytes] of Object.entries(await exampleFiles())) writeFileSync(join(DIR, name), bytes);
}
