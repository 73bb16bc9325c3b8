import { describe, expect, it } from 'vitest';
import { STANDARD_SETS } from '../../src/campaign';
import {
  parseCampaign,
  parseFunctionalGroups,
  parseIsoDate,
  parseLeadingGroup,
  parseMassOrganizations,
  parseMember,
  parseMembers,
  parseOrganization,
  parseOrganizations,
  parseStandardSet,
} from '../../src/schema';
import type { Issue } from '../../src/i18n';
import { EXAMPLE_CAMPAIGN } from '../../src/cli/demo/example';

const issuesOf = (result: { success: boolean; issues?: readonly Issue[] }) =>
  result.success ? [] : (result.issues ?? []).map((issue) => [issue.code, issue.path.join('.')]);

const member = { id: 'm1', name: '李明', organizationId: 'b', status: 'full', roles: ['secretary'] };
const campaign = JSON.parse(JSON.stringify(EXAMPLE_CAMPAIGN)) as Record<string, unknown>;

describe('parse* functions never throw and return every problem with a path', () => {
  it('accepts good input and returns it', () => {
    const result = parseMember(member);
    expect(result).toEqual({ success: true, data: member });
    expect(parseCampaign(campaign)).toEqual({ success: true, data: EXAMPLE_CAMPAIGN });
  });

  it('accepts every shipped standard set', () => {
    for (const set of Object.values(STANDARD_SETS)) expect(parseStandardSet(set).success).toBe(true);
  });

  it('reports wrong types, missing fields and unknown enum values, all at once', () => {
    const result = parseMember({ id: 7, organizationId: 'b', status: 'member', roles: ['boss'] });
    expect(issuesOf(result)).toEqual([
      ['schema.invalid_type', 'id'],
      ['schema.invalid_type', 'name'],
      ['schema.invalid_value', 'status'],
      ['schema.invalid_value', 'roles.0'],
    ]);
  });

  it('gives every message in zh-CN and en', () => {
    const result = parseMember({ ...member, name: 42 });
    expect(result.success).toBe(false);
    if (result.success) return;
    const [issue] = result.issues;
    expect(issue?.message).toEqual({ 'zh-CN': '“名称”应为文本,实际为数字 42', en: '"name" must be text, not the number 42' });
  });

  it('reports a blank id', () => {
    const result = parseMember({ ...member, id: '   ' });
    expect(issuesOf(result)).toEqual([['schema.blank', 'id']]);
    expect(result.success ? undefined : result.issues[0]?.message).toEqual({ 'zh-CN': '“编号”不能为空白', en: '"id" must not be blank' });
  });

  it.each(['2010-02-30', '2011-02-29', '2010-13-01', '2010-9-8', '2010年9月8日', '20100908'])(
    'rejects %j, which is not a calendar date',
    (text) => {
      expect(issuesOf(parseIsoDate(text))).toEqual([['schema.invalid_format', '']]);
    },
  );

  it('accepts a leap day', () => {
    expect(parseIsoDate('2012-02-29')).toEqual({ success: true, data: '2012-02-29' });
  });

  it('reports a date that is not a calendar date deep inside a campaign', () => {
    const bad = { ...campaign, period: { start: '2010-06-01', end: '2010-02-30' } };
    expect(issuesOf(parseCampaign(bad))).toEqual([['schema.invalid_format', 'period.end']]);
  });

  it('reports duplicate ids at the second use, naming the first', () => {
    const result = parseMembers([member, { ...member, name: '李明二' }, { ...member, id: 'm2' }, member]);
    expect(issuesOf(result)).toEqual([
      ['schema.duplicateId', '1.id'],
      ['schema.duplicateId', '3.id'],
    ]);
    expect(result.success ? undefined : result.issues[0]?.message['zh-CN']).toBe('第 2 项“编号”为“m1”,与第 1 项重复');
  });

  it('reports duplicate phase, task and activity ids and standard codes in a campaign', () => {
    const phase = { id: 'p', kind: 'custom', title: '阶段', start: '2010-01-01', end: '2010-02-01', tasks: [{ id: 't', title: '任务' }, { id: 't', title: '任务' }] };
    const bad = {
      ...campaign,
      phases: [phase, phase],
      activities: [{ id: 'a', title: '活动' }, { id: 'a', title: '活动' }],
      standards: [STANDARD_SETS.fiveGoods, STANDARD_SETS.fiveGoods],
    };
    expect(issuesOf(parseCampaign(bad))).toEqual([
      ['schema.duplicateId', 'phases.0.tasks.1.id'],
      ['schema.duplicateId', 'phases.1.tasks.1.id'],
      ['schema.duplicateId', 'phases.1.id'],
      ['schema.duplicateId', 'standards.1.code'],
      ['schema.duplicateId', 'activities.1.id'],
    ]);
  });

  it('reports unknown keys, a "__proto__" key among them, instead of dropping them', () => {
    const hostile = JSON.parse('{"id":"b","name":"党支部","kind":"branch","__proto__":{"polluted":true},"parentld":"x"}') as unknown;
    const result = parseOrganization(hostile);
    expect(issuesOf(result)).toEqual([['schema.unrecognized_keys', '']]);
    expect(result.success ? undefined : result.issues[0]?.params['keys']).toBe('__proto__, parentld');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('rejects NaN and Infinity where text is expected, and non-arrays where lists are', () => {
    expect(issuesOf(parseMember({ ...member, name: Number.NaN }))).toEqual([['schema.invalid_type', 'name']]);
    expect(issuesOf(parseMembers({ length: 1, 0: member }))).toEqual([['schema.invalid_type', '']]);
    expect(issuesOf(parseOrganizations(Infinity))).toEqual([['schema.invalid_type', '']]);
  });

  it('never throws, whatever it is given', () => {
    const inputs: unknown[] = [undefined, null, 0, NaN, Infinity, '', 'x', {}, Symbol('s'), () => 1, new Date(), [null], { id: {} }];
    const parsers = [parseCampaign, parseFunctionalGroups, parseIsoDate, parseLeadingGroup, parseMassOrganizations, parseMember, parseMembers, parseOrganization, parseOrganizations, parseStandardSet];
    for (const parse of parsers) for (const input of inputs) expect(parse(input).success).toBe(false);
  });

  it('parses the other entities', () => {
    expect(parseFunctionalGroups([{ id: 'g', name: '德育小组', focus: '德育', leaderId: 'a', memberIds: ['a'] }]).success).toBe(true);
    expect(issuesOf(parseLeadingGroup({ leaderId: 'a', deputyIds: [''], memberIds: [] }))).toEqual([['schema.blank', 'deputyIds.0']]);
    expect(issuesOf(parseMassOrganizations([{ id: 'u', name: '工会', kind: 'union', partyOrganizationId: 'b' }]))).toEqual([
      ['schema.invalid_value', '0.kind'],
    ]);
  });

  it('parses very large input in one pass', () => {
    const many = Array.from({ length: 100_000 }, (_, index) => ({ ...member, id: `m${index}` }));
    const result = parseMembers(many);
    expect(result.success && result.data.length).toBe(100_000);
    const withDuplicate = [...many, { ...member, id: 'm99999' }];
    expect(issuesOf(parseMembers(withDuplicate))).toEqual([['schema.duplicateId', '100000.id']]);
  });
});

describe('safeParseWith', () => {
  it('runs your own schema, its refinements included', async () => {
    const z = await import('zod');
    const { safeParseWith } = await import('../../src/schema');
    const Score = z.number().refine((value) => Math.round(value * 100) === value * 100, '最多两位小数');
    expect(safeParseWith(Score, 92.5)).toEqual({ success: true, data: 92.5 });
    const result = safeParseWith(Score, 92.555);
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.message])).toEqual([
      ['schema.custom', { 'zh-CN': '最多两位小数', en: '最多两位小数' }],
    ]);
  });
});

describe('the scoring and evaluation inputs', () => {
  it('parses score sheets, reporting a reused item id and an unknown kind', async () => {
    const { parseScoreSheets } = await import('../../src/schema');
    const items = [
      { id: 'a', title: '教学', kind: 'base', maxPoints: 60 },
      { id: 'a', title: '教研', kind: 'extra', maxPoints: 40 },
    ];
    // Both in one parse: the duplicate is found even though the item has another problem.
    expect(issuesOf(parseScoreSheets([{ id: 'goals', title: '目标管理责任书', items }]))).toEqual([
      ['schema.invalid_value', '0.items.1.kind'],
      ['schema.duplicateId', '0.items.1.id'],
    ]);
  });

  it('parses score cards, and points given as text are a wrong type', async () => {
    const { parseScoreCards } = await import('../../src/schema');
    const card = { memberId: 'm1', status: 'probationary', entries: [{ sheetId: 'goals', itemId: 'a', points: 38.5 }], vetoes: [{ vetoId: 'discipline' }] };
    expect(parseScoreCards([card])).toEqual({ success: true, data: [card] });
    expect(issuesOf(parseScoreCards([{ ...card, entries: [{ sheetId: 'goals', itemId: 'a', points: '38.5' }] }]))).toEqual([
      ['schema.invalid_type', '0.entries.0.points'],
    ]);
  });

  it('parses score and grade ballots; a grade is a code, not a label', async () => {
    const { parseGradeBallots, parseScoreBallots } = await import('../../src/schema');
    expect(parseScoreBallots([{ subjectId: 'm06', evaluatorId: 'p1', group: 'peer', score: 92 }]).success).toBe(true);
    expect(issuesOf(parseScoreBallots([{ subjectId: 'm06', evaluatorId: '', group: 'peer', score: Infinity }]))).toEqual([
      ['schema.blank', '0.evaluatorId'],
      ['schema.invalid_type', '0.score'],
    ]);
    expect(issuesOf(parseGradeBallots([{ subjectId: 'b', evaluatorId: 'x', group: 'parents', grade: '满意' }]))).toEqual([
      ['schema.invalid_value', '0.grade'],
    ]);
  });
});

describe('the accountability inputs', () => {
  it('accept the demo’s commitments, candidates and rectification items as JSON, unchanged', async () => {
    const { parseCandidates, parseCommitments, parseRectificationItems } = await import('../../src/schema');
    const demo = await import('../../src/cli/demo/accountability');
    const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
    expect(parseCommitments(asJson(demo.EXAMPLE_COMMITMENTS))).toEqual({ success: true, data: demo.EXAMPLE_COMMITMENTS });
    expect(parseCandidates(asJson(demo.EXAMPLE_CANDIDATES))).toEqual({ success: true, data: demo.EXAMPLE_CANDIDATES });
    expect(parseRectificationItems(asJson(demo.EXAMPLE_RECTIFICATION))).toEqual({ success: true, data: demo.EXAMPLE_RECTIFICATION });
  });

  it('report a reused id, an unknown level and a date that is not a calendar day', async () => {
    const { parseCommitments, parseRectificationItems } = await import('../../src/schema');
    const item = { id: 'a', title: '示范课', due: '2011-02-29', status: 'pending' };
    const commitment = { id: 'c', level: 'member', makerId: 'm1', audiences: ['masses'], items: [item, item] };
    expect(issuesOf(parseCommitments([commitment, { ...commitment, level: 'team' }]))).toEqual([
      ['schema.invalid_format', '0.items.0.due'],
      ['schema.invalid_format', '0.items.1.due'],
      ['schema.duplicateId', '0.items.1.id'],
      ['schema.invalid_value', '1.level'],
      ['schema.invalid_format', '1.items.0.due'],
      ['schema.invalid_format', '1.items.1.due'],
      ['schema.duplicateId', '1.items.1.id'],
      ['schema.duplicateId', '1.id'],
    ]);
    expect(issuesOf(parseRectificationItems([{ id: 'r1' }]))[0]).toEqual(['schema.invalid_type', '0.problem']);
  });
});
