import * as z from 'zod';
import { INPUT_MESSAGES, inputText, VALUE_KIND_LABELS, type ValueKind } from '../core/input';
import type { Issue, IssuePath, ParseResult } from '../core/issue';
import type { LocalizedText } from '../core/locale';
import { createIssue, formatInLocale } from '../core/message';
import { MEMBER_TIER_LABELS } from '../core/tiers';
import { AWARD_TITLE_LABELS } from '../commendation/labels';
import { COMMITMENT_AUDIENCE_LABELS, COMMITMENT_ITEM_STATUS_LABELS, COMMITMENT_LEVEL_LABELS } from '../commitment/labels';
import {
  AGGREGATION_METHOD_LABELS,
  BALLOT_GRADE_LABELS,
  DUPLICATE_BALLOT_TREATMENT_LABELS,
  EVALUATOR_GROUP_LABELS,
  MISSING_GROUP_TREATMENT_LABELS,
  SATISFACTION_GRADE_LABELS,
} from '../evaluation/labels';
import { MASS_ORGANIZATION_KIND_LABELS, MEMBER_STATUS_LABELS, ORGANIZATION_KIND_LABELS, ROLE_LABELS } from '../organization/labels';
import { RECTIFICATION_SOURCE_LABELS, RECTIFICATION_STATUS_LABELS } from '../rectification/labels';
import { CADENCE_UNIT_LABELS, PHASE_KIND_LABELS, PHASE_STATUS_LABELS } from '../schedule/labels';
import { ORGANIZATION_BAND_LABELS, SCORE_ITEM_KIND_LABELS } from '../scoring/labels';
import { SCHEMA_CHECK_TEXTS, SCHEMA_MESSAGES, type SchemaCheckText, type SchemaIssueCode } from './messages';

type ZodIssue = z.core.$ZodIssue;
type Params = Record<string, string | number>;

/**
 * Runs a zod schema without throwing and turns its issues into cxzy {@link Issue}s with messages in
 * both locales, in cxzy's own words: the field named by its label (`“总分”`) and its list position
 * counted from 1 (`第 3 项`), what was expected and what was found. The issue codes are zod's codes
 * under `schema.` (`schema.invalid_type`, `schema.too_small` …, see {@link SchemaCheckCode}) or
 * cxzy's own ({@link SchemaIssueCode}); the path keeps the data's own indices, counted from 0.
 * Works with your own schemas too: an issue your refinement adds comes back as `schema.custom`
 * with the message you gave it.
 *
 * @param schema - the schema to run.
 * @param input - untrusted input.
 * @returns the parsed data or every issue.
 *
 * @example
 * ```ts
 * import { MemberSchema, safeParseWith } from 'cxzy/schema';
 * const result = safeParseWith(MemberSchema, { id: 'm1', name: 42, organizationId: 'b', status: 'full', roles: [] });
 * result.success ? '' : result.issues[0]?.message['zh-CN']; // '“名称”应为文本,实际为数字 42'
 * result.success ? '' : result.issues[0]?.message.en; // '"name" must be text, not the number 42'
 * ```
 */
export function safeParseWith<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): ParseResult<z.output<Schema>> {
  // zod's English error map is passed for this parse only: it words a refinement that gave no
  // message of its own. `z.config` belongs to the application, never to a library, and a library
  // keeps no state between calls.
  const result = schema.safeParse(input, { error: z.locales.en().localeError, reportInput: true });
  if (result.success) return { success: true, data: result.data };
  return { success: false, issues: result.error.issues.map(toIssue) };
}

/**
 * The codes of the issues `safeParseWith` reports for zod's own checks: zod's issue code under
 * `schema.`. A missing field is `schema.invalid_type` with `params.found` `'missing'`.
 *
 * @example
 * ```ts
 * import type { SchemaCheckCode } from 'cxzy/schema';
 * const code: SchemaCheckCode = 'schema.unrecognized_keys';
 * ```
 */
export type SchemaCheckCode = `schema.${z.core.$ZodIssue['code']}`;

function toIssue(issue: ZodIssue): Issue {
  // Every key cxzy's schemas check is a string or an index; zod reports no symbol keys for them.
  const path = issue.path as IssuePath;
  const cxzyCode = cxzyCodeOf(issue);
  if (cxzyCode !== undefined) {
    const { cxzyCode: _code, ...params } = (issue as z.core.$ZodIssueCustom).params as Params;
    const created = createIssue(SCHEMA_MESSAGES, cxzyCode, 'error', path, params);
    // Said of the field it is about, named as zod's checks name it; the catalogue's template, without
    // the field, is what `renderMessage` fills from the params.
    const text = Object.hasOwn(WORDED_WITH_SUBJECT, cxzyCode) ? WORDED_WITH_SUBJECT[cxzyCode] : undefined;
    return text === undefined ? created : { ...created, message: inputText(SCHEMA_CHECK_TEXTS[text], path, params) };
  }
  const { message, params } = wordingOf(issue, path);
  return { code: `schema.${issue.code}`, severity: 'error', path, message, params };
}

/** cxzy's own schema issues that name the field they are about. */
const WORDED_WITH_SUBJECT: Readonly<Partial<Record<SchemaIssueCode, SchemaCheckText>>> = {
  'schema.duplicateId': 'duplicateId',
  'schema.blank': 'blank',
};

function cxzyCodeOf(issue: ZodIssue): SchemaIssueCode | undefined {
  const code = issue.code === 'custom' ? (issue.params?.['cxzyCode'] as unknown) : undefined;
  return typeof code === 'string' && Object.hasOwn(SCHEMA_MESSAGES, code) ? (code as SchemaIssueCode) : undefined;
}

interface Wording {
  readonly message: LocalizedText;
  readonly params: Params;
}

/** A message from a template: `{subject}` from the path, `{found}` from the value when one is given. */
function worded(text: SchemaCheckText, path: IssuePath, params: Params, ...found: [unknown?]): Wording {
  const plain: Params = { ...params };
  if (found.length > 0) plain['found'] = kindOf(found[0]);
  return { message: inputText(SCHEMA_CHECK_TEXTS[text], path, params, ...found), params: plain };
}

function wordingOf(issue: ZodIssue, path: IssuePath): Wording {
  switch (issue.code) {
    case 'invalid_type':
      return invalidType(issue.expected, issue.input, path);
    case 'too_small':
      return tooSmall(issue, path);
    case 'too_big':
      return tooBig(issue, path);
    case 'invalid_format':
      return issue.format === 'date'
        ? worded('notCalendarDate', path, { format: 'date' }, issue.input)
        : worded('badFormat', path, { format: issue.format }, issue.input);
    case 'invalid_value':
      return notOneOf(issue.values, issue.input, path);
    case 'unrecognized_keys':
      return worded('unknownFields', path, { keys: issue.keys.join(', ') });
    case 'invalid_union':
      return invalidUnion(issue, path);
    case 'not_multiple_of':
      return notMultipleOf(issue.divisor, issue.input, path);
    case 'invalid_key':
      return worded('badKey', path, {});
    case 'invalid_element':
      return worded('badElement', path, {});
    case 'custom':
      // A refinement's own message, as its author wrote it; zod's placeholder for one without.
      return issue.message === 'Invalid input'
        ? worded('invalid', path, {}, issue.input)
        : { message: { 'zh-CN': issue.message, en: issue.message }, params: {} };
    default:
      // A check a later zod may add: still said of its field, with what was found.
      return worded('invalid', path, {}, (issue as { readonly input?: unknown }).input);
  }
}

/** zod's names of kinds of value, as cxzy names them to people. */
const KIND_OF_ZOD_TYPE: Readonly<Record<string, ValueKind>> = {
  string: 'text',
  number: 'number',
  nan: 'number',
  int: 'integer',
  bigint: 'integer',
  boolean: 'boolean',
  object: 'object',
  record: 'object',
  map: 'object',
  array: 'list',
  tuple: 'list',
  set: 'list',
  date: 'date',
};

function valueKindOf(expected: string): ValueKind | undefined {
  return Object.hasOwn(KIND_OF_ZOD_TYPE, expected) ? KIND_OF_ZOD_TYPE[expected] : undefined;
}

function invalidType(expected: string, input: unknown, path: IssuePath): Wording {
  const kind = valueKindOf(expected);
  if (input === undefined && kind !== undefined) {
    return { message: inputText(INPUT_MISSING, path, {}), params: { expected: kind, found: 'missing' } };
  }
  if (kind === undefined) return worded('notAllowed', path, {}, input);
  return { message: inputText(INPUT_EXPECTED, path, { expected: kind }, input), params: { expected: kind, found: kindOf(input) } };
}

function tooSmall(issue: z.core.$ZodIssueTooSmall, path: IssuePath): Wording {
  const min = Number(issue.minimum);
  const { origin, input } = issue;
  if (origin === 'string' && typeof input === 'string') {
    if (issue.exact === true) return worded('textLength', path, { exact: min, length: input.length });
    return worded(input.length === 0 && min <= 1 ? 'textEmpty' : 'textTooShort', path, { min, length: input.length });
  }
  if (origin === 'array' && Array.isArray(input)) {
    if (issue.exact === true) return worded('listLength', path, { exact: min, count: input.length });
    return worded(input.length === 0 && min === 1 ? 'listEmpty' : 'listTooShort', path, { min, count: input.length });
  }
  if (typeof input === 'number') {
    return issue.inclusive === false
      ? worded('moreThan', path, { value: input, min })
      : { message: inputText(INPUT_TOO_SMALL, path, { value: input, min }), params: { value: input, min } };
  }
  return worded('atLeast', path, { min });
}

function tooBig(issue: z.core.$ZodIssueTooBig, path: IssuePath): Wording {
  const max = Number(issue.maximum);
  const { origin, input } = issue;
  if (origin === 'string' && typeof input === 'string') {
    return issue.exact === true
      ? worded('textLength', path, { exact: max, length: input.length })
      : worded('textTooLong', path, { max, length: input.length });
  }
  if (origin === 'array' && Array.isArray(input)) {
    return worded(issue.exact === true ? 'listLength' : 'listTooLong', path, issue.exact === true ? { exact: max, count: input.length } : { max, count: input.length });
  }
  if (typeof input === 'number') {
    return issue.inclusive === false
      ? worded('lessThan', path, { value: input, max })
      : { message: inputText(INPUT_TOO_LARGE, path, { value: input, max }), params: { value: input, max } };
  }
  return worded('atMost', path, { max });
}

const MAX_OPTIONS_SHOWN = 12;

type LabelTable = Readonly<Record<string, LocalizedText>>;

/** The labels of the codes a schema may offer: a list of options is shown with them when one table names them all. */
const OPTION_LABELS: readonly LabelTable[] = [
  MEMBER_STATUS_LABELS, ORGANIZATION_KIND_LABELS, ROLE_LABELS, MASS_ORGANIZATION_KIND_LABELS, MEMBER_TIER_LABELS,
  SCORE_ITEM_KIND_LABELS, ORGANIZATION_BAND_LABELS, PHASE_KIND_LABELS, PHASE_STATUS_LABELS, CADENCE_UNIT_LABELS,
  AGGREGATION_METHOD_LABELS, MISSING_GROUP_TREATMENT_LABELS, DUPLICATE_BALLOT_TREATMENT_LABELS, EVALUATOR_GROUP_LABELS,
  SATISFACTION_GRADE_LABELS, BALLOT_GRADE_LABELS, COMMITMENT_LEVEL_LABELS, COMMITMENT_AUDIENCE_LABELS,
  COMMITMENT_ITEM_STATUS_LABELS, AWARD_TITLE_LABELS, RECTIFICATION_SOURCE_LABELS, RECTIFICATION_STATUS_LABELS,
];

/** The one table that names exactly these codes, or else the only one that names them all. */
function labelsOf(values: readonly unknown[]): LabelTable | undefined {
  if (values.length === 0 || !values.every((value) => typeof value === 'string')) return undefined;
  const codes = values as readonly string[];
  const covering = OPTION_LABELS.filter((table) => codes.every((code) => Object.hasOwn(table, code)));
  const exact = covering.find((table) => Object.keys(table).length === codes.length);
  return exact ?? (covering.length === 1 ? covering[0] : undefined);
}

/** The accepted values, as codes a user writes, each with its label when cxzy has one: `full(正式党员), probationary(预备党员)`. */
function optionsIn(values: readonly unknown[], locale: keyof LocalizedText): string {
  const labels = labelsOf(values);
  const shown = values.slice(0, MAX_OPTIONS_SHOWN).map((value) => {
    const code = String(value);
    const label = labels !== undefined && Object.hasOwn(labels, code) ? labels[code]![locale] : undefined;
    return label === undefined ? code : formatInLocale(SCHEMA_CHECK_TEXTS.option[locale], { code, label }, {}, locale);
  });
  return values.length > MAX_OPTIONS_SHOWN ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** The same template in every locale, with parameters that differ by locale. */
function wordedPerLocale(template: LocalizedText, path: IssuePath, params: (locale: keyof LocalizedText) => Params, ...found: [unknown?]): LocalizedText {
  return {
    'zh-CN': inputText(template, path, params('zh-CN'), ...found)['zh-CN'],
    en: inputText(template, path, params('en'), ...found).en,
  };
}

function notOneOf(values: readonly unknown[], input: unknown, path: IssuePath): Wording {
  const options = values.map(String).join(', ');
  if (input === undefined) return { message: inputText(INPUT_MISSING, path, {}), params: { options, found: 'missing' } };
  if (values.length === 1) return worded('notExactly', path, { options }, input);
  const shown = (locale: keyof LocalizedText) => ({ options: optionsIn(values, locale) });
  if (typeof input === 'string') {
    const value = input.length > MAX_SHOWN ? `${input.slice(0, MAX_SHOWN)}…` : input;
    return { message: wordedPerLocale(INPUT_NOT_ONE_OF, path, (locale) => ({ value, ...shown(locale) })), params: { value, options } };
  }
  return { message: wordedPerLocale(SCHEMA_CHECK_TEXTS.notOneOf, path, shown, input), params: { options, found: kindOf(input) } };
}

const MAX_SHOWN = 40;

type UnionIssue = Extract<ZodIssue, { code: 'invalid_union' }>;

function invalidUnion(issue: UnionIssue, path: IssuePath): Wording {
  // A discriminated union whose tag is none of its options: the tag field is at the end of the path.
  if ('discriminator' in issue && typeof issue.discriminator === 'string' && 'options' in issue && Array.isArray(issue.options)) {
    const input = issue.input;
    const tag = typeof input === 'object' && input !== null ? (input as Readonly<Record<string, unknown>>)[issue.discriminator] : undefined;
    return notOneOf(issue.options, tag, path);
  }
  // Each form wanted another kind of value here: say which kinds, joined by “or”.
  const kinds = issue.errors.map((errors) => (errors.length === 1 && errors[0]?.code === 'invalid_type' && errors[0].path.length === 0 ? valueKindOf(errors[0].expected) : undefined));
  if (kinds.length > 0 && kinds.every((kind) => kind !== undefined)) {
    const distinct = [...new Set(kinds as ValueKind[])];
    if (issue.input === undefined) return { message: inputText(INPUT_MISSING, path, {}), params: { expected: distinct.join('|'), found: 'missing' } };
    const expected = (locale: keyof LocalizedText) => ({ expected: distinct.map((kind) => VALUE_KIND_LABELS[kind][locale]).join(SCHEMA_CHECK_TEXTS.either[locale]) });
    return { message: wordedPerLocale(SCHEMA_CHECK_TEXTS.expectedEither, path, expected, issue.input), params: { expected: distinct.join('|'), found: kindOf(issue.input) } };
  }
  // An optional field given as `undefined` (which JSON cannot hold): said to be missing, never “undefined”.
  if (issue.input === undefined) return { message: inputText(INPUT_MISSING, path, {}), params: { found: 'missing' } };
  return worded('noAcceptedForm', path, {}, issue.input);
}

function notMultipleOf(step: number | bigint, input: unknown, path: IssuePath): Wording {
  // zod checks bigints too, though its type says the divisor is a number: both are said as numbers
  // (Math.log10 of a bigint would throw).
  const divisor = Number(step);
  const value = Number(input);
  // A power of ten below 1 (0.01) limits the decimal places: say so in those words.
  const places = Math.round(-Math.log10(divisor));
  if (places > 0 && places <= 10 && 10 ** -places === divisor) return worded('tooManyDecimals', path, { value, places });
  return worded('notMultipleOf', path, { value, divisor });
}

function kindOf(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number' || typeof value === 'boolean') return typeof value;
  if (Array.isArray(value)) return 'list';
  return typeof value === 'object' ? 'object' : 'other';
}

const INPUT_MISSING = INPUT_MESSAGES['input.missing'];
const INPUT_EXPECTED = INPUT_MESSAGES['input.expected'];
const INPUT_TOO_SMALL = INPUT_MESSAGES['input.tooSmall'];
const INPUT_TOO_LARGE = INPUT_MESSAGES['input.tooLarge'];
const INPUT_NOT_ONE_OF = INPUT_MESSAGES['input.notOneOf'];
