/**
 * zod schemas for every entity, `parse*` functions that never throw, and JSON Schemas for
 * non-TypeScript consumers. This is the only entry point that loads zod (a peer dependency).
 *
 * @packageDocumentation
 */
export { SCHEMA_MESSAGES, type SchemaIssueCode } from './messages';
export { IdSchema, IsoDateSchema, LocalizedTextSchema } from './primitives';
export {
  FunctionalGroupSchema,
  LeadingGroupSchema,
  MassOrganizationSchema,
  MemberSchema,
  PartyOrganizationSchema,
} from './organization';
export {
  ActivitySchema,
  CampaignSchema,
  CriterionSchema,
  DateRangeSchema,
  PhaseSchema,
  StandardSetSchema,
  TaskSchema,
} from './campaign';
export { CandidateSchema, CommitmentSchema, RectificationItemSchema } from './accountability';
export { GradeBallotSchema, ScoreBallotSchema, ScoreCardSchema, ScoreItemSchema, ScoreSheetSchema } from './scoring';
export { safeParseWith, type SchemaCheckCode } from './parse';
export {
  parseCampaign,
  parseCandidates,
  parseCommitments,
  parseFunctionalGroups,
  parseGradeBallots,
  parseIsoDate,
  parseLeadingGroup,
  parseMassOrganizations,
  parseMember,
  parseMembers,
  parseOrganization,
  parseOrganizations,
  parseRectificationItems,
  parseScoreBallots,
  parseScoreCards,
  parseScoreSheets,
  parseStandardSet,
} from './parsers';
export { jsonSchemas, type JsonSchemaName } from './jsonSchemas';
