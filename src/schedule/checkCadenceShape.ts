/**
 * The entry check of `checkCadence`: the rules, the period and the options checked once, before
 * any counting; the events checked one by one, so a bad one is reported and skipped.
 */
import { expectList, expectNumber, expectObject, expectOneOf, expectText, MAX_LIST_ISSUES, type InputIssues } from '../core/input';
import type { CadenceEvent } from './cadence';
import { expectDate, expectLabel, expectOptions, expectPeriod } from './checkPhasesShape';

/** The most events a rule may require per period: far above any duty, far below where prorating loses exactness. */
const MAX_AT_LEAST = 10_000;
const UNITS = ['month', 'quarter', 'halfYear', 'semester', 'year'] as const;
const PARTIAL_PERIODS = ['prorate', 'full', 'exempt'] as const;

/** What the check found: the input issues, whether the rules, period and options can be used, the usable events. */
export interface CadenceShape {
  readonly issues: InputIssues;
  readonly usable: boolean;
  readonly events: readonly { readonly event: CadenceEvent; readonly index: number }[];
}

/**
 * Checks the arguments of `checkCadence` as their types say: `rules` a list of objects with a text
 * `id`, `kind` and `source`, a `label` in every locale, `every` one of the units and a number
 * `atLeast` of at most 10,000 (whether it is a positive whole number is `cadence.invalidRule`'s to
 * say; `1e308` would make a prorated requirement Infinity); `period` an
 * object of two `YYYY-MM-DD` dates; `options` an object whose `semesters` is a list of semesters
 * (a text `id`, a `label`, `start` and `end` each a `{ month, day }` of numbers) and whose
 * `partialPeriods` is `'prorate'`, `'full'` or `'exempt'`. Each event must be an object with a text
 * `kind` and a `YYYY-MM-DD` `date` (and a text `id` when given); one that is not is reported and
 * left out.
 */
export function checkCadenceShape(events: unknown, rules: unknown, period: unknown, options: unknown): CadenceShape {
  const issues: InputIssues = [];
  const usableEvents: { event: CadenceEvent; index: number }[] = [];
  if (expectList(events, ['events'], issues)) {
    for (let index = 0; index < events.length; index += 1) {
      const event: unknown = events[index];
      if (issues.length >= MAX_LIST_ISSUES && (typeof event !== 'object' || event === null)) continue;
      const at = ['events', index];
      if (!expectObject(event, at, issues)) continue;
      const before = issues.length;
      expectText(event['kind'], [...at, 'kind'], issues);
      expectDate(event['date'], [...at, 'date'], issues);
      if (event['id'] !== undefined) expectText(event['id'], [...at, 'id'], issues);
      if (issues.length === before) usableEvents.push({ event: event as unknown as CadenceEvent, index });
    }
  }
  const skipped = issues.length;
  if (expectList(rules, ['rules'], issues)) {
    for (let index = 0; index < rules.length && issues.length - skipped < MAX_LIST_ISSUES; index += 1) {
      const rule: unknown = rules[index];
      const at = ['rules', index];
      if (!expectObject(rule, at, issues)) continue;
      expectText(rule['id'], [...at, 'id'], issues);
      expectText(rule['kind'], [...at, 'kind'], issues);
      expectLabel(rule['label'], [...at, 'label'], issues);
      expectOneOf(rule['every'], UNITS, [...at, 'every'], issues);
      expectNumber(rule['atLeast'], [...at, 'atLeast'], issues, { max: MAX_AT_LEAST });
      expectText(rule['source'], [...at, 'source'], issues);
    }
  }
  expectPeriod(period, ['period'], issues);
  // Stryker disable next-line LogicalOperator,ConditionalExpression: checkCadence gives its options a default, so they are never undefined here
  if (expectOptions(options, ['options'], issues) && options !== undefined) {
    const semesters = options['semesters'];
    if (semesters !== undefined && expectList(semesters, ['options', 'semesters'], issues)) {
      const beforeSemesters = issues.length;
      for (let index = 0; index < semesters.length && issues.length - beforeSemesters < MAX_LIST_ISSUES; index += 1) {
        const semester: unknown = semesters[index];
        const at = ['options', 'semesters', index];
        if (!expectObject(semester, at, issues)) continue;
        expectText(semester['id'], [...at, 'id'], issues);
        expectLabel(semester['label'], [...at, 'label'], issues);
        for (const edge of ['start', 'end'] as const) {
          const day: unknown = semester[edge];
          if (!expectObject(day, [...at, edge], issues)) continue;
          expectNumber(day['month'], [...at, edge, 'month'], issues);
          expectNumber(day['day'], [...at, edge, 'day'], issues);
        }
      }
    }
    if (options['partialPeriods'] !== undefined) expectOneOf(options['partialPeriods'], PARTIAL_PERIODS, ['options', 'partialPeriods'], issues);
  }
  return { issues, usable: issues.length === skipped, events: usableEvents };
}
