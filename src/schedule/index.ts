/**
 * Calendar dates, phases and tasks of a campaign.
 *
 * @packageDocumentation
 */
export { addDays, daysBetween, isIsoDate, isoDate, type IsoDate } from './iso-date';
export type { Phase, PhaseKind, Task } from './types';
export { PHASE_KIND_LABELS } from './labels';
