import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';
import type { Issue, IssuePath } from './issue';
import type { LocalizedText } from './locale';
import { localizedTable } from './locale';
import { fillInLocale } from './_fillTemplate';

/** The plain values an input message names. */
type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Message templates of the issues a function reports when a rule, policy or option object it was
 * given is not shaped as its type says (from plain JavaScript, a cast, or JSON): a field missing,
 * of the wrong kind, out of bounds or not one of its codes. `{subject}` names the field by its label
 * and, inside a list, the item's position counted from 1; `{found}` says what was there.
 *
 * @example
 * ```ts
 * import { INPUT_MESSAGES } from 'cxzy/i18n';
 * INPUT_MESSAGES['input.expected']['zh-CN']; // '{subject}应为{expected|valueKind},实际为{found}'
 * ```
 */
export const INPUT_MESSAGES = /* @__PURE__ */ localizedTable(zhCN.inputMessages, en.inputMessages);

/**
 * The codes of the issues {@link INPUT_MESSAGES} words.
 *
 * @example
 * ```ts
 * import type { InputIssueCode } from 'cxzy/i18n';
 * const code: InputIssueCode = 'input.missing';
 * ```
 */
export type InputIssueCode = keyof typeof INPUT_MESSAGES;

/**
 * The labels of the fields of rules, policies and entities, in every locale: input messages name a
 * field by it, and the JSON Schemas of `cxzy/schema` describe each property with it.
 *
 * @example
 * ```ts
 * import { FIELD_LABELS } from 'cxzy/i18n';
 * FIELD_LABELS.precision['zh-CN']; // '保留小数位数'
 * ```
 */
export const FIELD_LABELS = /* @__PURE__ */ localizedTable(zhCN.fieldLabels, en.fieldLabels);

/**
 * The kinds of value an input message says a field should hold.
 *
 * @example
 * ```ts
 * import { VALUE_KIND_LABELS } from 'cxzy/i18n';
 * VALUE_KIND_LABELS.integer.en; // 'a whole number'
 * ```
 */
export const VALUE_KIND_LABELS = /* @__PURE__ */ localizedTable(zhCN.valueKindLabels, en.valueKindLabels);

/**
 * A kind of value a field may be expected to hold.
 *
 * @example
 * ```ts
 * import type { ValueKind } from 'cxzy/i18n';
 * const kind: ValueKind = 'boolean';
 * ```
 */
export type ValueKind = keyof typeof VALUE_KIND_LABELS;

const PART_TEXTS = /* @__PURE__ */ localizedTable(zhCN.inputPartTexts, en.inputPartTexts);
const LOCALES = ['zh-CN', 'en'] as const;

/**
 * Thrown by a function whose result has no place for issues (`rank`, `classify`, …) when a rule or
 * option object it was given is not shaped as its type says. It is a `TypeError`, so code that
 * caught the raw one keeps working; `issues` holds every problem with its path and a message in
 * every locale, as a function with an issues list would have reported them.
 *
 * @example
 * ```ts
 * import { InvalidInputError } from 'cxzy/i18n';
 * const error = new InvalidInputError([]);
 * error instanceof TypeError; // true
 * error.name; // 'InvalidInputError'
 * ```
 */
export class InvalidInputError extends TypeError {
  /** Every structural problem found, each with its path and message. */
  readonly issues: readonly Issue[];

  /**
   * @param issues - the problems found. Anything that is not a list of issues (each an object with
   *   a text `code` and a `message` with text in every locale) is left out: `issues` is always a
   *   frozen list of well-formed issues, and the error's message joins their English texts.
   */
  constructor(issues: readonly Issue[]) {
    const kept = wellFormedIssues(issues);
    super(kept.map((issue) => issue.message.en).join('; ') || 'Invalid input');
    this.name = 'InvalidInputError';
    this.issues = kept;
  }
}

/** The well-formed issues of a list, as a new frozen list: never the caller's own, never a crash. */
function wellFormedIssues(issues: unknown): readonly Issue[] {
  if (!Array.isArray(issues)) return Object.freeze([]);
  const kept: Issue[] = [];
  for (let index = 0; index < issues.length; index += 1) {
    const issue: unknown = issues[index];
    if (isIssue(issue)) kept.push(issue);
  }
  return Object.freeze(kept);
}

function isIssue(value: unknown): value is Issue {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message } = value as { readonly code?: unknown; readonly message?: unknown };
  if (typeof code !== 'string' || typeof message !== 'object' || message === null) return false;
  const text = message as { readonly [locale: string]: unknown };
  return LOCALES.every((locale) => typeof text[locale] === 'string');
}

/**
 * Builds an input issue: `subject` and `found` are worded in each locale from the path and the value.
 * Internal: the domains' entry checks call the `expect*` helpers below.
 */
export function inputIssue(code: InputIssueCode, path: IssuePath, params: MessageParams, ...found: [unknown?]): Issue<InputIssueCode> {
  return recordedInputIssue(code, path, params, found.length > 0 ? foundOf(found[0]) : undefined);
}

/**
 * What was found where a value was expected, as plain data a record can keep (JSON, a partial sent
 * to another worker): its kind (`params.found` of the issue) and the text a message shows of it.
 * Internal: `cxzy/evaluation` records a ballot's input issues with it.
 */
export interface FoundValue {
  readonly found: FoundKind;
  readonly shown: string;
}

/** The kinds of value a message says it found. Internal. */
export type FoundKind = 'text' | 'number' | 'boolean' | 'null' | 'list' | 'object' | 'missing' | 'other';

/** What a message says was found, for `value`. Internal. */
export function foundOf(value: unknown): FoundValue {
  // Only a text, a number or a boolean is shown: turning an object into text may run its own code, or throw.
  const shown = typeof value === 'string' ? (value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value) : typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
  return { found: kindOf(value), shown };
}

/** An input issue from what was found, as {@link foundOf} keeps it. Internal. */
export function recordedInputIssue(code: InputIssueCode, path: IssuePath, params: MessageParams, found?: FoundValue): Issue<InputIssueCode> {
  const message = wordedInput(INPUT_MESSAGES[code], path, params, found);
  const plain: Record<string, string | number> = { ...params, path: path.join('.') };
  if (found !== undefined) plain['found'] = found.found;
  return { code, severity: 'error', path, message, params: plain };
}

/**
 * Fills a template in every locale the way input issues are worded: `{subject}` names the field at
 * `path` by its label and list positions counted from 1, `{found}` says what `found` is, and
 * `{expected|valueKind}` names a kind of value. Internal: `cxzy/schema` words zod's checks with it.
 */
export function inputText(template: LocalizedText, path: IssuePath, params: MessageParams, ...found: [unknown?]): LocalizedText {
  return wordedInput(template, path, params, found.length > 0 ? foundOf(found[0]) : undefined);
}

function wordedInput(template: LocalizedText, path: IssuePath, params: MessageParams, found: FoundValue | undefined): LocalizedText {
  const message = {} as Record<keyof LocalizedText, string>;
  for (const locale of LOCALES) {
    const parts: Record<string, string | number> = { ...params, subject: subjectIn(path, locale) };
    if (found !== undefined) parts['found'] = foundIn(found, locale);
    message[locale] = fillInLocale(template[locale], parts, TABLES, locale);
  }
  return message;
}

const TABLES = { valueKind: VALUE_KIND_LABELS };

/**
 * How a locale names the field at `path`: by its label, and by the position (from 1) of the list
 * item it is in or is: `第 3 项“总分”` for `['cards', 2, 'total']`, `“rows”第 1 项` for `['rows', 0]`.
 * The items of outer lists come first, each with the field that holds the inner list:
 * `第 3 项“得分记录”第 1 项“分值”` for `[2, 'entries', 0, 'points']`.
 */
function subjectIn(path: IssuePath, locale: keyof LocalizedText): string {
  const last = path.length - 1;
  const fieldAt = typeof path[last] === 'number' ? last - 1 : last;
  const key = path[fieldAt];
  // A message's parameters are named as its template names them, not by the label of a field.
  const field = typeof key === 'string' ? (path[fieldAt - 1] === 'params' ? key : labelOf(key, locale)) : undefined;
  const itemOnly = typeof path[last] === 'number';
  let indexAt = -1;
  for (let at = itemOnly ? last : fieldAt - 1; at >= 0 && indexAt < 0; at -= 1) {
    if (typeof path[at] === 'number') indexAt = at;
  }
  const index = indexAt < 0 ? undefined : (path[indexAt] as number);
  const template =
    field === undefined
      ? index === undefined ? 'subjectWhole' : 'subjectItem'
      : index === undefined ? 'subjectField' : itemOnly ? 'subjectItemOf' : 'subjectFieldOfItem';
  let subject = fillInLocale(PART_TEXTS[template][locale], { field: field ?? '', position: (index ?? 0) + 1 }, {}, locale);
  for (let at = indexAt - 1; at >= 0; at -= 1) {
    const segment = path[at];
    if (typeof segment !== 'number') continue;
    const next = path[at + 1];
    // The field that holds the inner list, unless the inner subject already names it.
    const outerField = typeof next === 'string' && at + 1 !== fieldAt ? labelOf(next, locale) : undefined;
    const outer = fillInLocale(PART_TEXTS[outerField === undefined ? 'outerItem' : 'outerFieldOfItem'][locale], { field: outerField ?? '', position: segment + 1 }, {}, locale);
    subject = fillInLocale(PART_TEXTS.subjectWithin[locale], { outer, inner: subject }, {}, locale);
  }
  return subject;
}

function labelOf(key: string, locale: keyof LocalizedText): string {
  return Object.hasOwn(FIELD_LABELS, key) ? FIELD_LABELS[key as keyof typeof FIELD_LABELS][locale] : key;
}

const MAX_SHOWN = 40;

/** How a locale says what was found: its kind, and its value when it is short enough to show. */
function foundIn({ found, shown }: FoundValue, locale: keyof LocalizedText): string {
  const key = Object.hasOwn(FOUND_PARTS, found) ? FOUND_PARTS[found] : 'foundOther';
  const part = key === 'foundNumber' && !Number.isFinite(Number(shown)) ? 'foundNotFinite' : key;
  return fillInLocale(PART_TEXTS[part][locale], { value: shown }, {}, locale);
}

const FOUND_PARTS: Readonly<Record<FoundKind, keyof typeof PART_TEXTS>> = {
  text: 'foundText',
  number: 'foundNumber',
  boolean: 'foundBoolean',
  null: 'foundNull',
  list: 'foundList',
  object: 'foundObject',
  missing: 'foundMissing',
  other: 'foundOther',
};

function kindOf(value: unknown): FoundKind {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) return 'list';
  return typeof value === 'object' ? 'object' : 'other';
}

/** Collects the input issues of one entry check. Internal. */
export type InputIssues = Issue[];

/** A field that must be present; reports `input.missing` when it is `undefined`. */
function present(value: unknown, path: IssuePath, issues: InputIssues): boolean {
  if (value !== undefined) return true;
  issues.push(inputIssue('input.missing', path, {}));
  return false;
}

/**
 * Checks that `value` is a plain object (not null, not a list). Internal.
 * @returns whether it is, so the caller can check its fields.
 */
export function expectObject(value: unknown, path: IssuePath, issues: InputIssues): value is Readonly<Record<string, unknown>> {
  if (!present(value, path, issues)) return false;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return true;
  issues.push(inputIssue('input.expected', path, { expected: 'object' }, value));
  return false;
}

/** Checks that `value` is a list. Internal. */
export function expectList(value: unknown, path: IssuePath, issues: InputIssues): value is readonly unknown[] {
  if (!present(value, path, issues)) return false;
  if (Array.isArray(value)) return true;
  issues.push(inputIssue('input.expected', path, { expected: 'list' }, value));
  return false;
}

/** Checks that `value` is `true` or `false`; the text `"false"` is not. Internal. */
export function expectBoolean(value: unknown, path: IssuePath, issues: InputIssues): value is boolean {
  if (!present(value, path, issues)) return false;
  if (typeof value === 'boolean') return true;
  issues.push(inputIssue('input.expected', path, { expected: 'boolean' }, value));
  return false;
}

/** Checks that `value` is text (optionally not blank). Internal. */
export function expectText(value: unknown, path: IssuePath, issues: InputIssues): value is string {
  if (!present(value, path, issues)) return false;
  if (typeof value === 'string') return true;
  issues.push(inputIssue('input.expected', path, { expected: 'text' }, value));
  return false;
}

/** Bounds a number must keep: whole or not, and inclusive limits. */
export interface NumberBounds {
  readonly integer?: boolean;
  readonly min?: number;
  readonly max?: number;
}

/**
 * Checks that `value` is a finite number (a whole one when `integer`) within the bounds; the text
 * `"2"` is not a number, and neither are NaN and ±Infinity. Internal.
 */
export function expectNumber(value: unknown, path: IssuePath, issues: InputIssues, bounds: NumberBounds = {}): value is number {
  if (!present(value, path, issues)) return false;
  const expected = bounds.integer === true ? 'integer' : 'number';
  if (typeof value !== 'number' || !Number.isFinite(value) || (bounds.integer === true && !Number.isInteger(value))) {
    issues.push(inputIssue('input.expected', path, { expected }, value));
    return false;
  }
  if (bounds.min !== undefined && value < bounds.min) {
    issues.push(inputIssue('input.tooSmall', path, { value, min: bounds.min }));
    return false;
  }
  if (bounds.max !== undefined && value > bounds.max) {
    issues.push(inputIssue('input.tooLarge', path, { value, max: bounds.max }));
    return false;
  }
  return true;
}

/**
 * The most problems an entry check reports for one list: after this many, an item that is not even
 * an object (a hole of a sparse list, `null`) is skipped without an issue of its own, so a list of a
 * million holes is answered in milliseconds, and the first ones still tell the caller. Internal.
 */
export const MAX_LIST_ISSUES = 100;

/**
 * Checks that `value` is of the kind number, whatever its value (NaN and a third decimal included):
 * for a field whose value has its own domain check, run after the shape is right. The text `"2"` is
 * not a number. `integer` says a whole number is expected, for the message. Internal.
 */
export function expectNumberKind(value: unknown, path: IssuePath, issues: InputIssues, integer = false): value is number {
  return typeof value === 'number' || expectNumber(value, path, issues, { integer });
}

/** Checks that `value` is one of `options` (codes). Internal. */
export function expectOneOf<const Option extends string>(
  value: unknown,
  options: readonly Option[],
  path: IssuePath,
  issues: InputIssues,
): value is Option {
  if (!present(value, path, issues)) return false;
  if (typeof value === 'string' && (options as readonly string[]).includes(value)) return true;
  if (typeof value !== 'string') issues.push(inputIssue('input.expected', path, { expected: 'text' }, value));
  else issues.push(inputIssue('input.notOneOf', path, { value: value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value, options: options.join(', ') }));
  return false;
}

/** Checks that `value` is a fraction `{ numerator, denominator }` of whole numbers, denominator above 0. Internal. */
export function expectFraction(value: unknown, path: IssuePath, issues: InputIssues): value is { readonly numerator: number; readonly denominator: number } {
  if (!expectObject(value, path, issues)) return false;
  const numerator = expectNumber(value['numerator'], [...path, 'numerator'], issues, { integer: true, min: 0 });
  const denominator = expectNumber(value['denominator'], [...path, 'denominator'], issues, { integer: true, min: 1 });
  return numerator && denominator;
}

/** Runs an entry check and throws {@link InvalidInputError} with its issues when it found any. Internal. */
export function assertInput(issues: InputIssues): void {
  if (issues.length > 0) throw new InvalidInputError(issues);
}
