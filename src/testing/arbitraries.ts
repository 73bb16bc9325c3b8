import type { Campaign } from '../campaign/types';
import type { MemberTier } from '../core/tiers';
import type { AggregationPolicy, ScoreBallot } from '../evaluation/policy/types';
import type { GradeBallot, VoteRule } from '../evaluation/votes/types';
import type { Member } from '../organization/types';
import type { ScoreCard, ScoreSheet } from '../scoring/sheets/types';
import type { TierRule } from '../scoring/tierRules/types';
import { arbitraryBranch, type Branch, type BranchOptions } from './arbitraries/branch';
import { arbitraryCampaign, type CampaignOptions } from './arbitraries/campaign';
import { arbitraryCommitments, type CommitmentPlan, type CommitmentsOptions } from './arbitraries/commitments';
import { checkFc, hundredths, type Arbitrary, type FastCheck } from './arbitraries/_fc';
import { arbitraryGradeBallots, type GradeBallotsOptions } from './arbitraries/gradeBallots';
import { arbitraryMembers, type MembersOptions } from './arbitraries/members';
import { readOptions } from './arbitraries/_options';
import { arbitraryScoreBallots, type ScoreBallotsOptions } from './arbitraries/scoreBallots';
import { arbitraryScoreCard, arbitraryScoreSheets, type ScoreSheetsOptions } from './arbitraries/scoreSheets';
import { arbitraryTierRule, type TierRuleOptions } from './arbitraries/tierRule';

/**
 * fast-check arbitraries for every input entity of cxzy, made from the fast-check you pass in, so
 * that you property-test your own rules on data the library itself accepts: every value they
 * generate passes the library's `parse*` functions (`cxzy/schema`) and its own checks (each
 * arbitrary says which).
 *
 * fast-check stays an optional peer dependency: `cxzy/testing` never imports it, so its other
 * helpers work where it is not installed, and the arbitraries use your copy (version 3 or 4) —
 * one fast-check in your tests, one configuration, one seed to replay a failure with.
 *
 * @param fc - the fast-check module: `import fc from 'fast-check'` (or `import * as fc`).
 * @returns the arbitraries, each a function of its options.
 * @throws {@link InvalidInputError} when `fc` is not the fast-check module (a function it lacks is
 *   named at `['fc', name]`); each arbitrary throws it for options it cannot read.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { classify } from 'cxzy/scoring';
 * import { arbitraries } from 'cxzy/testing';
 * const a = arbitraries(fc);
 * // Under any rule a school may write, every score gets a tier.
 * fc.assert(fc.property(a.tierRule(), a.score(), (rule, score) => classify(score, rule) !== undefined), { numRuns: 50 });
 * ```
 */
export function arbitraries(fc: FastCheck): CxzyArbitraries {
  checkFc(fc);
  return {
    members: (options) => arbitraryMembers(fc, options),
    branch: (options) => arbitraryBranch(fc, options),
    scoreSheets: (options) => arbitraryScoreSheets(fc, options),
    scoreCard: (sheets, memberId = 'm001') => arbitraryScoreCard(fc, sheets, memberId),
    scoreBallots: (policy, options) => arbitraryScoreBallots(fc, policy, options),
    gradeBallots: (rule, options) => arbitraryGradeBallots(fc, rule, options),
    commitments: (options) => arbitraryCommitments(fc, options),
    campaign: (options) => arbitraryCampaign(fc, options),
    tierRule: (options) => arbitraryTierRule(fc, options),
    score: (options = {}) => {
      const { counts } = readOptions(options, { min: [0, -1_000_000, 1_000_000], max: [120, -1_000_000, 1_000_000] });
      return hundredths(fc, Math.min(counts['min']!, counts['max']!) * 100, counts['max']! * 100);
    },
  };
}

/**
 * The arbitraries {@link arbitraries} makes, one per input entity.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { parseMembers } from 'cxzy/schema';
 * import { arbitraries, type CxzyArbitraries } from 'cxzy/testing';
 * const a: CxzyArbitraries = arbitraries(fc);
 * fc.sample(a.members({ maxLength: 5 }), { numRuns: 10 }).every((members) => parseMembers(members).success); // true
 * ```
 */
export interface CxzyArbitraries {
  /** Party members of one organization (`parseMembers` accepts them). */
  readonly members: (options?: MembersOptions) => Arbitrary<readonly Member[]>;
  /** A branch with members and functional groups (`checkFunctionalGroups` finds nothing). */
  readonly branch: (options?: BranchOptions) => Arbitrary<Branch>;
  /** Score sheets (`parseScoreSheets` accepts them). */
  readonly scoreSheets: (options?: ScoreSheetsOptions) => Arbitrary<readonly ScoreSheet[]>;
  /** A member's complete score card on given sheets (`assessMember` reports nothing about it); member `m001` unless named. */
  readonly scoreCard: (sheets: readonly ScoreSheet[], memberId?: string) => Arbitrary<ScoreCard>;
  /** Score ballots under a policy (`aggregateEvaluations` reports no issue). */
  readonly scoreBallots: <G extends string>(policy: AggregationPolicy<G>, options?: ScoreBallotsOptions) => Arbitrary<readonly ScoreBallot<G>[]>;
  /** Grade ballots under a vote rule (`summarizeVotes` reports no issue). */
  readonly gradeBallots: (rule: VoteRule, options?: GradeBallotsOptions) => Arbitrary<readonly GradeBallot[]>;
  /** A branch and its 三级双向承诺 (`checkDecomposition` finds nothing). */
  readonly commitments: (options?: CommitmentsOptions) => Arbitrary<CommitmentPlan>;
  /** A campaign with phases (`validateSchedule` finds nothing). */
  readonly campaign: (options?: CampaignOptions) => Arbitrary<Campaign>;
  /** A tier rule (`checkTierRule` finds nothing). */
  readonly tierRule: <T extends string = MemberTier>(options?: TierRuleOptions<T>) => Arbitrary<TierRule<T>>;
  /** A score with at most two decimals, from `min` (default 0) to `max` (default 120). */
  readonly score: (options?: ScoreOptions) => Arbitrary<number>;
}

/**
 * Options of the score arbitrary: the lowest and the highest score, whole numbers.
 *
 * @example
 * ```ts
 * import type { ScoreOptions } from 'cxzy/testing';
 * const options: ScoreOptions = { min: 55, max: 105 };
 * ```
 */
export interface ScoreOptions {
  /**
   * The lowest score.
   * @defaultValue `0`
   */
  readonly min?: number;
  /**
   * The highest score.
   * @defaultValue `120`
   */
  readonly max?: number;
}
