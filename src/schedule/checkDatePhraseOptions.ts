/**
 * The entry check of `parseDatePhrase`: the text and the options, before any reading.
 */
import { expectList, expectNumber, expectObject, expectOneOf, expectText, type InputIssues } from '../core/input';
import type { IssuePath } from '../core/issue';
import { expectDate, expectLabel, expectOptions } from './checkPhasesShape';

const READINGS = ['exclusive', 'inclusive'] as const;

/**
 * Checks the arguments of `parseDatePhrase` as their types say: `text` a text; `options` an object
 * whose `year` is a number (whether that year has the day is `datePhrase.notADate`'s to say),
 * `before` is `'exclusive'` or `'inclusive'`, `namedDays` an object of named days (each a `month`
 * and `day` number, a `label` in every locale and a list of `names`) and `congresses` a list of
 * congresses (an `ordinal` number, an `opening` date, a `label`). Paths start with the parameter's
 * name: `['options', 'year']`.
 */
export function checkDatePhraseOptions(text: unknown, options: unknown, issues: InputIssues): void {
  expectText(text, ['text'], issues);
  // Stryker disable next-line LogicalOperator,ConditionalExpression: parseDatePhrase gives its options a default, so they are never undefined here
  if (!expectOptions(options, ['options'], issues) || options === undefined) return;
  if (options['year'] !== undefined) expectNumber(options['year'], ['options', 'year'], issues);
  if (options['before'] !== undefined) expectOneOf(options['before'], READINGS, ['options', 'before'], issues);
  const namedDays = options['namedDays'];
  if (namedDays !== undefined && expectObject(namedDays, ['options', 'namedDays'], issues)) {
    for (const [id, namedDay] of Object.entries(namedDays)) checkNamedDayShape(namedDay, ['options', 'namedDays', id], issues);
  }
  const congresses = options['congresses'];
  if (congresses !== undefined && expectList(congresses, ['options', 'congresses'], issues)) {
    for (let index = 0; index < congresses.length; index += 1) checkCongressShape(congresses[index], ['options', 'congresses', index], issues);
  }
}

/** Checks a `NamedDay`: a month from 1 to 12, a day from 1 to 31, a label in every locale and a list of names. */
export function checkNamedDayShape(namedDay: unknown, path: IssuePath, issues: InputIssues): void {
  if (!expectObject(namedDay, path, issues)) return;
  expectNumber(namedDay['month'], [...path, 'month'], issues, { integer: true, min: 1, max: 12 });
  expectNumber(namedDay['day'], [...path, 'day'], issues, { integer: true, min: 1, max: 31 });
  expectLabel(namedDay['label'], [...path, 'label'], issues);
  const names = namedDay['names'];
  if (expectList(names, [...path, 'names'], issues)) for (let index = 0; index < names.length; index += 1) expectText(names[index], [...path, 'names', index], issues);
}

/** Checks a `PartyCongress`: an ordinal from 1, its opening date and a label in every locale. */
export function checkCongressShape(congress: unknown, path: IssuePath, issues: InputIssues): void {
  if (!expectObject(congress, path, issues)) return;
  expectNumber(congress['ordinal'], [...path, 'ordinal'], issues, { integer: true, min: 1 });
  expectDate(congress['opening'], [...path, 'opening'], issues);
  expectLabel(congress['label'], [...path, 'label'], issues);
}
