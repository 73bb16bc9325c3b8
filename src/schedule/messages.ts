import type { MessageCatalog } from '../core/message';

/**
 * Message templates of the issues `cxzy/schedule` reports, keyed by issue code: `datePhrase.*`
 * from {@link parseDatePhrase}, `schedule.*` from {@link validateSchedule}, `template.*` from
 * {@link planSchedule} and `cadence.*` from {@link checkCadence}.
 *
 * @example
 * ```ts
 * import { SCHEDULE_MESSAGES } from 'cxzy/schedule';
 * SCHEDULE_MESSAGES['schedule.endBeforeStart']['zh-CN']; // '阶段“{phaseTitle}”的结束日期 {end} 早于开始日期 {start}'
 * ```
 */
export const SCHEDULE_MESSAGES = {
  'datePhrase.unreadable': {
    'zh-CN': '无法识别日期表述“{text}”中从第 {at} 个字符起的“{rest}”',
    en: 'Cannot read the date phrase "{text}" from character {at}: "{rest}"',
  },
  'datePhrase.missingYear': {
    'zh-CN': '日期表述“{text}”没有写年份,也没有给出默认年份',
    en: 'The date phrase "{text}" names no year and no default year was given',
  },
  'datePhrase.notADate': {
    'zh-CN': '日期表述“{text}”中的 {year}年{month}月{day}日 不存在',
    en: 'The date phrase "{text}" names {year}-{month}-{day}, which does not exist',
  },
  'datePhrase.unknownCongress': {
    'zh-CN': '日期表述“{text}”提到的党的第 {ordinal} 次全国代表大会不在已知的召开日期中',
    en: 'The date phrase "{text}" names the National Congress number {ordinal}, whose opening date is not known',
  },
  'datePhrase.deadlineAsStart': {
    'zh-CN': '日期表述“{text}”以“前”字表述开头,只说明截止日期,不能作为起始日期',
    en: 'The date phrase "{text}" starts with a "before …" deadline, which cannot be the start of a range',
  },
  'schedule.duplicatePhaseId': {
    'zh-CN': '阶段编号“{phaseId}”重复,首次出现在第 {firstIndex} 项',
    en: 'Phase id "{phaseId}" is used twice; first at index {firstIndex}',
  },
  'schedule.duplicateTaskId': {
    'zh-CN': '任务编号“{taskId}”重复,首次出现在阶段“{firstPhaseId}”',
    en: 'Task id "{taskId}" is used twice; first in phase "{firstPhaseId}"',
  },
  'schedule.endBeforeStart': {
    'zh-CN': '阶段“{phaseTitle}”的结束日期 {end} 早于开始日期 {start}',
    en: 'Phase "{phaseTitle}" ends on {end}, before it starts on {start}',
  },
  'schedule.phaseOutOfOrder': {
    'zh-CN': '阶段“{phaseTitle}”({start} 开始)排在更晚开始的阶段“{previousTitle}”({previousStart})之后',
    en: 'Phase "{phaseTitle}" (starting {start}) is listed after "{previousTitle}", which starts later ({previousStart})',
  },
  'schedule.overlap': {
    'zh-CN': '阶段“{phaseTitle}”与“{otherTitle}”在 {from} 至 {to} 重叠 {days} 天',
    en: 'Phase "{phaseTitle}" overlaps "{otherTitle}" for {days} days, {from} to {to}',
  },
  'schedule.gap': {
    'zh-CN': '阶段“{previousTitle}”与“{phaseTitle}”之间有 {days} 天({from} 至 {to})不属于任何阶段',
    en: 'Between phases "{previousTitle}" and "{phaseTitle}", {days} days ({from} to {to}) belong to no phase',
  },
  'schedule.phaseOutsidePeriod': {
    'zh-CN': '阶段“{phaseTitle}”({start} 至 {end})超出活动期限 {periodStart} 至 {periodEnd}',
    en: 'Phase "{phaseTitle}" ({start} to {end}) runs outside the campaign period {periodStart} to {periodEnd}',
  },
  'schedule.phaseShorterThanUsual': {
    'zh-CN': '“{kind}”阶段“{phaseTitle}”只有 {days} 天,通常不少于 {minDays} 天,请核对年份是否抄错',
    en: 'The {kindEn} phase "{phaseTitle}" lasts only {days} days where at least {minDays} are usual; check that no year was miscopied',
  },
  'schedule.taskDueBeforePhase': {
    'zh-CN': '任务“{taskTitle}”的期限 {due} 早于所在阶段“{phaseTitle}”的开始日期 {start}',
    en: 'Task "{taskTitle}" is due on {due}, before its phase "{phaseTitle}" starts on {start}',
  },
  'schedule.taskDueAfterPhase': {
    'zh-CN': '任务“{taskTitle}”的期限 {due} 晚于所在阶段“{phaseTitle}”的结束日期 {end}',
    en: 'Task "{taskTitle}" is due on {due}, after its phase "{phaseTitle}" ends on {end}',
  },
  'schedule.taskDueAfterNextPhaseStarts': {
    'zh-CN': '任务“{taskTitle}”的期限 {due} 晚于下一阶段“{nextTitle}”的开始日期 {nextStart}',
    en: 'Task "{taskTitle}" is due on {due}, after the next phase "{nextTitle}" has started on {nextStart}',
  },
  'template.invalidLength': {
    'zh-CN': '模板阶段“{phaseTitle}”的长度 {length} 不是正整数',
    en: 'The length {length} of template phase "{phaseTitle}" is not a positive whole number',
  },
  'template.anchorNotAfterStart': {
    'zh-CN': '模板阶段“{phaseTitle}”应在 {anchor} 前结束,但该阶段 {start} 才开始',
    en: 'Template phase "{phaseTitle}" must end before {anchor}, but it only starts on {start}',
  },
  'template.taskOutsidePhase': {
    'zh-CN': '模板任务“{taskTitle}”的期限 {due} 不在阶段“{phaseTitle}”({start} 至 {end})之内',
    en: 'Template task "{taskTitle}" falls due on {due}, outside its phase "{phaseTitle}" ({start} to {end})',
  },
  'cadence.shortfall': {
    'zh-CN': '{period}“{rule}”{count} 次,应不少于 {required} 次',
    en: '{periodEn}: "{ruleEn}" held {count} times; at least {required} required',
  },
  'cadence.invalidRule': {
    'zh-CN': '规则“{ruleId}”要求的次数 {atLeast} 不是正整数',
    en: 'Rule "{ruleId}" requires {atLeast} times, which is not a positive whole number',
  },
  'cadence.invalidPeriod': {
    'zh-CN': '检查期限的结束日期 {end} 早于开始日期 {start}',
    en: 'The period to check ends on {end}, before it starts on {start}',
  },
  'cadence.invalidSemester': {
    'zh-CN': '学期“{semester}”的起止日期 {month}月{day}日 不存在',
    en: 'Semester "{semesterEn}" is bounded by month {month}, day {day}, which does not exist',
  },
  'cadence.semestersOverlap': {
    'zh-CN': '学期“{semester}”与“{other}”在 {date} 重叠,同一活动会被计入两个学期',
    en: 'Semesters "{semesterEn}" and "{otherEn}" overlap on {date}, so one event would count in both',
  },
  'cadence.unmatchedEvent': {
    'zh-CN': '活动“{kind}”({date})没有对应的频次规则,未计入',
    en: 'Event "{kind}" on {date} matches no cadence rule and was not counted',
  },
} as const satisfies MessageCatalog;

/**
 * The codes of every issue `cxzy/schedule` reports.
 *
 * @example
 * ```ts
 * import type { ScheduleIssueCode } from 'cxzy/schedule';
 * const code: ScheduleIssueCode = 'schedule.overlap';
 * ```
 */
export type ScheduleIssueCode = keyof typeof SCHEDULE_MESSAGES;
