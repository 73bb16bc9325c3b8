import type { DateRange } from '../../core/dateRange';
import { isoDate } from '../../core/isoDate';
import type { Phase } from '../../schedule';

/**
 * The example campaign's first stage, as the 南郊职业中学 plan of 2010 writes it ("第一阶段分三个步骤
 * 进行"), dated by `parseDatePhrase`'s reading of each phrase and kept as written: its first step
 * runs to "7月5日前" while the second starts in July, and the 党性分析 of the second step is due
 * "2010年'七一'前", before that step begins. The check shows both.
 */
export const EXAMPLE_PHASES: readonly Phase[] = [
  {
    id: 'step-1',
    kind: 'mobilization',
    title: '第一步:广泛发动,安排部署',
    start: isoDate('2010-06-01'),
    end: isoDate('2010-07-04'), // 2010年7月5日前
    tasks: [
      { id: 'mobilization-meeting', title: '召开专题动员大会', due: isoDate('2010-06-04'), done: isoDate('2010-06-04'), ownerId: 'm01' },
      { id: 'campaign-plan', title: '制定活动方案', due: isoDate('2010-07-04'), done: isoDate('2010-09-08'), ownerId: 'm01' },
      { id: 'study', title: '组织学习', due: isoDate('2010-07-04'), done: isoDate('2010-07-02'), ownerId: 'm04' },
    ],
  },
  {
    id: 'step-2',
    kind: 'implementation',
    title: '第二步:全面争创,扎实推进',
    start: isoDate('2010-07-01'), // 2010年7月—2011年3月
    end: isoDate('2011-03-31'),
    tasks: [
      { id: 'pledges', title: '申报承诺', due: isoDate('2010-09-30'), ownerId: 'm01' },
      { id: 'party-spirit-analysis', title: '党性分析', due: isoDate('2010-06-30'), ownerId: 'm02' }, // 2010年"七一"前
      { id: 'teachers-day', title: '教师节前宣传先进事迹', due: isoDate('2010-09-09'), ownerId: 'm03' },
      { id: 'appraisal', title: '组织评议', due: isoDate('2011-03-31'), ownerId: 'm01' },
    ],
  },
  {
    id: 'step-3',
    kind: 'rectificationAndCommendation',
    title: '第三步:总结整改,评选表彰',
    start: isoDate('2011-04-01'), // 2011年4月—2011年6月
    end: isoDate('2011-06-30'),
    tasks: [
      { id: 'summary', title: '用一个月的时间进行系统总结', due: isoDate('2011-04-30'), ownerId: 'm01' },
      { id: 'commendation', title: '评选表彰,向上推荐', due: isoDate('2011-06-30'), ownerId: 'm01' },
    ],
  },
];

/** The example campaign's period, the same as the campaign's own in `example.ts`. */
export const EXAMPLE_PERIOD: DateRange = { start: isoDate('2010-06-01'), end: isoDate('2012-06-30') };

/** The day the demo looks from: the day the plan was signed. */
export const EXAMPLE_AS_OF = isoDate('2010-09-08');
