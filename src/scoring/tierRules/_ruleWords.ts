import type { LocalizedText } from '../../core/locale';
import type { OverlapResolution } from './types';

// The words of a tier rule's text, as parseTierRule reads them: the text is folded (full-width
// forms to ASCII, every dash to '-') and cut into tokens, one pass from left to right. Boundary
// words follow 民法典 第一千二百五十九条: 以上、以下、以内、满、达到 include the number; 不满、
// 不足、低于、超过 exclude it. Comparison signs (≥ > ≤ <) read either way round: `≥90` is 90 or
// more, `80≤得分` is 80 or more too. A marker (含)/(不含) or (含100分) after a number overrides
// either reading. Numbered lists (1. 2. / (1) / ① / 一、) and line breaks end a clause.

/** One word of a rule's text. */
export type Token =
  | { readonly kind: 'number'; readonly text: string }
  | { readonly kind: 'unit' | 'dash' | 'any' | 'subject' | 'filler' | 'weak' | 'strong' | 'list' | 'bad' }
  | { readonly kind: 'before' | 'sign' | 'after'; readonly end: 'min' | 'max'; readonly inclusive: boolean }
  | { readonly kind: 'marker'; readonly inclusive: boolean; readonly value?: string }
  | { readonly kind: 'tier'; readonly tier: string }
  | { readonly kind: 'overlap'; readonly overlap: OverlapResolution };

/** A token and where it lies in the text (UTF-16 offsets, the same in the folded text). */
export interface Located {
  readonly token: Token;
  readonly start: number;
  readonly end: number;
}

/** Words by their first character, longest first: a position is tried against a few words, not all. */
export type WordsByFirst = ReadonlyMap<string, readonly (readonly [string, Token])[]>;

const bound = (end: 'min' | 'max', inclusive: boolean) => ({ end, inclusive }) as const;

const WORDS: readonly (readonly [string, Token])[] = [
  ...['不满', '不足', '未满', '不到', '低于', '小于', '未达到', '达不到'].map((word) => [word, { kind: 'before', ...bound('max', false) }] as const),
  ...['不超过', '不高于', '不大于', '不多于'].map((word) => [word, { kind: 'before', ...bound('max', true) }] as const),
  ...['超过', '高于', '大于', '多于'].map((word) => [word, { kind: 'before', ...bound('min', false) }] as const),
  ...['不低于', '不少于', '不小于', '达到', '满'].map((word) => [word, { kind: 'before', ...bound('min', true) }] as const),
  ['<', { kind: 'sign', ...bound('max', false) }],
  ...['<=', '≤'].map((word) => [word, { kind: 'sign', ...bound('max', true) }] as const),
  ['>', { kind: 'sign', ...bound('min', false) }],
  ...['>=', '≥'].map((word) => [word, { kind: 'sign', ...bound('min', true) }] as const),
  ...['以上', '及以上', '或以上'].map((word) => [word, { kind: 'after', ...bound('min', true) }] as const),
  ...['以下', '及以下', '或以下', '以内', '之内'].map((word) => [word, { kind: 'after', ...bound('max', true) }] as const),
  ...['-', '至', '到'].map((word) => [word, { kind: 'dash' }] as const),
  ['分', { kind: 'unit' }],
  ...['任意分数', '不限分数'].map((word) => [word, { kind: 'any' }] as const),
  ...['得分', '总分', '积分', '分数', '分值', '成绩', '综合得分', '测评得分'].map((word) => [word, { kind: 'subject' }] as const),
  ['就高不就低', { kind: 'overlap', overlap: 'higherTier' }],
  ['就低不就高', { kind: 'overlap', overlap: 'lowerTier' }],
  ...[
    '得分在', '总分在', '积分在', '分数在', '成绩在', '分数段', '考核', '在', '者', '的', '为', '是', '评为', '定为', '评定为',
    '确定为', '推荐为', '本年度', '年度', '党员', '等次', '档次', '等级', '之间', '分界分数', '分界点', '分界处', ':', '→', '=>',
    '=', ' ', '\t',
  ].map((word) => [word, { kind: 'filler' }] as const),
  ...[',', '、'].map((word) => [word, { kind: 'weak' }] as const),
  ...[';', '。', '\n', '\r'].map((word) => [word, { kind: 'strong' }] as const),
];

const STATIC_WORDS: WordsByFirst = /* @__PURE__ */ groupByFirst(WORDS);

/**
 * The tier words of a rule's text: each tier's zh-CN name in the rule's tier set (`优秀`, `良好`,
 * `基本合格` …) read as its code, so a set with other tiers brings its own words.
 */
export function tierWordsOf(set: { readonly tiers: readonly string[]; readonly tierLabels: Readonly<Record<string, LocalizedText>> }): WordsByFirst {
  return groupByFirst(
    set.tiers
      .map((tier) => [normalize(set.tierLabels[tier]!['zh-CN']), { kind: 'tier', tier }] as const)
      .filter(([word]) => word !== ''),
  );
}

function groupByFirst(words: readonly (readonly [string, Token])[]): WordsByFirst {
  const byFirst = new Map<string, (readonly [string, Token])[]>();
  for (const word of [...words].sort((a, b) => b[0].length - a[0].length)) {
    const same = byFirst.get(word[0][0]!);
    if (same === undefined) byFirst.set(word[0][0]!, [word]);
    else same.push(word);
  }
  return byFirst;
}

const DASHES: ReadonlySet<string> = new Set(['—', '–', '‐', '‑', '‒', '―', '−', '~', '〜']);

/** Folds full-width forms to ASCII and dashes to '-', one UTF-16 unit for one, so offsets hold. */
export function normalize(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    let folded = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : code === 0x3000 ? ' ' : text[index]!;
    if (DASHES.has(folded)) folded = '-';
    else if (folded === '≧') folded = '≥';
    else if (folded === '≦') folded = '≤';
    out += folded;
  }
  return out;
}

// After these a '-' is a dash between two numbers; elsewhere, before a digit, it is a minus sign.
const BEFORE_DASH: ReadonlySet<string> = new Set(['number', 'unit', 'marker']);
// A numbered list's item starts the text, follows a separator, a tier or a blank.
const ITEM_ENDS: ReadonlySet<string> = new Set(['strong', 'weak', 'list', 'tier', 'overlap']);

/** A circled or parenthesised number (① ⑴ ⒈ ❶ …): a list item's number wherever it stands. */
function isListSymbol(code: number): boolean {
  return (code >= 0x2460 && code <= 0x249b) || (code >= 0x2776 && code <= 0x2793);
}

/**
 * Cuts the folded text into tokens, left to right, each character read once (a word is tried
 * only against the few words that start with its character). A run of characters no word
 * starts is one `bad` token.
 *
 * @param normal - the folded text ({@link normalize}).
 * @param tierWords - the tier words of the rule's tier set ({@link tierWordsOf}).
 */
export function tokenize(normal: string, tierWords: WordsByFirst): readonly Located[] {
  const tokens: Located[] = [];
  // Sticky patterns keep their position in `lastIndex`: made per call, so no call sees another's.
  const numberAt = /-?[0-9]+(?:\.[0-9]+)?/y;
  const markerAt = /\((不?)(?:含|包含|包括)(?:本数|(-?[0-9]+(?:\.[0-9]+)?)分?)?\)/y;
  const parenListAt = /\((?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})\)/y;
  const listAt = /(?:[0-9]{1,2}(?:[、)]|\.(?![0-9]))|[一二三四五六七八九十]{1,3}[、.])/y;
  const dottedAt = /([0-9]{1,2})\.([0-9]+)(?![.0-9])/y;
  const push = (token: Token, start: number, end: number): void => {
    tokens.push({ token, start, end });
  };
  const match = (pattern: RegExp, position: number): RegExpExecArray | null => {
    pattern.lastIndex = position;
    return pattern.exec(normal);
  };
  // Items numbered "1." right before a score ("1.90分以上") are told from a score (1.90) at the end.
  const dotted: { readonly at: number; readonly number: number; readonly sure: boolean }[] = [];

  let position = 0;
  while (position < normal.length) {
    const previous = tokens[tokens.length - 1];
    const itemStart = previous === undefined || ITEM_ENDS.has(previous.token.kind) || /\s/.test(normal[position - 1]!);
    if (isListSymbol(normal.charCodeAt(position))) {
      push({ kind: 'list' }, position, position + 1);
      position += 1;
      continue;
    }
    const listed = match(parenListAt, position) ?? (itemStart ? match(listAt, position) : null);
    if (listed !== null) {
      if (listed[0].endsWith('.') && /^[0-9]/.test(listed[0])) dotted.push({ at: tokens.length, number: Number(listed[0].slice(0, -1)), sure: true });
      push({ kind: 'list' }, position, position + listed[0].length);
      position += listed[0].length;
      continue;
    }
    const marker = match(markerAt, position);
    if (marker !== null) {
      const value = marker[2];
      push({ kind: 'marker', inclusive: marker[1] === '', ...(value === undefined ? {} : { value }) }, position, position + marker[0].length);
      position += marker[0].length;
      continue;
    }
    const number = match(numberAt, position);
    if (number !== null && !(number[0].startsWith('-') && previous !== undefined && BEFORE_DASH.has(previous.token.kind))) {
      if (itemStart && match(dottedAt, position)?.[0] === number[0]) dotted.push({ at: tokens.length, number: Number(number[0].split('.')[0]), sure: false });
      push({ kind: 'number', text: number[0] }, position, position + number[0].length);
      position += number[0].length;
      continue;
    }
    const word = longestWord(normal, position, tierWords);
    if (word !== undefined) {
      push(word[1], position, position + word[0].length);
      position += word[0].length;
      continue;
    }
    if (previous?.token.kind === 'bad' && previous.end === position) {
      tokens[tokens.length - 1] = { ...previous, end: position + 1 };
    } else {
      push({ kind: 'bad' }, position, position + 1);
    }
    position += 1;
  }
  return splitNumberedItems(tokens, dotted);
}

/** The longest word at a position, a tier word winning a tie. */
function longestWord(normal: string, position: number, tierWords: WordsByFirst): readonly [string, Token] | undefined {
  const first = normal[position]!;
  const tier = tierWords.get(first)?.find(([text]) => normal.startsWith(text, position));
  const other = STATIC_WORDS.get(first)?.find(([text]) => normal.startsWith(text, position));
  if (tier === undefined) return other;
  return other !== undefined && other[0].length > tier[0].length ? other : tier;
}

/**
 * A text whose items are numbered `1.` `2.` … `k.` (k ≥ 2, in order, from 1) reads `1.90分以上` as
 * item 1, `90分以上`; anywhere else `1.90` is a score.
 */
function splitNumberedItems(
  tokens: readonly Located[],
  dotted: readonly { readonly at: number; readonly number: number; readonly sure: boolean }[],
): readonly Located[] {
  const numbered = dotted.length >= 2 && dotted.every((item, index) => item.number === index + 1);
  if (!numbered || dotted.every((item) => item.sure)) return tokens;
  const split = new Set(dotted.filter((item) => !item.sure).map((item) => item.at));
  return tokens.flatMap((located, index) => {
    if (!split.has(index) || located.token.kind !== 'number') return [located];
    const dot = located.token.text.indexOf('.');
    return [
      { token: { kind: 'list' }, start: located.start, end: located.start + dot + 1 },
      { token: { kind: 'number', text: located.token.text.slice(dot + 1) }, start: located.start + dot + 1, end: located.end },
    ];
  });
}
