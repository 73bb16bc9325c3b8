import { describe, expect, it } from 'vitest';
import { scoringSection } from '../../src/cli/report/scoringSection';

describe('cxzy demo: the scoring section', () => {
  it('prints each member’s total, tier and reason under the 2015 rule', () => {
    const lines = scoringSection('zh-CN');
    expect(lines).toContain('李秀兰\t100.00\t优秀\t100 分落入“100分以上”档,评定为优秀;100 分同时属于“100分以上”“80—100分”,按规则取较高等次:“100分以上”');
    expect(lines).toContain('吴静\t93.00\t不评定\t预备党员参加评议,但不评定等次');
    expect(lines).toContain('共 12 人,评定 11 人:优秀 3,合格 5,基本合格 2,不合格 1');
    expect(lines.at(-1)).toBe('✓ 未发现问题');
  });
  it('prints in English', () => {
    const lines = scoringSection('en');
    expect(lines).toContain('周明\t54.00\tUnqualified\t54 falls in the band "60 or less": Unqualified');
    expect(lines).toContain('吴静\t93.00\tNot graded\tA probationary member takes part but is not graded');
    expect(lines).toContain('12 members, 11 graded: 3 excellent, 5 qualified, 2 basically qualified, 1 unqualified');
  });
});
