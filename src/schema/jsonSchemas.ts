import * as z from 'zod';
import { CandidateSchema, CommitmentSchema, RectificationItemSchema } from './accountability';
import { ActivitySchema, CampaignSchema, DateRangeSchema, PhaseSchema, StandardSetSchema, TaskSchema } from './campaign';
import {
  FunctionalGroupSchema,
  LeadingGroupSchema,
  MassOrganizationSchema,
  MemberSchema,
  PartyOrganizationSchema,
} from './organization';
import { describeProperties } from './_describe';
import { addJsonSchemaFacts, IsoDateSchema } from './primitives';
import { GradeBallotSchema, ScoreBallotSchema, ScoreCardSchema, ScoreSheetSchema } from './scoring';
import { addDecimalFacts } from './rules/_fields';
import { RULE_SCHEMAS, type RuleName } from './rules/registry';

/**
 * The name of each entity cxzy publishes a JSON Schema for.
 *
 * @example
 * ```ts
 * import type { EntityName } from 'cxzy/schema';
 * const name: EntityName = 'Campaign';
 * ```
 */
export type EntityName =
  | 'Campaign'
  | 'Phase'
  | 'Task'
  | 'Activity'
  | 'DateRange'
  | 'StandardSet'
  | 'PartyOrganization'
  | 'Member'
  | 'FunctionalGroup'
  | 'LeadingGroup'
  | 'MassOrganization'
  | 'IsoDate'
  | 'ScoreSheet'
  | 'ScoreCard'
  | 'ScoreBallot'
  | 'GradeBallot'
  | 'Commitment'
  | 'Candidate'
  | 'RectificationItem';

/**
 * The name of each entity, rule, policy and option object cxzy publishes a JSON Schema for: what
 * `cxzy schema <Name>` prints.
 *
 * @example
 * ```ts
 * import type { JsonSchemaName } from 'cxzy/schema';
 * const names: JsonSchemaName[] = ['Campaign', 'AggregationPolicy', 'TierRule'];
 * ```
 */
export type JsonSchemaName = EntityName | RuleName;

const ENTITY_SCHEMAS: Readonly<Record<EntityName, z.ZodType>> = {
  Campaign: CampaignSchema,
  Phase: PhaseSchema,
  Task: TaskSchema,
  Activity: ActivitySchema,
  DateRange: DateRangeSchema,
  StandardSet: StandardSetSchema,
  PartyOrganization: PartyOrganizationSchema,
  Member: MemberSchema,
  FunctionalGroup: FunctionalGroupSchema,
  LeadingGroup: LeadingGroupSchema,
  MassOrganization: MassOrganizationSchema,
  IsoDate: IsoDateSchema,
  ScoreSheet: ScoreSheetSchema,
  ScoreCard: ScoreCardSchema,
  ScoreBallot: ScoreBallotSchema,
  GradeBallot: GradeBallotSchema,
  Commitment: CommitmentSchema,
  Candidate: CandidateSchema,
  RectificationItem: RectificationItemSchema,
};

const SCHEMAS: Readonly<Record<JsonSchemaName, z.ZodType>> = { ...ENTITY_SCHEMAS, ...RULE_SCHEMAS };

/** The keywords zod cannot emit by itself: the entity schemas' facts and the rules' decimals. */
function addFacts(context: { readonly zodSchema: unknown; readonly jsonSchema: Record<string, unknown> }): void {
  addJsonSchemaFacts(context);
  addDecimalFacts(context);
}


/**
 * The JSON Schemas (draft 2020-12) of every entity and of every rule, policy and option object,
 * for back ends that are not TypeScript (many are Java). They describe the input shape; the checks
 * a JSON Schema cannot say (ids unique) are the `parse*` functions'. The package ships them as
 * files too: `cxzy/schemas/Campaign.json`, `cxzy/schemas/AggregationPolicy.json`. Decimals are
 * `multipleOf` 0.01 (a weight 0.0001): a validator with exact decimals (Java's) needs nothing, ajv
 * divides in floating point and needs `multipleOfPrecision: 9`, the float noise the parsers allow.
 *
 * @returns each schema, by name.
 *
 * @example
 * ```ts
 * import { jsonSchemas } from 'cxzy/schema';
 * jsonSchemas().Member.required; // ['id', 'name', 'organizationId', 'status', 'roles']
 * jsonSchemas().AggregationPolicy.required; // ['groups', 'missingGroup', 'duplicateBallot', 'excludeSelfFromPeer', 'precision', 'scale']
 * ```
 */
export function jsonSchemas(): Readonly<Record<JsonSchemaName, Readonly<Record<string, unknown>>>> {
  const entries = Object.entries(SCHEMAS).map(([name, schema]) => [
    name,
    {
      ...describeProperties(
        z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any', override: addFacts }),
      ),
      title: name,
    },
  ]);
  return Object.fromEntries(entries) as Record<JsonSchemaName, Record<string, unknown>>;
}
