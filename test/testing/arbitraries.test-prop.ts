import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { checkDecomposition } from '../../src/commitment';
import { type AggregationPolicy, aggregateEvaluations, DEMOCRATIC_APPRAISAL_VOTE_RULE, SATISFACTION_SURVEY_RULE, SCHOOL_FOUR_SIDED_EVALUATION, summarizeVotes, THREE_SIDED_EVALUATION } from '../../src/evaluation';
import { checkFunctionalGroups } from '../../src/organization';
import { validateSchedule } from '../../src/schedule';
import {
  parseCampaign,
  parseCommitments,
  parseFunctionalGroups,
  parseGradeBallots,
  parseMembers,
  parseOrganization,
  parseScoreBallots,
  parseScoreCards,
  parseScoreSheets,
  parseTierRuleData,
} from '../../src/schema';
import { assessMember, checkTierRule, classify, MEMBER_TIERS_TONGMIN_2015, TIER_SET_FIVE_GRADES, TIER_SET_GOOD_TO_POOR, type TierSet } from '../../src/scoring';
import { arbitraries, boundaryCases } from '../../src/testing';

/**
 * Every value the arbitraries of cxzy/testing generate is one the library accepts: its parse*
 * functions (cxzy/schema) succeed, and its own checks find nothing.
 */
const a = arbitraries(fc);
const codes = (issues: readonly { readonly code: string }[]) => issues.map((issue) => issue.code);

describe('arbitraries', () => {
  test.prop([a.members()], { numRuns: 50 })('members pass parseMembers', (members) => {
    expect(parseMembers(members).success).toBe(true);
  });

  test.prop([a.branch()], { numRuns: 50 })('a branch passes its parsers and checkFunctionalGroups', ({ organization, members, groups }) => {
    expect([parseOrganization(organization).success, parseMembers(members).success, parseFunctionalGroups(groups).success]).toEqual([true, true, true]);
    expect(codes(checkFunctionalGroups(members, groups))).toEqual([]);
  });

  test.prop([a.scoreSheets().chain((sheets) => fc.tuple(fc.constant(sheets), a.scoreCard(sheets, 'm007'))), a.tierRule()], { numRuns: 50 })(
    'score sheets and a card on them pass parseScoreSheets, parseScoreCards and assessMember without an issue',
    ([sheets, card], rule) => {
      expect([parseScoreSheets(sheets).success, parseScoreCards([card]).success]).toEqual([true, true]);
      const assessment = assessMember({ ...card, status: 'full' }, sheets, rule);
      expect(codes(assessment.issues)).toEqual([]);
      expect(assessment.tier).not.toBeNull();
    },
  );

  test.prop([fc.constantFrom<AggregationPolicy<string>>(SCHOOL_FOUR_SIDED_EVALUATION, THREE_SIDED_EVALUATION).chain((policy) => fc.tuple(fc.constant(policy), a.scoreBallots(policy)))], { numRuns: 30 })(
    'score ballots under a policy pass parseScoreBallots and aggregateEvaluations without an issue',
    ([policy, ballots]) => {
      expect(parseScoreBallots(ballots).success).toBe(true);
      const result = aggregateEvaluations(ballots, policy);
      expect([codes(result.issues), ...result.subjects.map((subject) => codes(subject.issues))]).toEqual([[], ...result.subjects.map(() => [])]);
      expect(result.subjects.every((subject) => subject.combined !== null)).toBe(true);
    },
  );

  test.prop([fc.constantFrom(SATISFACTION_SURVEY_RULE, DEMOCRATIC_APPRAISAL_VOTE_RULE).chain((rule) => fc.tuple(fc.constant(rule), a.gradeBallots(rule)))], { numRuns: 30 })(
    'grade ballots under a vote rule pass parseGradeBallots and summarizeVotes without an issue',
    ([rule, ballots]) => {
      expect(parseGradeBallots(ballots).success).toBe(true);
      expect(codes(summarizeVotes(ballots, rule).issues)).toEqual([]);
    },
  );

  test.prop([a.commitments()], { numRuns: 50 })('commitments pass parseCommitments and checkDecomposition', ({ branch, commitments }) => {
    expect(parseCommitments(commitments).success).toBe(true);
    expect(codes(checkDecomposition(commitments, branch.groups))).toEqual([]);
  });

  test.prop([a.campaign()], { numRuns: 50 })('a campaign passes parseCampaign and validateSchedule', (campaign) => {
    expect(parseCampaign(campaign).success).toBe(true);
    expect(codes(validateSchedule(campaign))).toEqual([]);
  });

  test.prop([fc.constantFrom<TierSet<string> | undefined>(undefined, TIER_SET_GOOD_TO_POOR, TIER_SET_FIVE_GRADES).chain((tierSet) => a.tierRule(tierSet === undefined ? {} : { tierSet })), a.score()], { numRuns: 100 })(
    'a tier rule passes parseTierRuleData and checkTierRule, and gives every score a tier',
    (rule, score) => {
      expect(parseTierRuleData(rule).success).toBe(true);
      expect(codes(checkTierRule(rule))).toEqual([]);
      expect(classify(score, rule)).toBeDefined();
      expect(boundaryCases(rule).every((c) => c.tier !== null)).toBe(true);
    },
  );

  test.prop([a.score({ min: 55, max: 105 })], { numRuns: 50 })('a score has at most two decimals, within its bounds', (score) => {
    expect(Number.isInteger(Math.round(score * 100)) && Math.abs(score * 100 - Math.round(score * 100)) < 1e-6).toBe(true);
    expect(score >= 55 && score <= 105).toBe(true);
    expect(classify(score, MEMBER_TIERS_TONGMIN_2015)).toBeDefined();
  });
});
