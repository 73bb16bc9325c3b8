import { assertInput, type InputIssues } from '../../core/input';
import { checkVoteRule } from '../../evaluation/votes/checkVoteRule';
import type { GradeBallot, VoteRule } from '../../evaluation/votes/types';
import { type Arbitrary, type FastCheck } from './_fc';
import { readOptions } from './_options';
import { subjects } from './scoreBallots';

/**
 * Grade ballots (民主测评, 满意度测评) under a vote rule: for each subject, from one ballot up to
 * `maxBallots`, each giving one of the rule's grades, each from its own evaluator (none for a rule
 * without grades). `parseGradeBallots`
 * accepts every list, and `summarizeVotes` reports no issue with it: every ballot is valid.
 *
 * @param fc - your fast-check.
 * @param rule - the vote rule the ballots are cast under.
 * @param options - the subjects, the group, how many ballots at most.
 * @returns the arbitrary.
 * @throws {@link InvalidInputError} when `rule` is not shaped as a vote rule (paths from
 *   `['rule']`) or `options` cannot be read.
 */
export function arbitraryGradeBallots(fc: FastCheck, rule: VoteRule, options: GradeBallotsOptions = {}): Arbitrary<readonly GradeBallot[]> {
  const issues: InputIssues = [];
  checkVoteRule(rule, issues);
  assertInput(issues);
  const { counts, given } = readOptions(options, { maxBallots: [30, 1, 10_000], minLength: [1, 1, 100], maxLength: [3, 1, 100] }, ['group']);
  const group = (given['group'] as string | undefined) ?? 'masses';
  return subjects(fc, given['subjectIds'], counts['minLength']!, counts['maxLength']!).chain((subjectIds) =>
    fc
      .tuple(
        ...subjectIds.map((subjectId) =>
          (rule.grades.length === 0 ? fc.constant<readonly string[]>([]) : fc.array(fc.constantFrom(...rule.grades), { minLength: 1, maxLength: counts['maxBallots']! })).map((grades) =>
            grades.map((grade, index) => ({ subjectId, evaluatorId: `${group}-${index + 1}`, group, grade }) as GradeBallot),
          ),
        ),
      )
      .map((lists) => lists.flat()),
  );
}

/**
 * Options of the grade ballots arbitrary.
 *
 * @example
 * ```ts
 * import type { GradeBallotsOptions } from 'cxzy/testing';
 * const options: GradeBallotsOptions = { subjectIds: ['branch'], group: 'parents', maxBallots: 50 };
 * ```
 */
export interface GradeBallotsOptions {
  /** The subjects evaluated; by default one to three generated ids. */
  readonly subjectIds?: readonly string[];
  /**
   * The group every ballot speaks for.
   * @defaultValue `'masses'`
   */
  readonly group?: string;
  /**
   * The most ballots for one subject.
   * @defaultValue `30`
   */
  readonly maxBallots?: number;
  /**
   * The fewest generated subjects, without `subjectIds`.
   * @defaultValue `1`
   */
  readonly minLength?: number;
  /**
   * The most generated subjects, without `subjectIds`.
   * @defaultValue `3`
   */
  readonly maxLength?: number;
}
