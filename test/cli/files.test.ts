import { beforeAll, describe, expect, it } from 'vitest';
import { openXlsx, writeXlsx } from '../../src/cli/files/xlsx';
import { encodeGbk } from '../../scripts/write-examples';
import { runCli } from './_io';

// Loading the whole program takes a while on a busy machine: once, before the first test's clock starts.
beforeAll(() => import('../../src/cli/run'), 60_000);

const HEADER = '党员编号,姓名,类别,政治学习,教育教学,服务师生,党员示范岗,廉洁从教,遵规守纪,违规违纪扣分\r\n';
const ROWS = 'T01,王建国,正式党员,20,40,10,8,20,10,\r\nT02,李秀兰,预备党员,19,38,10,,20,10,\r\n';
const bytes = (...parts: (number[] | string | Uint8Array)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : [...part])));

async function workbook(sheets: { name: string; rows: (string | number | null)[][] }[]): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  await writeXlsx(sheets, { write: (chunk) => void parts.push(chunk as Uint8Array) });
  return Uint8Array.from(parts.flatMap((part) => [...part]));
}

describe('reading .csv files in the encodings Excel writes', () => {
  it('reads UTF-8 with a byte-order mark, which JSON.parse and naive readers choke on', async () => {
    const { code, out } = await runCli(['score', 'bom.csv'], { 'bom.csv': bytes([0xef, 0xbb, 0xbf], HEADER, ROWS) });
    expect(code).toBe(0);
    expect(out).toContain('1\tT01\t王建国\t108\t优秀');
  });

  it('reads a campaign .json file with a byte-order mark', async () => {
    const { code, err } = await runCli(['check', 'c.json'], { 'c.json': bytes([0xef, 0xbb, 0xbf], '{}') });
    expect(err).toBe('');
    expect(code).toBe(1);
  });

  it('detects GBK (as Excel on Chinese Windows saves CSV) and reads the same members, in chunks that cut characters and CRLFs', async () => {
    const gbk = encodeGbk(HEADER + ROWS);
    for (const chunk of [3, 7, 1 << 16]) {
      const { code, out } = await runCli(['score', 'gbk.csv'], { 'gbk.csv': gbk }, { chunk });
      expect(code).toBe(0);
      expect(out).toContain('1\tT01\t王建国\t108\t优秀');
      expect(out).toContain('\tT02\t李秀兰\t97\t暂不评定\t');
    }
  });

  it('reads GBK when told with --encoding, and refuses an encoding it does not know with exit code 2', async () => {
    const gbk = encodeGbk(HEADER + ROWS);
    expect((await runCli(['score', 'gbk.csv', '--encoding', 'GBK'], { 'gbk.csv': gbk })).code).toBe(0);
    const wrong = await runCli(['score', 'gbk.csv', '--encoding', 'big5'], { 'gbk.csv': gbk });
    expect(wrong.code).toBe(2);
    expect(wrong.err).toBe('✗ 没有“big5”这种编码;可用:utf-8, utf8, gb18030, gbk, gb2312\n运行“cxzy --help”查看用法\n');
  });

  it('stops at a byte that is not text, naming its line and offset, instead of printing mojibake', async () => {
    const file = bytes(HEADER, 'T01,王建国,正式党员,20,40,10,8,20,10,\r\nT02,李', [0xff], '兰,正式党员\r\n');
    const { code, out, err } = await runCli(['score', 'bad.csv', '--encoding', 'utf-8', '--lang', 'en'], { 'bad.csv': file });
    expect(code).toBe(1);
    expect(out).toBe('');
    const offset = bytes(HEADER, 'T01,王建国,正式党员,20,40,10,8,20,10,\r\nT02,李').length;
    expect(err).toBe(`✗ "bad.csv" line 3 (byte ${offset}, 0xFF) is not valid utf-8 text; save the file as UTF-8, or name its encoding with --encoding\n`);
    const cut = await runCli(['score', 'cut.csv', '--encoding', 'utf-8', '--json'], { 'cut.csv': bytes(HEADER, [0xe7, 0x8e]) });
    expect(cut.code).toBe(1);
    expect(JSON.parse(cut.out)).toMatchObject({ valid: false, exitCode: 1, error: { code: 'cli.badEncoding', params: { line: 2, offset: bytes(HEADER).length, byte: 'E7' } } });
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, and LF line ends', async () => {
    const csv = '被评价人,评价人,评议组,得分\n"T01","L1","领导点评",90\n"T01","L""2","领导点评","8\n0"\n';
    const { code, out } = await runCli(['check', 'q.csv', '--kind', 'ballots', '--json'], { 'q.csv': csv }, { chunk: 5 });
    expect(code).toBe(1);
    const report = JSON.parse(out) as { issues: { params: Record<string, unknown> }[] };
    expect(report.issues[0]?.params).toMatchObject({ row: 3, column: '得分', value: '8\n0' });
  });
});

describe('reading .xlsx workbooks', () => {
  const table = [['党员编号', '姓名', '政治学习', '教育教学'], ['T01', '王建国', 20, '40'], [null, null, null, null], ['T02', '李秀兰', '１８', ' 35.5 ']];

  it('reads the first sheet, or the one named with --sheet; an unknown sheet is a usage error naming those there are', async () => {
    const book = await workbook([{ name: '说明', rows: [['填表说明']] }, { name: '考核表', rows: table }]);
    const files = { 'b.xlsx': book };
    expect((await runCli(['score', 'b.xlsx', '--sheet', '考核表'], files)).out).toContain('\tT02\t李秀兰\t53.5\t不合格\t');
    const first = await runCli(['check', 'b.xlsx', '--kind', 'members'], files);
    expect(first.code).toBe(1);
    const missing = await runCli(['score', 'b.xlsx', '--sheet', 'Sheet9'], files);
    expect([missing.code, missing.err]).toEqual([2, '✗ “b.xlsx”中没有工作表“Sheet9”;有:说明, 考核表\n运行“cxzy --help”查看用法\n']);
  });

  it('names the row as Excel shows it, after an empty row, and the column by its header', async () => {
    const book = await workbook([{ name: 'S', rows: [...table, ['T03', '张伟', '二十', 30]] }]);
    const { code, out } = await runCli(['score', 'b.xlsx'], { 'b.xlsx': book });
    expect(code).toBe(1);
    expect(out).toContain('第 5 行“政治学习”列的“二十”不是数字');
  });

  it('refuses a file that is not a workbook', async () => {
    const { code, err } = await runCli(['score', 'x.xlsx'], { 'x.xlsx': 'not a zip' });
    expect([code, err]).toEqual([1, '✗ “x.xlsx”不是工作簿文件(“.xlsx”)\n']);
  });

  it('reads back what it writes: text, numbers, truth values, XML characters and shared strings', async () => {
    const book = openXlsx(await workbook([{ name: 'A&B', rows: [['a<b', 1.5, null, 'x'], [], ['"q"']] }]), 'w.xlsx');
    expect(book.sheetNames).toEqual(['A&B']);
    expect([...book.rows('A&B')]).toEqual([['a<b', 1.5, null, 'x'], [], ['"q"']]);
  });
});

describe('writing --out files', () => {
  const files = { 's.csv': HEADER + ROWS };

  it('writes the 公示 table as .xlsx and .json, and says so', async () => {
    const xlsx = await runCli(['score', 's.csv', '--out', 'p.xlsx'], files);
    expect(xlsx.out).toContain('已写入 p.xlsx(2 行)');
    expect([...openXlsx(xlsx.written.get('p.xlsx')!, 'p.xlsx').rows('公示')][1]?.slice(0, 5)).toEqual([1, 'T01', '王建国', 108, '优秀']);
    const json = await runCli(['score', 's.csv', '--out', 'p.json', '--json', '--lang=en'], files);
    expect(JSON.parse(new TextDecoder().decode(json.written.get('p.json')))[0]).toMatchObject({ Rank: 1, 'Member ID': 'T01', Tier: 'Excellent' });
    expect(JSON.parse(json.out)).toMatchObject({ valid: true, out: 'p.json', rows: 2 });
  });

  it('refuses a format it does not write (exit 2) and a place it cannot write (exit 1)', async () => {
    expect((await runCli(['score', 's.csv', '--out', 'p.docx'], files)).code).toBe(2);
    const nowhere = await runCli(['score', 's.csv', '--out', '/nowhere/p.csv'], files);
    expect([nowhere.code, nowhere.err]).toEqual([1, '✗ 无法写入“/nowhere/p.csv”(ENOENT)\n']);
  });
});

describe('the command line itself', () => {
  it('prints help and the version with exit code 0; --lang en and --lang=en both work', async () => {
    for (const args of [['--help'], ['-h'], ['help'], ['--lang=en', '--help'], ['--lang', 'en', 'help']]) {
      const { code, out, err } = await runCli(args);
      expect([code, err]).toEqual([0, '']);
      expect(out).toMatch(/^(用法|Usage): cxzy <(命令|command)>/);
      expect(out).toContain('退出码: 0 无问题;1 数据有问题(或文件无法读取);2 命令用法有误。'.slice(0, args.some((arg) => arg.includes('en')) ? 0 : 10));
    }
    expect(await runCli(['--version'])).toMatchObject({ code: 0, out: 'cxzy 1.2.3\n' });
    expect(JSON.parse((await runCli(['-v', '--json'])).out)).toEqual({ version: '1.2.3' });
  });

  it.each(['score', 'evaluate', 'check', 'schema', 'template', 'demo'])('has help for %s, with its exit codes', async (command) => {
    for (const args of [[command, '--help'], ['help', command]]) {
      const { code, out } = await runCli([...args, '--lang=en']);
      expect(code).toBe(0);
      expect(out).toMatch(new RegExp(`^Usage: cxzy ${command}`));
      expect(out).toMatch(/Exit codes?: 0/);
    }
  });

  it('says what is wrong with the command line, exits 2, and with --json says it as JSON', async () => {
    expect((await runCli([])).code).toBe(2);
    for (const [args, code] of [
      [['score', 'a.csv', '--nope'], 'cli.unknownOption'],
      [['demo', '--rule', 'x'], 'cli.optionNotFor'],
      [['help', 'nothing'], 'cli.unknownCommand'],
      [['score'], 'cli.missingFile'],
      [['score', 'a.csv', 'b.csv'], 'cli.tooManyFiles'],
      [['schema', 'a', 'b'], 'cli.tooManyFiles'],
      [['template', 'x'], 'cli.tooManyFiles'],
      [['demo', 'x'], 'cli.tooManyFiles'],
      [['demo', '--lang', 'fr'], 'cli.unknownLocale'],
      [['check', 'a.csv', '--kind', 'x'], 'cli.unknownKind'],
      [['template', '--kind', 'x'], 'cli.unknownKind'],
      [['evaluate', 'a.csv', '--policy', 'nope'], 'cli.unknownPolicy'],
      [['evaluate', 'a.csv', '--vote-rule', 'nope'], 'cli.unknownVoteRule'],
      [['template', '--kind', 'ballots', '--policy', 'nope'], 'cli.unknownPolicy'],
      [['score', 'a.doc'], 'cli.unknownFormat'],
    ] as const) {
      const { code: exit, out, err } = await runCli([...args, '--json'], { 'a.csv': HEADER });
      expect([args, exit, err]).toEqual([args, 2, '']);
      expect(JSON.parse(out)).toMatchObject({ valid: false, exitCode: 2, error: { code } });
    }
  });

  it('with --json, a file that cannot be read is JSON too, exit code 1', async () => {
    const { code, out, err } = await runCli(['check', 'gone.json', '--json', '--lang', 'en']);
    expect([code, err]).toEqual([1, '']);
    expect(JSON.parse(out)).toEqual({ valid: false, exitCode: 1, error: { code: 'cli.cannotRead', message: 'Cannot read "gone.json" (ENOENT)', params: { path: 'gone.json', reason: 'ENOENT' } } });
    const broken = await runCli(['check', 'b.json', '--json'], { 'b.json': '{ "id": ' });
    expect(JSON.parse(broken.out)).toMatchObject({ error: { code: 'cli.notValidJson' } });
  });

  it('shows a progress line on a terminal when the work takes more than a second, and clears it', async () => {
    let now = 0;
    const big = HEADER + Array.from({ length: 30_000 }, (_, at) => `M${at},党员,正式党员,20,40,10,,20,10,\r\n`).join('');
    const { code, err } = await runCli(['check', 'big.csv'], { 'big.csv': big }, { terminal: true, clock: () => (now += 400) });
    expect(code).toBe(0);
    expect(err).toMatch(/^\r已读 [\d,]+ 行……\u001b\[K/);
    expect(err.endsWith('\r\u001b[K')).toBe(true);
    expect((await runCli(['check', 'big.csv'], { 'big.csv': big }, { terminal: false, clock: () => (now += 400) })).err).toBe('');
  });
});

describe('the other commands on tables', () => {
  it('checks a roster, score ballots and grade ballots, told apart by their headers', async () => {
    const files = {
      'm.csv': '党员编号,姓名,类别,所在党组织\r\nT01,王建国,正式,b1\r\nT02,李秀兰,候补,b1\r\n',
      'b.csv': '被评价人,评价人,评议组,得分\r\nT01,L1,领导点评,90\r\n',
      'g.csv': '被评价人,评价人,评议组,等次\r\nT01,P1,家长评议,满意\r\nT01,P2,家长评议,很好\r\n',
    };
    expect((await runCli(['check', 'm.csv'], files)).out).toContain('第 3 行“类别”列');
    expect((await runCli(['check', 'b.csv'], files)).code).toBe(0);
    const grades = await runCli(['check', 'g.csv'], files);
    expect([grades.code, grades.out.includes('第 3 行“等次”列')]).toEqual([1, true]);
  });

  it('counts grade ballots: votes per grade, 满意率 and the recommended verdict', async () => {
    const rows = ['满意', '满意', '基本满意', '不满意'].map((grade, at) => `B,P${at},家长评议,${grade}`).join('\r\n');
    const { code, out } = await runCli(['evaluate', 'g.csv'], { 'g.csv': `被评价人,评价人,评议组,等次\r\n${rows}\r\n` });
    expect(code).toBe(0);
    expect(out).toContain('被评价人编号\t满意票数\t基本满意票数\t不满意票数\t有效票数\t无效票数\t满意率\t建议等次');
    expect(out).toContain('B\t2\t1\t1\t4\t0\t75%\t基本满意');
    expect(out).toContain('共 1 名被评价人,4 张等次票');
  });

  it('sums up a wide 测评表 under a policy read from a file, and reports a policy file with problems', async () => {
    const policy = { groups: { peer: { weight: 1, method: 'mean' } }, missingGroup: 'renormalize', duplicateBallot: 'error', excludeSelfFromPeer: true, precision: 2 };
    const files = { 'w.csv': '评价人,T01,T02\r\nE1,90,80\r\nE2,86,\r\n', 'p.json': JSON.stringify(policy), 'bad.json': JSON.stringify({ ...policy, precision: 'x' }) };
    const { code, out } = await runCli(['evaluate', 'w.csv', '--wide', '--group', 'peer', '--policy', 'p.json'], files);
    expect(code).toBe(0);
    expect(out).toContain('1\tT01\t88\t2\t88\t');
    expect(out).toContain('2\tT02\t80\t1\t80\t');
    const bad = await runCli(['evaluate', 'w.csv', '--wide', '--group', 'peer', '--policy', 'bad.json'], files);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('(bad.json.precision)');
  });

  it('reads ballots and score cards from .json files too', async () => {
    const files = {
      'b.json': JSON.stringify({ ballots: [{ subjectId: 'T01', evaluatorId: 'E1', group: 'peer', score: 90 }] }),
      'g.json': JSON.stringify({ ballots: [{ subjectId: 'T01', evaluatorId: 'E1', group: 'parents', grade: 'satisfied' }] }),
    };
    expect((await runCli(['evaluate', 'b.json', '--policy', 'three-sided', '--json'], files)).code).toBe(1);
    expect((await runCli(['evaluate', 'g.json', '--out', 'g.csv'], files)).out).toContain('已写入 g.csv(1 行)');
  });

  it('takes score sheets from --sheets, and reports sheets with problems', async () => {
    const sheets = [{ id: 'g', title: '目标', items: [{ id: 'a', title: '工作实绩', kind: 'base', maxPoints: 120 }] }];
    const files = { 's.csv': '党员编号,工作实绩\r\nT01,101\r\n', 'sheets.json': JSON.stringify({ sheets }), 'bad.json': '[{"id": 1}]' };
    expect((await runCli(['score', 's.csv', '--sheets', 'sheets.json'], files)).out).toContain('1\tT01\t101\t优秀');
    expect((await runCli(['score', 's.csv', '--sheets', 'bad.json'], files)).code).toBe(1);
    expect((await runCli(['template', '--sheets', 'sheets.json'], files)).out).toBe('党员编号,姓名,党员类别,工作实绩\r\n');
    expect((await runCli(['template', '--sheets', 'bad.json'], files)).code).toBe(1);
  });

  it('writes templates of ballots (with the policy’s groups), grades and rosters', async () => {
    const ballots = await runCli(['template', '--kind', 'ballots', '--policy', 'three-sided', '--out', 't.xlsx', '--json']);
    expect(openXlsx(ballots.written.get('t.xlsx')!, 't.xlsx').sheetNames).toEqual(['测评票', '评议组']);
    expect(JSON.parse(ballots.out)).toMatchObject({ out: 't.xlsx' });
    expect((await runCli(['template', '--kind', 'grades'])).out).toContain('等次');
    expect((await runCli(['template', '--kind', 'members', '--lang', 'en'])).out).toContain('Member ID');
  });
});

describe('reading workbooks other programs write', () => {
  it('reads shared and rich strings, formulas’ text, truth values, errors, entities, cells without references and empty rows', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const sheet = '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>d</t></is></c></row><row r="3"/><row><c t="str"><v>a&amp;b</v></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c><c><f>1+1</f></c><c><v>2.5</v></c></row></sheetData></worksheet>';
    const shared = '<sst><si><t>编号</t></si><si><r><t>姓</t></r><r><t>名</t></r><rPh><t>xing</t></rPh><t>&#x4E00;&lt;</t></si></sst>';
    const bytes = zipSync({
      'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="S&amp;1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Type="t" Target="/xl/worksheets/sheet1.xml"/></Relationships>'),
      'xl/sharedStrings.xml': strToU8(shared),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
    });
    const book = openXlsx(bytes, 'o.xlsx');
    expect(book.sheetNames).toEqual(['S&1']);
    expect([...book.rows('S&1')]).toEqual([['编号', '姓名一<', null, 'd'], [], [], ['a&b', true, '#N/A', null, 2.5]]);
    expect(() => openXlsx(zipSync({ 'a.txt': strToU8('x') }), 'z.xlsx')).toThrow('notAWorkbook');
  });
});
