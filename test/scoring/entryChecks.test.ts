import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/i18n';
import {
  assessMember,
  assessMembers,
  branchAverage,
  checkTierRule,
  classify,
  compareDistributions,
  compareGrades,
  computeLedger,
  decideTier,
  effectiveTier,
  explainAssessment,
  formatTierRule,
  gradeOrganization,
  MEMBER_TIERS_DEMOCRATIC_REVIEW,
  MEMBER_TIERS_TONGMIN_2015,
  ORGANIZATION_GRADES_FIVE_GOODS,
  parseTierRule,
  POINTS_LEDGER_EXAMPLE,
  SCORE_SHEETS_EXAMPLE,
  tierDistribution,
  type TierDistribution,
} from '../../src/scoring';
import type { Issue } from '../../src/core/issue';

// The one error contract of cxzy/scoring: a rule, an option or a record that is not shaped as its
// type says (from JSON, a form or a cast) comes back as issues naming the field, or as an
// InvalidInputError carrying them; never as a raw TypeError from inside the library.

/** Code, path and zh-CN message of each issue: what a user reads. */
const read = (issues: readonly Issue[] | undefined): unknown[] => (issues ?? []).map((issue) => [issue.code, issue.path, issue.message['zh-CN']]);

/** The issues of the InvalidInputError `run` throws. */
function thrown(run: () => unknown): readonly Issue[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).issues;
  }
  throw new Error('expected an InvalidInputError');
}

const json = <T>(text: string): T => JSON.parse(text) as T;
const sheets = SCORE_SHEETS_EXAMPLE;
const FULL = [
  { sheetId: 'goals', itemId: 'study', points: 20 },
  { sheetId: 'goals', itemId: 'teaching', points: 40 },
  { sheetId: 'goals', itemId: 'service', points: 10 },
  { sheetId: 'integrity', itemId: 'clean', points: 20 },
  { sheetId: 'integrity', itemId: 'discipline', points: 10 },
];

describe('tier rules from JSON', () => {
  it('checkTierRule does not read the text "false" as a boolean', () => {
    const rule = json<never>('{"overlap":"higherTier","bands":[{"tier":"qualified","min":{"value":0,"inclusive":"false"}}]}');
    expect(read(checkTierRule(rule))).toEqual([
      ['input.expected', ['bands', 0, 'min', 'inclusive'], '第 1 项“含本数”应为布尔值(true 或 false),实际为文本“false”'],
    ]);
  });

  it('checkTierRule reports bands that are null and an overlap that is none of its codes, and checks nothing else', () => {
    expect(read(checkTierRule(json('{"overlap":"middle","bands":null}')))).toEqual([
      ['input.expected', ['bands'], '“分数段”应为列表,实际为空值 null'],
      ['input.notOneOf', ['overlap'], '“分数段重叠”为“middle”,应为以下之一:higherTier, lowerTier'],
    ]);
    expect(read(checkTierRule(null as never))).toEqual([['input.expected', [], '输入应为对象,实际为空值 null']]);
  });

  it('a rule whose only key is "__proto__" has no bands, and nothing is polluted', () => {
    const rule = json<never>('{"__proto__":{"bands":[],"overlap":"higherTier"}}');
    expect(checkTierRule(rule).map((issue) => [issue.code, issue.path])).toEqual([
      ['input.missing', ['bands']],
      ['input.missing', ['overlap']],
    ]);
    expect(({} as Record<string, unknown>)['bands']).toBeUndefined();
  });

  it('reports a veto without its label, a trigger at NaN points and a quota tie-break that is none of its codes', () => {
    const rule = {
      ...MEMBER_TIERS_DEMOCRATIC_REVIEW,
      vetoes: [{ id: 'v', atMost: 'qualified', trigger: { sheetId: 's', itemId: 'i', atLeast: Number.NaN } }],
      excellentQuota: { share: { numerator: 1, denominator: 3 }, of: 'allMembers', tieBreak: 'random' },
    };
    expect(read(checkTierRule(rule as never))).toEqual([
      ['input.missing', ['vetoes', 0, 'label'], '缺少第 1 项“名称”'],
      ['input.expected', ['vetoes', 0, 'trigger', 'atLeast'], '第 1 项“不少于”应为数字,实际为无效数值 NaN'],
      ['input.notOneOf', ['excellentQuota', 'tieBreak'], '“并列处理”为“random”,应为以下之一:excludeTied, memberId'],
    ]);
  });

  it('keeps the domain codes for values: an unknown tier, a bound with a third decimal', () => {
    const rule = { overlap: 'higherTier', bands: [{ tier: 'outstanding' }, { tier: 'qualified', min: { value: 60.001, inclusive: true } }] };
    expect(checkTierRule(rule as never).map((issue) => issue.code)).toEqual(['scoring.ruleUnknownTier', 'scoring.ruleBadBound']);
  });

  it('classify throws an InvalidInputError naming the rule, and refuses a NaN bound that would contain every score', () => {
    expect(read(thrown(() => classify(80, null as never)))).toEqual([['input.expected', ['rule'], '“规则”应为对象,实际为空值 null']]);
    const nanBound = { ...MEMBER_TIERS_TONGMIN_2015, bands: [{ tier: 'qualified', min: { value: Number.NaN, inclusive: true } }] };
    expect(thrown(() => classify(80, nanBound as never)).map((issue) => [issue.code, issue.path])).toEqual([
      ['input.expected', ['rule', 'bands', 0, 'min', 'value']],
    ]);
    const error = (() => {
      try {
        return classify(80, { bands: 'x' } as never);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).name).toBe('InvalidInputError');
  });

  it('classify gives a finite score for a finite one too large for hundredths', () => {
    expect(classify(1e308, MEMBER_TIERS_TONGMIN_2015)).toMatchObject({ tier: 'excellent', score: 1e308 });
  });

  it('formatTierRule refuses a locale it has no words for and a tier that is none of the four', () => {
    expect(read(thrown(() => formatTierRule(MEMBER_TIERS_TONGMIN_2015, 'fr' as never)))).toEqual([
      ['input.notOneOf', ['locale'], '“语言”为“fr”,应为以下之一:zh-CN, en'],
    ]);
    expect(thrown(() => formatTierRule({ overlap: 'higherTier', bands: [{ tier: '__proto__' }] } as never)).map((issue) => issue.path)).toEqual([
      ['rule', 'bands', 0, 'tier'],
    ]);
  });

  it('parseTierRule reports a text that is not text and options that are not an object', () => {
    const result = parseTierRule(null as never);
    expect(!result.success && read(result.issues)).toEqual([['input.expected', ['text'], '“原文”应为文本,实际为空值 null']]);
    const options = parseTierRule('60分以上为合格;不满60分为不合格', 'lowerTier' as never);
    expect(!options.success && options.issues.map((issue) => [issue.code, issue.path])).toEqual([['input.expected', ['options']]]);
    const unprintable = parseTierRule('60分以上为合格;不满60分为不合格', { overlap: Object.create(null) } as never);
    expect(!unprintable.success && unprintable.issues[0]?.params).toEqual({ value: 'object' });
  });
});

describe('assessment inputs', () => {
  it('rejects a card whose points are text, naming the item by its title, with no total and no tier', () => {
    const assessment = assessMember({ memberId: 'm', entries: [...FULL.slice(1), { sheetId: 'goals', itemId: 'study', points: '八十' }] } as never, sheets, MEMBER_TIERS_TONGMIN_2015);
    expect(read(assessment.issues)).toEqual([['input.expected', ['entries', 4, 'points'], '第 5 项“分值”应为数字,实际为文本“八十”']]);
    expect(assessment.total).toBeNull();
    expect(assessment.tier).toBeUndefined();
    expect(explainAssessment(assessment).map((text) => text['zh-CN'])).toEqual(['不计总分', '考核卡中“政治学习”的得分有误,不计总分,暂不评定等次']);
  });

  it('reads a card from JSON whose key "__proto__" is its own, and a member id "__proto__" like any other', () => {
    const card = JSON.parse(`{"memberId":"__proto__","entries":${JSON.stringify(FULL)},"__proto__":{"status":"probationary"}}`) as never;
    const assessment = assessMember(card, sheets, MEMBER_TIERS_TONGMIN_2015);
    expect(assessment).toMatchObject({ memberId: '__proto__', status: 'full', tier: 'excellent', issues: [] });
  });

  it('rejects a card with an entry that is null or entries that are not a list', () => {
    const withNull = assessMember({ memberId: 'm', entries: [...FULL, null] } as never, sheets, MEMBER_TIERS_TONGMIN_2015);
    expect(read(withNull.issues)).toEqual([['input.expected', ['entries', 5], '“得分记录”第 6 项应为对象,实际为空值 null']]);
    expect(withNull.reasons).toEqual([{ code: 'notGraded', cause: 'cardRejected', items: [] }]);
    expect(assessMember(null as never, sheets, MEMBER_TIERS_TONGMIN_2015)).toMatchObject({ memberId: '', total: null, tier: undefined });
  });

  it('never reads an unknown item kind as base, and grades nobody when the sheets cannot be read', () => {
    const odd = [{ id: 's', title: '考核表', items: [{ id: 'i', title: '工作', kind: 'extra', maxPoints: 100 }] }];
    const assessment = assessMember({ memberId: 'm', entries: [{ sheetId: 's', itemId: 'i', points: 90 }] }, odd as never, MEMBER_TIERS_TONGMIN_2015);
    expect(read(assessment.issues)).toEqual([
      ['input.notOneOf', ['sheets', 0, 'items', 0, 'kind'], '第 1 项“项目”第 1 项“类别”为“extra”,应为以下之一:base, bonus, deduction'],
    ]);
    expect(assessment).toMatchObject({ memberId: 'm', total: null, tier: undefined, reasons: [{ code: 'notGraded', cause: 'invalidInput' }] });
  });

  it('reports options that are not what they say, with paths from options', () => {
    const card = { memberId: 'm', entries: FULL };
    expect(read(assessMember(card, sheets, MEMBER_TIERS_TONGMIN_2015, { missingEntry: 'warn' } as never).issues)).toEqual([
      ['input.notOneOf', ['options', 'missingEntry'], '“缺项处理”为“warn”,应为以下之一:ignore, warning, error'],
    ]);
    expect(assessMember(card, sheets, MEMBER_TIERS_TONGMIN_2015, null as never).issues.map((issue) => issue.path)).toEqual([['options']]);
    const branch = assessMembers([card], sheets, MEMBER_TIERS_TONGMIN_2015, { excellentQuota: { share: { numerator: 1, denominator: 3 }, of: 'all', tieBreak: 'memberId' } } as never);
    expect(read(branch.issues)).toEqual([['input.notOneOf', ['options', 'excellentQuota', 'of'], '“比例基数”为“all”,应为以下之一:allMembers, gradedMembers']]);
    expect(branch.members.map((member) => [member.memberId, member.tier, member.total])).toEqual([['m', undefined, null]]);
    expect(branch.quota).toBeUndefined();
  });

  it('a branch leaves out a card it cannot name, rejects a card it cannot read, and grades the rest', () => {
    const branch = assessMembers(
      [null, { memberId: 'a', entries: {} }, { memberId: 'b', entries: FULL }] as never,
      sheets,
      MEMBER_TIERS_TONGMIN_2015,
    );
    expect(read(branch.issues)).toEqual([['input.expected', ['cards', 0], '“考核卡”第 1 项应为对象,实际为空值 null']]);
    expect(branch.members.map((member) => [member.memberId, member.tier])).toEqual([
      ['a', undefined],
      ['b', 'excellent'],
    ]);
    expect(read(branch.members[0]?.issues)).toEqual([['input.expected', ['entries'], '“得分记录”应为列表,实际为对象']]);
    expect(read(assessMembers('cards' as never, sheets, MEMBER_TIERS_TONGMIN_2015).issues)).toEqual([
      ['input.expected', ['cards'], '“考核卡”应为列表,实际为文本“cards”'],
    ]);
  });

  it('decideTier does not record a decision it cannot read, and the next sound one replaces its issues', () => {
    const assessment = assessMember({ memberId: 'm', entries: FULL }, sheets, MEMBER_TIERS_TONGMIN_2015);
    const broken = decideTier(assessment, { tier: 'good', decidedBy: 1, decidedOn: '2016-01-12' } as never);
    expect(broken.decision).toBeUndefined();
    expect(read(broken.issues)).toEqual([
      ['input.notOneOf', ['decision', 'tier'], '“等次”为“good”,应为以下之一:excellent, qualified, basicallyQualified, unqualified'],
      ['input.expected', ['decision', 'decidedBy'], '“决定者”应为文本,实际为数字 1'],
    ]);
    const sound = decideTier(broken, { tier: 'excellent', decidedBy: '支部委员会', decidedOn: '2016-01-12' } as never);
    expect(sound.issues).toEqual([]);
    expect(sound.decision?.tier).toBe('excellent');
    expect(read(thrown(() => decideTier(null as never, sound.decision!)))).toEqual([['input.expected', ['assessment'], '“考核结果”应为对象,实际为空值 null']]);
  });

  it('decideTier records a decision on an assessment stored as JSON, and refuses one whose figures are not numbers', () => {
    const stored = JSON.parse(JSON.stringify(assessMember({ memberId: 'm', entries: FULL }, sheets, MEMBER_TIERS_DEMOCRATIC_REVIEW))) as never;
    expect(decideTier(stored, { tier: 'excellent', decidedBy: '支部委员会', decidedOn: '2016-01-12' } as never).decision?.decidedBy).toBe('支部委员会');
    const changed = { ...(stored as object), total: Number.NaN, reasons: [{ code: 'band', tier: 'excellent', bandIndex: -1, band: { tier: 'excellent' } }] };
    expect(read(thrown(() => decideTier(changed as never, { tier: 'excellent', decidedBy: '支部委员会', decidedOn: '2016-01-12' } as never)))).toEqual([
      ['input.expected', ['assessment', 'total'], '“总分”应为数字,实际为无效数值 NaN'],
      ['input.tooSmall', ['assessment', 'reasons', 0, 'bandIndex'], '第 1 项“分数段序号”为 -1,应不小于 0'],
    ]);
  });

  it('effectiveTier and tierDistribution read an assessment stored as JSON, and refuse what is not one', () => {
    const stored = JSON.parse(JSON.stringify(assessMember({ memberId: 'm', entries: FULL }, sheets, MEMBER_TIERS_TONGMIN_2015))) as never;
    expect(effectiveTier(stored)).toBe('excellent');
    expect(read(thrown(() => effectiveTier({ tier: 'bogus' } as never)))).toEqual([
      ['input.notOneOf', ['assessment', 'tier'], '“等次”为“bogus”,应为以下之一:excellent, qualified, basicallyQualified, unqualified'],
    ]);
    expect(tierDistribution([stored, { tier: '__proto__' } as never])).toEqual({
      members: 2,
      graded: 1,
      counts: { excellent: 1, qualified: 0, basicallyQualified: 0, unqualified: 0 },
    });
    expect(read(thrown(() => tierDistribution([null] as never)))).toEqual([['input.expected', ['assessments', 0], '“考核结果”第 1 项应为对象,实际为空值 null']]);
  });

  it('compareDistributions refuses counts that are text, missing or too large to make a share of', () => {
    const year: TierDistribution = { members: 1, graded: 1, counts: { excellent: 1, qualified: 0, basicallyQualified: 0, unqualified: 0 } };
    const issues = thrown(() => compareDistributions({ graded: '3', counts: { ...year.counts, unqualified: undefined } } as never, year));
    expect(read(issues)).toEqual([
      ['input.expected', ['previousYear', 'graded'], '“已评定人数”应为整数,实际为文本“3”'],
      ['input.missing', ['previousYear', 'counts', 'unqualified'], '缺少“不合格人数”'],
    ]);
    const huge = thrown(() => compareDistributions(year, { ...year, counts: { ...year.counts, excellent: 1e308 } }));
    expect(huge.map((issue) => [issue.code, issue.path])).toEqual([['input.tooLarge', ['currentYear', 'counts', 'excellent']]]);
    const oddSet = thrown(() => compareDistributions(year, year, { id: 'school', label: { 'zh-CN': '本校', en: 'School' }, tiers: 'a', tierLabels: {} } as never));
    expect(oddSet.map((issue) => [issue.code, issue.path])).toEqual([['input.expected', ['tierSet', 'tiers']]]);
  });

  it('explainAssessment explains an assessment stored as JSON, and refuses a reason it has no sentence for', () => {
    const assessment = assessMember({ memberId: 'm', entries: FULL }, sheets, MEMBER_TIERS_TONGMIN_2015);
    expect(explainAssessment(JSON.parse(JSON.stringify(assessment)) as never)).toEqual(explainAssessment(assessment));
    const odd = { ...assessment, reasons: [{ code: 'notGraded', cause: 'sick' }] };
    expect(read(thrown(() => explainAssessment(odd as never)))).toEqual([
      [
        'input.notOneOf',
        ['assessment', 'reasons', 0, 'cause'],
        '第 1 项“不评定原因”为“sick”,应为以下之一:probationary, invalidInput, noBand, noScores, cardRejected',
      ],
    ]);
    expect(thrown(() => explainAssessment(assessment, { sheets: 'x' } as never)).map((issue) => issue.path)).toEqual([['options', 'sheets']]);
    const huge = { ...assessment, bySheet: [{ ...assessment.bySheet[0]!, base: 1e308 }] };
    expect(thrown(() => explainAssessment(huge)).map((issue) => [issue.code, issue.path])).toEqual([['input.tooLarge', ['assessment', 'bySheet', 0, 'base']]]);
  });
});

describe('long lists', () => {
  it('reports a list by its first hundred problems, however long it is', () => {
    const holes = new Array(1_000_000);
    const assessment = assessMember({ memberId: 'm', entries: FULL }, holes as never, MEMBER_TIERS_TONGMIN_2015);
    expect(assessment.issues).toHaveLength(100);
    expect(assessment.issues.at(-1)?.path).toEqual(['sheets', 99]);
    expect(thrown(() => tierDistribution(holes as never))).toHaveLength(100);
    const branch = assessMembers(holes as never, sheets, MEMBER_TIERS_TONGMIN_2015);
    expect([branch.members.length, branch.issues.length]).toEqual([0, 100]);
    const ledger = computeLedger([...new Array(150).fill(null), { itemId: 'meeting', on: '2015-03-06' }] as never, POINTS_LEDGER_EXAMPLE);
    expect([ledger.issues.length, ledger.lines.length, ledger.total]).toEqual([100, 1, 61]);
  });
});

describe('ledger inputs', () => {
  it('reports an event that is not an object or whose date is a number, and gives it no line', () => {
    const ledger = computeLedger([null, { itemId: 'meeting', on: 20150306 }, { itemId: 'meeting', on: '2015-03-06' }] as never, POINTS_LEDGER_EXAMPLE);
    expect(read(ledger.issues)).toEqual([
      ['input.expected', ['events', 0], '“记录”第 1 项应为对象,实际为空值 null'],
      ['input.expected', ['events', 1, 'on'], '第 2 项“日期”应为文本,实际为数字 20150306'],
    ]);
    expect(ledger.lines.map((line) => line.eventIndex)).toEqual([2]);
    expect(ledger.total).toBe(61);
  });

  it('computes nothing from a rule or options it cannot read', () => {
    const rule = { ...POINTS_LEDGER_EXAMPLE, baseScore: '60', categories: [{ id: 'c', title: '类别', cap: { points: 1, per: 'week' } }] };
    const ledger = computeLedger([], rule as never, { period: { start: '2015-13-01', end: '2015-12-31' } } as never);
    expect(read(ledger.issues)).toEqual([
      ['input.expected', ['rule', 'baseScore'], '“基础分”应为数字,实际为文本“60”'],
      ['input.notOneOf', ['rule', 'categories', 0, 'cap', 'per'], '第 1 项“计算周期”为“week”,应为以下之一:year, quarter, month, day'],
      ['input.expected', ['options', 'period', 'start'], '“开始日期”应为YYYY-MM-DD 格式的日期,实际为文本“2015-13-01”'],
    ]);
    expect(ledger).toMatchObject({ base: 0, total: 0, lines: [], byCategory: [] });
  });

  it('does not read once: "false" as false, nor a quarter cap written as text', () => {
    const items = [{ ...POINTS_LEDGER_EXAMPLE.items[2], once: 'false' }, { ...POINTS_LEDGER_EXAMPLE.items[0], cap: { points: '4', per: 'month' } }];
    const ledger = computeLedger([], { ...POINTS_LEDGER_EXAMPLE, items } as never);
    expect(read(ledger.issues)).toEqual([
      ['input.expected', ['rule', 'items', 0, 'once'], '第 1 项“仅计一次”应为布尔值(true 或 false),实际为文本“false”'],
      ['input.expected', ['rule', 'items', 1, 'cap', 'points'], '第 2 项“分值”应为数字,实际为文本“4”'],
    ]);
  });

  it('reports a branch average too large to count in hundredths instead of starting from Infinity', () => {
    const ledger = computeLedger([], POINTS_LEDGER_EXAMPLE, { transferredIn: { on: '2015-09-01', branchAverage: 1e308 } } as never);
    expect(ledger.issues.map((issue) => [issue.code, issue.path])).toEqual([['scoring.ledgerBadNumber', ['options', 'transferredIn', 'branchAverage']]]);
    expect(Number.isFinite(ledger.total)).toBe(true);
  });

  it('branchAverage refuses what is not a list and reads a hole as a total that is not a number', () => {
    expect(read(thrown(() => branchAverage('80' as never)))).toEqual([['input.expected', ['totals'], '“总分”应为列表,实际为文本“80”']]);
    // eslint-disable-next-line no-sparse-arrays
    expect(branchAverage([80, , 90] as never)).toBeUndefined();
    expect(branchAverage(['80'] as never)).toBeUndefined();
  });
});

describe('organization grading inputs', () => {
  it('grades nothing from scores that are not an object or a rule it cannot read', () => {
    const rule = { criteria: [{ code: 'a', label: { 'zh-CN': '甲', en: 'A' }, meets: { value: Number.NaN, inclusive: true } }], bands: [{ band: 'top', minStars: 1.5 }] };
    const grade = gradeOrganization([] as never, rule as never);
    expect(read(grade.issues)).toEqual([
      ['input.expected', ['scores'], '“各项得分”应为对象,实际为列表'],
      ['input.expected', ['rule', 'criteria', 0, 'meets', 'value'], '第 1 项“数值”应为数字,实际为无效数值 NaN'],
      ['input.notOneOf', ['rule', 'bands', 0, 'band'], '第 1 项“档次”为“top”,应为以下之一:advanced, intermediate, lagging'],
      ['input.expected', ['rule', 'bands', 0, 'minStars'], '第 1 项“最少星数”应为整数,实际为数字 1.5'],
    ]);
    expect(grade).toMatchObject({ stars: 0, met: [], missed: [], band: undefined });
  });

  it('reads a criterion whose score is undefined as not scored', () => {
    const grade = gradeOrganization({ leadershipTeam: undefined } as never, ORGANIZATION_GRADES_FIVE_GOODS);
    expect(grade.issues[0]).toMatchObject({ code: 'scoring.gradeMissingScore', path: ['leadershipTeam'] });
  });

  it('reports a score it cannot print without throwing', () => {
    const grade = gradeOrganization({ leadershipTeam: Object.create(null) } as never, ORGANIZATION_GRADES_FIVE_GOODS);
    expect(grade.issues.find((issue) => issue.code === 'scoring.gradeBadScore')?.params).toEqual({ code: 'leadershipTeam', score: 'object' });
  });

  it('compareGrades says undetermined for a band it does not know, and reports it', () => {
    const comparison = compareGrades({ stars: 5, band: 'excellent' as never }, { stars: 5, band: 'advanced' });
    expect(comparison.change).toBe('undetermined');
    expect(read(comparison.issues)).toEqual([
      ['input.notOneOf', ['previous', 'band'], '“档次”为“excellent”,应为以下之一:advanced, intermediate, lagging'],
    ]);
    expect(comparison.band).toEqual({ from: undefined, to: 'advanced' });
  });

  it('compareGrades says undetermined for stars given as text and for a grade that is null', () => {
    const comparison = compareGrades({ stars: '4', band: 'advanced' } as never, null as never);
    expect(comparison).toMatchObject({ change: 'undetermined', stars: { from: undefined, to: undefined } });
    expect(read(comparison.issues)).toEqual([
      ['input.expected', ['previous', 'stars'], '“星数”应为整数,实际为文本“4”'],
      ['input.expected', ['current'], '“本年度”应为对象,实际为空值 null'],
    ]);
    expect(compareGrades({ stars: 3, band: undefined }, { stars: 3, band: 'lagging' }).change).toBe('upgraded');
  });

  it('the shipped rules are read as they are', () => {
    expect(checkTierRule(MEMBER_TIERS_DEMOCRATIC_REVIEW)).toEqual([]);
    expect(gradeOrganization({}, ORGANIZATION_GRADES_FIVE_GOODS).issues.every((issue) => issue.code === 'scoring.gradeMissingScore')).toBe(true);
    expect(computeLedger([], POINTS_LEDGER_EXAMPLE).issues).toEqual([]);
  });
});
