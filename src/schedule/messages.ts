import { localizedTable } from '../core/locale';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';

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
export const SCHEDULE_MESSAGES = /* @__PURE__ */ localizedTable(zhCN.scheduleMessages, en.scheduleMessages);

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
