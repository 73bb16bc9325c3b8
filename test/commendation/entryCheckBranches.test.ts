import { describe, expect, it } from 'vitest';
import { DEFAULT_COMMENDATION_RULE, selectCandidates, type Candidate, type CommendationRule } from '../../src/commendation';

const candidate: Candidate = { id: 'm1', title: 'excellentMember', tier: 'excellent', status: 'full', performance: 90, recognition: 90 };

describe('selectCandidates reports each commendation title it cannot read', () => {
  it('reports a title that is null and a tie-break that is not a list, and nominates no one', () => {
    const rule = { ...DEFAULT_COMMENDATION_RULE, titles: [null, ...DEFAULT_COMMENDATION_RULE.titles], tieBreak: 'performance' };
    const result = selectCandidates([candidate], rule as unknown as CommendationRule);
    expect(result.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['input.expected', 'rule.titles.0'],
      ['input.expected', 'rule.tieBreak'],
    ]);
    expect(result.issues[0]?.message['zh-CN']).toMatch(/第 1 项应为对象,实际为空值 null$/);
    expect(result.titles).toEqual([]);
  });
});
