import { describe, expect, it } from 'vitest';
import { LABELS, LOCALES, MESSAGES, createIssue, formatMessage } from '../../src/i18n';

describe('formatMessage', () => {
  it('fills every placeholder, numbers included', () => {
    expect(formatMessage('{name}得分 {score},排名第 {rank}', { name: '张老师', score: 92.5, rank: 1 })).toBe(
      '张老师得分 92.5,排名第 1',
    );
  });

  it('leaves a placeholder without a value visible instead of dropping it', () => {
    expect(formatMessage('组织“{id}”缺少{field}', { id: 'b1' })).toBe('组织“b1”缺少{field}');
  });

  it('does not read values from the prototype', () => {
    expect(formatMessage('{toString}', {})).toBe('{toString}');
  });
});

describe('createIssue', () => {
  it('formats the message in every locale and keeps the params', () => {
    const catalog = { 'demo.late': { 'zh-CN': '逾期 {days} 天', en: '{days} days late' } } as const;
    expect(createIssue(catalog, 'demo.late', 'warning', ['tasks', 2], { days: 3 })).toEqual({
      code: 'demo.late',
      severity: 'warning',
      path: ['tasks', 2],
      message: { 'zh-CN': '逾期 3 天', en: '3 days late' },
      params: { days: 3 },
    });
  });
});

describe('the catalogues', () => {
  it('have a non-empty text in every locale for every label and message', () => {
    const texts = [...Object.values(MESSAGES), ...Object.values(LABELS).flatMap((table) => Object.values(table))];
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) for (const locale of LOCALES) expect(text[locale].trim()).not.toBe('');
  });

  it('use the same placeholders in zh-CN and en', () => {
    // Parameters are plain values, the same in every locale; a label is shown as {kind|table}.
    const names = (text: string) => [...text.matchAll(/\{(\w+)(?:\|\w+)*\}/g)].map((match) => match[1] ?? '').sort();
    for (const [code, template] of Object.entries(MESSAGES)) {
      expect([code, names(template.en)], code).toEqual([code, names(template['zh-CN'])]);
    }
  });

  it('write Chinese in zh-CN', () => {
    for (const template of Object.values(MESSAGES)) expect(template['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  });
});
