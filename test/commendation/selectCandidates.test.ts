import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COMMENDATION_RULE,
  selectCandidates,
  type Candidate,
  type CommendationRule,
  type TitleRule,
} from '../../src/commendation';
import { deepFreeze } from '../_helpers/deepFreeze';

const candidate = (id: string, performance: number, recognition: number, extra: Partial<Candidate> = {}): Candidate => ({
  id,
  title: 'excellentMember',
  tier: 'excellent',
  status: 'full',
  performance,
  recognition,
  ...extra,
});
const titleRule = (extra: Partial<TitleRule> = {}): TitleRule => ({
  title: 'excellentMember',
  quota: 1,
  probationary: 'ineligible',
  openRectification: 'ineligible',
  weights: { performance: 60, recognition: 40 },
  ...extra,
});
const rule = (titles: TitleRule[], extra: Partial<CommendationRule> = {}): CommendationRule => ({
  titles,
  onePerPerson: true,
  tieBreak: ['performance', 'recognition'],
  ...extra,
});
const codesOf = (reasons: readonly { code: string }[]) => reasons.map((each) => each.code);

describe('selectCandidates — 评选表彰, "注重工作实绩和社会公认度"', () => {
  it('combines 工作实绩 and 社会公认度 with the rule’s weights, exactly', () => {
    const result = selectCandidates(deepFreeze([candidate('a', 80.01, 90.02)]), rule([titleRule()]));
    // 80.01 × 60 % + 90.02 × 40 % = 48.006 + 36.008 = 84.014 → 84.01
    expect(result.verdicts[0]?.combined).toBe(84.01);
    expect(result.verdicts[0]?.reasons[0]?.message['zh-CN']).toBe(
      '综合得分 84.01 = 工作实绩 80.01 × 60% + 社会公认度 90.02 × 40%',
    );
  });

  it('rounds the combined score once, half-up', () => {
    const result = selectCandidates([candidate('a', 0.01, 0, { title: 'excellentMember' })], rule([titleRule({ weights: { performance: 50, recognition: 50 } })]));
    expect(result.verdicts[0]?.combined).toBe(0.01);
  });

  it('向上推荐: selects within the quota, ranked, and says why the others are not selected', () => {
    const result = selectCandidates(
      deepFreeze([candidate('a', 90, 90), candidate('b', 95, 95), candidate('c', 85, 90)]),
      rule([titleRule({ quota: 2 })]),
    );
    expect(result.recommended.map((verdict) => [verdict.id, verdict.rank])).toEqual([['b', 1], ['a', 2]]);
    const c = result.verdicts[2];
    expect(c?.selected).toBe(false);
    expect(codesOf(c?.reasons ?? [])).toEqual(['combinedScore', 'outsideQuota']);
    expect(c?.reasons[1]?.params).toEqual({ rank: 3, quota: 2 });
    expect(result.titles[0]?.notSelected.map((verdict) => verdict.id)).toEqual(['c']);
  });

  it('gives every failed eligibility condition, not only the first', () => {
    const result = selectCandidates(
      [candidate('x', 99, 99, { tier: 'basicallyQualified', status: 'probationary', openRectificationIds: ['r1', 'r2'] })],
      rule([titleRule({ minimumTier: 'qualified' })]),
    );
    const verdict = result.verdicts[0];
    expect(verdict?.selected).toBe(false);
    expect(verdict?.rank).toBeUndefined();
    expect(codesOf(verdict?.reasons ?? [])).toEqual(['belowMinimumTier', 'probationary', 'openRectification', 'combinedScore']);
    expect(verdict?.reasons.map((each) => each.message['zh-CN']).slice(0, 3)).toEqual([
      '年度等次为基本合格,未达到合格',
      '预备党员不参加优秀共产党员评选',
      '尚有整改事项未完成:r1、r2',
    ]);
  });

  it('the minimum tier includes the tier itself; a member without a tier is not eligible when one is required', () => {
    const result = selectCandidates(
      [candidate('q', 80, 80, { tier: 'qualified' }), { id: 'n', title: 'excellentMember', status: 'full', performance: 99, recognition: 99 }],
      rule([titleRule({ minimumTier: 'qualified', quota: 5 })]),
    );
    expect(result.verdicts.map((verdict) => verdict.selected)).toEqual([true, false]);
    expect(result.verdicts[1]?.reasons[0]?.code).toBe('noTier');
  });

  it('预备党员 and open rectification, as the rule says', () => {
    const candidates = [candidate('p', 90, 90, { status: 'probationary', openRectificationIds: ['r1'] })];
    const strict = selectCandidates(candidates, rule([titleRule()]));
    const lenient = selectCandidates(candidates, rule([titleRule({ probationary: 'eligible', openRectification: 'eligible' })]));
    expect(strict.recommended).toEqual([]);
    expect(lenient.recommended.map((verdict) => verdict.id)).toEqual(['p']);
  });

  it('breaks ties deterministically: combined score, then 工作实绩, then 社会公认度, then id', () => {
    const tied = [candidate('b', 90, 80), candidate('a', 90, 80), candidate('c', 85, 87.5), candidate('d', 80, 80)];
    const result = selectCandidates(tied, rule([titleRule({ weights: { performance: 50, recognition: 50 } })]));
    // a and b are identical (85); c leads outright (86.25)
    expect(result.verdicts.map((verdict) => verdict.combined)).toEqual([85, 85, 86.25, 80]);
    const reversed = selectCandidates([...tied].reverse(), rule([titleRule({ weights: { performance: 50, recognition: 50 }, quota: 2 })]));
    expect(reversed.recommended.map((verdict) => verdict.id)).toEqual(['c', 'a']);
    const b = reversed.titles[0]?.notSelected[0];
    expect(b?.id).toBe('b');
    expect(b?.reasons.at(-1)?.message.en).toBe('Tied with "a" on the combined score; behind on Order of ids');
    expect(codesOf(reversed.titles[0]?.notSelected[1]?.reasons ?? [])).toEqual(['combinedScore', 'outsideQuota']);
    expect(reversed.recommended[1]?.reasons.at(-1)?.params).toEqual({ otherId: 'b', decidedBy: 'id' });
    expect(reversed.recommended[1]?.reasons.at(-1)?.message['zh-CN']).toBe('与“b”综合得分相同,按编号顺序排在其前');
  });

  it('names the score that broke a tie', () => {
    const result = selectCandidates(
      [candidate('a', 90, 80), candidate('b', 80, 95)],
      rule([titleRule({ weights: { performance: 60, recognition: 40 } })], { tieBreak: ['recognition'] }),
    );
    // a: 54 + 32 = 86; b: 48 + 38 = 86
    expect(result.recommended.map((verdict) => verdict.id)).toEqual(['b']);
    expect(result.verdicts[0]?.reasons.at(-1)?.message['zh-CN']).toBe('与“b”综合得分相同,按社会公认度排在其后');
  });

  it('one title per person: an earlier title goes first, and the place passes to the next', () => {
    const result = selectCandidates(
      [
        candidate('a', 95, 95),
        candidate('a', 99, 99, { title: 'exemplaryTeacher' }),
        candidate('b', 80, 80, { title: 'exemplaryTeacher' }),
      ],
      DEFAULT_COMMENDATION_RULE,
    );
    expect(result.recommended.map((verdict) => [verdict.title, verdict.id])).toEqual([
      ['excellentMember', 'a'],
      ['exemplaryTeacher', 'b'],
    ]);
    expect(result.verdicts[1]?.reasons[0]?.message['zh-CN']).toBe('已入选优秀共产党员,同一人本次只评一项');
    const lenient = selectCandidates([candidate('a', 95, 95), candidate('a', 99, 99, { title: 'exemplaryTeacher' })], {
      ...DEFAULT_COMMENDATION_RULE,
      onePerPerson: false,
    });
    expect(lenient.recommended.map((verdict) => verdict.title)).toEqual(['excellentMember', 'exemplaryTeacher']);
  });

  it('先进基层党组织: an organization has no tier and no status', () => {
    const result = selectCandidates(
      [{ id: 'vocational-branch', name: '南郊职业中学党支部', title: 'advancedOrganization', performance: 92, recognition: 96 }],
      DEFAULT_COMMENDATION_RULE,
    );
    expect(result.recommended.map((verdict) => [verdict.name, verdict.combined])).toEqual([['南郊职业中学党支部', 94]]);
  });

  it('reports a nomination for the same title twice; the first counts', () => {
    const result = selectCandidates([candidate('a', 80, 80), candidate('a', 99, 99)], rule([titleRule()]));
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([['commendation.duplicateNomination', ['candidates', 1, 'id']]]);
    expect(result.recommended[0]?.candidateIndex).toBe(0);
    expect(codesOf(result.verdicts[1]?.reasons ?? [])).toEqual(['duplicateNomination']);
    expect(result.titles[0]?.notSelected).toEqual([]);
  });

  it('reports a title the rule does not award', () => {
    const result = selectCandidates([candidate('a', 80, 80, { title: 'exemplaryTeacher' })], rule([titleRule()]));
    expect(result.issues.map((issue) => issue.code)).toEqual(['commendation.titleNotInRule']);
    expect(result.verdicts[0]?.reasons[0]?.message['zh-CN']).toBe('评选规则不评选师德标兵');
  });

  it('reports a score that is not finite or has more than two decimals, and does not rank it', () => {
    const result = selectCandidates([candidate('a', 80.001, Number.NaN)], rule([titleRule()]));
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['commendation.invalidScore', ['candidates', 0, 'performance']],
      ['commendation.invalidScore', ['candidates', 0, 'recognition']],
    ]);
    expect(result.verdicts[0]?.combined).toBeUndefined();
    expect(result.verdicts[0]?.selected).toBe(false);
  });

  it('reports a quota or weights that cannot be used, and selects nobody for that title', () => {
    const result = selectCandidates(
      [candidate('a', 90, 90)],
      rule([titleRule({ quota: 1.5, weights: { performance: 70, recognition: 40 } })]),
    );
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['commendation.invalidQuota', ['rule', 'titles', 0, 'quota']],
      ['commendation.invalidWeights', ['rule', 'titles', 0, 'weights']],
    ]);
    expect(result.recommended).toEqual([]);
    expect(result.verdicts[0]?.reasons[0]?.code).toBe('invalidRule');
  });

  it('reports a title listed twice in the rule; the first counts', () => {
    const result = selectCandidates([candidate('a', 90, 90), candidate('b', 80, 80)], rule([titleRule(), titleRule({ quota: 5 })]));
    expect(result.issues.map((issue) => issue.code)).toEqual(['commendation.duplicateTitle']);
    expect(result.recommended).toHaveLength(1);
  });

  it('a quota of 0 selects nobody', () => {
    expect(selectCandidates([candidate('a', 90, 90)], rule([titleRule({ quota: 0 })])).recommended).toEqual([]);
  });

  it('returns an outcome for every title of the rule, even without candidates', () => {
    const result = selectCandidates([], DEFAULT_COMMENDATION_RULE);
    expect(result.titles.map((title) => [title.title, title.quota])).toEqual([
      ['excellentMember', 2],
      ['exemplaryTeacher', 1],
      ['excellentPartyWorker', 1],
      ['advancedOrganization', 1],
    ]);
    expect(result.issues).toEqual([]);
  });
});
