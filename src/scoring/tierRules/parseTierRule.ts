import { expectObject, expectText, type InputIssues } from '../../core/input';
import type { Issue, ParseResult } from '../../core/issue';
import { createIssue } from '../../core/message';
import type { MemberTier } from '../../core/tiers';
import { shownValue } from '../_shape';
import { SCORING_MESSAGES, type ScoringIssueCode } from '../messages';
import { MEMBER_TIER_SET, TIER_SET_EXCELLENT_GOOD_QUALIFIED, TIER_SET_FIVE_GRADES, TIER_SET_GOOD_TO_POOR } from '../tierSets/tierSets';
import { checkTierSetShape } from '../tierSets/checkTierSetShape';
import type { TierSet } from '../tierSets/types';
import { compileBand, scoreGaps } from './_bands';
import { readClauses } from './_readClauses';
import { normalize, tierWordsOf, tokenize } from './_ruleWords';
import { tierRuleIssues } from './checkTierRule';
import type { OverlapResolution, TierBand, TierRule } from './types';

/**
 * Reads a tier rule written the way plans write it, such as
 * `"100分以上为优秀;80—100分为合格;60—80分为基本合格;60分以下为不合格"`, the 2015 seed's own
 * sentence (`"得分在100分以上者,推荐为本年度优秀党员;总分在80—100分的为合格党员;…"`), the
 * whole-number style `"90分以上为优秀,80—89分为合格,60—79分为基本合格,59分以下为不合格"` or signs
 * (`"得分≥90为优秀,80≤得分<90为合格,60≤得分<80为基本合格,得分<60为不合格"`).
 *
 * What it reads:
 *
 * - **Clauses.** A rule is cut into clauses at `;` `。` and line breaks, and at the numbers of a
 *   list (`1.` `2.` …, `1、`, `(1)`, `①`, `一、`, `(一)`); `,` and `、` join several pairs in one
 *   clause. In a clause, score ranges and tiers pair up one to one, in either order
 *   (`90分以上为优秀`, `优秀:90分以上`). `1.90分以上` is item 1 when the text numbers its items
 *   `1.` `2.` … in order; otherwise `1.90` is a score.
 * - **Boundary words**, read as the law reads them (民法典 第一千二百五十九条): `以上` `及以上`
 *   `或以上` `以下` `及以下` `以内` `之内` `满` `达到` `不低于` `不少于` `不超过` `不高于` include the
 *   number; `不满` `不足` `未满` `不到` `低于` `小于` `未达到` `超过` `高于` `大于` exclude it.
 * - **Ranges** `A—B分`, `A分至B分`, `A到B分` (also `-` `–` `~` `～`) include both ends; two bounds
 *   in a row (`60分以上90分以下`, `满60分低于90分`); `分数在A—B分之间`; `任意分数` (no bound).
 * - **Markers** after a number: `(含)` `(含本数)` `(包含)`, `(不含)` `(不含本数)`, and
 *   `(含100分)` / `(不含60分)` naming that number (`100分以上(含100分)`, `90分以上(含)`,
 *   `60分(含)—90分(不含)`); a marker naming another number is reported
 *   (`scoring.parseMarkerMismatch`).
 * - **Signs** `≥` `>` `≤` `<` `>=` `<=` (and `≧` `≦`, full-width `＞＝` `＜`), before the number
 *   (`≥90`, `得分<60`) or after it (`80≤得分<90`: 80 or more and under 90).
 * - **Tiers** by their zh-CN names in the rule's tier set (`options.tierSet`; the four
 *   民主评议 tiers 优秀 合格 基本合格 不合格 by default; a name of another shipped set, `良好`
 *   without its set, is reported as `scoring.parseOtherSetTier`, naming the sets that have it),
 *   and the words plans put around ranges and
 *   tiers: 得分在, 总分, 分数, 成绩, 者, 的, 为, 是, 评为, 定为, 评定为, 推荐为, 本年度, 党员, 等次, `:` ….
 * - **Shared boundaries**: a clause `分界分数就高不就低` / `就低不就高` sets the rule's `overlap`
 *   (two that disagree are reported, `scoring.parseOverlapConflict`); without one, `options.overlap`.
 * - **Whole numbers.** When every bound is a whole number and every gap between the bands is
 *   exactly one point (`80—89分` under `90分以上`), the rule is a whole-number rule
 *   (`wholeScores: true`): `80—89分` reaches up to 90, exclusive, so 89.5 is 合格 (see
 *   {@link TierRule.wholeScores}). Any other gap is an error (`scoring.ruleGap`).
 *
 * Full-width digits and punctuation are read as their ASCII forms. Anything else is reported, never
 * guessed. The bands are then checked with {@link checkTierRule}: a gap or a contradiction fails
 * the parse (warnings do not); a band that contradicts several others is reported once for each
 * kind of contradiction.
 *
 * A text longer than {@link MAX_RULE_TEXT_LENGTH} characters is not read (`scoring.parseTooLong`);
 * below it, reading takes time linear in the text. An `overlap` option other than `'higherTier'` or
 * `'lowerTier'` (from JSON or a cast) is reported (`scoring.parseBadOverlap`), never kept in the rule.
 * A `text` that is not text, `options` that are not an object, or a `tierSet` not shaped as a
 * {@link TierSet} is reported with an `input.*` code (`['text']`, `['options']`,
 * `['options', 'tierSet', …]`) and nothing is read; a set with a tier named twice is reported as
 * {@link checkTierSet} reports it. It never throws.
 *
 * This reads a rule's sentence. A rule already written as data (the object this returns, stored
 * by an app as JSON) is checked with `parseTierRuleData` of `cxzy/schema` instead.
 * {@link formatTierRule} writes a rule as the sentence this reads back into the same rule.
 *
 * @param text - the rule's text, at most {@link MAX_RULE_TEXT_LENGTH} characters.
 * @param options - how to resolve a shared boundary the text does not settle, and the tier set
 *   whose names the text uses.
 * @returns the rule (`source` is the text; bands in the text's order, each with its `text`, the
 *   range as written; `wholeScores: true` for a whole-number rule; `tierSet` when one is given),
 *   or every issue, each with `path: [offset]` and `params.column` / `params.fragment` pointing at
 *   the part that could not be read.
 *
 * @example
 * ```ts
 * import { classify, parseTierRule } from 'cxzy/scoring';
 * const result = parseTierRule('100分以上为优秀;80—100分为合格;60—80分为基本合格;60分以下为不合格');
 * result.success && result.data.bands[1];
 * // { tier: 'qualified', min: { value: 80, inclusive: true }, max: { value: 100, inclusive: true }, text: '80—100分' }
 *
 * const whole = parseTierRule('90分以上为优秀,80—89分为合格,60—79分为基本合格,59分以下为不合格');
 * whole.success && whole.data.wholeScores; // true
 * whole.success && classify(89.5, whole.data)?.tier; // 'qualified'
 *
 * const signs = parseTierRule('得分≥90为优秀,80≤得分<90为合格,60≤得分<80为基本合格,得分<60为不合格');
 * signs.success && signs.data.bands[1]?.text; // '80≤得分<90'
 *
 * const failed = parseTierRule('90分以上为优秀；60—88分为合格');
 * failed.success; // false
 * !failed.success && failed.issues.map((issue) => issue.code);
 * // ['scoring.ruleGap']: 88.01–89.99 belong to no band
 * ```
 */
export function parseTierRule<T extends string = MemberTier>(text: string, options: ParseTierRuleOptions<T> = {}): ParseResult<TierRule<T>> {
  const input: InputIssues = [];
  expectText(text, ['text'], input);
  if (options !== undefined && expectObject(options, ['options'], input) && options.tierSet !== undefined) {
    checkTierSetShape(options.tierSet, ['options', 'tierSet'], input);
  }
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
  const tierSet: TierSet<string> = options.tierSet ?? MEMBER_TIER_SET;
  const read = readClauses(text, tokenize(normalize(text), tierWordsOf(tierSet)));
  if (read.issues.length > 0) {
    return { success: false, issues: options.tierSet === undefined ? read.issues.map(tierOfOtherSet) : read.issues };
  }
  if (read.bands.length === 0) {
    return { success: false, issues: [createIssue(SCORING_MESSAGES, 'scoring.parseEmpty', 'error', [])] };
  }
  const rule = {
    source: text,
    ...(options.tierSet === undefined ? {} : { tierSet: options.tierSet }),
    bands: read.bands,
    overlap: read.overlap ?? overlap ?? 'higherTier',
    ...(isWholeNumberRule(read.bands, tierSet) ? { wholeScores: true } : {}),
  } as TierRule<T>;
  const errors = tierRuleIssues(rule, true).filter((issue) => issue.severity === 'error');
  if (errors.length > 0) {
    return {
      success: false,
      issues: errors.map((issue) => {
        // A fault of the tier set given lies in the options, not in the text.
        if (issue.path[0] === 'tierSet') return { ...issue, path: ['options', ...issue.path] };
        const band = typeof issue.path[1] === 'number' ? issue.path[1] : 0;
        const span = read.spans[band]!;
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

/** The shipped tier sets besides the four, whose tier names a text read without its set may use. */
const OTHER_SETS: readonly TierSet<string>[] = [TIER_SET_EXCELLENT_GOOD_QUALIFIED, TIER_SET_GOOD_TO_POOR, TIER_SET_FIVE_GRADES];

/** An unreadable word that is a tier of a shipped set (`良好`) says which set to give. */
function tierOfOtherSet(issue: Issue<ScoringIssueCode>): Issue<ScoringIssueCode> {
  if (issue.code !== 'scoring.parseUnreadable') return issue;
  const fragment = issue.params['fragment'];
  const sets = OTHER_SETS.filter((set) => set.tiers.some((tier) => set.tierLabels[tier]!['zh-CN'] === fragment)).map((set) => set.id);
  if (sets.length === 0) return issue;
  return createIssue(SCORING_MESSAGES, 'scoring.parseOtherSetTier', 'error', issue.path, { ...issue.params, sets: sets.join(' / ') });
}

/**
 * Whether bands read from a text are a whole-number rule: every bound a whole number, and every
 * gap between the bands exactly one point (`80—89分` under `90分以上`), at least one of them.
 */
function isWholeNumberRule(bands: readonly TierBand<string>[], tierSet: TierSet<string>): boolean {
  const whole = (bound: TierBand['min']): boolean => bound === undefined || Number.isInteger(bound.value);
  if (!bands.every((band) => whole(band.min) && whole(band.max))) return false;
  const gaps = scoreGaps(bands.map((band) => compileBand(band, tierSet.tiers)));
  return gaps.whole.size > 0 && gaps.other === 0;
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
 * @typeParam T - the codes of the tier set's tiers.
 *
 * @example
 * ```ts
 * import { parseTierRule, TIER_SET_EXCELLENT_GOOD_QUALIFIED, type ParseTierRuleOptions } from 'cxzy/scoring';
 * const options: ParseTierRuleOptions = { overlap: 'lowerTier' };
 * const school = parseTierRule('90分以上为优秀;75—90分为良好;60—75分为合格;60分以下为不合格', {
 *   tierSet: TIER_SET_EXCELLENT_GOOD_QUALIFIED,
 * });
 * school.success && school.data.bands[1]?.tier; // 'good'
 * ```
 */
export interface ParseTierRuleOptions<T extends string = MemberTier> {
  /**
   * How a score on a boundary shared by two bands is resolved when the text does not say
   * (`就高不就低` / `就低不就高` in the text win); default `'higherTier'`.
   * @defaultValue `'higherTier'`
   */
  readonly overlap?: OverlapResolution;
  /**
   * The tier set whose zh-CN names the text uses (`良好` of {@link TIER_SET_EXCELLENT_GOOD_QUALIFIED});
   * the rule read carries it as its `tierSet`. Default: the four 民主评议 tiers, and no `tierSet`.
   * @defaultValue {@link MEMBER_TIER_SET}
   */
  readonly tierSet?: TierSet<T>;
}
