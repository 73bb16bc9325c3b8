/**
 * For people who write and unit-test their school's rules: {@link boundaryCases} (every boundary
 * and its neighbours with the expected tier and band), {@link describeRule} (a sentence and a table
 * that parse back to the same rule), fast-check arbitraries for every input entity, and assertion
 * helpers that behave the same under vitest, jest and `node:test`.
 *
 * Nothing here loads fast-check: the arbitraries take the `fc` of your own fast-check as an
 * argument, so this entry point imports, and its other helpers run, where fast-check is not
 * installed.
 *
 * @packageDocumentation
 */
export { boundaryCases, type BoundaryCase, type BoundaryPosition } from './boundaryCases';
// Thrown when a rule given to a helper is not shaped as its type says.
export { InvalidInputError } from '../core/input';
export { describeRule, type RuleDescription, type RuleRow } from './describeRule';
export { AssertionError, type AssertionDetails } from './assertionError';
export type { AssertionOptions } from './_options';
export { expectTier } from './expectTier';
export { expectBoundaries } from './expectBoundaries';
export { expectRuleText } from './expectRuleText';
export { arbitraries, type CxzyArbitraries, type ScoreOptions } from './arbitraries';
export type { Arbitrary, FastCheck } from './arbitraries/_fc';
export type { LengthOptions } from './arbitraries/_options';
export type { MembersOptions } from './arbitraries/members';
export type { Branch, BranchOptions } from './arbitraries/branch';
export type { ScoreSheetsOptions } from './arbitraries/scoreSheets';
export type { ScoreBallotsOptions } from './arbitraries/scoreBallots';
export type { GradeBallotsOptions } from './arbitraries/gradeBallots';
export type { CommitmentPlan, CommitmentsOptions } from './arbitraries/commitments';
export type { CampaignOptions } from './arbitraries/campaign';
export type { TierRuleOptions } from './arbitraries/tierRule';
