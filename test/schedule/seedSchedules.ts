import { isoDate, parseDatePhrase, type DatePhraseOptions, type IsoDate, type Phase, type PhaseKind, type Task } from '../../src/schedule';

/** The span a phrase gives, or a failed test: seed dates are entered as the plans write them. */
export function span(text: string, options: DatePhraseOptions = {}): { readonly start: IsoDate; readonly end: IsoDate } {
  const result = parseDatePhrase(text, options);
  if (!result.success) throw new Error(`cannot read ${text}: ${result.issues.map((issue) => issue.message.en).join('; ')}`);
  if (result.data.start === undefined) throw new Error(`${text} is a deadline, not a span`);
  return { start: result.data.start, end: result.data.end };
}

/** The due date a phrase gives ("在7月1日前"). */
export function due(text: string, options: DatePhraseOptions = {}): IsoDate {
  const result = parseDatePhrase(text, options);
  if (!result.success) throw new Error(`cannot read ${text}`);
  return result.data.end;
}

/** A phase entered from the plan's own words. */
export function phase(id: string, kind: PhaseKind, title: string, dates: string, tasks: readonly Task[] = [], options: DatePhraseOptions = {}): Phase {
  return { id, kind, title, ...span(dates, options), tasks };
}

/** The 2012 镇中心学校 plan (seed 000, 第四篇), its four steps as written. */
export const TOWN_SCHOOL_2012: readonly Phase[] = [
  phase('step-1', 'mobilization', '广泛发动,安排部署', '2012年5月', [
    { id: 'mobilization-meeting', title: '5月31日召开动员大会', due: isoDate('2012-05-31') },
  ]),
  phase('step-2', 'implementation', '全面争创,扎实推进', '2012年6月—2012年6月底', [
    { id: 'party-spirit-analysis', title: '党性分析', due: due('2012年“七一”前') },
  ]),
  phase('step-3', 'benchmarking', '对标定位,晋档升级', '2012年7月—2012年6月底'),
  phase('step-4', 'summary', '系统总结,完善机制', '2012年7月—党的十八大召开前'),
];

/** The 2021 plan for the Party's centenary (seed 000, 第二篇): "从2021年5月到6月具体分三个阶段进行". */
export const CENTENARY_2021: readonly Phase[] = [
  phase(
    'mobilization',
    'mobilization',
    '动员部署阶段',
    '2021年5月下旬—6月',
    [{ id: 'mobilization-meeting', title: '召开动员大会', due: due('在7月1日前', { year: 2021 }) }],
  ),
  phase('implementation', 'implementation', '全面争创阶段', '2021年6月—2021年6月底'),
];
