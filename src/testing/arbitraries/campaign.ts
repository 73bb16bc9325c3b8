import type { Campaign } from '../../campaign/types';
import { PHASE_KINDS, type Phase, type PhaseKind } from '../../schedule/types';
import { DEFAULT_MIN_PHASE_DAYS } from '../../schedule/validateSchedule';
import { FIRST_DAY, LAST_DAY, dateOf, day } from './_dates';
import { type Arbitrary, type FastCheck } from './_fc';
import { lengthRange, readOptions } from './_options';

/**
 * A campaign (创先争优活动实施方案) with phases that follow one another without a gap or an
 * overlap, each at least as long as {@link DEFAULT_MIN_PHASE_DAYS} asks for its kind, tasks due
 * inside their phase, the campaign's period from the first phase's start to the last one's end.
 * `validateSchedule(campaign)` finds nothing, and `parseCampaign` accepts it.
 *
 * @param fc - your fast-check.
 * @param options - how many phases and tasks.
 * @returns the arbitrary.
 */
export function arbitraryCampaign(fc: FastCheck, options: CampaignOptions = {}): Arbitrary<Campaign> {
  const { counts } = readOptions(options, { minLength: [1, 1, 20], maxLength: [4, 1, 20], maxTasks: [3, 0, 50] });
  const { minLength, maxLength } = lengthRange(counts);
  const phase = fc.record({
    kind: fc.constantFrom(...PHASE_KINDS),
    extra: fc.integer({ min: 0, max: 120 }),
    tasks: fc.array(fc.record({ at: fc.nat(), done: fc.boolean() }), { maxLength: counts['maxTasks']! }),
  });
  return fc
    .record({ start: day(fc, FIRST_DAY, LAST_DAY - 20 * 400), phases: fc.array(phase, { minLength, maxLength }), theme: fc.constantFrom(...THEMES) })
    .map(({ start, phases: drawn, theme }) => {
      let from = start;
      const phases = drawn.map(({ kind, extra, tasks }, index): Phase => {
        const length = usualDays(kind) + extra;
        const first = from;
        from += length;
        return {
          id: `p${index + 1}`,
          kind,
          title: TITLES[kind],
          start: dateOf(first),
          end: dateOf(first + length - 1),
          tasks: tasks.map(({ at, done }, t) => {
            const due = dateOf(first + (at % length));
            return { id: `p${index + 1}-t${t + 1}`, title: TASK_TITLES[t % TASK_TITLES.length]!, due, ...(done ? { done: due } : {}) };
          }),
        };
      });
      return {
        id: 'campaign',
        title: '创先争优活动实施方案',
        theme,
        organizerId: 'branch',
        period: { start: phases[0]!.start, end: phases[phases.length - 1]!.end },
        basis: ['中共中央组织部关于在党的基层组织和党员中深入开展创先争优活动的意见'],
        phases,
        standards: [],
        activities: [],
      };
    });
}

function usualDays(kind: PhaseKind): number {
  const usual: Readonly<Partial<Record<PhaseKind, number>>> = DEFAULT_MIN_PHASE_DAYS;
  return Math.max(usual[kind] ?? 1, 14);
}

const TITLES: Readonly<Record<PhaseKind, string>> = {
  mobilization: '广泛发动,安排部署',
  implementation: '全面争创,扎实推进',
  benchmarking: '对标定位,晋档升级',
  summary: '系统总结,完善机制',
  rectificationAndCommendation: '总结整改,评选表彰',
  custom: '专项活动',
};
const TASK_TITLES = ['召开动员大会', '公开承诺', '领导点评', '群众评议', '评选表彰'] as const;
const THEMES = ['创先争优', '为民服务创先争优', '办人民满意教育'] as const;

/**
 * Options of the campaign arbitrary.
 *
 * @example
 * ```ts
 * import type { CampaignOptions } from 'cxzy/testing';
 * const options: CampaignOptions = { minLength: 3, maxLength: 5, maxTasks: 2 };
 * ```
 */
export interface CampaignOptions {
  /**
   * The fewest phases (at least 1).
   * @defaultValue `1`
   */
  readonly minLength?: number;
  /**
   * The most phases.
   * @defaultValue `4`
   */
  readonly maxLength?: number;
  /**
   * The most tasks in a phase.
   * @defaultValue `3`
   */
  readonly maxTasks?: number;
}
