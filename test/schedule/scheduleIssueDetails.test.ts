import { describe, expect, it } from 'vitest';
import { checkCadence, isoDate, validateSchedule, type Phase, type Task } from '../../src/schedule';
import { deepFreeze } from '../_helpers/deepFreeze';

// validateSchedule's issues read as a 党务工作者 reads them (path, parameters, words), with every
// date sat on exactly: a phase of one day, phases that touch, a task due on the first or last day
// of its phase or on the day the next phase starts, a phase exactly as long as usual.

const phase = (id: string, start: string, end: string, extra: Partial<Phase> = {}): Phase => ({
  id,
  kind: 'custom',
  title: `阶段${id}`,
  start: isoDate(start),
  end: isoDate(end),
  tasks: [],
  ...extra,
});
const task = (id: string, due?: string): Task => ({ id, title: `任务${id}`, ...(due === undefined ? {} : { due: isoDate(due) }) });
const read = (phases: readonly Phase[]) =>
  validateSchedule(deepFreeze(phases)).map((issue) => [issue.code, issue.severity, issue.path, issue.params]);

describe('dates that touch are no gap, no overlap and no inverted phase', () => {
  it('a phase of one day, then one starting the next day', () => {
    expect(read([phase('a', '2021-03-01', '2021-03-01'), phase('b', '2021-03-02', '2021-03-31')])).toEqual([]);
  });
  it('one free day between two phases is a gap of one day, at the later phase', () => {
    expect(read([phase('a', '2021-03-01', '2021-03-10'), phase('b', '2021-03-12', '2021-03-31')])).toEqual([
      ['schedule.gap', 'warning', [1, 'start'], { previousTitle: '阶段a', phaseTitle: '阶段b', from: '2021-03-11', to: '2021-03-11', days: 1 }],
    ]);
  });
  it('a gap is measured from the phase that reaches furthest, not the last one started', () => {
    const phases = [phase('a', '2021-03-01', '2021-03-31'), phase('b', '2021-03-05', '2021-03-06'), phase('c', '2021-04-03', '2021-04-30')];
    const gap = read(phases).find(([code]) => code === 'schedule.gap');
    expect(gap).toEqual(['schedule.gap', 'warning', [2, 'start'], { previousTitle: '阶段a', phaseTitle: '阶段c', from: '2021-04-01', to: '2021-04-02', days: 2 }]);
  });
  it('two phases that share their last and first day overlap for one day', () => {
    expect(read([phase('a', '2021-03-01', '2021-03-10'), phase('b', '2021-03-10', '2021-03-31')])).toEqual([
      ['schedule.overlap', 'error', [1, 'start'], { phaseTitle: '阶段b', otherTitle: '阶段a', from: '2021-03-10', to: '2021-03-10', days: 1 }],
    ]);
  });
});

describe('the order of phases', () => {
  it('a phase that starts before the one listed above it is out of order, naming the latest started', () => {
    const issues = read([phase('a', '2021-01-01', '2021-01-31'), phase('b', '2021-03-01', '2021-03-31'), phase('c', '2021-02-01', '2021-02-28')]);
    expect(issues).toContainEqual([
      'schedule.phaseOutOfOrder',
      'warning',
      [2, 'start'],
      { phaseTitle: '阶段c', start: '2021-02-01', previousTitle: '阶段b', previousStart: '2021-03-01' },
    ]);
  });
  it('two phases starting on the same day are in order', () => {
    const codes = read([phase('a', '2021-01-01', '2021-01-31'), phase('b', '2021-01-01', '2021-01-31', { kind: 'custom' })]).map(([code]) => code);
    expect(codes).not.toContain('schedule.phaseOutOfOrder');
  });
  it('of two earlier phases starting the same day, the one listed last is named', () => {
    const issues = read([phase('a', '2021-03-01', '2021-03-02'), phase('b', '2021-03-01', '2021-03-05'), phase('c', '2021-02-01', '2021-02-28')]);
    const outOfOrder = issues.find(([code]) => code === 'schedule.phaseOutOfOrder');
    expect(outOfOrder?.[3]).toMatchObject({ previousTitle: '阶段b' });
  });
  it('a phase without days is left out of the order, the overlaps and the gaps', () => {
    const issues = read([phase('a', '2021-03-01', '2021-03-31'), phase('x', '2021-05-01', '2021-01-01'), phase('b', '2021-04-01', '2021-04-30')]);
    expect(issues).toEqual([['schedule.endBeforeStart', 'error', [1, 'end'], { phaseTitle: '阶段x', start: '2021-05-01', end: '2021-01-01' }]]);
  });
});

describe('a phase’s length and its place in the campaign', () => {
  it('全面争创 of exactly 90 days is as long as usual; 89 days is shorter', () => {
    expect(read([phase('a', '2021-01-01', '2021-03-31', { kind: 'implementation' })])).toEqual([]);
    expect(read([phase('a', '2021-01-01', '2021-03-30', { kind: 'implementation' })])).toEqual([
      ['schedule.phaseShorterThanUsual', 'warning', [0], { kind: 'implementation', phaseTitle: '阶段a', days: 89, minDays: 90 }],
    ]);
  });
  it('a phase on the campaign’s first and last days is inside it; a day outside is named at its edge', () => {
    const period = { start: isoDate('2021-01-01'), end: isoDate('2021-12-31') };
    const campaign = (phases: Phase[]) => deepFreeze({ id: 'c', title: '活动', period, phases });
    expect(validateSchedule(campaign([phase('a', '2021-01-01', '2021-12-31')]))).toEqual([]);
    const late = validateSchedule(campaign([phase('a', '2021-01-01', '2022-01-01')]));
    expect(late.map((issue) => [issue.code, issue.path, issue.params])).toEqual([
      [
        'schedule.phaseOutsidePeriod',
        ['phases', 0, 'end'],
        { phaseTitle: '阶段a', start: '2021-01-01', end: '2022-01-01', periodStart: '2021-01-01', periodEnd: '2021-12-31' },
      ],
    ]);
    const early = validateSchedule(campaign([phase('a', '2020-12-31', '2021-12-31')]));
    expect(early.map((issue) => issue.path)).toEqual([['phases', 0, 'start']]);
  });
});

describe('tasks and their due dates', () => {
  it('due on the first or the last day of its phase is in time', () => {
    expect(read([phase('a', '2021-03-01', '2021-03-31', { tasks: [task('t1', '2021-03-01'), task('t2', '2021-03-31'), task('t3')] })])).toEqual([]);
  });
  it('due a day before or after its phase is named with the task and the phase', () => {
    const issues = read([phase('a', '2021-03-01', '2021-03-31', { tasks: [task('t1', '2021-02-28'), task('t2', '2021-04-01')] })]);
    const params = { phaseTitle: '阶段a', start: '2021-03-01', end: '2021-03-31' };
    expect(issues).toEqual([
      ['schedule.taskDueBeforePhase', 'error', [0, 'tasks', 0, 'due'], { taskTitle: '任务t1', due: '2021-02-28', ...params }],
      ['schedule.taskDueAfterPhase', 'error', [0, 'tasks', 1, 'due'], { taskTitle: '任务t2', due: '2021-04-01', ...params }],
    ]);
  });
  it('due on the day the next phase starts is late for its own; the day before is not', () => {
    const phases = [
      phase('a', '2021-03-01', '2021-03-31', { tasks: [task('t1', '2021-03-19'), task('t2', '2021-03-20')] }),
      phase('b', '2021-03-20', '2021-04-30'),
    ];
    const issues = read(phases).filter(([code]) => code !== 'schedule.overlap');
    expect(issues).toEqual([
      ['schedule.taskDueAfterNextPhaseStarts', 'warning', [0, 'tasks', 1, 'due'], { taskTitle: '任务t2', due: '2021-03-20', nextTitle: '阶段b', nextStart: '2021-03-20' }],
    ]);
  });
  it('a next phase that starts the same day as this one hides nothing', () => {
    const phases = [phase('a', '2021-03-01', '2021-03-31', { tasks: [task('t1', '2021-03-20')] }), phase('b', '2021-03-01', '2021-03-31')];
    expect(read(phases).map(([code]) => code)).not.toContain('schedule.taskDueAfterNextPhaseStarts');
  });
});

describe('ids used twice', () => {
  it('names the phase id and where it was first used, and a task id and its first phase', () => {
    const issues = read([
      phase('a', '2021-01-01', '2021-01-31', { tasks: [task('t')] }),
      phase('b', '2021-02-01', '2021-02-28'),
      phase('a', '2021-03-01', '2021-03-31', { tasks: [task('u'), task('t')] }),
    ]);
    expect(issues).toEqual([
      ['schedule.duplicatePhaseId', 'error', [2, 'id'], { phaseId: 'a', firstIndex: 0 }],
      ['schedule.duplicateTaskId', 'error', [2, 'tasks', 1, 'id'], { taskId: 't', firstPhaseId: 'a' }],
    ]);
  });
});

describe('an issue carries only the ids it is about', () => {
  it('a phase’s issue has a phaseId and no taskId key; a cadence issue has neither', () => {
    const phases = [{ id: 'p', kind: 'custom' as const, title: 'p', start: isoDate('2010-06-30'), end: isoDate('2010-06-01'), tasks: [] }];
    const [phaseIssue] = validateSchedule(phases);
    expect(Object.keys(phaseIssue!)).toContain('phaseId');
    expect(Object.keys(phaseIssue!)).not.toContain('taskId');
    const [cadenceIssue] = checkCadence([], [], { start: isoDate('2010-09-30'), end: isoDate('2010-09-01') }).issues;
    expect(Object.keys(cadenceIssue!).filter((key) => key === 'phaseId' || key === 'taskId')).toEqual([]);
  });
});
