import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openXlsx } from '../../src/cli/files/xlsx';
import { exampleFiles } from '../../scripts/write-examples';
import { runCli } from './_io';

// Loading the whole program takes a while on a busy machine: once, before the first test's clock starts.
beforeAll(() => import('../../src/cli/run'), 60_000);

// The README's command lines, run as written against the files in examples/ (read from disk,
// written to memory), through run(): what a 党务工作者 types is what is tested.

const README = readFileSync('README.md', 'utf8');
const block = README.slice(README.indexOf('<!-- cli-examples -->'), README.indexOf('<!-- /cli-examples -->'));

/** A shell line's words: quoted words kept whole, a trailing `# comment` left out. */
function words(line: string): string[] {
  return [...line.replace(/\s+#.*$/, '').matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}

const LINES = block.split('\n').filter((line) => line.startsWith('npx cxzy ')).map((line) => words(line).slice(2));
const EXAMPLES = Object.fromEntries(['scores-12.xlsx', 'scores-12-gbk.csv', 'ballots.xlsx', 'score-template.xlsx'].map((name) => [`examples/${name}`, new Uint8Array(readFileSync(`examples/${name}`))]));
const run = (args: readonly string[]) => runCli(args, EXAMPLES);

describe('the README’s command lines on the example files', () => {
  it('lists the command lines it runs', () => {
    expect(LINES.map((args) => args[0])).toEqual(['template', 'score', 'score', 'score', 'evaluate', 'evaluate', 'check', 'schema']);
  });

  it.each(LINES.map((args) => [args.join(' '), args] as const))('runs `cxzy %s` cleanly: exit code 0, nothing on stderr', async (_, args) => {
    const { code, err } = await run(args);
    expect(err).toBe('');
    expect(code).toBe(0);
  });

  it('writes an empty score table whose headers are the two responsibility documents’ items, with the rule and the items beside it', async () => {
    const { written } = await run(LINES[0]!);
    const book = openXlsx(written.get('考核表.xlsx')!, '考核表.xlsx');
    expect(book.sheetNames).toEqual(['考核表', '评定规则', '考核细则']);
    expect([...book.rows('考核表')]).toEqual([['党员编号', '姓名', '党员类别', '政治学习', '教育教学', '服务师生', '党员示范岗', '廉洁从教', '遵规守纪', '违规违纪扣分']]);
    expect([...book.rows('评定规则')][1]?.[0]).toContain('优秀');
  });

  it('grades the 12 members of the filled table: 100分以上 优秀, a probationary member not graded, deductions counted', async () => {
    const { out } = await run(LINES[1]!);
    const rows = out.split('\n').slice(2, 14).map((line) => line.split('\t'));
    expect(rows.map((row) => [row[0], row[1], row[2], row[3], row[4]])).toEqual([
      ['1', 'T01', '王建国', '108', '优秀'],
      ['2', 'T02', '李秀兰', '103', '优秀'],
      ['3', 'T03', '张伟', '94', '合格'],
      ['4', 'T05', '陈静', '89', '合格'],
      ['5', 'T04', '刘洋', '87', '合格'],
      ['6', 'T11', '郑红', '86', '暂不评定'],
      ['7', 'T06', '杨帆', '82', '合格'],
      ['8', 'T08', '黄磊', '78', '基本合格'],
      ['9', 'T07', '赵敏', '76', '基本合格'],
      ['10', 'T09', '周丽', '71', '基本合格'],
      ['11', 'T10', '吴强', '54', '不合格'],
      ['12', 'T12', '孙明', '42', '不合格'],
    ]);
    expect(out).toContain('共 12 名党员,评定 11 名:优秀 2、合格 4、基本合格 3、不合格 2\n✓ 未发现问题\n');
  });

  it('reads the GBK file as Excel wrote it, to the same 公示 table as the workbook, written as UTF-8 CSV with a BOM', async () => {
    const { written, out } = await run(LINES[2]!);
    expect(out).toContain('已写入 公示.csv(12 行)');
    const bytes = written.get('公示.csv')!;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(csv.split('\r\n')[0]).toBe('\uFEFF排名,党员编号,姓名,总分,等次,说明');
    expect(csv.split('\r\n')[1]).toMatch(/^1,T01,王建国,108,优秀,/);
    const fromWorkbook = await run(['score', 'examples/scores-12.xlsx', '--out', '公示.csv']);
    expect(fromWorkbook.written.get('公示.csv')).toEqual(bytes);
  });

  it('takes a rule given on the command line, and speaks English', async () => {
    const { out } = await run(LINES[3]!);
    expect(out).toContain('1\tT01\t王建国\t108\tExcellent\t');
    expect(out).toContain('9\tT07\t赵敏\t76\tQualified\t');
  });

  it('ranks the 民主评议 of four members, each group’s figure beside the combined score', async () => {
    const { out } = await run(LINES[4]!);
    const lines = out.split('\n');
    expect(lines[1]).toBe('排名\t被评价人编号\t领导点评得分\t领导点评票数\t党内互评得分\t党内互评票数\t师生评议得分\t师生评议票数\t家长评议得分\t家长评议票数\t综合得分\t说明');
    expect(lines.slice(2, 6).map((line) => line.split('\t').slice(0, 2))).toEqual([['1', 'T01'], ['2', 'T02'], ['3', 'T03'], ['4', 'T04']]);
    expect(out).toContain('共 4 名被评价人,60 张评分票');
  });

  it('gives the same figures as JSON', async () => {
    const report = JSON.parse((await run(LINES[5]!)).out) as { valid: boolean; ballots: number; rows: Record<string, unknown>[] };
    expect([report.valid, report.ballots, report.rows.length]).toEqual([true, 60, 4]);
    expect(report.rows[0]).toMatchObject({ 排名: 1, 被评价人编号: 'T01' });
  });

  it('checks the table row by row, and finds nothing wrong', async () => {
    expect((await run(LINES[6]!)).out).toBe('examples/scores-12.xlsx\n已检查 12 行\n✓ 未发现问题\n');
  });

  it('prints the campaign’s JSON Schema for a name in lower case', async () => {
    expect((JSON.parse((await run(LINES[7]!)).out) as { title: string }).title).toBe('Campaign');
  });

  it('ships the example files scripts/write-examples.ts writes', async () => {
    for (const [name, bytes] of Object.entries(await exampleFiles())) expect(EXAMPLES[`examples/${name}`], name).toEqual(new Uint8Array(bytes));
  });
});
