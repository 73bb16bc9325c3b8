import type { DateRange } from '../../core/dateRange';
import type { Locale } from '../../core/locale';
import { deadlines } from '../../schedule/deadlines';
import { isoDate } from '../../core/isoDate';
import { PHASE_KIND_LABELS, PHASE_STATUS_LABELS } from '../../schedule/labels';
import { phaseAt } from '../../schedule/phaseAt';
import type { Phase } from '../../schedule/types';
import { validateSchedule } from '../../schedule/validateSchedule';
import { heading, issueLines, type Text } from './format';

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

/** The demo's schedule section: the check of the example's phases, the phase under way, and deadlines. */
export function scheduleSection(locale: Locale): readonly string[] {
  const lines = [heading({ 'zh-CN': '阶段安排检查', en: 'Schedule check' }, locale)];
  for (const phase of EXAMPLE_PHASES) {
    lines.push(`${phase.start} — ${phase.end}  ${phase.title} (${PHASE_KIND_LABELS[phase.kind][locale]})`);
  }
  lines.push(...issueLines(validateSchedule(EXAMPLE_PHASES, { period: EXAMPLE_PERIOD }), locale));

  const position = phaseAt(EXAMPLE_PHASES, EXAMPLE_AS_OF);
  const current = position.status === 'during' ? `: ${position.phase.title}` : '';
  const asOf: Text = { 'zh-CN': `截至 ${EXAMPLE_AS_OF}`, en: `As of ${EXAMPLE_AS_OF}` };
  lines.push(`${asOf[locale]}: ${PHASE_STATUS_LABELS[position.status][locale]}${current}`);

  const report = deadlines(EXAMPLE_PHASES, EXAMPLE_AS_OF);
  for (const deadline of report.upcoming) {
    const text: Text = {
      'zh-CN': `  即将到期:${deadline.task.title}(${deadline.due},还有 ${deadline.days} 天)`,
      en: `  Due soon: ${deadline.task.title} (${deadline.due}, in ${deadline.days} days)`,
    };
    lines.push(text[locale]);
  }
  for (const deadline of report.overdue) {
    const text: Text = {
      'zh-CN': `  已逾期:${deadline.task.title}(${deadline.due},逾期 ${deadline.days} 天)`,
      en: `  Overdue: ${deadline.task.title} (${deadline.due}, ${deadline.days} days late)`,
    };
    lines.push(text[locale]);
  }
  for (const deadline of report.doneLate) {
    const text: Text = {
      'zh-CN': `  逾期完成:${deadline.task.title}(期限 ${deadline.due},晚 ${deadline.days} 天)`,
      en: `  Done late: ${deadline.task.title} (due ${deadline.due}, ${deadline.days} days late)`,
    };
    lines.push(text[locale]);
  }
  return lines;
}
