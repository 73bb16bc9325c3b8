import type { LocalizedText } from '../../core/locale';
import { formatLocalized, formatMessage, type MessageCatalog } from '../../core/message';
import { bandText } from '../tierRules/_bands';
import { fromHundredths, roundHundredths } from '../_hundredths';
import { MEMBER_TIER_LABELS } from '../../core/tiers';
import type { AssessmentReason, MemberAssessment } from './types';
import type { ScoreSheet } from '../sheets/types';

/**
 * An assessment as sentences in zh-CN and en: how the total was made, then every reason in order,
 * then the branch's decision if recorded: what a member is shown when results are made public (公示).
 *
 * @param assessment - the assessment. Not modified.
 * @param options - the sheets, for item titles.
 * @returns the points, then one text per reason, then the decision.
 *
 * @example
 * ```ts
 * import { assessMember, explainAssessment, MEMBER_TIERS_TONGMIN_2015 } from 'cxzy/scoring';
 * const sheets = [{ id: 's', title: '目标管理责任书', items: [{ id: 'i', title: '工作实绩', kind: 'base', maxPoints: 100 }] }] as const;
 * const assessment = assessMember({ memberId: 'm', entries: [{ sheetId: 's', itemId: 'i', points: 80 }] }, sheets, MEMBER_TIERS_TONGMIN_2015);
 * explainAssessment(assessment).map((text) => text['zh-CN']);
 * // ['总分 80 分(基本分 80,加分 0,扣分 0)', '80 分落入“80—100分”档,评定为合格', '80 分同时属于“80—100分”“60—80分”,按规则取较高等次:“80—100分”']
 * ```
 */
export function explainAssessment(assessment: MemberAssessment, options: ExplainAssessmentOptions = {}): readonly LocalizedText[] {
  const texts = [pointsText(assessment), ...assessment.reasons.map((reason) => explain(reason, assessment.total, options))];
  const decision = assessment.decision;
  if (decision !== undefined) {
    const why = decision.reason === undefined || decision.reason.trim() === '' ? undefined : decision.reason;
    texts.push(
      fill('decision', {
        decidedBy: decision.decidedBy,
        decidedOn: decision.decidedOn,
        tier: MEMBER_TIER_LABELS[decision.tier]['zh-CN'],
        tierEn: MEMBER_TIER_LABELS[decision.tier].en,
        why: why === undefined ? '' : `,理由:${why}`,
        whyEn: why === undefined ? '' : `; reason: ${why}`,
      }),
    );
  }
  return texts;
}

/**
 * Options of {@link explainAssessment}.
 *
 * @example
 * ```ts
 * import type { ExplainAssessmentOptions } from 'cxzy/scoring';
 * const options: ExplainAssessmentOptions = { sheets: [] };
 * ```
 */
export interface ExplainAssessmentOptions {
  /** The sheets, to name items by their titles instead of their ids. */
  readonly sheets?: readonly ScoreSheet[];
}

/**
 * The sentence templates of each reason, for apps that word them their own way.
 *
 * @example
 * ```ts
 * import { REASON_MESSAGES } from 'cxzy/scoring';
 * REASON_MESSAGES.band['zh-CN']; // '{score} 分落入“{text}”档,评定为{tier}'
 * ```
 */
export const REASON_MESSAGES = {
  points: {
    'zh-CN': '总分 {total} 分(基本分 {base},加分 {bonus},扣分 {deduction})',
    en: 'Total {total} (base {base}, bonus {bonus}, deductions {deduction})',
  },
  bonus: { 'zh-CN': '“{item}”加 {points} 分', en: '"{item}" adds {points}' },
  deduction: { 'zh-CN': '“{item}”扣 {points} 分', en: '"{item}" deducts {points}' },
  band: { 'zh-CN': '{score} 分落入“{text}”档,评定为{tier}', en: '{score} falls in the band "{text}": {tier}' },
  overlap: {
    'zh-CN': '{score} 分同时属于{texts},按规则取{resolution}:“{text}”',
    en: '{score} is in {textsEn}; the rule takes the {resolutionEn}: "{textEn}"',
  },
  veto: { 'zh-CN': '一票否决:{label},等次至多为{atMost}', en: 'Veto: {labelEn}; the tier is at most {atMostEn}' },
  quotaKept: { 'zh-CN': '优秀名额 {cap} 名,排名第 {rank},保留优秀', en: 'Quota of {cap} excellent: ranked {rank}, stays excellent' },
  quotaDemoted: {
    'zh-CN': '优秀名额 {cap} 名,排名第 {rank},超出名额,调整为{to}',
    en: 'Quota of {cap} excellent: ranked {rank}, beyond the quota, so {toEn}',
  },
  quotaTiedAtCut: {
    'zh-CN': '优秀名额 {cap} 名,排名第 {rank},与他人并列名额末位,暂定为{to},由支部决定',
    en: 'Quota of {cap} excellent: ranked {rank}, tied for the last place, so {toEn} until the branch decides',
  },
  probationary: { 'zh-CN': '预备党员参加评议,但不评定等次', en: 'A probationary member takes part but is not graded' },
  invalidInput: { 'zh-CN': '考核数据或规则有误,暂不评定等次', en: 'The scores or the rule have errors; no tier until they are fixed' },
  noBand: { 'zh-CN': '总分不属于任何等次,暂不评定等次', en: 'The total falls in no band; no tier' },
  decision: {
    'zh-CN': '{decidedBy}于 {decidedOn} 决定评定为{tier}{why}',
    en: '{decidedBy} decided on {decidedOn}: {tierEn}{whyEn}',
  },
} as const satisfies MessageCatalog;

/** How the total was made, summed from the sheets in whole hundredths. */
function pointsText(assessment: MemberAssessment): LocalizedText {
  let base = 0;
  let bonus = 0;
  let deduction = 0;
  for (const sheet of assessment.bySheet) {
    base += roundHundredths(sheet.base);
    bonus += roundHundredths(sheet.bonus);
    deduction += roundHundredths(sheet.deduction);
  }
  return fill('points', {
    total: assessment.total,
    base: fromHundredths(base),
    bonus: fromHundredths(bonus),
    deduction: fromHundredths(deduction),
  });
}

function fill(key: keyof typeof REASON_MESSAGES, params: Readonly<Record<string, string | number>>): LocalizedText {
  return formatLocalized(REASON_MESSAGES[key], params);
}

function itemName(sheetId: string, itemId: string, options: ExplainAssessmentOptions): string {
  const item = options.sheets?.find((sheet) => sheet.id === sheetId)?.items.find((candidate) => candidate.id === itemId);
  return item?.title ?? `${sheetId}/${itemId}`;
}

function explain(reason: AssessmentReason, total: number, options: ExplainAssessmentOptions): LocalizedText {
  switch (reason.code) {
    case 'bonus':
    case 'deduction':
      return fill(reason.code, { item: itemName(reason.sheetId, reason.itemId, options), points: reason.points });
    case 'band':
      // The band's text differs by language, so the two sentences are filled separately.
      return {
        'zh-CN': formatMessage(REASON_MESSAGES.band['zh-CN'], {
          score: total,
          text: bandText(reason.band, 'zh-CN'),
          tier: MEMBER_TIER_LABELS[reason.tier]['zh-CN'],
        }),
        en: formatMessage(REASON_MESSAGES.band.en, {
          score: total,
          text: bandText(reason.band, 'en'),
          tier: MEMBER_TIER_LABELS[reason.tier].en,
        }),
      };
    case 'overlap': {
      const chosen = reason.bands[reason.bandIndexes.indexOf(reason.chosen)];
      return fill('overlap', {
        score: total,
        texts: reason.bands.map((band) => `“${bandText(band, 'zh-CN')}”`).join(''),
        textsEn: reason.bands.map((band) => `"${bandText(band, 'en')}"`).join(' and '),
        resolution: reason.resolution === 'higherTier' ? '较高等次' : '较低等次',
        resolutionEn: reason.resolution === 'higherTier' ? 'higher tier' : 'lower tier',
        text: chosen === undefined ? '' : bandText(chosen, 'zh-CN'),
        textEn: chosen === undefined ? '' : bandText(chosen, 'en'),
      });
    }
    case 'veto':
      return fill('veto', {
        label: reason.label['zh-CN'],
        labelEn: reason.label.en,
        atMost: MEMBER_TIER_LABELS[reason.to]['zh-CN'],
        atMostEn: MEMBER_TIER_LABELS[reason.to].en,
      });
    case 'quota': {
      const key = reason.outcome === 'kept' ? 'quotaKept' : reason.outcome === 'demoted' ? 'quotaDemoted' : 'quotaTiedAtCut';
      return fill(key, { cap: reason.cap, rank: reason.rank, to: MEMBER_TIER_LABELS[reason.to]['zh-CN'], toEn: MEMBER_TIER_LABELS[reason.to].en });
    }
    case 'notGraded':
      return fill(reason.cause, {});
  }
}
