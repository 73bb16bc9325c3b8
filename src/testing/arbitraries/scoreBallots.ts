import { assertInput, expectList, expectText, inputIssue, type InputIssues } from '../../core/input';
import { checkPolicyShape } from '../../evaluation/policy/checkPolicyShape';
import { HUNDRED_POINT_SCALE } from '../../evaluation/policy/policies';
import type { AggregationPolicy, ScoreBallot } from '../../evaluation/policy/types';
import { roundHundredths } from '../../scoring/_hundredths';
import { hundredths, ids, type Arbitrary, type FastCheck } from './_fc';
import { readOptions } from './_options';

/**
 * Score ballots under an aggregation policy: for each subject, every group of the policy with as
 * many ballots as it needs to count (its `minBallots`, and one more than a trimmed mean drops) and
 * up to `maxBallotsPerGroup`, scores of at most two decimals on the policy's scale, one ballot per
 * evaluator and subject, and no peer ballot of a subject on itself. `parseScoreBallots` accepts
 * every list, and `aggregateEvaluations` reports no issue with it: every subject gets a combined
 * score.
 *
 * @param fc - your fast-check.
 * @param policy - the policy the ballots are cast under.
 * @param options - the subjects and how many ballots a group gets at most.
 * @returns the arbitrary.
 * @throws {@link InvalidInputError} when `policy` is not shaped as an aggregation policy (paths from
 *   `['policy']`) or `options` cannot be read.
 */
export function arbitraryScoreBallots<G extends string>(fc: FastCheck, policy: AggregationPolicy<G>, options: ScoreBallotsOptions = {}): Arbitrary<readonly ScoreBallot<G>[]> {
  const issues: InputIssues = [];
  checkPolicyShape(policy, issues);
  assertInput(issues);
  const { counts, given } = readOptions(options, { maxBallotsPerGroup: [5, 1, 100], minLength: [1, 1, 100], maxLength: [4, 1, 100] });
  const scale = policy.scale ?? HUNDRED_POINT_SCALE;
  const [low, high] = [Math.ceil(roundHundredths(scale.min)), Math.floor(roundHundredths(scale.max))];
  if (low > high) assertInput([inputIssue('input.tooSmall', ['policy', 'scale', 'max'], { value: scale.max, min: scale.min })]);
  const groups = (Object.keys(policy.groups) as G[]).map((group) => {
    const rule = policy.groups[group];
    const trimmed = rule.method === 'trimmedMean' ? (rule.dropHighest ?? 1) + (rule.dropLowest ?? 1) + 1 : 1;
    const fewest = Math.max(trimmed, rule.minBallots ?? 1);
    return { group, fewest, most: Math.max(fewest, counts['maxBallotsPerGroup']!) };
  });
  const subjectsOf = subjects(fc, given['subjectIds'], counts['minLength']!, counts['maxLength']!);
  return subjectsOf.chain((subjectIds) =>
    fc
      .tuple(
        ...subjectIds.flatMap((subjectId) =>
          groups.map(({ group, fewest, most }) =>
            fc.array(hundredths(fc, low, high), { minLength: fewest, maxLength: most }).map((scores) =>
              scores.map((score, index): ScoreBallot<G> => ({ subjectId, evaluatorId: `${group}-${index + 1}`, group, score })),
            ),
          ),
        ),
      )
      .map((lists) => lists.flat()),
  );
}

/** The subjects given, checked, or distinct generated ones. Internal to the ballot arbitraries. */
export function subjects(fc: FastCheck, given: unknown, minLength: number, maxLength: number): Arbitrary<readonly string[]> {
  if (given === undefined) return ids(fc, 'm', Math.min(minLength, maxLength), maxLength);
  const issues: InputIssues = [];
  if (expectList(given, ['options', 'subjectIds'], issues)) given.forEach((id, index) => expectText(id, ['options', 'subjectIds', index], issues));
  assertInput(issues);
  return fc.constant(given as readonly string[]);
}

/**
 * Options of the score ballots arbitrary.
 *
 * @example
 * ```ts
 * import type { ScoreBallotsOptions } from 'cxzy/testing';
 * const options: ScoreBallotsOptions = { subjectIds: ['m01', 'm02'], maxBallotsPerGroup: 8 };
 * ```
 */
export interface ScoreBallotsOptions {
  /** The subjects evaluated; by default one to four generated ids. */
  readonly subjectIds?: readonly string[];
  /**
   * The most ballots of one group for one subject (a group that needs more gets what it needs).
   * @defaultValue `5`
   */
  readonly maxBallotsPerGroup?: number;
  /**
   * The fewest generated subjects, without `subjectIds`.
   * @defaultValue `1`
   */
  readonly minLength?: number;
  /**
   * The most generated subjects, without `subjectIds`.
   * @defaultValue `4`
   */
  readonly maxLength?: number;
}
