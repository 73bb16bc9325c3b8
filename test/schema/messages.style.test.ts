import { describe, expect, it } from 'vitest';
import * as en from '../../src/locales/en';
import * as zhCN from '../../src/locales/zh-CN';

/**
 * One writing style for every Chinese text a user reads. cxzy's house style, which the catalogue
 * has used from the start: the quotation marks are Chinese (“”), the other marks half-width
 * (`,:;()`), and a Chinese sentence holds no English words. A Latin word may appear only as a
 * placeholder (`{id}`), as a literal inside Chinese quotation marks (a code or field name a user
 * types: `“overlap”`), as the name of a function or code written in camelCase (`createAccumulator`),
 * or as one of the few notations a user writes as they are (YYYY-MM-DD, JSON, true, false, null).
 */
const ALLOWED_WORDS = new Set(['YYYY-MM-DD', 'JSON', 'true', 'false', 'null']);
const CODE_NAME = /^[a-z]+[A-Z][A-Za-z]*$/;

/** Texts that are not sentences in cxzy's voice, with why they are left out. */
const LEFT_OUT: Readonly<Record<string, (key: string) => boolean>> = {
  // A band written the way the plans (seeds) write it, full-width marks and all; parseTierRule reads it back.
  bandTexts: () => true,
  // The command line's usage lines show command syntax (`cxzy check FILE [--lang …]`).
  cliTexts: (key) => key.startsWith('usage'),
};

type Table = Readonly<Record<string, unknown>>;

function templatesOf(locale: Readonly<Record<string, unknown>>): { readonly where: string; readonly text: string }[] {
  const found: { where: string; text: string }[] = [];
  for (const [section, table] of Object.entries(locale)) {
    if (section === 'catalogue' || typeof table !== 'object' || table === null) continue;
    for (const [key, text] of Object.entries(table as Table)) {
      if (typeof text !== 'string' || LEFT_OUT[section]?.(key) === true) continue;
      found.push({ where: `${section}.${key}`, text });
    }
  }
  return found;
}

/** What in a zh-CN template breaks the house style. */
function styleProblems(text: string): string[] {
  const problems: string[] = [];
  for (const mark of text.match(/[，：；（）]/g) ?? []) problems.push(`full-width ${mark}`);
  if (text.includes('"')) problems.push('ASCII " (use “”)');
  const bare = text.replace(/\{[^{}]*\}/g, '').replace(/“[^“”]*”/g, '');
  for (const word of bare.match(/[A-Za-z][A-Za-z-]*/g) ?? []) {
    if (!ALLOWED_WORDS.has(word) && !CODE_NAME.test(word)) problems.push(`English word ${word}`);
  }
  return problems;
}

describe('the zh-CN catalogue keeps one style', () => {
  const templates = templatesOf(zhCN);

  it('covers the whole catalogue', () => {
    // Every section the catalogue lists is checked (the texts left out above are not in it).
    const checked = new Set(templates.map((template) => template.where.split('.')[0]));
    for (const section of Object.keys(zhCN.catalogue)) expect(checked.has(section), section).toBe(true);
    expect(templates.length).toBeGreaterThan(300);
  });

  it('has Chinese quotation marks, half-width , : ; ( ) and no English words', () => {
    const broken = templates.flatMap(({ where, text }) => styleProblems(text).map((problem) => `${where}: ${problem} in ${text}`));
    expect(broken).toEqual([]);
  });

  it('would notice each kind of slip', () => {
    expect(styleProblems('“{id}”重复，首次出现在第 1 项')).toEqual(['full-width ，']);
    expect(styleProblems('编号"{id}"重复')).toEqual(['ASCII " (use “”)']);
    expect(styleProblems('无效输入:期望 string,实际接收 数字')).toEqual(['English word string']);
    expect(styleProblems('无效ISO日期')).toEqual(['English word ISO']);
    expect(styleProblems('“overlap”的值“{value}”应为 YYYY-MM-DD 格式的日期或 true')).toEqual([]);
    expect(styleProblems('由 createAccumulator 得到的累加器')).toEqual([]);
    expect(styleProblems('overlap 的值无效')).toEqual(['English word overlap']);
  });

  it('counts positions from 1 wherever a message names a list index', () => {
    // A 0-based index shows through `{…Index|position}`; a bare `{…Index}` would show 0 for the first item.
    for (const locale of [zhCN, en]) {
      // cxzy/tables' `{row}` is already the row as a spreadsheet numbers it (header row 1, first data row 2).
      const bare = templatesOf(locale).filter(({ where, text }) => /\{\w*(?:[iI]ndex|row)\}/.test(where.startsWith('tablesMessages.') ? text.replaceAll('{row}', '') : text));
      expect(bare.map(({ where }) => where)).toEqual([]);
    }
  });

  it('has no Chinese in the English catalogue, except a quoted example of plan wording', () => {
    const chinese = templatesOf(en).filter(({ text }) => /[\u4e00-\u9fff]/.test(text.replace(/"[^"]*"/g, '')));
    expect(chinese.map(({ where }) => where)).toEqual([]);
  });
});
