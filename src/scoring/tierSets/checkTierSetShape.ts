import type { IssuePath } from '../../core/issue';
import { expectObject, expectOneOf, expectText, type InputIssues } from '../../core/input';
import { MEMBER_TIERS } from '../../core/tiers';
import { expectEach, expectLocalizedText, optional } from '../_shape';
import type { TierSet } from './types';

/**
 * The entry check of a {@link TierSet}: an id and a label, the tier codes as a list of texts, a name
 * in every locale for each code, and, if given, one of the four 民主评议 tiers for each code. A set
 * from JSON or a cast is reported field by field (`['rule', 'tierSet', 'tierLabels', 'good', 'en']`)
 * instead of being misread. What the values mean (no tiers, a code listed twice, a mapping out of
 * order) is left to `checkTierSet`'s own codes.
 *
 * @param set - the tier set, as received.
 * @param path - where it is: `['rule', 'tierSet']`, or `[]` for `checkTierSet`'s own paths.
 * @param issues - where the problems go.
 * @returns whether the set is shaped as a `TierSet`.
 */
export function checkTierSetShape(set: unknown, path: IssuePath, issues: InputIssues): set is TierSet {
  const before = issues.length;
  if (!expectObject(set, path, issues)) return false;
  expectText(set['id'], [...path, 'id'], issues);
  expectLocalizedText(set['label'], [...path, 'label'], issues);
  optional(set['source'], [...path, 'source'], issues, expectText);
  const atTiers = issues.length;
  const listed = expectEach(set['tiers'], [...path, 'tiers'], issues, expectText);
  // Without readable codes the names and the mapping are checked as objects only.
  const codes = listed && issues.length === atTiers ? (set['tiers'] as readonly string[]) : [];
  const labels = set['tierLabels'];
  if (expectObject(labels, [...path, 'tierLabels'], issues)) {
    for (const code of codes) expectLocalizedText(Object.hasOwn(labels, code) ? labels[code] : undefined, [...path, 'tierLabels', code], issues);
  }
  optional(set['memberTiers'], [...path, 'memberTiers'], issues, (mapping, at, found) => {
    if (!expectObject(mapping, at, found)) return;
    for (const code of codes) expectOneOf(Object.hasOwn(mapping, code) ? mapping[code] : undefined, MEMBER_TIERS, [...at, code], found);
  });
  return issues.length === before;
}
