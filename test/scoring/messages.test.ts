import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n';
import { MEMBER_TIER_LABELS, ORGANIZATION_BAND_LABELS, REASON_MESSAGES, SCORE_ITEM_KIND_LABELS, SCORING_MESSAGES } from '../../src/scoring';

const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!.replace(/En$/, '')).sort();

describe('the scoring catalogues', () => {
  it('use the same placeholders in zh-CN and en (an English-only value ends in En)', () => {
    for (const [code, template] of Object.entries({ ...SCORING_MESSAGES, ...REASON_MESSAGES })) {
      expect([code, names(template.en)]).toEqual([code, names(template['zh-CN'])]);
    }
  });
  it('have a text in every locale, Chinese in zh-CN', () => {
    const texts = [
      ...Object.values(SCORING_MESSAGES),
      ...Object.values(REASON_MESSAGES),
      ...Object.values(MEMBER_TIER_LABELS),
      ...Object.values(SCORE_ITEM_KIND_LABELS),
      ...Object.values(ORGANIZATION_BAND_LABELS),
    ];
    for (const text of texts) {
      for (const locale of LOCALES) expect(text[locale].trim()).not.toBe('');
      expect(text['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
