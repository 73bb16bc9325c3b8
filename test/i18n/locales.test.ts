import { describe, expect, it } from 'vitest';
import { CATALOGUES, MESSAGES, formatIssue, renderMessage, type LocaleCatalogue } from '../../src/i18n';
import { aggregateEvaluations, THREE_SIDED_EVALUATION } from '../../src/evaluation';
import { checkOrganizationTree } from '../../src/organization';
import { computeLedger } from '../../src/scoring';
import * as enFile from '../../src/locales/en';
import * as zhFile from '../../src/locales/zh-CN';

/** The parameters a template names, each given a sample value (a code where a label is shown). */
function sampleParams(template: string): Record<string, string> {
  return Object.fromEntries([...template.matchAll(/\{(\w+)(?:\|\w+)?\}/g)].map((match) => [match[1]!, `<${match[1]}>`]));
}

/** A pseudo-locale made from the English words: every text wrapped in ⟦ ⟧, placeholders kept. */
function pseudoLocale(): LocaleCatalogue {
  const wrap = (section: Readonly<Record<string, string>>) =>
    Object.fromEntries(Object.entries(section).map(([key, text]) => [key, `⟦${text}⟧`]));
  return Object.fromEntries(
    Object.entries(CATALOGUES.en).map(([name, section]) => [name, wrap(section as Readonly<Record<string, string>>)]),
  ) as unknown as LocaleCatalogue;
}

describe('one catalogue file per locale', () => {
  it('lists every message and label section of each file in its catalogue', () => {
    // Messages and the labels they show values by; the command line's own messages stay out.
    const isCatalogued = (name: string) => (name.endsWith('Messages') || name.endsWith('Labels')) && name !== 'cliMessages';
    for (const file of [enFile, zhFile]) {
      expect(Object.keys(file.catalogue).sort()).toEqual(Object.keys(file).filter(isCatalogued).sort());
    }
    expect(Object.keys(zhFile).sort()).toEqual(Object.keys(enFile).sort());
  });

  it('has the same sections and keys in zh-CN and en', () => {
    const shape = (catalogue: LocaleCatalogue) =>
      Object.entries(catalogue).map(([name, section]) => [name, Object.keys(section).sort()]);
    expect(shape(CATALOGUES['zh-CN'])).toEqual(shape(CATALOGUES.en));
  });

  it('names plain parameters only: no value travels twice, once per language', () => {
    for (const [name, section] of Object.entries(CATALOGUES.en)) {
      for (const [key, text] of Object.entries(section as Readonly<Record<string, string>>)) {
        expect([name, key, text.match(/\{\w+(Zh|En)(\|\w+)*\}/g)]).toEqual([name, key, null]);
      }
    }
  });

  it('holds the template of every issue code cxzy reports', () => {
    for (const code of Object.keys(MESSAGES)) {
      expect(renderMessage(code, {}, 'en'), code).toBeDefined();
      expect(renderMessage(code, {}, 'zh-CN'), code).toBeDefined();
    }
  });

  it('renders what an issue carries, from its code and plain parameters', () => {
    const [issue] = checkOrganizationTree([{ id: 'b1', name: '第一党支部', kind: 'branch', parentId: 'nowhere' }]);
    expect(renderMessage(issue!.code, issue!.params, 'zh-CN')).toBe(issue!.message['zh-CN']);
    expect(renderMessage(issue!.code, issue!.params, 'en')).toBe(issue!.message.en);
  });

  it('renders a field named by its label from the catalogue, as the issue itself words it', () => {
    const ledger = computeLedger([], { baseScore: Number.NaN, categories: [], items: [] });
    const [bad] = ledger.issues;
    expect(renderMessage(bad!.code, bad!.params, 'zh-CN')).toBe('积分“基础分”的值 NaN 无效');
    expect(renderMessage(bad!.code, bad!.params, 'en')).toBe(bad!.message.en);
    const [option] = aggregateEvaluations([], { ...THREE_SIDED_EVALUATION, missingGroup: 'ignore' as 'zero' }).issues;
    expect(renderMessage(option!.code, option!.params, 'zh-CN')).toBe(option!.message['zh-CN']);
    expect(option!.message['zh-CN']).toBe('评价办法的“评价组无有效选票时的处理”取值“ignore”无效');
  });

  it('renders every message code in a registered pseudo-locale: adding a locale is one catalogue', () => {
    const pseudo = pseudoLocale();
    const codes = Object.keys(MESSAGES);
    expect(codes.length).toBeGreaterThan(100);
    for (const code of codes) {
      const params = sampleParams(MESSAGES[code as keyof typeof MESSAGES].en);
      const text = renderMessage(code, params, pseudo);
      expect(text, code).toMatch(/^⟦.*⟧$/s);
      // Every placeholder was filled: nothing of the form {name} is left.
      expect(text, code).not.toMatch(/\{\w+(\|\w+)?\}/);
    }
  });

  it('shows values by their label in the catalogue’s own words', () => {
    const pseudo = pseudoLocale();
    const template = { ...pseudo.scoringMessages, 'demo.tier': 'tier {tier|memberTier}' };
    const withTier = { ...pseudo, scoringMessages: template } as unknown as LocaleCatalogue;
    expect(renderMessage('demo.tier', { tier: 'excellent' }, withTier)).toBe('tier ⟦Excellent⟧');
    // A value with no label shows as its code; a value from the prototype is never read.
    expect(renderMessage('demo.tier', { tier: 'toString' }, withTier)).toBe('tier toString');
  });

  it('formats an issue in a shipped locale or in another catalogue, and falls back to the code', () => {
    const [issue] = checkOrganizationTree([{ id: 'b1', name: '第一党支部', kind: 'branch', parentId: 'nowhere' }]);
    expect(formatIssue(issue!, 'en')).toBe(issue!.message.en);
    expect(formatIssue(issue!, pseudoLocale())).toBe(`⟦${issue!.message.en}⟧`);
    expect(formatIssue({ ...issue!, code: 'myApp.unknown' }, pseudoLocale())).toBe('myApp.unknown');
    expect(renderMessage('myApp.unknown', {}, 'zh-CN')).toBeUndefined();
  });
});
