import { describe, expect, it } from 'vitest';
import { CADENCE_UNIT_LABELS, PHASE_KIND_LABELS, PHASE_STATUS_LABELS, SCHEDULE_MESSAGES } from '../../src/schedule';

describe('the schedule catalogue', () => {
  it('uses the same placeholders in zh-CN and en', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]?.replace(/En$/, '')).sort();
    for (const [code, template] of Object.entries(SCHEDULE_MESSAGES)) expect([code, names(template.en)]).toEqual([code, names(template['zh-CN'])]);
  });

  it('writes Chinese in zh-CN and names codes after their module', () => {
    for (const [code, template] of Object.entries(SCHEDULE_MESSAGES)) {
      expect(template['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(code).toMatch(/^(schedule|datePhrase|template|cadence)\.[a-z][A-Za-z]+$/);
    }
  });

  it('labels every phase kind, status and cadence unit in both languages', () => {
    for (const table of [PHASE_KIND_LABELS, PHASE_STATUS_LABELS, CADENCE_UNIT_LABELS]) {
      for (const label of Object.values(table)) {
        expect(label['zh-CN'].trim()).not.toBe('');
        expect(label.en.trim()).not.toBe('');
      }
    }
  });
});
