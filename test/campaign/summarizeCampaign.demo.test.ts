import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_COMMITMENTS,
  EXAMPLE_RECORDS,
  exampleSummary,
  summarySection,
} from '../../src/cli/demo/accountability';
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
    expect(summary.commendation?.recommended.map((verdict) => verdict.id)).toEqual(['m06', 'm02', 'm08', 'm04', 'vocational-branch']);
    expect(summary.rectification?.openIds).toContain('limited-correction-m11');
    expect(summary.commendation?.issues).toEqual([]);
    expect(EXAMPLE_RECORDS.commitments).toBe(EXAMPLE_COMMITMENTS);
  });

  it('prints the summary in both languages, giving why each nominee was not selected', () => {
    const zh = summarySection('zh-CN');
    const en = summarySection('en');
    expect(zh).toContain('✗ 优秀共产党员: 吴静 — 预备党员不参加优秀共产党员评选');
    expect(en).toContain('✗ Outstanding Party member: 王建国 — Ranked 3, outside the quota of 2');
    expect(zh).toContain('  ! r-homework: 整改结果未公开');
    expect(zh.length).toBe(en.length);
  });
});
