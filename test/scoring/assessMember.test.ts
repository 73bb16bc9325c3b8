import { describe, expect, it } from 'vitest';
import {
  assessMember,
  MEMBER_TIERS_DEMOCRATIC_REVIEW,
  MEMBER_TIERS_TONGMIN_2015,
  type ScoreCard,
  type ScoreSheet,
  type TierRule,
} from '../../src/scoring';
import { deepFreeze } from '../_helpers/deepFreeze';
import { cardWithTotal, FULL_MARKS, TONGMIN_SHEETS } from './_fixtures';

const sheets = deepFreeze(TONGMIN_SHEETS);
const rule = deepFreeze(MEMBER_TIERS_TONGMIN_2015);
const assess = (card: ScoreCard, of: TierRule = rule, options = {}) => assessMember(deepFreeze(card), sheets, of, options);

describe('两个责任书年终考核 (2015 seed)', () => {
  it('得分在100分以上者,推荐为本年度优秀党员: full marks and a bonus', () => {
    const result = assess(cardWithTotal('m1', 100, [{ sheetId: 'goals', itemId: 'model', points: 6 }]));
    expect(result.total).toBe(106);
    expect(result.tier).toBe('excellent');
    expect(result.issues).toEqual([]);
  });
  it('总分在80—100分的为合格党员: exactly 80 is 合格', () => {
    expect(assess(cardWithTotal('m1', 80)).tier).toBe('qualified');
    expect(assess(cardWithTotal('m1', 100)).tier).toBe('excellent');
  });
  it('总分在60—80分的为基本合格党员', () => {
    expect(assess(cardWithTotal('m1', 79.99)).tier).toBe('basicallyQualified');
    expect(assess(cardWithTotal('m1', 60)).tier).toBe('basicallyQualified');
  });
  it('总分在60分以下的为不合格党员', () => {
    expect(assess(cardWithTotal('m1', 59.99)).tier).toBe('unqualified');
  });
});

describe('exact sums', () => {
  it('33.33 + 33.33 + 13.34 totals exactly 80.00', () => {
    const oneSheet: readonly ScoreSheet[] = [
      {
        id: 's',
        title: '目标管理责任书',
        items: ['a', 'b', 'c'].map((id) => ({ id, title: id, kind: 'base' as const, maxPoints: 40 })),
      },
    ];
    const result = assessMember(
      {
        memberId: 'm',
        entries: [
          { sheetId: 's', itemId: 'a', points: 33.33 },
          { sheetId: 's', itemId: 'b', points: 33.33 },
          { sheetId: 's', itemId: 'c', points: 13.34 },
        ],
      },
      oneSheet,
      rule,
    );
    expect(result.total).toBe(80);
    expect(result.tier).toBe('qualified');
  });
  it('0.08 + 66.57 + 13.35, which floats add to 79.99999999999999, totals exactly 80.00', () => {
    const oneSheet: readonly ScoreSheet[] = [
      { id: 's', title: '目标管理责任书', items: ['a', 'b', 'c'].map((id) => ({ id, title: id, kind: 'base' as const, maxPoints: 70 })) },
    ];
    const points = [0.08, 66.57, 13.35];
    expect(points.reduce((sum, value) => sum + value, 0)).toBeLessThan(80);
    const result = assessMember(
      { memberId: 'm', entries: points.map((value, index) => ({ sheetId: 's', itemId: ['a', 'b', 'c'][index]!, points: value })) },
      oneSheet,
      rule,
    );
    expect(result.total).toBe(80);
    expect(result.tier).toBe('qualified');
  });
  it('splits totals by sheet and by standard, deductions subtracted', () => {
    const result = assess({
      memberId: 'm',
      entries: [
        ...FULL_MARKS,
        { sheetId: 'goals', itemId: 'model', points: 4.5 },
        { sheetId: 'integrity', itemId: 'breach', points: 12.25 },
      ],
    });
    expect(result.bySheet).toEqual([
      { sheetId: 'goals', base: 70, bonus: 4.5, deduction: 0, total: 74.5 },
      { sheetId: 'integrity', base: 30, bonus: 0, deduction: 12.25, total: 17.75 },
    ]);
    expect(result.byStandard).toEqual([
      { standard: 'learning', total: 20 },
      { standard: 'excellence', total: 44.5 },
      { standard: 'service', total: 10 },
      { standard: 'integrity', total: 20 },
      { standard: 'discipline', total: -2.25 },
    ]);
    expect(result.total).toBe(92.25);
    expect(result.reasons).toEqual([
      { code: 'bonus', sheetId: 'goals', itemId: 'model', itemTitle: '党员示范岗', points: 4.5 },
      { code: 'deduction', sheetId: 'integrity', itemId: 'breach', itemTitle: '违规违纪扣分', points: 12.25 },
      { code: 'band', tier: 'qualified', bandIndex: 1, band: rule.bands[1] },
    ]);
  });
  it('explains an overlap resolved to the higher tier', () => {
    const result = assess(cardWithTotal('m', 60));
    expect(result.reasons).toEqual([
      { code: 'band', tier: 'basicallyQualified', bandIndex: 2, band: rule.bands[2] },
      { code: 'overlap', bandIndexes: [2, 3], bands: [rule.bands[2], rule.bands[3]], resolution: 'higherTier', chosen: 2 },
    ]);
  });
});

describe('every bad entry is reported, never clamped', () => {
  it('over an item’s maximum, unknown sheet and item, duplicate, non-finite, three decimals, negative', () => {
    const result = assess({
      memberId: 'm',
      entries: [
        { sheetId: 'goals', itemId: 'study', points: 21 },
        { sheetId: 'goals2', itemId: 'study', points: 1 },
        { sheetId: 'goals', itemId: 'sport', points: 1 },
        { sheetId: 'goals', itemId: 'study', points: 2 },
        { sheetId: 'goals', itemId: 'teaching', points: Number.NaN },
        { sheetId: 'goals', itemId: 'service', points: 9.999 },
        { sheetId: 'integrity', itemId: 'clean', points: -1 },
        { sheetId: 'integrity', itemId: 'discipline', points: Infinity },
      ],
    });
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['scoring.overMaximum', ['entries', 0, 'points']],
      ['scoring.unknownSheet', ['entries', 1, 'sheetId']],
      ['scoring.unknownItem', ['entries', 2, 'itemId']],
      ['scoring.duplicateEntry', ['entries', 3]],
      ['scoring.pointsNotFinite', ['entries', 4, 'points']],
      ['scoring.tooManyDecimals', ['entries', 5, 'points']],
      ['scoring.negativePoints', ['entries', 6, 'points']],
      ['scoring.pointsNotFinite', ['entries', 7, 'points']],
    ]);
    expect(result.issues[0]?.message['zh-CN']).toBe('“study”得分 21 超过该项满分 20');
    expect(result.issues[3]?.params).toMatchObject({ firstIndex: 0 });
    // A rejected card shows no total (never the sum of what was left) and no tier, and names the
    // items whose entries were rejected, by their titles where the sheets have them.
    expect(result.total).toBeNull();
    expect(result.bySheet).toEqual([]);
    expect(result.byStandard).toEqual([]);
    expect(result.tier).toBeUndefined();
    expect(result.reasons).toEqual([
      {
        code: 'notGraded',
        cause: 'cardRejected',
        items: [
          { sheetId: 'goals', itemId: 'study', itemTitle: '政治学习' },
          { sheetId: 'goals2', itemId: 'study' },
          { sheetId: 'goals', itemId: 'sport' },
          { sheetId: 'goals', itemId: 'teaching', itemTitle: '教育教学' },
          { sheetId: 'goals', itemId: 'service', itemTitle: '服务师生' },
          { sheetId: 'integrity', itemId: 'clean', itemTitle: '廉洁从教' },
          { sheetId: 'integrity', itemId: 'discipline', itemTitle: '遵规守纪' },
        ],
      },
    ]);
  });
  it('a base item without an entry counts 0 with a warning, or as the options say', () => {
    const card = { memberId: 'm', entries: FULL_MARKS.slice(1) };
    const warned = assess(card);
    expect(warned.issues.map((issue) => [issue.code, issue.severity, issue.params])).toEqual([
      ['scoring.missingEntry', 'warning', { sheetId: 'goals', itemId: 'study' }],
    ]);
    expect(warned.tier).toBe('qualified');
    expect(assess(card, rule, { missingEntry: 'ignore' }).issues).toEqual([]);
    const refused = assess(card, rule, { missingEntry: 'error' });
    expect(refused.tier).toBeUndefined();
    expect(refused.total).toBeNull();
    expect(refused.reasons).toEqual([{ code: 'notGraded', cause: 'cardRejected', items: [{ sheetId: 'goals', itemId: 'study', itemTitle: '政治学习' }] }]);
  });
  it('problems in the sheets or the rule are reported, and nobody is graded', () => {
    const badSheets: readonly ScoreSheet[] = [
      TONGMIN_SHEETS[0],
      TONGMIN_SHEETS[0],
      { id: 'x', title: 'x', items: [{ id: 'a', title: 'a', kind: 'base', maxPoints: -1 }, { id: 'a', title: 'a', kind: 'base', maxPoints: 1 }] },
    ];
    const result = assessMember(cardWithTotal('m', 90), badSheets, { ...rule, bands: rule.bands.slice(0, 2) });
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['scoring.duplicateSheet', ['sheets', 1, 'id']],
      ['scoring.badMaxPoints', ['sheets', 2, 'items', 0, 'maxPoints']],
      ['scoring.duplicateItem', ['sheets', 2, 'items', 1, 'id']],
      ['scoring.ruleUncoveredBelow', ['rule', 'bands', 1, 'min']],
      ['scoring.unknownSheet', ['entries', 3, 'sheetId']],
      ['scoring.unknownSheet', ['entries', 4, 'sheetId']],
      ['scoring.missingEntry', ['entries']],
    ]);
    expect(result.tier).toBeUndefined();
    // Summed on sheets with errors, the total would not be the member's: none is shown.
    expect(result.total).toBeNull();
    expect(result.reasons).toEqual([{ code: 'notGraded', cause: 'invalidInput' }]);
  });
  it('a total no band contains is reported', () => {
    const partial: TierRule = { overlap: 'higherTier', bands: [{ tier: 'qualified', min: { value: 60, inclusive: true } }] };
    const result = assess(cardWithTotal('m', 50), partial);
    expect(result.tier).toBeUndefined();
    expect(result.issues.map((issue) => issue.code)).toEqual(['scoring.ruleUncoveredBelow', 'scoring.noBand']);
    expect(result.reasons.at(-1)).toEqual({ code: 'notGraded', cause: 'noBand' });
  });
});

describe('probationary members (预备党员)', () => {
  it('take part but are not graded', () => {
    const result = assess(cardWithTotal('m', 95, [], { status: 'probationary' }));
    expect(result.status).toBe('probationary');
    expect(result.total).toBe(95);
    expect(result.tier).toBeUndefined();
    expect(result.reasons.at(-1)).toEqual({ code: 'notGraded', cause: 'probationary' });
  });
  it('are graded when the rule says so', () => {
    const result = assess(cardWithTotal('m', 95, [], { status: 'probationary' }), { ...rule, gradeProbationary: true });
    expect(result.tier).toBe('qualified');
  });
});

describe('一票否决', () => {
  const vetoRule: TierRule = {
    ...rule,
    vetoes: [
      ...MEMBER_TIERS_DEMOCRATIC_REVIEW.vetoes,
      {
        id: 'seriousBreach',
        label: { 'zh-CN': '违规违纪扣分达10分', en: '10 or more points deducted for breaches' },
        atMost: 'unqualified',
        trigger: { sheetId: 'integrity', itemId: 'breach', atLeast: 10 },
      },
    ],
  };
  it('a recorded veto caps the tier, with its reason', () => {
    const result = assess(
      cardWithTotal('m', 100, [{ sheetId: 'goals', itemId: 'model', points: 5 }], {
        vetoes: [{ vetoId: 'disciplinaryAction', note: '2015年6月受党内警告处分' }],
      }),
      vetoRule,
    );
    expect(result.total).toBe(105);
    expect(result.tier).toBe('qualified');
    expect(result.vetoes).toEqual([{ vetoId: 'disciplinaryAction', atMost: 'qualified', origin: 'card', note: '2015年6月受党内警告处分' }]);
    expect(result.reasons.at(-1)).toEqual({
      code: 'veto',
      vetoId: 'disciplinaryAction',
      label: MEMBER_TIERS_DEMOCRATIC_REVIEW.vetoes[0].label,
      from: 'excellent',
      to: 'qualified',
    });
  });
  it('a veto never raises a tier', () => {
    const result = assess(cardWithTotal('m', 65, [], { vetoes: [{ vetoId: 'disciplinaryAction' }] }), vetoRule);
    expect(result.tier).toBe('basicallyQualified');
    expect(result.reasons.at(-1)).toMatchObject({ code: 'veto', from: 'basicallyQualified', to: 'basicallyQualified' });
  });
  it('a trigger applies a veto from the entries themselves', () => {
    const result = assess(cardWithTotal('m', 100, [{ sheetId: 'integrity', itemId: 'breach', points: 10 }]), vetoRule);
    expect(result.total).toBe(90);
    expect(result.tier).toBe('unqualified');
    expect(result.vetoes).toEqual([{ vetoId: 'seriousBreach', atMost: 'unqualified', origin: 'trigger' }]);
    expect(assess(cardWithTotal('m', 100, [{ sheetId: 'integrity', itemId: 'breach', points: 9.99 }]), vetoRule).vetoes).toEqual([]);
  });
  it('an unknown or repeated veto is reported', () => {
    const result = assess(
      cardWithTotal('m', 90, [], { vetoes: [{ vetoId: 'nope' }, { vetoId: 'disciplinaryAction' }, { vetoId: 'disciplinaryAction' }] }),
      vetoRule,
    );
    expect(result.issues.map((issue) => [issue.code, issue.severity, issue.path])).toEqual([
      ['scoring.unknownVeto', 'error', ['vetoes', 0, 'vetoId']],
      ['scoring.duplicateVeto', 'warning', ['vetoes', 2, 'vetoId']],
    ]);
  });
  it('a trigger on an unknown item is a rule problem', () => {
    const result = assess(cardWithTotal('m', 90), {
      ...rule,
      vetoes: [{ id: 'v', label: { 'zh-CN': 'v', en: 'v' }, atMost: 'unqualified', trigger: { sheetId: 'goals', itemId: 'nope', atLeast: 1 } }],
    });
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([['scoring.vetoTriggerUnknownItem', ['rule', 'vetoes', 0, 'trigger']]]);
    expect(result.tier).toBeUndefined();
  });
});
