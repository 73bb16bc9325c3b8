import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { EXAMPLE_CAMPAIGN } from '../../src/cli/demo/example';
import { formatMessage, renderMessage, type Issue, type ParseResult } from '../../src/i18n';
import { checkOrganizationTree } from '../../src/organization';
import {
  parseCampaign,
  parseCandidates,
  parseCommitments,
  parseIsoDate,
  parseMember,
  parseMembers,
  parseOrganization,
  parseRectificationItems,
  parseScoreCards,
  parseScoreSheets,
  safeParseWith,
} from '../../src/schema';

/** What a user reads of each issue: its code, path, and the message in both locales. */
const read = (result: ParseResult<unknown>) =>
  result.success ? [] : result.issues.map((issue) => ({ code: issue.code, path: issue.path, zh: issue.message['zh-CN'], en: issue.message.en }));

const member = { id: 'm1', name: '李明', organizationId: 'b', status: 'full', roles: ['secretary'] };
const card = (memberId: string, points: unknown) => ({ memberId, entries: [{ sheetId: 'goals', itemId: 'teaching', points }] });

describe('schema messages name the field, what was expected and what was found', () => {
  it('a score card whose points are the text “八十”: the card and the entry counted from 1, the path as in the data', () => {
    const result = parseScoreCards([card('m1', 38), card('m2', 40), card('m3', '八十')]);
    expect(read(result)).toEqual([
      {
        code: 'schema.invalid_type',
        path: [2, 'entries', 0, 'points'],
        zh: '第 3 项“得分记录”第 1 项“分值”应为数字,实际为文本“八十”',
        en: '"points" of item 1 of "entries" of item 3 must be a number, not the text "八十"',
      },
    ]);
    expect(result.success ? undefined : result.issues[0]?.params).toEqual({ expected: 'number', found: 'text' });
  });

  it('a member with a field missing, one of the wrong kind and codes that are not among the options', () => {
    expect(read(parseMember({ id: 7, organizationId: 'b', status: 'member', roles: ['boss'] }))).toEqual([
      { code: 'schema.invalid_type', path: ['id'], zh: '“编号”应为文本,实际为数字 7', en: '"id" must be text, not the number 7' },
      { code: 'schema.invalid_type', path: ['name'], zh: '缺少“名称”', en: '"name" is missing' },
      {
        code: 'schema.invalid_value',
        path: ['status'],
        zh: '“状态”为“member”,应为以下之一:full(正式党员), probationary(预备党员)',
        en: '"status" is "member"; it must be one of: full (Full member), probationary (Probationary member)',
      },
      {
        code: 'schema.invalid_value',
        path: ['roles', 0],
        zh: '“职务”第 1 项为“boss”,应为以下之一:secretary(书记), deputySecretary(副书记), committeeMember(支委), groupLeader(党小组组长), partyAffairsWorker(党务工作者)',
        en: 'Item 1 of "roles" is "boss"; it must be one of: secretary (Secretary), deputySecretary (Deputy secretary), committeeMember (Committee member), groupLeader (Party group leader), partyAffairsWorker (Party affairs worker)',
      },
    ]);
  });

  it('keeps params plain: the kind expected and the kind found, "missing" for a missing field, the options as codes', () => {
    const result = parseMember({ ...member, name: undefined, id: null, status: 3 });
    expect(result.success ? [] : result.issues.map((issue) => issue.params)).toEqual([
      { expected: 'text', found: 'null' },
      { expected: 'text', found: 'missing' },
      { options: 'full, probationary', found: 'number' },
    ]);
    expect(result.success ? '' : result.issues[2]?.message['zh-CN']).toBe('“状态”应为以下之一:full(正式党员), probationary(预备党员),实际为数字 3');
  });

  it('a date that is not a calendar date, named by its field', () => {
    const bad = { ...EXAMPLE_CAMPAIGN, period: { start: '2010-06-01', end: '2010-02-30' } };
    expect(read(parseCampaign(bad))).toEqual([
      {
        code: 'schema.invalid_format',
        path: ['period', 'end'],
        zh: '“结束日期”应为 YYYY-MM-DD 格式的有效日期,实际为文本“2010-02-30”',
        en: '"end date" must be a calendar date written YYYY-MM-DD, not the text "2010-02-30"',
      },
    ]);
    expect(read(parseIsoDate('2010年9月8日'))[0]?.zh).toBe('输入应为 YYYY-MM-DD 格式的有效日期,实际为文本“2010年9月8日”');
  });

  it('a task deep inside a campaign: the phase and the task, each counted from 1', () => {
    const [phase] = EXAMPLE_CAMPAIGN.phases;
    const bad = { ...EXAMPLE_CAMPAIGN, phases: [phase, { ...phase, id: 'p2', tasks: [{ id: 't1', title: '动员' }, { id: 't2', title: 3 }] }] };
    expect(read(parseCampaign(bad))).toEqual([
      {
        code: 'schema.invalid_type',
        path: ['phases', 1, 'tasks', 1, 'title'],
        zh: '第 2 项“任务”第 2 项“标题”应为文本,实际为数字 3',
        en: '"title" of item 2 of "tasks" of item 2 must be text, not the number 3',
      },
    ]);
  });

  it('the text "false" where a yes-or-no belongs', () => {
    const item = {
      id: 'r1', problem: '学习不经常', source: 'massOpinion', measure: '每周集中学习', target: '形成制度', due: '2012-06-30',
      ownerId: 'm1', status: 'open', processDisclosed: 'false', resultDisclosed: false,
    };
    expect(read(parseRectificationItems([item]))).toEqual([
      {
        code: 'schema.invalid_type',
        path: [0, 'processDisclosed'],
        zh: '第 1 项“整改过程已公开”应为布尔值(true 或 false),实际为文本“false”',
        en: '"process disclosed" of item 1 must be a boolean (true or false), not the text "false"',
      },
    ]);
  });

  it('NaN where a number belongs, and a number below its bound', () => {
    expect(read(parseCandidates([{ id: 'c1', title: 'excellentMember', performance: Number.NaN, recognition: 90 }]))).toEqual([
      {
        code: 'schema.invalid_type',
        path: [0, 'performance'],
        zh: '第 1 项“工作实绩”应为数字,实际为无效数值 NaN',
        en: '"work results" of item 1 must be a number, not the invalid number NaN',
      },
    ]);
    const sheet = { id: 'goals', title: '党员目标管理责任书', items: [{ id: 'teaching', title: '教学工作', kind: 'base', maxPoints: -5 }] };
    expect(read(parseScoreSheets([sheet]))).toEqual([
      {
        code: 'schema.too_small',
        path: [0, 'items', 0, 'maxPoints'],
        zh: '第 1 项“项目”第 1 项“满分”为 -5,应不小于 0',
        en: '"maximum points" of item 1 of "items" of item 1 is -5; it must be at least 0',
      },
    ]);
  });

  it('unknown fields, listed by name', () => {
    const hostile = JSON.parse('{"id":"b","name":"党支部","kind":"branch","__proto__":{"polluted":true},"parentld":"x"}') as unknown;
    expect(read(parseOrganization(hostile))).toEqual([
      { code: 'schema.unrecognized_keys', path: [], zh: '输入有未知字段:__proto__, parentld', en: 'The input has unknown fields: __proto__, parentld' },
    ]);
    const commitment = { id: 'c1', level: 'member', makerId: 'm1', audiences: ['members'], items: [], note: '' };
    expect(read(parseCommitments([commitment]))[0]?.zh).toBe('第 1 项有未知字段:note');
  });

  it('a list or an object where the other belongs', () => {
    expect(read(parseScoreCards({ cards: [] }))).toEqual([
      { code: 'schema.invalid_type', path: [], zh: '输入应为列表,实际为对象', en: 'The input must be a list, not an object' },
    ]);
    expect(read(parseMember(null))[0]?.zh).toBe('输入应为对象,实际为空值 null');
  });

  it('says what was found without running the found value’s own code', () => {
    const hostile = [{ toString: 1 }, Object.create(null) as object, [Object.create(null) as object], { toString: () => { throw new Error('ran'); } }];
    expect(hostile.map((name) => read(parseMember({ ...member, name }))[0]?.zh)).toEqual([
      '“名称”应为文本,实际为对象',
      '“名称”应为文本,实际为对象',
      '“名称”应为文本,实际为列表',
      '“名称”应为文本,实际为对象',
    ]);
  });
});

describe('positions count from 1 in messages; paths and params keep the index', () => {
  it('a duplicate id names the first use as a reader counts', () => {
    const result = parseMembers([member, { ...member, name: '李明二' }]);
    expect(result.success ? [] : result.issues.map((issue) => [issue.path, issue.params, issue.message])).toEqual([
      [[1, 'id'], { id: 'm1', firstIndex: 0 }, { 'zh-CN': '第 2 项“编号”为“m1”,与第 1 项重复', en: '"id" of item 2 is "m1", already used by item 1' }],
    ]);
  });

  it('a duplicate or blank id deep inside a campaign says where it is', () => {
    const [phase] = EXAMPLE_CAMPAIGN.phases;
    const tasks = [{ id: 't1', title: '动员' }, { id: ' ', title: '学习' }, { id: 't1', title: '总结' }];
    const bad = { ...EXAMPLE_CAMPAIGN, phases: [phase, { ...phase, id: 'p2', tasks }] };
    expect(read(parseCampaign(bad))).toEqual([
      { code: 'schema.blank', path: ['phases', 1, 'tasks', 1, 'id'], zh: '第 2 项“任务”第 2 项“编号”不能为空白', en: '"id" of item 2 of "tasks" of item 2 must not be blank' },
      {
        code: 'schema.duplicateId',
        path: ['phases', 1, 'tasks', 2, 'id'],
        zh: '第 2 项“任务”第 3 项“编号”为“t1”,与第 1 项重复',
        en: '"id" of item 3 of "tasks" of item 2 is "t1", already used by item 1',
      },
    ]);
  });

  it('so do the domains’ duplicate messages, and renderMessage from the params', () => {
    const issues = checkOrganizationTree([
      { id: 'b', name: '一支部', kind: 'branch' },
      { id: 'b', name: '二支部', kind: 'branch' },
    ]);
    const duplicate = issues.find((issue) => issue.code === 'organization.duplicateId');
    expect(duplicate?.params['firstIndex']).toBe(0);
    expect(duplicate?.message['zh-CN']).toBe('组织编号“b”重复,首次出现在第 1 项');
    expect(renderMessage('schema.duplicateId', { id: 'm1', firstIndex: 4 }, 'zh-CN')).toBe('编号“m1”重复,首次出现在第 5 项');
  });

  it('{name|position} shows an index from 1 and leaves anything else as it is', () => {
    expect(formatMessage('第 {i|position} 项', { i: 0 })).toBe('第 1 项');
    expect(formatMessage('第 {i|position} 项', { i: 'x' })).toBe('第 x 项');
    expect(formatMessage('第 {i|position} 项', { i: -1 })).toBe('第 -1 项');
    expect(formatMessage('第 {i|position} 项', {})).toBe('第 {i|position} 项');
  });
});

describe('safeParseWith words every zod check in cxzy’s words', () => {
  const Settings = z.strictObject({
    myCode: z.string().min(2).max(4),
    myBlank: z.string().min(1),
    myMembers: z.array(z.string()).min(1),
    mySeats: z.array(z.string()).max(1),
    myPair: z.array(z.number()).length(2),
    myShare: z.number().positive(),
    myCap: z.number().lt(10),
    myLimit: z.number().max(5),
    myScore: z.number().multipleOf(0.01),
    myStep: z.number().multipleOf(5),
    myCount: z.int(),
    myId: z.union([z.string(), z.number()]),
    myKind: z.literal('school'),
    myPattern: z.string().regex(/^[a-z]+$/),
    myShape: z.discriminatedUnion('variant', [z.object({ variant: z.literal('a') }), z.object({ variant: z.literal('b') })]),
    myWeights: z.record(z.enum(['north', 'south']), z.number()),
  });
  const input = {
    myCode: 'x', myBlank: '', myMembers: [], mySeats: ['a', 'b'], myPair: [1], myShare: 0, myCap: 10, myLimit: 6, myScore: 92.555, myStep: 7,
    myCount: 1.5, myId: true, myKind: 'college', myPattern: 'ABC', myShape: { variant: 'c' }, myWeights: { north: 1, east: 2 },
  };
  const issues = (): Issue[] => {
    const result = safeParseWith(Settings, input);
    return result.success ? [] : [...result.issues];
  };

  it('in zh-CN', () => {
    expect(issues().map((issue) => [issue.code, issue.message['zh-CN']])).toEqual([
      ['schema.too_small', '“myCode”应至少有 2 个字符,实际只有 1 个'],
      ['schema.too_small', '“myBlank”不能为空'],
      ['schema.too_small', '“myMembers”不能为空,至少应有 1 项'],
      ['schema.too_big', '“mySeats”应至多有 1 项,实际有 2 项'],
      ['schema.too_small', '“myPair”应恰好有 2 项,实际有 1 项'],
      ['schema.too_small', '“myShare”为 0,应大于 0'],
      ['schema.too_big', '“myCap”为 10,应小于 10'],
      ['schema.too_big', '“myLimit”为 6,应不大于 5'],
      ['schema.not_multiple_of', '“myScore”为 92.555,最多保留 2 位小数'],
      ['schema.not_multiple_of', '“myStep”为 7,应为 5 的整数倍'],
      ['schema.invalid_type', '“myCount”应为整数,实际为数字 1.5'],
      ['schema.invalid_union', '“myId”应为文本或数字,实际为布尔值 true'],
      ['schema.invalid_value', '“myKind”应为 school,实际为文本“college”'],
      ['schema.invalid_format', '“myPattern”的格式不符合要求,实际为文本“ABC”'],
      ['schema.invalid_union', '“variant”为“c”,应为以下之一:a, b'],
      ['schema.invalid_type', '缺少“south”'],
      ['schema.unrecognized_keys', '“myWeights”有未知字段:east'],
    ]);
  });

  it('in en', () => {
    expect(issues().map((issue) => issue.message.en)).toEqual([
      '"myCode" must have at least 2 character(s), not 1',
      '"myBlank" must not be empty',
      '"myMembers" must not be empty: it needs at least 1 item',
      '"mySeats" must have at most 1 item(s), not 2',
      '"myPair" must have exactly 2 item(s), not 1',
      '"myShare" is 0; it must be more than 0',
      '"myCap" is 10; it must be less than 10',
      '"myLimit" is 6; it must be at most 5',
      '"myScore" is 92.555; it may have at most 2 decimal places',
      '"myStep" is 7; it must be a multiple of 5',
      '"myCount" must be a whole number, not the number 1.5',
      '"myId" must be text or a number, not the boolean true',
      '"myKind" must be school, not the text "college"',
      '"myPattern" is not in the required form: the text "ABC"',
      '"variant" is "c"; it must be one of: a, b',
      '"south" is missing',
      '"myWeights" has unknown fields: east',
    ]);
  });

  it('keeps the paths and gives plain params', () => {
    const all = issues();
    expect(all.map((issue) => issue.path.join('.'))).toEqual([
      'myCode', 'myBlank', 'myMembers', 'mySeats', 'myPair', 'myShare', 'myCap', 'myLimit', 'myScore', 'myStep', 'myCount', 'myId', 'myKind', 'myPattern', 'myShape.variant', 'myWeights.south', 'myWeights',
    ]);
    for (const issue of all) for (const value of Object.values(issue.params)) expect(['string', 'number']).toContain(typeof value);
    expect(all[0]?.params).toEqual({ min: 2, length: 1 });
    expect(all[8]?.params).toEqual({ value: 92.555, places: 2 });
  });

  it('never lets zod’s own wording through: no zod phrases in zh-CN or en', () => {
    for (const issue of issues()) {
      const bare = issue.message['zh-CN'].replace(/“[^“”]*”/g, '');
      expect(bare).not.toMatch(/无效|期望|接收|Invalid|expected|received/);
      expect(issue.message.en).not.toMatch(/Invalid|expected|received|Too (?:small|big)/);
    }
  });

  it('keeps a refinement’s own message, and words one that gave none', () => {
    const Score = z.number().refine((value) => Math.round(value * 100) === value * 100, '最多两位小数');
    expect(safeParseWith(Score, 92.555)).toEqual({
      success: false,
      issues: [{ code: 'schema.custom', severity: 'error', path: [], message: { 'zh-CN': '最多两位小数', en: '最多两位小数' }, params: {} }],
    });
    const Even = z.object({ seats: z.number().refine((value) => value % 2 === 0) });
    expect(read(safeParseWith(Even, { seats: 3 }))).toEqual([
      { code: 'schema.custom', path: ['seats'], zh: '“seats”无效,实际为数字 3', en: '"seats" is not valid: the number 3' },
    ]);
  });

  it('applies its wording per parse and leaves zod’s global configuration alone', () => {
    const before = { ...z.config() };
    safeParseWith(z.string(), 1);
    expect(z.config()).toEqual(before);
    const plain = z.string().safeParse(1);
    expect(plain.success ? '' : plain.error.issues[0]?.message).toBe('Invalid input: expected string, received number');
  });
});
