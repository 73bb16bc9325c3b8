/**
 * The entry checks of the schedule's functions (phases, dates, periods, options): what is not
 * shaped as its type says becomes an `input.*` issue naming the field, before any work.
 */
import { expectList, expectObject, expectText, inputIssue, MAX_LIST_ISSUES, type InputIssues } from '../core/input';
import type { IssuePath } from '../core/issue';
import { isIsoDate, type IsoDate } from '../core/isoDate';

/**
 * Checks a list of phases as `Phase` says: each an object with a text `id`, `kind` and `title`,
 * `YYYY-MM-DD` calendar dates `start` and `end`, and a list of `tasks`, each with a text `id` and
 * `title` and, when given, `due` and `done` dates. Paths start with `path`.
 *
 * @param phases - the value given as the phases.
 * @param path - where it sits: `['phases']`, or `['subject', 'phases']` inside a campaign.
 * @param issues - where the problems go.
 */
export function checkPhasesShape(phases: unknown, path: IssuePath, issues: InputIssues): void {
  const before = issues.length;
  if (!expectList(phases, path, issues)) return;
  for (let index = 0; index < phases.length && issues.length - before < MAX_LIST_ISSUES; index += 1) {
    const phase: unknown = phases[index];
    const at = [...path, index];
    if (!expectObject(phase, at, issues)) continue;
    expectText(phase['id'], [...at, 'id'], issues);
    expectText(phase['kind'], [...at, 'kind'], issues);
    expectText(phase['title'], [...at, 'title'], issues);
    expectDate(phase['start'], [...at, 'start'], issues);
    expectDate(phase['end'], [...at, 'end'], issues);
    const tasks = phase['tasks'];
    if (!expectList(tasks, [...at, 'tasks'], issues)) continue;
    for (let taskIndex = 0; taskIndex < tasks.length && issues.length - before < MAX_LIST_ISSUES; taskIndex += 1) {
      const task: unknown = tasks[taskIndex];
      const taskAt = [...at, 'tasks', taskIndex];
      if (!expectObject(task, taskAt, issues)) continue;
      expectText(task['id'], [...taskAt, 'id'], issues);
      expectText(task['title'], [...taskAt, 'title'], issues);
      if (task['due'] !== undefined) expectDate(task['due'], [...taskAt, 'due'], issues);
      if (task['done'] !== undefined) expectDate(task['done'], [...taskAt, 'done'], issues);
    }
  }
}

/**
 * Checks that `value` is a calendar date written `YYYY-MM-DD` (years 0001–9999): `'2011-02-30'`
 * and `20110201` are not. Internal.
 */
export function expectDate(value: unknown, path: IssuePath, issues: InputIssues): value is IsoDate {
  if (isIsoDate(value)) return true;
  issues.push(value === undefined ? inputIssue('input.missing', path, {}) : inputIssue('input.expected', path, { expected: 'date' }, value));
  return false;
}

/** Checks a period: an object with `start` and `end` dates. Internal. */
export function expectPeriod(value: unknown, path: IssuePath, issues: InputIssues): value is { readonly start: IsoDate; readonly end: IsoDate } {
  if (!expectObject(value, path, issues)) return false;
  const start = expectDate(value['start'], [...path, 'start'], issues);
  const end = expectDate(value['end'], [...path, 'end'], issues);
  return start && end;
}

/** Checks an options argument: absent, or an object. Internal. */
export function expectOptions(value: unknown, path: IssuePath, issues: InputIssues): value is Readonly<Record<string, unknown>> | undefined {
  return value === undefined || expectObject(value, path, issues);
}

/** Checks a text in every locale: an object with a `zh-CN` and an `en` text. Internal. */
export function expectLabel(value: unknown, path: IssuePath, issues: InputIssues): void {
  if (!expectObject(value, path, issues)) return;
  expectText(value['zh-CN'], [...path, 'zh-CN'], issues);
  expectText(value['en'], [...path, 'en'], issues);
}
