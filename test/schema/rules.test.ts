import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
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
  DEFAULT_SEMESTERS,
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
import {
  jsonSchemas,
  parseAggregationPolicy,
  parseCadenceRules,
  parseCheckCadenceOptions,
  parseCommendationRule,
  parseCorrectionPeriodRule,
  parseDatePhraseOptions,
  parseDeadlinesOptions,
  parseLedgerRule,
  parseMeetingRule,
  parseOrganizationGradeRule,
  parseRule,
  parseScheduleTemplate,
  parseScoreScale,
  parseTierRuleData,
  parseValidateScheduleOptions,
  parseVoteRule,
  type JsonSchemaName,
  type RuleName,
} from '../../src/schema';
import type { ParseResult } from '../../src/i18n';
import { runCli } from '../cli/_io';

// ajv divides to check `multipleOf` (0.3 / 0.0001 is 2999.9999999999995), so it is told to allow
// float noise of 1e-9 of a unit, as the parsers do; a validator with exact decimals needs nothing.
const ajv = new Ajv2020({ strict: true, allErrors: true, multipleOfPrecision: 9 });
addFormats(ajv);
const schemas = jsonSchemas();
const validators = new Map<JsonSchemaName, ReturnType<typeof ajv.compile>>();
function validatorOf(name: JsonSchemaName) {
  const known = validators.get(name);
  if (known !== undefined) return known;
  const compiled = ajv.compile(schemas[name]);
  validators.set(name, compiled);
  return compiled;
}

/** Every shipped default, with its parser and the JSON Schema it is stored under. */
const DEFAULTS: readonly (readonly [string, unknown, (input: unknown) => ParseResult<unknown>, JsonSchemaName])[] = [
  ['MEMBER_TIERS_TONGMIN_2015', MEMBER_TIERS_TONGMIN_2015, parseTierRuleData, 'TierRule'],
  ['MEMBER_TIERS_DEMOCRATIC_REVIEW', MEMBER_TIERS_DEMOCRATIC_REVIEW, parseTierRuleData, 'TierRule'],
  ['ORGANIZATION_GRADES_FIVE_GOODS', ORGANIZATION_GRADES_FIVE_GOODS, parseOrganizationGradeRule, 'OrganizationGradeRule'],
  ['POINTS_LEDGER_EXAMPLE', POINTS_LEDGER_EXAMPLE, parseLedgerRule, 'LedgerRule'],
  ['SCHOOL_FOUR_SIDED_EVALUATION', SCHOOL_FOUR_SIDED_EVALUATION, parseAggregationPolicy, 'AggregationPolicy'],
  ['THREE_SIDED_EVALUATION', THREE_SIDED_EVALUATION, parseAggregationPolicy, 'AggregationPolicy'],
  ['DEMOCRATIC_ASSESSMENT', DEMOCRATIC_ASSESSMENT, parseAggregationPolicy, 'AggregationPolicy'],
  ['HUNDRED_POINT_SCALE', HUNDRED_POINT_SCALE, parseScoreScale, 'ScoreScale'],
  ['SATISFACTION_SURVEY_RULE', SATISFACTION_SURVEY_RULE, parseVoteRule, 'VoteRule'],
  ['DEMOCRATIC_APPRAISAL_VOTE_RULE', DEMOCRATIC_APPRAISAL_VOTE_RULE, parseVoteRule, 'VoteRule'],
  ['PARTY_MEMBERS_MEETING_RULE', PARTY_MEMBERS_MEETING_RULE, parseMeetingRule, 'MeetingRule'],
  ['DEFAULT_COMMENDATION_RULE', DEFAULT_COMMENDATION_RULE, parseCommendationRule, 'CommendationRule'],
  ['LIMITED_CORRECTION_PERIOD', LIMITED_CORRECTION_PERIOD, parseCorrectionPeriodRule, 'CorrectionPeriodRule'],
  ['DEFAULT_CADENCE_RULES', DEFAULT_CADENCE_RULES, parseCadenceRules, 'CadenceRules'],
  ['DEFAULT_SEMESTERS', { semesters: DEFAULT_SEMESTERS }, parseCheckCadenceOptions, 'CheckCadenceOptions'],
  ['DEFAULT_CHECK_CADENCE_OPTIONS', DEFAULT_CHECK_CADENCE_OPTIONS, parseCheckCadenceOptions, 'CheckCadenceOptions'],
  ['DEFAULT_DEADLINES_OPTIONS', DEFAULT_DEADLINES_OPTIONS, parseDeadlinesOptions, 'DeadlinesOptions'],
  ['DEFAULT_MIN_PHASE_DAYS', DEFAULT_MIN_PHASE_DAYS, (input) => parseRule('MinPhaseDays', input), 'MinPhaseDays'],
  ['DEFAULT_MIN_PHASE_DAYS in options', { minPhaseDays: DEFAULT_MIN_PHASE_DAYS }, parseValidateScheduleOptions, 'ValidateScheduleOptions'],
  ['DEFAULT_DATE_PHRASE_OPTIONS', DEFAULT_DATE_PHRASE_OPTIONS, parseDatePhraseOptions, 'DatePhraseOptions'],
  ...Object.entries(NAMED_DAYS).map(([id, day]) => [`NAMED_DAYS.${id}`, day, (input: unknown) => parseRule('NamedDay', input), 'NamedDay'] as const),
  ...PARTY_CONGRESSES.map((congress) => [`PARTY_CONGRESSES ${congress.ordinal}`, congress, (input: unknown) => parseRule('PartyCongress', input), 'PartyCongress'] as const),
  ...SCHEDULE_TEMPLATES.map((template) => [`template ${template.id}`, template, parseScheduleTemplate, 'ScheduleTemplate'] as const),
  ['SCORE_SHEETS_EXAMPLE as explainAssessment options', { sheets: SCORE_SHEETS_EXAMPLE }, (input) => parseRule('ExplainAssessmentOptions', input), 'ExplainAssessmentOptions'],
];

describe('every shipped default round-trips through JSON, its parser and its JSON Schema', () => {
  it.each(DEFAULTS)('%s', (_name, value, parse, schemaName) => {
    const stored: unknown = JSON.parse(JSON.stringify(value));
    const result = parse(stored);
    expect(result.success ? [] : result.issues.map((issue) => [issue.path, issue.message.en])).toEqual([]);
    expect(result.success && result.data).toEqual(value);
    const validate = validatorOf(schemaName);
    expect(validate(stored), JSON.stringify(validate.errors)).toBe(true);
  });

  it('covers every template shipped', () => {
    expect(SCHEDULE_TEMPLATES.length).toBeGreaterThanOrEqual(3);
  });
});

describe('rule parsers report what a stored rule gets wrong', () => {
  it('reads the cases of the issue: null groups, the text "false", the text "2", a missing field', () => {
    const { missingGroup: _left, ...incomplete } = SCHOOL_FOUR_SIDED_EVALUATION;
    const result = parseAggregationPolicy({ ...incomplete, groups: null, excludeSelfFromPeer: 'false', precision: '2' });
    expect(result.success ? [] : result.issues.map((issue) => issue.path)).toEqual([
      ['groups'],
      ['missingGroup'],
      ['excludeSelfFromPeer'],
      ['precision'],
    ]);
    expect(result.success ? [] : result.issues.map((issue) => issue.message.en)).toEqual([
      expect.stringContaining('null'),
      expect.stringContaining('missing'),
      expect.stringContaining('"false"'),
      expect.stringContaining('"2"'),
    ]);
  });

  it('reports a null group rule, an unknown method and options of another method', () => {
    const result = parseAggregationPolicy({
      ...SCHOOL_FOUR_SIDED_EVALUATION,
      groups: { leadership: null, peer: { weight: 0.5, method: 'average' }, parents: { weight: 0.5, method: 'mean', dropHighest: 1 } },
    });
    expect(result.success ? [] : result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['groups', 'leadership'], 'schema.invalid_type'],
      [['groups', 'peer', 'method'], 'schema.invalid_union'],
      [['groups', 'parents'], 'schema.unrecognized_keys'],
    ]);
  });

  it('reads "at most two decimals" as the domain does: float noise passes, a third decimal does not', () => {
    const bound = (value: number) => parseTierRuleData({ overlap: 'higherTier', bands: [{ tier: 'qualified', min: { value, inclusive: true } }] });
    expect(bound(0.1 + 0.2).success).toBe(true);
    expect(bound(59.999).success).toBe(false);
    expect(parseScoreScale({ min: -1e13, max: 1e13 }).success).toBe(true);
    expect(parseScoreScale({ min: 0, max: 1e308 }).success).toBe(false);
    expect(parseAggregationPolicy({ ...DEMOCRATIC_ASSESSMENT, groups: { peer: { weight: 0.12345, method: 'mean' } } }).success).toBe(false);
    expect(parseAggregationPolicy({ ...DEMOCRATIC_ASSESSMENT, groups: { peer: { weight: 0.1234, method: 'mean' } } }).success).toBe(true);
  });

  it('holds each bound where the domain holds it, on both sides of it', () => {
    const cases: readonly (readonly [RuleName, unknown, boolean])[] = [
      ['AggregationPolicy', { ...DEMOCRATIC_ASSESSMENT, precision: 4 }, true],
      ['AggregationPolicy', { ...DEMOCRATIC_ASSESSMENT, precision: 5 }, false],
      ['AggregationPolicy', { ...DEMOCRATIC_ASSESSMENT, precision: -1 }, false],
      ['GroupRule', { weight: 0, method: 'mean', minBallots: 1 }, true],
      ['GroupRule', { weight: -0.01, method: 'mean' }, false],
      ['GroupRule', { weight: 1, method: 'mean', minBallots: 0 }, false],
      ['GroupRule', { weight: 1, method: 'trimmedMean', dropHighest: 0, dropLowest: 0 }, true],
      ['GroupRule', { weight: 1, method: 'trimmedMean', dropLowest: -1 }, false],
      ['DatePhraseOptions', { year: 0 }, true],
      ['DatePhraseOptions', { year: 9999 }, true],
      ['DatePhraseOptions', { year: 10000 }, false],
      ['DatePhraseOptions', { year: -2011 }, false],
      ['DeadlinesOptions', { withinDays: 0 }, true],
      ['DeadlinesOptions', { withinDays: -1 }, false],
      ['CadenceRule', { ...DEFAULT_CADENCE_RULES[0], atLeast: 1 }, true],
      ['CadenceRule', { ...DEFAULT_CADENCE_RULES[0], atLeast: 0 }, false],
      ['MonthDay', { month: 12, day: 31 }, true],
      ['MonthDay', { month: 0, day: 31 }, false],
      ['MonthDay', { month: 12, day: 32 }, false],
      ['TitleRule', { ...DEFAULT_COMMENDATION_RULE.titles[0], quota: 0 }, true],
      ['TitleRule', { ...DEFAULT_COMMENDATION_RULE.titles[0], quota: -1 }, false],
      ['TitleRule', { ...DEFAULT_COMMENDATION_RULE.titles[0], weights: { performance: 101, recognition: 0 } }, false],
      ['CorrectionPeriodRule', { months: 1, maxMonths: 1 }, true],
      ['CorrectionPeriodRule', { months: 0, maxMonths: 12 }, false],
      ['PointsCap', { points: 0, per: 'day' }, true],
      ['PointsCap', { points: -0.01, per: 'day' }, false],
      ['ExcellentQuota', { share: { numerator: 0, denominator: 1 }, of: 'gradedMembers', tieBreak: 'memberId' }, true],
      ['ExcellentQuota', { share: { numerator: 1, denominator: 0 }, of: 'gradedMembers', tieBreak: 'memberId' }, false],
      ['AddBallotsOptions', { firstIndex: 0 }, true],
      ['AddBallotsOptions', { firstIndex: Number.MAX_SAFE_INTEGER + 1 }, false],
      ['PhaseTemplate', { id: 'p', kind: 'custom', title: '', length: { days: 1 }, tasks: [] }, true],
      ['PhaseTemplate', { id: 'p', kind: 'custom', title: '', length: { days: 0 }, tasks: [] }, false],
      ['TaskTemplate', { id: 't', title: '', due: { daysBeforeEnd: -1 } }, false],
      ['TierRule', { overlap: 'higherTier', bands: [] }, false],
    ];
    for (const [name, input, valid] of cases) {
      expect([name, input, parseRule(name, input).success]).toEqual([name, input, valid]);
      expect([name, input, validatorOf(name)(input)]).toEqual([name, input, valid]);
    }
  });

  it('reports unknown keys and duplicate ids, with their paths', () => {
    const result = parseTierRuleData({
      ...MEMBER_TIERS_DEMOCRATIC_REVIEW,
      overLap: 'lowerTier',
      vetoes: [...MEMBER_TIERS_DEMOCRATIC_REVIEW.vetoes, MEMBER_TIERS_DEMOCRATIC_REVIEW.vetoes[0]],
    });
    expect(result.success ? [] : result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['vetoes', 1, 'id'], 'schema.duplicateId'],
      [[], 'schema.unrecognized_keys'],
    ]);
  });

  it('never throws and returns the data unchanged, not a copy with defaults filled in', () => {
    const stored = { overlap: 'lowerTier' as const, bands: [{ tier: 'qualified' as const }] };
    const result = parseTierRuleData(stored);
    expect(result.success && result.data).toEqual(stored);
    for (const input of [undefined, null, 0, '', [], {}, Object.create(null), { __proto__: { overlap: 'higherTier' } }]) {
      expect(parseTierRuleData(input).success).toBe(false);
    }
  });

  it('parseRule knows every name the JSON Schemas know, and reports one it does not', () => {
    const unknown = parseRule('Nothing' as RuleName, {});
    expect(unknown.success ? [] : unknown.issues.map((issue) => [issue.path, issue.code])).toEqual([[['name'], 'schema.invalid_value']]);
  });
});

describe('cxzy schema <Name> prints the JSON Schema of a rule', () => {
  async function schemaOf(name: string): Promise<{ readonly code: number; readonly out: string }> {
    const { code, out, err } = await runCli(['schema', name]);
    return { code, out: out + err };
  }

  it.each(['AggregationPolicy', 'TierRule', 'VoteRule', 'ScheduleTemplate'])('%s', async (name) => {
    const { code, out } = await schemaOf(name);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(schemas[name as JsonSchemaName]);
  });

  it('describes each field of a policy in both languages, and says what the parser says', () => {
    const policy = schemas.AggregationPolicy as { properties: Record<string, { description?: string; type?: string }> };
    expect(policy.properties['excludeSelfFromPeer']).toMatchObject({ type: 'boolean', description: '党内互评排除自评 / exclude self-ballots from peer review' });
    expect(schemas.AggregationPolicy['additionalProperties']).toBe(false);
    expect(schemas.TierRule['required']).toEqual(['bands', 'overlap']);
  });
});
