import { describe, expect, it } from 'vitest';
import { EXAMPLE_AS_OF, EXAMPLE_PERIOD, EXAMPLE_PHASES } from '../../src/cli/demo/schedule';
import { scheduleSection } from '../../src/cli/report/scheduleSection';
import { phaseAt, validateSchedule } from '../../src/schedule';

describe('the demo’s schedule section', () => {
  it('models the 2010 plan’s three steps as written, with the two slips the check finds', () => {
    expect(EXAMPLE_PHASES.map((phase) => [phase.start, phase.end])).toEqual([
      ['2010-06-01', '2010-07-04'],
      ['2010-07-01', '2011-03-31'],
      ['2011-04-01', '2011-06-30'],
    ]);
    expect(validateSchedule(EXAMPLE_PHASES, { period: EXAMPLE_PERIOD }).map((issue) => [issue.code, issue.taskId ?? issue.phaseId])).toEqual([
      ['schedule.taskDueAfterNextPhaseStarts', 'campaign-plan'],
      ['schedule.taskDueAfterNextPhaseStarts', 'study'],
      ['schedule.overlap', 'step-2'],
      ['schedule.taskDueBeforePhase', 'party-spirit-analysis'],
    ]);
  });

  it('prints the check, the phase under way on the day the plan was signed, and the deadlines', () => {
    expect(phaseAt(EXAMPLE_PHASES, EXAMPLE_AS_OF).status).toBe('during');
    const zh = scheduleSection('zh-CN');
    expect(zh[0]).toBe('\n== 阶段安排检查 ==');
    expect(zh).toContain('截至 2010-09-08: 进行中: 第二步:全面争创,扎实推进');
    expect(zh).toContain('  即将到期:教师节前宣传先进事迹(2010-09-09,还有 1 天)');
    expect(zh).toContain('  已逾期:党性分析(2010-06-30,逾期 70 天)');
    expect(zh).toContain('  逾期完成:制定活动方案(期限 2010-07-04,晚 66 天)');
    const en = scheduleSection('en');
    expect(en).toContain('As of 2010-09-08: Under way: 第二步:全面争创,扎实推进');
    // Two errors (an overlap, a task due before its phase) and two warnings (tasks due after the next phase starts).
    expect(en.filter((line) => line.startsWith('✗'))).toHaveLength(2);
    expect(en.filter((line) => line.startsWith('⚠'))).toHaveLength(2);
  });
});
