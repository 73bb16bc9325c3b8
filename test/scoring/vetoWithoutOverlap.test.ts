import { expect, it } from 'vitest';
import { assessMember, type TierRule } from '../../src/scoring';

// 一票否决 under a rule whose bands do not overlap: the reasons are the band and the veto, with no
// overlap to explain.

const sheets = [{ id: 's', title: '目标管理责任书', items: [{ id: 'i', title: '工作', kind: 'base', maxPoints: 100 }] }] as const;
const rule: TierRule = {
  bands: [
    { tier: 'excellent', min: { value: 90, inclusive: true } },
    { tier: 'qualified', min: { value: 60, inclusive: true }, max: { value: 90, inclusive: false } },
    { tier: 'unqualified', max: { value: 60, inclusive: false } },
  ],
  overlap: 'higherTier',
  vetoes: [{ id: 'v', label: { 'zh-CN': '受到党纪处分', en: 'Disciplined' }, atMost: 'qualified' }],
};

it('a vetoed member scored into 优秀 is 合格 for the band and the veto, and for nothing else', () => {
  const vetoed = assessMember({ memberId: 'm1', entries: [{ sheetId: 's', itemId: 'i', points: 95 }], vetoes: [{ vetoId: 'v' }] }, sheets, rule);
  expect(vetoed.tier).toBe('qualified');
  expect(vetoed.reasons.map((reason) => reason.code)).toEqual(['band', 'veto']);
});
