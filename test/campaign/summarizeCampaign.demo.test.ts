import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_COMMITMENTS,
  EXAMPLE_RECORDS,
  exampleSummary,
} from '../../src/cli/demo/accountability';
import { summarySection } from '../../src/cli/report/summarySection';
import { EXAMPLE_FUNCTIONAL_GROUPS, EXAMPLE_MEMBERS } from '../../src/cli/demo/example';
import { checkDecomposition } from '../../src/commitment';

describe('the example campaign’s accountability records', () => {
  it('the example branch’s three-level commitment is fully decomposed', () => {
    expect(checkDecomposition(EXAMPLE_COMMITMENTS, EXAMPLE_FUNCTIONAL_GROUPS)).toEqual([]);
  });

  it('every member of the example branch commits', () => {
    const makers = new Set(EXAMPLE_COMMITMENTS.filter((each) => each.level === 'member').map((each) => each.makerId));
    expect(EXAMPLE_MEMBERS.filter((member) => !makers.has(member.id))).toEqual([]);
  });

  it('summarizes every part', () => {
    const summary = exampleSummary();
    expect(Object.keys(summary)).toEqual(['campaignId', 'title', 'asOf', 'schedule', 'commitments', 'tiers', 'evaluation', 'commendation', 'rectification']);
    expect(summary.commendation?.recommended.map((verdict) => verdict.id)).toEqual(['m03', 'm01', 'm02', 'm04', 'vocational-branch']);
    expect(summary.rectification?.openIds).toContain('limited-correction-m09');
    expect(summary.commendation?.issues).toEqual([]);
    expect(EXAMPLE_RECORDS.commitments).toBe(EXAMPLE_COMMITMENTS);
  });

  it('prints the summary in both languages, giving why each nominee was not selected', () => {
    const zh = summarySection('zh-CN');
    const en = summarySection('en');
    expect(zh).toContain('✗ 优秀共产党员: 吴静 — 没有年度等次,而优秀共产党员要求至少优秀;预备党员不参加优秀共产党员评选');
    expect(zh).toContain('✗ 师德标兵: 周明 — 年度等次为不合格,未达到合格;尚有整改事项未完成:limited-correction-m09');
    expect(en).toContain('✗ Outstanding Party member: 李秀兰 — Ranked 3, outside the quota of 2');
    expect(zh).toContain('  ! r-homework: 整改结果未公开');
    expect(zh.length).toBe(en.length);
  });
});

describe('the demo tells one story', () => {
  it('counts the tiers the scoring section decided, and corrects the member it found 不合格', async () => {
    const { EXAMPLE_ASSESSMENT } = await import('../../src/cli/demo/scoring');
    const summary = exampleSummary();
    expect(EXAMPLE_RECORDS.tiers?.current).toBe(EXAMPLE_ASSESSMENT.distribution);
    const unqualified = EXAMPLE_ASSESSMENT.members.filter((member) => member.tier === 'unqualified').map((member) => member.memberId);
    expect(unqualified).toEqual(['m09']);
    expect(summary.rectification?.openIds).toEqual(expect.arrayContaining(unqualified.map((id) => `limited-correction-${id}`)));
  });
});
