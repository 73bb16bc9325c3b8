import { describe, expect, it } from 'vitest';
import { FIVE_GOODS, FIVE_LEADS, FIVE_MODELS, FIVE_STRENGTHS, SIX_AWARENESSES, SIX_MODELS, STANDARD_SETS } from '../../src/campaign';

const labels = (set: { readonly criteria: readonly { readonly label: { readonly 'zh-CN': string } }[] }) =>
  set.criteria.map((criterion) => criterion.label['zh-CN']);

describe('the standards catalogue, in the seeds’ words', () => {
  it('“五个好”:领导班子好、党员队伍好、工作机制好、工作业绩好、师生反映好', () => {
    expect(labels(FIVE_GOODS)).toEqual(['领导班子好', '党员队伍好', '工作机制好', '工作业绩好', '师生反映好']);
    expect(FIVE_GOODS.subject).toBe('organization');
  });

  it('“五带头”:带头学习提高、带头争创佳绩、带头服务师生、带头遵纪守法、带头弘扬正气', () => {
    expect(labels(FIVE_LEADS)).toEqual(['带头学习提高', '带头争创佳绩', '带头服务师生', '带头遵纪守法', '带头弘扬正气']);
  });

  it('“五个强”优秀党务工作者标准', () => {
    expect(labels(FIVE_STRENGTHS)).toEqual(['党性观念强', '能力素质强', '创新意识强', '工作作风强', '自律意识强']);
    expect(FIVE_STRENGTHS.subject).toBe('partyAffairsWorker');
  });

  it('“师德标兵”的基本要求是……努力做到“五个模范”', () => {
    expect(labels(FIVE_MODELS)).toEqual(['自觉学习的模范', '师德修养的模范', '教书育人的模范', '服务学生的模范', '遵纪守法的模范']);
  });

  it('“六个模范”与“六种意识”', () => {
    expect(SIX_MODELS.criteria).toHaveLength(6);
    expect(labels(SIX_AWARENESSES).join('、')).toBe('忧患意识、规范意识、质量意识、育人意识、管理意识、服务意识');
  });

  it('gives every set and criterion a unique code and text in both languages', () => {
    const sets = Object.values(STANDARD_SETS);
    expect(new Set(sets.map((set) => set.code)).size).toBe(sets.length);
    for (const [key, set] of Object.entries(STANDARD_SETS)) {
      expect(set.code).toBe(key);
      expect(new Set(set.criteria.map((criterion) => criterion.code)).size).toBe(set.criteria.length);
      for (const criterion of set.criteria) {
        for (const text of [criterion.label, criterion.description]) {
          expect(text['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
          expect(text.en).toMatch(/^[A-Z]/);
        }
      }
    }
  });
});
