import { expectObject, expectText, type InputIssues } from '../../core/input';
import type { Issue, ParseResult } from '../../core/issue';
import { createIssue } from '../../core/message';
import { shownValue } from '../_shape';
import { checkTierRule, tierRuleIssues } from './checkTierRule';
import { SCORING_MESSAGES, type ScoringIssueCode } from '../messages';
import type { MemberTier } from '../../core/tiers';
import type { OverlapResolution, TierBand, TierBound, TierRule } from './types';

/**
 * Reads a tier rule written the way plans write it, such as
 * `"100分以上为优秀;80—100分为合格;60—80分为基本合格;60分以下为不合格"` or the 2015 seed's own
 * sentence (`"得分在100分以上者,推荐为本年度优秀党员;总分在80—100分的为合格党员;…"`).
 *
 * Each clause (between `;`, `。` or line breaks) pairs score ranges with tiers, in either order
 * (`优秀:90分以上`). Boundary words are read as the law reads them (民法典 第一千二百五十九条):
 * 以上、以下、以内、及以上、及以下 include the number; 不满、不足、低于、超过、高于 exclude it. A range
 * `A—B分` (also `-`, `–`, `~`, `～`, `至`, `到`) includes both ends; `(含)` or `(不含)` after a number
 * says otherwise. Full-width digits and punctuation are read as their ASCII forms. Words around
 * the ranges that plans use (得分在, 总分, 者, 的, 为, 评为, 推荐为, 本年度, 党员 …) are skipped;
 * anything else is reported, never guessed. The bands are then checked with {@link checkTierRule}:
 * a gap or a contradiction fails the parse (warnings do not); a band that contradicts several
 * others is reported once for each kind of contradiction.
 *
 * A text longer than {@link MAX_RULE_TEXT_LENGTH} characters is not read (`scoring.parseTooLong`);
 * below it, reading takes time linear in the text. An `overlap` option other than `'higherTier'` or
 * `'lowerTier'` (from JSON or a cast) is reported (`scoring.parseBadOverlap`), never kept in the rule.
 * A `text` that is not text, or `options` that are not an object, is reported with an `input.*`
 * code (`['text']`, `['options']`) and nothing is read.
 *
 * This reads a rule's sentence. A rule already written as data (the object this returns, stored
 * by an app as JSON) is checked with `parseTierRuleData` of `cxzy/schema` instead.
 *
 * @param text - the rule's text, at most {@link MAX_RULE_TEXT_LENGTH} characters.
 * @param options - how to resolve a shared boundary.
 * @returns the rule (`source` is the text; bands in the text's order, each with its `text`), or
 *   every issue, each with `path: [offset]` and `params.column` / `params.fragment` pointing at
 *   the part that could not be read.
 *
 * @example
 * ```ts
 * import { parseTierRule } from 'cxzy/scoring';
 * const result = parseTierRule('100分以上为优秀;80—100分为合格;60—80分为基本合格;60分以下为不合格');
 * result.success && result.data.bands[1];
 * // { tier: 'qualified', min: { value: 80, inclusive: true }, max: { value: 100, inclusive: true }, text: '80—100分' }
 *
 * const failed = parseTierRule('90分以上为优秀；60—89分为合格');
 * failed.success; // false
 * !failed.success && failed.issues.map((issue) => issue.code);
 * // ['scoring.ruleGap']: 89.01–89.99 belong to no band
 * ```
 */
export function parseTierRule(text: string, options: ParseTierRuleOptions = {}): ParseResult<TierRule> {
  const input: InputIssues = [];
  expectText(text, ['text'], input);
  if (options !== undefined) expectObject(options, ['options'], input);
  if (input.length > 0) return { success: false, issues: input };
  const overlap: unknown = options.overlap;
  if (overlap !== undefined && overlap !== 'higherTier' && overlap !== 'lowerTier') {
    return { success: false, issues: [createIssue(SCORING_MESSAGES, 'scoring.parseBadOverlap', 'error', ['options', 'overlap'], { value: shownValue(overlap) })] };
  }
  if (text.length > MAX_RULE_TEXT_LENGTH) {
    return {
      success: false,
      issues: [createIssue(SCORING_MESSAGES, 'scoring.parseTooLong', 'error', [], { length: text.length, limit: MAX_RULE_TEXT_LENGTH })],
    };
  }
  const reader: Reader = { text, issues: [] };
  const tokens = tokenize(normalize(text));
  const bands: TierBand[] = [];
  const spans: { readonly start: number; readonly end: number }[] = [];

  let clause: Located[] = [];
  const flush = (): void => {
    readClause(reader, clause, bands, spans);
    clause = [];
  };
  for (const located of tokens) {
    if (located.token.kind === 'bad') {
      report(reader, 'scoring.parseUnreadable', located.start, located.end);
    } else if (located.token.kind === 'strong') {
      flush();
    } else {
      clause.push(located);
    }
  }
  flush();

  if (reader.issues.length > 0) return { success: false, issues: reader.issues };
  if (bands.length === 0) {
    return { success: false, issues: [createIssue(SCORING_MESSAGES, 'scoring.parseEmpty', 'error', [])] };
  }
  const rule: TierRule = { source: text, bands, overlap: overlap ?? 'higherTier' };
  const errors = tierRuleIssues(rule, true).filter((issue) => issue.severity === 'error');
  if (errors.length > 0) {
    return {
      success: false,
      issues: errors.map((issue) => {
        const band = typeof issue.path[1] === 'number' ? issue.path[1] : 0;
        const span = spans[band]!;
        return {
          ...issue,
          path: [span.start],
          params: { ...issue.params, index: span.start, column: span.start + 1, fragment: text.slice(span.start, span.end) },
        };
      }),
    };
  }
  return { success: true, data: rule };
}

/**
 * The longest tier rule text {@link parseTierRule} reads: 10,000 characters (UTF-16 code units, as
 * `String.prototype.length` counts them). A plan's rule is a sentence or two, a few hundred
 * characters at most; a longer text is reported as `scoring.parseTooLong` without being read, so
 * that text from a form or a file cannot keep the reader busy.
 *
 * @example
 * ```ts
 * import { MAX_RULE_TEXT_LENGTH, parseTierRule } from 'cxzy/scoring';
 * MAX_RULE_TEXT_LENGTH; // 10000
 * const result = parseTierRule('9'.repeat(MAX_RULE_TEXT_LENGTH + 1));
 * !result.success && result.issues.map((issue) => issue.code); // ['scoring.parseTooLong']
 * ```
 */
export const MAX_RULE_TEXT_LENGTH = 10_000;

/**
 * Options of {@link parseTierRule}.
 *
 * @example
 * ```ts
 * import type { ParseTierRuleOptions } from 'cxzy/scoring';
 * const options: ParseTierRuleOptions = { overlap: 'lowerTier' };
 * ```
 */
export interface ParseTierRuleOptions {
  /**
   * How a score on a boundary shared by two bands is resolved; default `'higherTier'`.
   * @defaultValue `'higherTier'`
   */
  readonly overlap?: OverlapResolution;
}

// The words of a rule, after full-width characters are folded to ASCII and every dash, tilde and
// wave dash to '-'. Boundary words follow 民法典 第一千二百五十九条: 以上、以下、以内 include the
// number; 不满、超过 exclude it. A range "A—B分" includes both ends, as plans mean it; a marker
// (含)/(不含) after a number overrides either reading.
type Token =
  | { readonly kind: 'number'; readonly text: string }
  | { readonly kind: 'unit' | 'dash' | 'any' | 'filler' | 'weak' | 'strong' | 'bad' }
  | { readonly kind: 'before' | 'after'; readonly end: 'min' | 'max'; readonly inclusive: boolean }
  | { readonly kind: 'marker'; readonly inclusive: boolean }
  | { readonly kind: 'tier'; readonly tier: MemberTier };

const WORDS: readonly (readonly [string, Token])[] = (
  [
    ...(['不满', '不足', '未满', '不到', '低于', '小于', '<'] as const).map(
      (word) => [word, { kind: 'before', end: 'max', inclusive: false }] as const,
    ),
    ...(['≤', '<=', '不超过', '不高于'] as const).map((word) => [word, { kind: 'before', end: 'max', inclusive: true }] as const),
    ...(['超过', '高于', '大于', '多于', '>'] as const).map((word) => [word, { kind: 'before', end: 'min', inclusive: false }] as const),
    ...(['≥', '>=', '不低于', '不少于', '达到'] as const).map((word) => [word, { kind: 'before', end: 'min', inclusive: true }] as const),
    ...(['以上', '及以上', '或以上'] as const).map((word) => [word, { kind: 'after', end: 'min', inclusive: true }] as const),
    ...(['以下', '及以下', '或以下', '以内', '之内'] as const).map((word) => [word, { kind: 'after', end: 'max', inclusive: true }] as const),
    ...(['(含)', '(含本数)', '(包含)', '(包括)'] as const).map((word) => [word, { kind: 'marker', inclusive: true }] as const),
    ...(['(不含)', '(不含本数)', '(不包含)', '(不包括)'] as const).map((word) => [word, { kind: 'marker', inclusive: false }] as const),
    ...(['-', '至', '到'] as const).map((word) => [word, { kind: 'dash' }] as const),
    ['分', { kind: 'unit' }],
    ...(['任意分数', '不限分数'] as const).map((word) => [word, { kind: 'any' }] as const),
    ['优秀', { kind: 'tier', tier: 'excellent' }],
    ['合格', { kind: 'tier', tier: 'qualified' }],
    ['基本合格', { kind: 'tier', tier: 'basicallyQualified' }],
    ['不合格', { kind: 'tier', tier: 'unqualified' }],
    ...(
      [
        '得分在', '总分在', '积分在', '分数在', '得分', '总分', '积分', '分数', '分值', '考核', '在', '者', '的', '为', '是',
        '评为', '定为', '评定为', '确定为', '推荐为', '本年度', '年度', '党员', '等次', '档次', '等级', '之间', ':', '→', '=>',
        '=', ' ', '\t',
      ] as const
    ).map((word) => [word, { kind: 'filler' }] as const),
    ...([',', '、'] as const).map((word) => [word, { kind: 'weak' }] as const),
    ...([';', '。', '\n', '\r'] as const).map((word) => [word, { kind: 'strong' }] as const),
  ] as readonly (readonly [string, Token])[]
).slice().sort((a, b) => b[0].length - a[0].length);

/** The words by their first character, longest first: a position is tried against a few words, not all. */
const WORDS_BY_FIRST: ReadonlyMap<string, readonly (readonly [string, Token])[]> = /* @__PURE__ */ groupByFirst(WORDS);

function groupByFirst(words: readonly (readonly [string, Token])[]): ReadonlyMap<string, readonly (readonly [string, Token])[]> {
  const byFirst = new Map<string, (readonly [string, Token])[]>();
  for (const word of words) {
    const same = byFirst.get(word[0][0]!);
    if (same === undefined) byFirst.set(word[0][0]!, [word]);
    else same.push(word);
  }
  return byFirst;
}

const DASHES: ReadonlySet<string> = new Set(['—', '–', '‐', '‑', '‒', '―', '−', '~', '〜']);
// After these a '-' is a dash between two numbers; elsewhere, before a digit, it is a minus sign.
const BEFORE_DASH: ReadonlySet<string> = new Set(['number', 'unit', 'marker']);

/** Folds full-width forms to ASCII and dashes to '-', one UTF-16 unit for one, so offsets hold. */
function normalize(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    let folded = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : code === 0x3000 ? ' ' : char;
    if (DASHES.has(folded)) folded = '-';
    else if (folded === '≧') folded = '≥';
    else if (folded === '≦') folded = '≤';
    out += folded;
  }
  return out;
}

interface Located {
  readonly token: Token;
  readonly start: number;
  readonly end: number;
}

function tokenize(normal: string): readonly Located[] {
  const tokens: Located[] = [];
  // A sticky pattern keeps its position in `lastIndex`: one per call, so no call sees another's.
  const numberAt = /-?[0-9]+(?:\.[0-9]+)?/y;
  let position = 0;
  while (position < normal.length) {
    numberAt.lastIndex = position;
    const number = numberAt.exec(normal);
    const previousKind = tokens[tokens.length - 1]?.token.kind;
    if (number !== null && !(number[0].startsWith('-') && previousKind !== undefined && BEFORE_DASH.has(previousKind))) {
      tokens.push({ token: { kind: 'number', text: number[0] }, start: position, end: position + number[0].length });
      position += number[0].length;
      continue;
    }
    const word = WORDS_BY_FIRST.get(normal[position]!)?.find(([text]) => normal.startsWith(text, position));
    if (word !== undefined) {
      tokens.push({ token: word[1], start: position, end: position + word[0].length });
      position += word[0].length;
      continue;
    }
    const previous = tokens[tokens.length - 1];
    if (previous?.token.kind === 'bad' && previous.end === position) {
      tokens[tokens.length - 1] = { ...previous, end: position + 1 };
    } else {
      tokens.push({ token: { kind: 'bad' }, start: position, end: position + 1 });
    }
    position += 1;
  }
  return tokens;
}

type Item =
  | { readonly kind: 'range'; readonly tokens: readonly Located[]; readonly start: number; readonly end: number }
  | { readonly kind: 'tier'; readonly tier: MemberTier; readonly start: number; readonly end: number };

const RANGE_KINDS: ReadonlySet<string> = new Set(['number', 'unit', 'dash', 'any', 'before', 'after', 'marker']);

interface Reader {
  readonly text: string;
  readonly issues: Issue<ScoringIssueCode>[];
}

/** Reports the text from `start` to `end`, its blanks trimmed, with where it starts. */
function report(reader: Reader, code: ScoringIssueCode, start: number, end: number): void {
  const part = reader.text.slice(start, end);
  const fragment = part.trim();
  const offset = start + part.length - part.trimStart().length;
  reader.issues.push(
    createIssue(SCORING_MESSAGES, code, 'error', [offset], { index: offset, column: offset + 1, fragment }),
  );
}

/** A run of range tokens as bounds: "A分以上", "不满A分", "A—B分", "A分以上不满B分" … */
function readRange(reader: Reader, item: Extract<Item, { kind: 'range' }>): Pick<TierBand, 'min' | 'max'> | undefined {
  const tokens = item.tokens;
  const bounds: { min?: TierBound; max?: TierBound } = {};
  let any = false;
  let count = 0;
  let index = 0;
  const bad = (): undefined => {
    report(reader, 'scoring.parseBadRange', item.start, item.end);
    return undefined;
  };
  const readNumber = (): number | undefined => {
    const located = tokens[index];
    if (located?.token.kind !== 'number') return undefined;
    index += 1;
    const text = located.token.text;
    const decimals = text.includes('.') ? text.length - text.indexOf('.') - 1 : 0;
    if (decimals > 2) {
      report(reader, 'scoring.parseTooManyDecimals', located.start, located.end);
      return Number.NaN;
    }
    if (tokens[index]?.token.kind === 'unit') index += 1;
    return Number(text);
  };
  const readMarker = (): boolean | undefined => {
    const located = tokens[index];
    if (located?.token.kind !== 'marker') return undefined;
    index += 1;
    return located.token.inclusive;
  };
  const set = (end: 'min' | 'max', bound: TierBound): boolean => {
    if (bounds[end] !== undefined) return false;
    bounds[end] = bound;
    return true;
  };

  while (index < tokens.length) {
    const token = tokens[index]!.token;
    count += 1;
    if (token.kind === 'any') {
      any = true;
      index += 1;
    } else if (token.kind === 'before') {
      index += 1;
      const value = readNumber();
      if (value === undefined) return bad();
      const marker = readMarker();
      if (!set(token.end, { value, inclusive: marker ?? token.inclusive })) return bad();
    } else if (token.kind === 'number') {
      const value = readNumber()!;
      const marker = readMarker();
      const next = tokens[index]?.token;
      if (next?.kind === 'dash') {
        index += 1;
        const upper = readNumber();
        if (upper === undefined) return bad();
        const upperMarker = readMarker();
        if (!set('min', { value, inclusive: marker ?? true }) || !set('max', { value: upper, inclusive: upperMarker ?? true })) return bad();
      } else if (next?.kind === 'after') {
        index += 1;
        const after = readMarker();
        if (!set(next.end, { value, inclusive: after ?? marker ?? next.inclusive })) return bad();
      } else {
        return bad();
      }
    } else {
      return bad();
    }
  }
  if (any && count > 1) return bad();
  if (Number.isNaN(bounds.min?.value) || Number.isNaN(bounds.max?.value)) return undefined;
  return bounds;
}

/** Pairs the ranges and tiers of one clause into bands, or reports why they do not pair. */
function readClause(
  reader: Reader,
  clause: readonly Located[],
  bands: TierBand[],
  spans: { readonly start: number; readonly end: number }[],
): void {
  const items: Item[] = [];
  let run: Located[] = [];
  const close = (): void => {
    if (run.length > 0) items.push({ kind: 'range', tokens: run, start: run[0]!.start, end: run[run.length - 1]!.end });
    run = [];
  };
  for (const located of clause) {
    if (RANGE_KINDS.has(located.token.kind)) {
      run.push(located);
      continue;
    }
    close();
    if (located.token.kind === 'tier') {
      items.push({ kind: 'tier', tier: located.token.tier, start: located.start, end: located.end });
    }
  }
  close();
  if (items.length === 0) return;

  const start = clause[0]!.start;
  const end = clause[clause.length - 1]!.end;
  const ranges = items.filter((item) => item.kind === 'range');
  const tiers = items.filter((item) => item.kind === 'tier');
  if (tiers.length === 0) return report(reader, 'scoring.parseMissingTier', start, end);
  if (ranges.length === 0) return report(reader, 'scoring.parseMissingRange', start, end);
  const alternates = ranges.length === tiers.length && items.every((item, index) => item.kind === items[index % 2]!.kind);
  if (!alternates) return report(reader, 'scoring.parseUnpaired', start, end);

  for (let index = 0; index < items.length; index += 2) {
    const [first, second] = [items[index]!, items[index + 1]!];
    const range = (first.kind === 'range' ? first : second) as Extract<Item, { kind: 'range' }>;
    const tier = (first.kind === 'tier' ? first : second) as Extract<Item, { kind: 'tier' }>;
    const bounds = readRange(reader, range);
    if (bounds === undefined) continue;
    bands.push({ tier: tier.tier, ...bounds, text: reader.text.slice(range.start, range.end) });
    spans.push({ start: range.start, end: range.end });
  }
}
