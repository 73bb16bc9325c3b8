import type { IssuePath } from '../../core/issue';
import { expectBoolean, expectNumber, expectObject, expectOneOf, expectText, type InputIssues } from '../../core/input';
import { ORGANIZATION_BANDS } from '../labels';
import { expectEach, expectLocalizedText, optional } from '../_shape';
import type { OrganizationGradeRule } from './types';

/**
 * The entry check of an {@link OrganizationGradeRule}: each criterion with a `code`, a `label` in
 * every locale and the score that meets it (`{ value, inclusive }`, a finite number and a
 * boolean); each band one of `advanced`, `intermediate`, `lagging`, with `minStars` a whole number
 * of at least 0.
 *
 * @param rule - the rule, as received.
 * @param path - where it is: `['rule']`.
 * @param issues - where the problems go.
 */
export function checkOrganizationGradeRuleShape(rule: unknown, path: IssuePath, issues: InputIssues): void {
  if (!expectObject(rule, path, issues)) return;
  optional(rule['id'], [...path, 'id'], issues, expectText);
  optional(rule['label'], [...path, 'label'], issues, expectLocalizedText);
  expectEach(rule['criteria'], [...path, 'criteria'], issues, (criterion, at, found) => {
    if (!expectObject(criterion, at, found)) return;
    expectText(criterion['code'], [...at, 'code'], found);
    expectLocalizedText(criterion['label'], [...at, 'label'], found);
    const meets = criterion['meets'];
    if (!expectObject(meets, [...at, 'meets'], found)) return;
    expectNumber(meets['value'], [...at, 'meets', 'value'], found);
    expectBoolean(meets['inclusive'], [...at, 'meets', 'inclusive'], found);
  });
  expectEach(rule['bands'], [...path, 'bands'], issues, (band, at, found) => {
    if (!expectObject(band, at, found)) return;
    expectOneOf(band['band'], ORGANIZATION_BANDS, [...at, 'band'], found);
    expectNumber(band['minStars'], [...at, 'minStars'], found, { integer: true, min: 0 });
  });
}
