import { describe, expect, it } from 'vitest';
import { EXAMPLE_SCORE_BALLOTS } from '../../src/cli/demo/evaluation';
import { evaluationSection } from '../../src/cli/report/evaluationSection';
import { aggregateEvaluations, SCHOOL_FOUR_SIDED_EVALUATION } from '../../src/evaluation';

describe('the demo’s evaluation section', () => {
  const lines = evaluationSection('zh-CN');

  it('ranks the eleven members every side evaluated, and lists the one no parent scored without a rank', () => {
    const rows = lines.filter((line) => /^\d+(\(并列\))?\t/.test(line));
    expect(rows).toHaveLength(11);
    expect(rows[0]).toBe('1\t杨丽\t95.50\t93.17\t93.50\t95.00\t94.30');
    expect(lines).toContain('—\t孙婷\t94.75\t95.06\t94.83\t—\t—');
  });

  it('shows the excluded self-ballot, the duplicate and the missing 家长评议', () => {
    const codes = (mark: string) => lines.filter((line) => line.startsWith(mark)).map((line) => /\[(.+?)\]/.exec(line)?.[1]);
    expect(codes('✗')).toEqual(['evaluation.selfBallotExcluded', 'evaluation.duplicateBallot', 'evaluation.belowMinimumGroups']);
    expect(codes('⚠')).toEqual(['evaluation.missingGroup']);
  });

  it('gives the 满意率 as a recommendation and the 党员大会 decision', () => {
    expect(lines).toContain('家长满意度测评:满意 31 票,基本满意 12 票,不满意 5 票;满意率 89.58%,建议评定为“基本满意”(仅供参考,由支部研究确定)');
    expect(lines.at(-1)).toBe('党员大会表决推荐人选:应到 11 人,实到 9 人(至少 6 人),赞成 7 票(至少 6 票)——通过');
  });

  it('prints the same in English', () => {
    const english = evaluationSection('en');
    expect(english).toHaveLength(lines.length);
    expect(english[1]).toBe('Rank\tName\tLeadership review\tPeer review among members\tReview by teachers and students\tReview by parents\tCombined');
  });

  it('uses ballots the school policy accepts', () => {
    expect(aggregateEvaluations(EXAMPLE_SCORE_BALLOTS, SCHOOL_FOUR_SIDED_EVALUATION).issues).toEqual([]);
  });
});
