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

/**
 * The name of each entity cxzy publishes a JSON Schema for.
 *
 * @example
 * ```ts
 * import type { JsonSchemaName } from 'cxzy/schema';
 * const name: JsonSchemaName = 'Campaign';
 * ```
 */
export type JsonSchemaName =
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

const SCHEMAS: Readonly<Record<JsonSchemaName, z.ZodType>> = {
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


/**
 * The JSON Schemas (draft 2020-12) of every entity, for back ends that are not TypeScript (many
 * are Java). They describe the input shape; the checks a JSON Schema cannot say (ids unique) are
 * the `parse*` functions'. The package ships them as files too: `cxzy/schemas/Campaign.json`.
 *
 * @returns each entity's schema, by name.
 *
 * @example
 * ```ts
 * import { jsonSchemas } from 'cxzy/schema';
 * jsonSchemas().Member.required; // ['id', 'name', 'organizationId', 'status', 'roles']
 * ```
 */
export function jsonSchemas(): Readonly<Record<JsonSchemaName, Readonly<Record<string, unknown>>>> {
  const entries = Object.entries(SCHEMAS).map(([name, schema]) => [
    name,
    {
      ...describeProperties(
        z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any', override: addJsonSchemaFacts }),
      ),
      title: name,
    },
  ]);
  return Object.fromEntries(entries) as Record<JsonSchemaName, Record<string, unknown>>;
}
