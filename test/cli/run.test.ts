import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_CAMPAIGN } from '../../src/cli/demo/example';
import { runCli as run } from './_io';

// Loading the whole program takes a while on a busy machine: once, before the first test's clock starts.
beforeAll(() => import('../../src/cli/run'), 60_000);

const clean = {
  ...EXAMPLE_CAMPAIGN,
  phases: [
    { id: 'p1', kind: 'mobilization', title: '广泛发动,安排部署', start: '2010-06-01', end: '2010-07-04', tasks: [] },
    { id: 'p2', kind: 'implementation', title: '全面争创,扎实推进', start: '2010-07-05', end: '2012-06-30', tasks: [] },
  ],
};

const FILES: Readonly<Record<string, string>> = {
  'clean.json': JSON.stringify(clean),
  'inverted.json': JSON.stringify({
    ...clean,
    phases: [{ ...clean.phases[0], id: 'p3', kind: 'benchmarking', title: '对标定位,晋档升级', start: '2012-07-01', end: '2012-06-30' }],
  }),
  'bad-date.json': JSON.stringify({ ...clean, period: { start: '2010-06-01', end: '2010-02-30' } }),
  'broken.json': '{ "id": "c", ',
  'score.json': JSON.stringify({
    sheets: [
      { id: 'goals', title: '党员目标管理责任书', items: [
        { id: 'teaching', title: '教学工作', kind: 'base', maxPoints: 60 },
        { id: 'model', title: '示范岗', kind: 'bonus', maxPoints: 10 },
      ] },
      { id: 'integrity', title: '党风廉政建设责任书', items: [{ id: 'clean', title: '廉洁从教', kind: 'base', maxPoints: 40 }] },
    ],
    cards: [
      { memberId: 'm1', entries: [
        { sheetId: 'goals', itemId: 'teaching', points: 55.5 },
        { sheetId: 'goals', itemId: 'model', points: 6 },
        { sheetId: 'integrity', itemId: 'clean', points: 38.5 },
      ] },
      { memberId: 'm2', entries: [
        { sheetId: 'goals', itemId: 'teaching', points: 50 },
        { sheetId: 'integrity', itemId: 'clean', points: 30 },
      ] },
    ],
  }),
};

const runCli = (args: readonly string[]) => run(args, FILES);

describe('cxzy demo', () => {
  it('prints the example campaign in zh-CN by default', async () => {
    const { code, out, err } = await runCli(['demo']);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('南郊职业中学党支部深入开展创先争优活动实施方案');
    expect(out).toContain('== 组织检查 ==');
    expect(out).toContain('五个好: 领导班子好、党员队伍好、工作机制好、工作业绩好、师生反映好');
  });

  it('prints English with --lang en', async () => {
    const { code, out } = await runCli(['demo', '--lang', 'en']);
    expect(code).toBe(0);
    expect(out).toContain('== Organization check ==');
    expect(out).toContain('Five Goods: Good leadership team');
  });

  it.each([[[]], [['nonsense']], [['demo', 'extra']], [['demo', '--lang', 'fr']], [['demo', '--lang']], [['check']]])(
    'prints usage to stderr and exits 2 for %j, printing nothing else',
    async (args) => {
      const { code, out, err } = await runCli(args);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(/用法|Usage/);
    },
  );
});

describe('cxzy check FILE', () => {
  it('passes a sound campaign file', async () => {
    expect(await runCli(['check', 'clean.json'])).toMatchObject({ code: 0, out: 'clean.json\n✓ 未发现问题\n', err: '' });
  });

  it('reports the seed’s “对标定位,晋档升级(2012年7月—2012年6月底)” with its path, and exits 1', async () => {
    const { code, out } = await runCli(['check', 'inverted.json', '--lang', 'en']);
    expect(code).toBe(1);
    expect(out).toContain('[schedule.endBeforeStart]');
  });

  it('reports a date that is not a calendar date, with the path to it', async () => {
    const { code, out } = await runCli(['check', 'bad-date.json']);
    expect(code).toBe(1);
    expect(out).toContain('[schema.invalid_format]');
    expect(out).toContain('(period.end)');
  });

  it('gives machine output with --json', async () => {
    const { code, out } = await runCli(['check', 'bad-date.json', '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(out) as { valid: boolean; issues: { code: string; path: unknown[] }[] };
    expect(report.valid).toBe(false);
    expect(report.issues.map((issue) => [issue.code, issue.path])).toEqual([['schema.invalid_format', ['period', 'end']]]);
  });

  it.each([
    ['broken.json', /不是有效的 JSON/],
    ['missing.json', /ENOENT/],
  ])('says clearly what is wrong with %s, on stderr only', async (file, message) => {
    const { code, out, err } = await runCli(['check', file]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(message);
  });
});

describe('cxzy score FILE', () => {
  const file = JSON.parse(FILES['score.json']!) as { sheets: unknown[]; cards: { entries: { points: unknown }[] }[] };
  const withFile = (name: string, value: unknown) => {
    (FILES as Record<string, string>)[name] = JSON.stringify(value);
    return name;
  };

  it('grades each member under the 2015 seed’s rule: 100分以上为优秀, 80—100分为合格', async () => {
    expect(await runCli(['score', 'score.json'])).toEqual({
      code: 0,
      out: [
        'score.json',
        '排名\t党员编号\t总分\t等次\t说明',
        '1\tm1\t100\t优秀\t总分 100 分(基本分 94,加分 6,扣分 0);“示范岗”加 6 分;100 分落入“100分以上”档,评定为优秀;100 分同时属于“100分以上”“80—100分”,按规则取较高等次:“100分以上”',
        '2\tm2\t80\t合格\t总分 80 分(基本分 80,加分 0,扣分 0);80 分落入“80—100分”档,评定为合格;80 分同时属于“80—100分”“60—80分”,按规则取较高等次:“80—100分”',
        '共 2 名党员,评定 2 名:优秀 1、合格 1',
        '✓ 未发现问题',
        '',
      ].join('\n'),
      err: '',
      written: new Map(),
    });
  });

  it('reads a rule written as a plan writes it', async () => {
    const name = withFile('strict.json', { ...file, rule: '90分以上为优秀;60—90分为合格;60分以下为不合格' });
    const { code, out } = await runCli(['score', name, '--lang', 'en']);
    expect(code).toBe(0);
    expect(out).toContain('2\tm2\t80\tQualified\t');
  });

  it('warns (⚠, not ✗) of a rule that grades no score below 60, pointing into the rule, and exits 0', async () => {
    const name = withFile('gap.json', { ...file, rule: '90分以上为优秀;60—89分为合格' });
    const { code, out } = await runCli(['score', name]);
    expect(code).toBe(0);
    expect(out).toContain('⚠ [scoring.ruleUncoveredBelow] 低于 60 分的分数不属于任何等次  (rule.bands.1.min)');
    expect(out).not.toContain('✗');
  });

  it('reports points over an item’s maximum at the card and entry, and grades nobody on a bad card', async () => {
    const cards = [file.cards[0], { ...file.cards[1], entries: [{ sheetId: 'goals', itemId: 'teaching', points: 65 }] }];
    const { code, out } = await runCli(['score', withFile('over.json', { ...file, cards }), '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(out) as { issues: { code: string; path: unknown[] }[]; members: { tier?: string }[] };
    expect(report.issues.map((issue) => [issue.code, issue.path])).toContainEqual(['scoring.overMaximum', ['cards', 1, 'entries', 0, 'points']]);
    expect(report.members.map((member) => member.tier)).toEqual(['excellent', undefined]);
  });

  it('does not grade a member without scores, says why in zh-CN, and exits 1', async () => {
    const name = withFile('no-scores.json', { ...file, cards: [file.cards[0], { memberId: 'm3', entries: [] }] });
    expect(await runCli(['score', name])).toEqual({
      code: 1,
      out: [
        name,
        '排名\t党员编号\t总分\t等次\t说明',
        '1\tm1\t100\t优秀\t总分 100 分(基本分 94,加分 6,扣分 0);“示范岗”加 6 分;100 分落入“100分以上”档,评定为优秀;100 分同时属于“100分以上”“80—100分”,按规则取较高等次:“100分以上”',
        '\tm3\t\t暂不评定\t不计总分;没有任何得分记录,不计总分,暂不评定等次',
        '共 2 名党员,评定 1 名:优秀 1',
        '✗ 1 名党员未能评定等次:m3',
        '✗ [scoring.noScores] 党员“m3”没有任何得分记录,不计总分,暂不评定等次  (cards.1.entries)',
        '',
      ].join('\n'),
      err: '',
      written: new Map(),
    });
  });

  it('does not grade a member without scores, says why in English with --lang en, and exits 1', async () => {
    const name = withFile('no-scores-en.json', { ...file, cards: [{ memberId: 'm3', entries: [] }, file.cards[1]] });
    const { code, out } = await runCli(['score', name, '--lang', 'en']);
    expect(code).toBe(1);
    expect(out.split('\n').slice(3, 6)).toEqual([
      '\tm3\t\tNot graded\tNo total; No scores at all: no total and no tier',
      '2 members, 1 graded: Qualified 1',
      '✗ 1 members could not be graded: m3',
    ]);
  });

  it('shows no total for a card rejected for a deduction over its maximum, names the item by its title, and exits 1', async () => {
    const sheets = [{ id: 'goals', title: '党员目标管理责任书', items: [
      { id: 'teaching', title: '教学工作', kind: 'base', maxPoints: 100 },
      { id: 'late', title: '迟到早退', kind: 'deduction', maxPoints: 5 },
    ] }];
    const cards = [{ memberId: 'm1', entries: [{ sheetId: 'goals', itemId: 'teaching', points: 100 }, { sheetId: 'goals', itemId: 'late', points: 9 }] }];
    const name = withFile('rejected.json', { sheets, cards });
    const { code, out } = await runCli(['score', name]);
    expect(code).toBe(1);
    expect(out).toContain('\tm1\t\t暂不评定\t');
    expect(out).toContain('考核卡中“迟到早退”的得分有误,不计总分,暂不评定等次');
    const json = await runCli(['score', name, '--json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out) as {
      valid: boolean;
      members: { total: number | null; tier?: string }[];
      notGraded: { memberId: string; cause: string; reason: Record<string, string> }[];
    };
    expect(report.valid).toBe(false);
    expect(report.members.map((member) => [member.total, member.tier])).toEqual([[null, undefined]]);
    expect(report.notGraded).toEqual([
      {
        memberId: 'm1',
        cause: 'cardRejected',
        reason: {
          'zh-CN': '考核卡中“迟到早退”的得分有误,不计总分,暂不评定等次',
          en: 'The card\'s points on "迟到早退" have errors: no total and no tier until they are fixed',
        },
      },
    ]);
  });

  it('lists a probationary member the rule does not grade, and still exits 0', async () => {
    const cards = [file.cards[0], { ...(file.cards[1] as object), status: 'probationary' }];
    const name = withFile('probationary.json', { ...file, cards });
    const { code, out } = await runCli(['score', name, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out) as { valid: boolean; notGraded: { memberId: string; cause: string }[] };
    expect(report.valid).toBe(true);
    expect(report.notGraded.map((member) => [member.memberId, member.cause])).toEqual([['m2', 'probationary']]);
    expect((await runCli(['score', name])).out).toContain('\tm2\t80\t暂不评定\t总分 80 分(基本分 80,加分 0,扣分 0);预备党员参加评议,但不评定等次\n');
  });

  it('reports input of the wrong shape with paths from the file’s root', async () => {
    const cards = [{ memberId: 'm1', entries: [{ sheetId: 'goals', itemId: 'teaching', points: '55.5' }] }];
    const { code, out } = await runCli(['score', withFile('shape.json', { sheets: 'none', cards, rule: 7 }), '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(out) as { issues: { code: string; path: unknown[] }[] };
    expect(report.issues.map((issue) => issue.path.slice(0, 1))).toEqual([['sheets'], ['cards'], ['rule']]);
  });

  it.each([
    [7, 'number'],
    [null, 'null'],
    [['90分以上为优秀'], 'array'],
    [{ text: '90分以上为优秀' }, 'object'],
  ])('reports a rule that is not text (%j) as such, at the rule, in both languages', async (rule, type) => {
    const name = withFile(`rule-${type}.json`, { ...file, rule });
    const { code, out } = await runCli(['score', name, '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(out) as { issues: { code: string; severity: string; path: unknown[]; params: unknown; message: Record<string, string> }[] };
    expect(report.issues).toHaveLength(1);
    const [issue] = report.issues;
    expect([issue!.code, issue!.severity, issue!.path, issue!.params]).toEqual(['cli.ruleNotText', 'error', ['rule'], { type }]);
    expect(issue!.message['zh-CN']).toContain(`实为 ${type}`);
    expect(issue!.message.en).toContain(`not ${type}`);
    expect((await runCli(['score', name, '--lang', 'en'])).out).toBe(`${name}\n✗ [cli.ruleNotText] ${issue!.message.en}  (rule)\n`);
  });

  it('still reads an empty rule text as the tier-rule reader does', async () => {
    const { code, out } = await runCli(['score', withFile('empty-rule.json', { ...file, rule: '' }), '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(out) as { issues: { code: string; path: unknown[] }[] };
    expect(report.issues.map((issue) => issue.code)).toEqual(['scoring.parseEmpty']);
  });
});

describe('cxzy schema', () => {
  it('prints every JSON Schema, or one by name', async () => {
    const all = await runCli(['schema']);
    expect(all.code).toBe(0);
    expect(Object.keys(JSON.parse(all.out) as object)).toContain('Campaign');
    const member = await runCli(['schema', 'Member']);
    expect((JSON.parse(member.out) as { title: string }).title).toBe('Member');
  });

  it('names the schemas there are when asked for one that is not', async () => {
    const { code, out, err } = await runCli(['schema', 'Nobody', '--lang', 'en']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain('✗ There is no JSON Schema named "Nobody"; the names are: Campaign');
  });
});
