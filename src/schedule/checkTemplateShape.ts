/**
 * The entry check of `planSchedule`: the template and the options, before any date is planned.
 */
import { expectList, expectNumber, expectObject, expectOneOf, expectText, inputIssue, type InputIssues } from '../core/input';
import type { IssuePath } from '../core/issue';
import { checkCongressShape, checkNamedDayShape } from './checkDatePhraseOptions';
import { expectDate, expectLabel } from './checkPhasesShape';

const READINGS = ['exclusive', 'inclusive'] as const;

/**
 * Checks the arguments of `planSchedule` as their types say: `template` an object with a text
 * `id` and `source`, a `label` in every locale and a list of `phases`, each with a text `id`,
 * `kind` and `title`, a `length` (`{ days }`, `{ months }` — numbers — or `{ before }` an anchor) and
 * a list of `tasks` (a text `id` and `title`, and a `due` of `{ daysAfterStart }`,
 * `{ daysBeforeEnd }` or `{ before }` when given); an anchor is `{ namedDay }` (a whole `month` 1–12
 * and `day` 1–31) or `{ congress }` (an `ordinal` and an `opening` date). `options` must be an
 * object with a `start` date and, when given, `before` `'exclusive'` or `'inclusive'`. Whether a
 * number of days is a positive whole number is `template.invalidLength`'s to say.
 */
export function checkTemplateShape(template: unknown, options: unknown, issues: InputIssues): void {
  if (expectObject(template, ['template'], issues)) {
    expectText(template['id'], ['template', 'id'], issues);
    expectText(template['source'], ['template', 'source'], issues);
    expectLabel(template['label'], ['template', 'label'], issues);
    const phases = template['phases'];
    if (expectList(phases, ['template', 'phases'], issues)) {
      for (let index = 0; index < phases.length; index += 1) {
        const phase: unknown = phases[index];
        const at = ['template', 'phases', index];
        if (!expectObject(phase, at, issues)) continue;
        expectText(phase['id'], [...at, 'id'], issues);
        expectText(phase['kind'], [...at, 'kind'], issues);
        expectText(phase['title'], [...at, 'title'], issues);
        expectOneKey(phase['length'], [...at, 'length'], ['days', 'months', 'before'], issues);
        const tasks = phase['tasks'];
        if (!expectList(tasks, [...at, 'tasks'], issues)) continue;
        for (let taskIndex = 0; taskIndex < tasks.length; taskIndex += 1) {
          const task: unknown = tasks[taskIndex];
          const taskAt = [...at, 'tasks', taskIndex];
          if (!expectObject(task, taskAt, issues)) continue;
          expectText(task['id'], [...taskAt, 'id'], issues);
          expectText(task['title'], [...taskAt, 'title'], issues);
          if (task['due'] !== undefined) expectOneKey(task['due'], [...taskAt, 'due'], ['daysAfterStart', 'daysBeforeEnd', 'before'], issues);
        }
      }
    }
  }
  if (expectObject(options, ['options'], issues)) {
    expectDate(options['start'], ['options', 'start'], issues);
    if (options['before'] !== undefined) expectOneOf(options['before'], READINGS, ['options', 'before'], issues);
  }
}

/** A length or a due: an object with one of `keys`, a number or (for `before`) an anchor. */
function expectOneKey(value: unknown, path: IssuePath, keys: readonly string[], issues: InputIssues): void {
  if (!expectObject(value, path, issues)) return;
  const key = keys.find((each) => Object.hasOwn(value, each));
  if (key === undefined) {
    issues.push(inputIssue('input.missing', [...path, keys[0]!], {}));
    return;
  }
  if (key !== 'before') {
    expectNumber(value[key], [...path, key], issues);
    return;
  }
  const anchor: unknown = value['before'];
  if (!expectObject(anchor, [...path, 'before'], issues)) return;
  if (Object.hasOwn(anchor, 'congress')) checkCongressShape(anchor['congress'], [...path, 'before', 'congress'], issues);
  else checkNamedDayShape(anchor['namedDay'], [...path, 'before', 'namedDay'], issues);
}

