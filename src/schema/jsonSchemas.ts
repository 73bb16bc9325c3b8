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
 * for back ends that are not TypeScript (many are Java). The package ships them as files too:
 * `cxzy/schemas/Campaign.json`, `cxzy/schemas/AggregationPolicy.json`. Every property has a
 * `description` with its label in zh-CN and en (`保留小数位数 / decimal places`).
 *
 * Each is as strict as its parser: ids are 1 to 128 characters with one that is not white space,
 * texts at most 10,000, dates the calendar days the parser accepts (`pattern`), numbers within
 * their bounds, codes from their lists, no unknown keys. A test runs both on one corpus of valid
 * documents and their near-misses and they agree on every one, except on the checks a JSON Schema
 * cannot say, which only the `parse*` functions make:
 *
 * - an id (a criterion's `code`) used twice in one list: `schema.duplicateId`. JSON Schema's
 *   `uniqueItems` compares whole items, not one key.
 *
 * Decimals are `multipleOf` 0.01 (a weight 0.0001). The parsers read float noise as the decimal it
 * stands for (`0.1 + 0.2` is 0.3), as every cxzy function does: ajv divides in floating point and
 * needs `multipleOfPrecision: 9` to read them so; a validator with exact decimals (Java's) reads
 * the number as written and rejects such noise, which an app should round before storing anyway.
 *
 * @returns each schema, by name.
 *
 * @example
 * ```ts
 * import { jsonSchemas } from 'cxzy/schema';
 * jsonSchemas().Member.required; // ['id', 'name', 'organizationId', 'status', 'roles']
 * jsonSchemas().AggregationPolicy.required; // ['groups', 'missingGroup', 'duplicateBallot', 'excludeSelfFromPeer', 'precision'] (scale is optional)
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
