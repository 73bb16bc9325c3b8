import { describe, expectTypeOf, it } from 'vitest';
import type { Activity, Campaign, Criterion, DateRange, StandardSet } from '../../src/campaign';
import type { Candidate } from '../../src/commendation';
import type { Commitment } from '../../src/commitment';
import type { AggregationPolicy, GradeBallot, ScoreBallot, VoteRule } from '../../src/evaluation';
import type { ParseResult } from '../../src/i18n';
import type { FunctionalGroup, LeadingGroup, MassOrganization, Member, PartyOrganization } from '../../src/organization';
import type { RectificationItem } from '../../src/rectification';
import type { IsoDate, Phase, Task } from '../../src/schedule';
import type { ScoreCard, ScoreItem, ScoreSheet, TierRule } from '../../src/scoring';
import { parseAggregationPolicy, parseRule, parseTierRuleData } from '../../src/schema';
import type {
  ActivitySchema,
  CampaignSchema,
  CandidateSchema,
  CommitmentSchema,
  CriterionSchema,
  DateRangeSchema,
  FunctionalGroupSchema,
  GradeBallotSchema,
  IsoDateSchema,
  LeadingGroupSchema,
  MassOrganizationSchema,
  MemberSchema,
  PartyOrganizationSchema,
  PhaseSchema,
  RectificationItemSchema,
  RuleName,
  RuleTypes,
  ScoreBallotSchema,
  ScoreCardSchema,
  ScoreItemSchema,
  ScoreSheetSchema,
  StandardSetSchema,
  TaskSchema,
} from '../../src/schema';
import type { RULE_SCHEMAS } from '../../src/schema/rules/registry';
import type { DeepMutable, Equal, Pinned } from '../_helpers/typeDrift';

// Types and schemas cannot drift: each schema's parsed type is pinned to the domain type, both
// directions, so a field added to either side alone (required or optional) fails the build.

describe('entity schemas parse exactly their types', () => {
  it('organization', () => {
    expectTypeOf<Pinned<PartyOrganization, typeof PartyOrganizationSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Pinned<Member, typeof MemberSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Pinned<FunctionalGroup, typeof FunctionalGroupSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Pinned<LeadingGroup, typeof LeadingGroupSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Pinned<MassOrganization, typeof MassOrganizationSchema>>().toEqualTypeOf<true>();
  });

  it('campaign, standards and schedule', () => {
    expectTypeOf<Pinned<Campaign, typeof CampaignSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Pinned<Activity, typeof ActivitySchema>>().toEqualTypeOf<true>();
    expectTypeOf<Pinned<DateRange, typeof DateRangeSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Pinned<StandardSet, typeof StandardSetSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Pinned<Criterion, typeof CriterionSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Pinned<Phase, typeof PhaseSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Pinned<Task, typeof TaskSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Pinned<IsoDate, typeof IsoDateSchema>>().toEqualTypeOf<true>();
  });

  it('scoring and evaluation', () => {
    expectTypeOf<Pinned<ScoreItem, typeof ScoreItemSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Pinned<ScoreSheet, typeof ScoreSheetSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Pinned<ScoreCard, typeof ScoreCardSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Pinned<ScoreBallot, typeof ScoreBallotSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Pinned<GradeBallot, typeof GradeBallotSchema>>().toEqualTypeOf<true>();
  });

  it('commitment, commendation and rectification', () => {
    expectTypeOf<Pinned<Commitment, typeof CommitmentSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Pinned<Candidate, typeof CandidateSchema>>().toEqualTypeOf<true>();
    expectTypeOf<Pinned<RectificationItem, typeof RectificationItemSchema>>().toEqualTypeOf<true>();
  });
});

/** Each rule name whose schema does not parse exactly its type; `never` when all do. */
type Drifted = {
  [Name in RuleName]: Pinned<RuleTypes[Name], (typeof RULE_SCHEMAS)[Name]> extends true ? never : Name;
}[RuleName];

describe('rule, policy and option schemas parse exactly their types', () => {
  it('every one of them', () => {
    expectTypeOf<[Drifted]>().toEqualTypeOf<[never]>();
  });

  it('and the check can fail: a field on one side only is drift', () => {
    type WithExtra = RuleTypes['VoteRule'] & { readonly quorum?: number };
    expectTypeOf<Pinned<WithExtra, (typeof RULE_SCHEMAS)['VoteRule']>>().toEqualTypeOf<false>();
    type WithoutPrecision = Omit<RuleTypes['VoteRule'], 'precision'>;
    expectTypeOf<Pinned<WithoutPrecision, (typeof RULE_SCHEMAS)['VoteRule']>>().toEqualTypeOf<false>();
    type Optional = Omit<RuleTypes['VoteRule'], 'precision'> & { readonly precision?: number };
    expectTypeOf<Equal<DeepMutable<Optional>, DeepMutable<RuleTypes['VoteRule']>>>().toEqualTypeOf<false>();
  });
});

describe('rule parsers return the domain types', () => {
  it('by function and by name', () => {
    expectTypeOf(parseAggregationPolicy).returns.toEqualTypeOf<ParseResult<AggregationPolicy<string>>>();
    // A stored rule may name its own tier set: its codes are text.
    expectTypeOf(parseTierRuleData).returns.toEqualTypeOf<ParseResult<TierRule<string>>>();
    expectTypeOf(parseRule('VoteRule', {})).toEqualTypeOf<ParseResult<VoteRule>>();
    // @ts-expect-error — not a rule name
    parseRule('Nothing', {});
  });
});
