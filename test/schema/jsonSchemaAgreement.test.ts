import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type * as z from 'zod';
import { afterAll, describe, expect, it } from 'vitest';
import { STANDARD_SETS } from '../../src/campaign';
import { DEFAULT_COMMENDATION_RULE } from '../../src/commendation';
import {
  DEMOCRATIC_APPRAISAL_VOTE_RULE,
  DEMOCRATIC_ASSESSMENT,
  HUNDRED_POINT_SCALE,
  PARTY_MEMBERS_MEETING_RULE,
  SATISFACTION_SURVEY_RULE,
  SCHOOL_FOUR_SIDED_EVALUATION,
  THREE_SIDED_EVALUATION,
} from '../../src/evaluation';
import { LIMITED_CORRECTION_PERIOD } from '../../src/rectification';
import {
  DEFAULT_CADENCE_RULES,
  DEFAULT_CHECK_CADENCE_OPTIONS,
  DEFAULT_DATE_PHRASE_OPTIONS,
  DEFAULT_DEADLINES_OPTIONS,
  DEFAULT_MIN_PHASE_DAYS,
  NAMED_DAYS,
  PARTY_CONGRESSES,
  SCHEDULE_TEMPLATES,
} from '../../src/schedule';
import {
  MEMBER_TIERS_DEMOCRATIC_REVIEW,
  MEMBER_TIERS_TONGMIN_2015,
  ORGANIZATION_GRADES_FIVE_GOODS,
  POINTS_LEDGER_EXAMPLE,
  SCORE_SHEETS_EXAMPLE,
} from '../../src/scoring';
import * as schema from '../../src/schema';
import { EXAMPLE_CANDIDATES, EXAMPLE_COMMITMENTS, EXAMPLE_RECTIFICATION } from '../../src/cli/demo/accountability';
import { EXAMPLE_SATISFACTION_BALLOTS, EXAMPLE_SCORE_BALLOTS } from '../../src/cli/demo/evaluation';
import { EXAMPLE_CAMPAIGN, EXAMPLE_FUNCTIONAL_GROUPS, EXAMPLE_MEMBERS, EXAMPLE_ORGANIZATIONS } from '../../src/cli/demo/example';
import { EXAMPLE_AS_OF, EXAMPLE_PERIOD, EXAMPLE_PHASES } from '../../src/cli/demo/schedule';
import { EXAMPLE_CARDS, EXAMPLE_SHEETS } from '../../src/cli/demo/scoring';
import { asJson, corpusOf, sampleOf, trimLists, type CorpusDocument, type Json } from '../_helpers/jsonSchemaCorpus';

/**
 * The checks only the parsers make, because JSON Schema cannot say them (documented with
 * `jsonSchemas`): the near-misses that exercise them are left out of the agreement by the name of
 * the mutation that made them, and held to a weaker promise instead — the JSON Schema is never
 * stricter than the parser, and the parser rejects them for that check and no other.
 */
const PARSER_ONLY: readonly { readonly mutation: string; readonly codes: readonly string[]; readonly why: string }[] = [
  {
    mutation: 'duplicateItem',
    codes: ['schema.duplicateId'],
    why: 'ids (criterion codes) unique within a list: JSON Schema’s uniqueItems compares whole items, not one key',
  },
];

/**
 * The valid fixtures: the shipped examples and defaults, as JSON, every list cut to its first item
 * (a list's items have a corpus of their own). A schema not named here (a part of a rule: a band,
 * a group rule, a semester) takes its fixtures from the parts of these that its parser accepts,
 * and every schema also gets a document made from its JSON Schema alone, with every field.
 */
const FIXTURES: Readonly<Record<string, readonly unknown[]>> = {
  Campaign: [EXAMPLE_CAMPAIGN],
  Phase: EXAMPLE_PHASES,
  Task: EXAMPLE_PHASES.flatMap((phase) => phase.tasks).slice(0, 3),
  Activity: [...EXAMPLE_CAMPAIGN.activities, { id: 'a', title: '活动', description: '说明', ownerId: 'm01', period: EXAMPLE_PERIOD }],
  DateRange: [EXAMPLE_PERIOD],
  StandardSet: Object.values(STANDARD_SETS),
  PartyOrganization: EXAMPLE_ORGANIZATIONS,
  Member: EXAMPLE_MEMBERS.slice(0, 3),
  FunctionalGroup: EXAMPLE_FUNCTIONAL_GROUPS.slice(0, 1),
  LeadingGroup: [{ leaderId: 'm01', deputyIds: ['m02'], officeDirectorId: 'm04', memberIds: ['m03', 'm05'] }],
  MassOrganization: [{ id: 'union', name: '工会', kind: 'tradeUnion', partyOrganizationId: 'vocational-branch', chairId: 'm02' }],
  IsoDate: [EXAMPLE_AS_OF, '2012-02-29'],
  ScoreSheet: EXAMPLE_SHEETS,
  ScoreCard: [
    ...EXAMPLE_CARDS.slice(0, 1),
    { memberId: 'm07', entries: [{ sheetId: 'goals', itemId: 'study', points: 14, note: '补记' }], vetoes: [{ vetoId: 'discipline', note: '处分' }] },
  ],
  ScoreBallot: EXAMPLE_SCORE_BALLOTS.slice(0, 2),
  GradeBallot: EXAMPLE_SATISFACTION_BALLOTS.slice(0, 1),
  Commitment: EXAMPLE_COMMITMENTS,
  Candidate: EXAMPLE_CANDIDATES,
  RectificationItem: EXAMPLE_RECTIFICATION,
  TierRule: [MEMBER_TIERS_TONGMIN_2015, MEMBER_TIERS_DEMOCRATIC_REVIEW],
  OrganizationGradeRule: [ORGANIZATION_GRADES_FIVE_GOODS],
  LedgerRule: [POINTS_LEDGER_EXAMPLE],
  AggregationPolicy: [SCHOOL_FOUR_SIDED_EVALUATION, THREE_SIDED_EVALUATION, DEMOCRATIC_ASSESSMENT],
  ScoreScale: [HUNDRED_POINT_SCALE],
  VoteRule: [SATISFACTION_SURVEY_RULE, DEMOCRATIC_APPRAISAL_VOTE_RULE],
  MeetingRule: [PARTY_MEMBERS_MEETING_RULE],
  CommendationRule: [DEFAULT_COMMENDATION_RULE],
  CorrectionPeriodRule: [LIMITED_CORRECTION_PERIOD],
  CadenceRules: [DEFAULT_CADENCE_RULES],
  CheckCadenceOptions: [DEFAULT_CHECK_CADENCE_OPTIONS],
  DeadlinesOptions: [DEFAULT_DEADLINES_OPTIONS],
  MinPhaseDays: [DEFAULT_MIN_PHASE_DAYS],
  ValidateScheduleOptions: [{ period: EXAMPLE_PERIOD, minPhaseDays: DEFAULT_MIN_PHASE_DAYS }],
  DatePhraseOptions: [DEFAULT_DATE_PHRASE_OPTIONS],
  NamedDay: Object.values(NAMED_DAYS).slice(0, 3),
  PartyCongress: PARTY_CONGRESSES.slice(0, 2),
  ScheduleTemplate: SCHEDULE_TEMPLATES.slice(0, 2),
  ExplainAssessmentOptions: [{ sheets: SCORE_SHEETS_EXAMPLE }],
};

/** Every value inside the fixtures: where a part's fixtures come from. */
const PARTS: readonly Json[] = Object.values(FIXTURES).flatMap((fixtures) =>
  fixtures.flatMap((fixture) => partsOf(trimLists(asJson(fixture), 1))),
);

function partsOf(value: Json): readonly Json[] {
  if (Array.isArray(value)) return [value, ...value.flatMap(partsOf)];
  if (typeof value === 'object' && value !== null) return [value, ...Object.values(value).flatMap(partsOf)];
  return [];
}

/** A schema's valid fixtures: its own, else up to two parts of the others its parser accepts; and a sample. */
function fixturesOf(name: string, parser: z.ZodType, jsonSchema: Readonly<Record<string, unknown>>): readonly Json[] {
  const own = FIXTURES[name]?.map((fixture) => trimLists(asJson(fixture), 1));
  const parts = own ?? PARTS.filter((part) => parser.safeParse(part).success).slice(0, 2);
  // The sample with every field: dropping each field in turn makes the sparser documents.
  return [...parts, sampleOf(jsonSchema, true)];
}

// ajv checks `multipleOf` by dividing in floating point (0.29 / 0.01 is 28.999999999999996), so it
// is told to allow noise of 1e-9 of a unit, as the parsers read decimals; a validator that reads the
// JSON number as an exact decimal needs nothing. Its code optimizer is off: compiling 65 schemas with
// it costs seconds, and it does not change what a schema accepts.
const ajv = new Ajv2020({ strict: true, multipleOfPrecision: 9, code: { optimize: false } });
addFormats(ajv);

const schemas = schema.jsonSchemas() as Readonly<Record<string, Readonly<Record<string, unknown>>>>;
const zodSchemaOf = (name: string) => (schema as unknown as Record<string, z.ZodType | undefined>)[`${name}Schema`];

interface Verdict extends CorpusDocument {
  readonly name: string;
  readonly ajv: boolean;
  readonly zod: boolean;
  readonly zodCodes: readonly string[];
}

/** Each schema's corpus, judged by both: built once, read by every test below. */
const verdicts: readonly Verdict[] = Object.entries(schemas).flatMap(([name, jsonSchema]) => {
  const parser = zodSchemaOf(name);
  if (parser === undefined) return [];
  const validate = ajv.compile(jsonSchema);
  return corpusOf(fixturesOf(name, parser, jsonSchema)).map((entry) => {
    // The verdict is zod's; the codes (worded by safeParseWith, as the parse* functions do) are read
    // only where the parser alone rejects, so the thousands of agreeing documents skip the wording.
    const zod = parser.safeParse(entry.document).success;
    const ajvAccepts = validate(entry.document);
    const result = ajvAccepts && !zod ? schema.safeParseWith(parser, entry.document) : undefined;
    const zodCodes = result === undefined || result.success ? [] : result.issues.map((issue) => issue.code);
    return { ...entry, name, ajv: ajvAccepts, zod, zodCodes };
  });
});

const verdictsOf = new Map<string, Verdict[]>();
for (const verdict of verdicts) {
  const same = verdictsOf.get(verdict.name);
  if (same === undefined) verdictsOf.set(verdict.name, [verdict]);
  else same.push(verdict);
}
const parserOnly = (verdict: Verdict) => PARSER_ONLY.some((check) => check.mutation === verdict.mutation);
const show = (verdict: Verdict) =>
  `${verdict.name} ${verdict.mutation} at ${verdict.path.join('.') || '(root)'}: ajv ${verdict.ajv ? 'accepts' : 'rejects'}, zod ${verdict.zod ? 'accepts' : `rejects (${verdict.zodCodes.join(', ')})`}`;

afterAll(() => {
  // The corpus size, printed with the run (after the tests: a test itself may not write to the console).
  const rejected = verdicts.filter((verdict) => !verdict.zod).length;
  console.info(
    `JSON Schema agreement corpus: ${verdicts.length} documents over ${Object.keys(schemas).length} schemas ` +
      `(${verdicts.length - rejected} accepted, ${rejected} rejected by the parsers; ` +
      `${verdicts.filter(parserOnly).length} exercise a parser-only check)`,
  );
});

describe('the JSON Schemas and the parsers agree on every document of one corpus', () => {
  it('covers every JSON Schema, each with a parser and valid fixtures both accept', () => {
    const names = Object.keys(schemas);
    expect(names.filter((name) => zodSchemaOf(name) === undefined)).toEqual([]);
    const valids = verdicts.filter((verdict) => verdict.mutation === 'valid');
    for (const name of names) {
      const valid = valids.filter((verdict) => verdict.name === name);
      expect(valid.length, name).toBeGreaterThan(0);
      expect(valid.filter((verdict) => !verdict.ajv || !verdict.zod).map(show)).toEqual([]);
    }
    const rejected = verdicts.filter((verdict) => !verdict.zod).length;
    // A corpus that rarely rejects would prove little.
    expect(rejected).toBeGreaterThan(verdicts.length / 2);
  });

  it('accepts and rejects the same documents, outside the parser-only checks', () => {
    const disagreements = verdicts.filter((verdict) => !parserOnly(verdict) && verdict.ajv !== verdict.zod);
    expect(disagreements.slice(0, 200).map(show)).toEqual([]);
  });

  it('where only the parser can check, the JSON Schema is never the stricter, and the parser rejects for that check alone', () => {
    const excluded = verdicts.filter(parserOnly);
    expect(excluded.length).toBeGreaterThan(0);
    expect(excluded.filter((verdict) => !verdict.ajv && verdict.zod).map(show)).toEqual([]);
    for (const check of PARSER_ONLY) {
      const onlyParser = excluded.filter((verdict) => verdict.mutation === check.mutation && verdict.ajv && !verdict.zod);
      // The check is exercised: some document is rejected by the parser alone …
      expect(onlyParser.length, check.why).toBeGreaterThan(0);
      // … and for this check, not another the JSON Schema should have said.
      expect(onlyParser.filter((verdict) => verdict.zodCodes.some((code) => !check.codes.includes(code))).map(show)).toEqual([]);
    }
  });
});

describe('the corpus notices a JSON Schema that says less than its parser', () => {
  type Node = Record<string, unknown>;
  const at = (node: Node, ...keys: string[]): Node => keys.reduce((inner, key) => inner[key] as Node, node);
  const looseAjv = new Ajv2020({ strict: true, multipleOfPrecision: 9, code: { optimize: false }, validateFormats: false });

  /** How many documents of `name`'s corpus a JSON Schema changed by `weaken` judges unlike the parser. */
  function disagreementsWith(name: string, weaken: (schema: Node) => void, validator = ajv): number {
    const copy = structuredClone(schemas[name]) as Node;
    weaken(copy);
    const validate = validator.compile(copy);
    return (verdictsOf.get(name) ?? []).filter((verdict) => !parserOnly(verdict) && validate(verdict.document) !== verdict.zod).length;
  }

  it.each<readonly [string, string, (schema: Node) => void]>([
    ['Member', 'an id without its length bound', (member) => delete at(member, 'properties', 'id')['maxLength']],
    ['Member', 'an id without its pattern', (member) => { delete at(member, 'properties', 'id')['pattern']; delete at(member, 'properties', 'id')['minLength']; }],
    ['Member', 'a text without its length bound', (member) => delete at(member, 'properties', 'name')['maxLength']],
    ['Member', 'a code without its list', (member) => delete at(member, 'properties', 'status')['enum']],
    ['Member', 'unknown keys allowed', (member) => delete member['additionalProperties']],
    ['Member', 'no field required', (member) => delete member['required']],
    ['AggregationPolicy', 'a number without its bound', (policy) => delete at(policy, 'properties', 'precision')['maximum']],
    ['AggregationPolicy', 'a record that takes a __proto__ key', (policy) => delete at(policy, 'properties', 'groups')['patternProperties']],
  ])('%s: %s', (name, _what, weaken) => {
    expect(disagreementsWith(name, () => undefined)).toBe(0);
    expect(disagreementsWith(name, weaken)).toBeGreaterThan(0);
  });

  it('a date: its pattern alone, for validators that ignore formats, says what the parser says', () => {
    const dueOf = (task: Node) => at(task, 'properties', 'due');
    expect(disagreementsWith('Task', () => undefined, looseAjv)).toBe(0);
    expect(disagreementsWith('Task', (task) => delete dueOf(task)['pattern'], looseAjv)).toBeGreaterThan(0);
  });
});

describe('an id’s pattern', () => {
  const idSchema = (schemas['Member']?.['properties'] as Record<string, Record<string, unknown>>)['id'] ?? {};
  const validate = ajv.compile(idSchema);
  const characters = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter(
    (character) => character < '\ud800' || character > '\udfff',
  );

  it('rejects exactly the white space trim removes, alone, in the parser and the JSON Schema alike', () => {
    const blank = characters.filter((character) => character.trim() === '');
    expect(blank.length).toBe(25);
    expect(blank.filter((character) => validate(character) || schema.IdSchema.safeParse(character).success)).toEqual([]);
    const other = characters.filter((character) => character.trim() !== '');
    expect(other.filter((character) => !validate(character) || !schema.IdSchema.safeParse(character).success)).toEqual([]);
  });

  it('spells white space out instead of \\s, which Java reads as ASCII only', () => {
    expect(idSchema['pattern']).not.toMatch(/\\[sS]/);
  });
});
