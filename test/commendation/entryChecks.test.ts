import { describe, expect, it } from 'vitest';
import { DEFAULT_COMMENDATION_RULE, selectCandidates, type Candidate, type CommendationRule } from '../../src/commendation';

const read = (issues: readonly { code: string; path: readonly (string | number)[]; message: { 'zh-CN': string } }[]) =>
  issues.map((issue) => [issue.code, issue.path, issue.message['zh-CN']]);

const candidate: Candidate = { id: 'm1', title: 'excellentMember', tier: 'excellent', status: 'full', performance: 90, recognition: 90 };
const [firstTitle] = DEFAULT_COMMENDATION_RULE.titles;

describe('selectCandidates checks its rule once, before any nomination is judged', () => {
  it.each([
    ['a rule that is null', null, [['input.expected', ['rule'], '“规则”应为对象,实际为空值 null']]],
    ['titles: null', { ...DEFAULT_COMMENDATION_RULE, titles: null }, [['input.expected', ['rule', 'titles'], '“表彰称号”应为列表,实际为空值 null']]],
    [
      'onePerPerson "false"',
      { ...DEFAULT_COMMENDATION_RULE, onePerPerson: 'false' },
      [['input.expected', ['rule', 'onePerPerson'], '“每人限一项”应为布尔值(true 或 false),实际为文本“false”']],
    ],
    [
      'a quota given as text',
      { ...DEFAULT_COMMENDATION_RULE, titles: [{ ...firstTitle, quota: '2' }] },
      [['input.expected', ['rule', 'titles', 0, 'quota'], '第 1 项“名额”应为整数,实际为文本“2”']],
    ],
    [
      'a weight of NaN, which would make every combined score NaN',
      { ...DEFAULT_COMMENDATION_RULE, titles: [{ ...firstTitle, weights: { performance: Number.NaN, recognition: 50 } }] },
      [['input.expected', ['rule', 'titles', 0, 'weights', 'performance'], '第 1 项“工作实绩”应为整数,实际为无效数值 NaN']],
    ],
    [
      'a weight above 100 %',
      { ...DEFAULT_COMMENDATION_RULE, titles: [{ ...firstTitle, weights: { performance: 1e308, recognition: 50 } }] },
      [['input.tooLarge', ['rule', 'titles', 0, 'weights', 'performance'], '第 1 项“工作实绩”为 1e+308,应不大于 100']],
    ],
    [
      'a title rule without weights',
      { ...DEFAULT_COMMENDATION_RULE, titles: [{ ...firstTitle, weights: undefined }] },
      [['input.missing', ['rule', 'titles', 0, 'weights'], '缺少第 1 项“各项权重”']],
    ],
    [
      'a title the campaign does not award',
      { ...DEFAULT_COMMENDATION_RULE, titles: [{ ...firstTitle, title: '__proto__' }] },
      [['input.notOneOf', ['rule', 'titles', 0, 'title'], '第 1 项“标题”为“__proto__”,应为以下之一:excellentMember, exemplaryTeacher, advancedOrganization, excellentPartyWorker']],
    ],
    [
      'an unknown tie-break',
      { ...DEFAULT_COMMENDATION_RULE, tieBreak: ['seniority'] },
      [['input.notOneOf', ['rule', 'tieBreak', 0], '“并列处理”第 1 项为“seniority”,应为以下之一:performance, recognition']],
    ],
  ])('%s: no verdicts, the issue with its path', (_, rule, expected) => {
    const result = selectCandidates([candidate], rule as unknown as CommendationRule);
    expect(result).toMatchObject({ titles: [], recommended: [], verdicts: [] });
    expect(read(result.issues)).toEqual(expected);
  });

  it('keeps its own codes for numbers of the right kind it does not allow, a quota past the safe integers included', () => {
    const result = selectCandidates([candidate], { ...DEFAULT_COMMENDATION_RULE, titles: [{ ...firstTitle, quota: 1e300 }] });
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([['commendation.invalidQuota', ['rule', 'titles', 0, 'quota']]]);
    expect(result.recommended).toEqual([]);
  });

  it('reports candidates that are not a list', () => {
    const result = selectCandidates({} as Candidate[], DEFAULT_COMMENDATION_RULE);
    expect(read(result.issues)).toEqual([['input.expected', ['candidates'], '“候选人”应为列表,实际为对象']]);
    expect(result.verdicts).toEqual([]);
  });

  it('reports a nomination that is not shaped as one and judges the others', () => {
    const nominations = [null, { ...candidate, id: 'm2', performance: '90' }, { ...candidate, id: 'm3', tier: 'great' }, { ...candidate, id: 7 }, candidate];
    const result = selectCandidates(nominations as unknown as Candidate[], DEFAULT_COMMENDATION_RULE);
    expect(read(result.issues)).toEqual([
      ['input.expected', ['candidates', 0], '“候选人”第 1 项应为对象,实际为空值 null'],
      ['input.expected', ['candidates', 1, 'performance'], '第 2 项“工作实绩”应为数字,实际为文本“90”'],
      ['input.notOneOf', ['candidates', 2, 'tier'], '第 3 项“等次”为“great”,应为以下之一:excellent, qualified, basicallyQualified, unqualified'],
      ['input.expected', ['candidates', 3, 'id'], '第 4 项“编号”应为文本,实际为数字 7'],
    ]);
    expect(result.verdicts.map((verdict) => [verdict.candidateIndex, verdict.selected])).toEqual([[4, true]]);
    expect(result.titles[0]?.selected.map((verdict) => verdict.candidateIndex)).toEqual([4]);
  });

  it('reports open rectification ids that are not a list of texts', () => {
    const result = selectCandidates([{ ...candidate, openRectificationIds: 'r1' } as unknown as Candidate], DEFAULT_COMMENDATION_RULE);
    expect(read(result.issues)).toEqual([['input.expected', ['candidates', 0, 'openRectificationIds'], '第 1 项“未完成的整改事项”应为列表,实际为文本“r1”']]);
  });
});

describe('a weight of -1e308', () => {
  it('is refused at entry, as 1e308 is, rather than giving a combined score of -Infinity', () => {
    const rule = { ...DEFAULT_COMMENDATION_RULE, titles: [{ ...firstTitle, weights: { performance: -1e308, recognition: 50 } }] } as CommendationRule;
    const result = selectCandidates([candidate], rule);
    expect(read(result.issues)).toEqual([['input.tooSmall', ['rule', 'titles', 0, 'weights', 'performance'], '第 1 项“工作实绩”为 -1e+308,应不小于 -100']]);
    expect(result.titles).toEqual([]);
  });
});
