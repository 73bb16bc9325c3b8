import { assertInput, type InputIssues } from '../../core/input';
import { localizedTable, type Locale, type LocalizedText } from '../../core/locale';
import { checkExplainedAssessmentShape, checkExplainOptionsShape } from './checkAssessmentShape';
import * as en from '../../locales/en';
import * as zhCN from '../../locales/zh-CN';
import { formatInLocale, formatMessage, type MessageParams } from '../../core/message';
import { BAND_TEXTS, bandText } from '../tierRules/_bands';
import { fromHundredths, roundHundredths } from '../_hundredths';
import { MEMBER_TIER_LABELS } from '../../core/tiers';
import type { AssessmentReason, MemberAssessment } from './types';
import type { MemberTier } from '../../core/tiers';
import type { TierSet } from '../tierSets/types';
import type { ScoreSheet } from '../sheets/types';

/**
 * An assessment as sentences in zh-CN and en: how the total was made (or that there is none),
 * then every reason in order, then the branch's decision if recorded: what a member is shown when
 * results are made public (公示). Items are named by their titles, which `assessMember` records in
 * the reasons; an item the sheets do not have (an entry naming an unknown item) by its ids.
 *
 * @param assessment - the assessment. Not modified.
 * @param options - the sheets, to name items of reasons recorded without their titles.
 * @returns the points (`不计总分` when the assessment has no total), then one text per reason,
 *   then the decision.
 * @throws {@link InvalidInputError} when `assessment` is not shaped as a {@link MemberAssessment}
 *   (one stored as JSON and changed: a reason whose `code` or `cause` is unknown or that lacks a
 *   field its sentence shows, a `total` that is neither a number nor `null`; paths from
 *   `['assessment']`) or `options.sheets` are not score sheets (`['options', 'sheets']`): no
 *   sentence is made of what cannot be read.
 *
 * @example
 * ```ts
 * import { assessMember, explainAssessment, MEMBER_TIERS_TONGMIN_2015 } from 'cxzy/scoring';
 * const sheets = [{ id: 's', title: '目标管理责任书', items: [{ id: 'i', title: '工作实绩', kind: 'base', maxPoints: 100 }] }] as const;
 * const assessment = assessMember({ memberId: 'm', entries: [{ sheetId: 's', itemId: 'i', points: 80 }] }, sheets, MEMBER_TIERS_TONGMIN_2015);
 * explainAssessment(assessment).map((text) => text['zh-CN']);
 * // ['总分 80 分(基本分 80,加分 0,扣分 0)', '80 分落入“80—100分”档,评定为合格', '80 分同时属于“80—100分”“60—80分”,按规则取较高等次:“80—100分”']
 * const rejected = assessMember({ memberId: 'r', entries: [{ sheetId: 's', itemId: 'i', points: 180 }] }, sheets, MEMBER_TIERS_TONGMIN_2015);
 * explainAssessment(rejected).map((text) => text['zh-CN']);
 * // ['不计总分', '考核卡中“工作实绩”的得分有误,不计总分,暂不评定等次']
 * ```
 */
export function explainAssessment<T extends string = MemberTier>(assessment: MemberAssessment<T>, options: ExplainAssessmentOptions = {}): readonly LocalizedText[] {
  const issues: InputIssues = [];
  checkExplainedAssessmentShape(assessment, ['assessment'], issues);
  checkExplainOptionsShape(options, ['options'], issues);
  assertInput(issues);
  // Tiers are named in the words of the assessment's own set, the four 民主评议 tiers without one.
  const set: TierSet<string> | undefined = assessment.tierSet;
  const labels = set === undefined ? REASON_LABELS : { ...REASON_LABELS, memberTier: set.tierLabels };
  const texts = [pointsText(assessment), ...assessment.reasons.map((reason) => explain(reason, assessment.total ?? '', options, labels))];
  const decision = assessment.decision;
  if (decision !== undefined) {
    const reason = decision.reason === undefined || decision.reason.trim() === '' ? undefined : decision.reason;
    const params = { decidedBy: decision.decidedBy, decidedOn: decision.decidedOn, tier: decision.tier };
    texts.push(fill('decision', (locale) => ({ ...params, why: reason === undefined ? '' : formatMessage(REASON_MESSAGES.decisionReason[locale], { reason }) }), labels));
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
  /**
   * The sheets, to name items by their titles where a reason does not carry the title (reasons
   * made before titles were recorded, or by hand).
   */
  readonly sheets?: readonly ScoreSheet[];
}

/**
 * The sentence templates of each reason, for apps that word them their own way.
 *
 * @example
 * ```ts
 * import { REASON_MESSAGES } from 'cxzy/scoring';
 * REASON_MESSAGES.band['zh-CN']; // '{score} 分落入“{text}”档,评定为{tier|memberTier}'
 * ```
 */
export const REASON_MESSAGES = /* @__PURE__ */ localizedTable(zhCN.assessmentReasonTexts, en.assessmentReasonTexts);

/** The labels reason sentences show values by, in the words of each locale. */
const REASON_LABELS: ReasonLabels = {
  memberTier: MEMBER_TIER_LABELS,
  overlapResolution: /* @__PURE__ */ localizedTable(zhCN.overlapResolutionLabels, en.overlapResolutionLabels),
};

/** The label tables of reason sentences: the tiers' names (of the assessment's set) and the overlap resolutions. */
type ReasonLabels = Readonly<Record<'memberTier' | 'overlapResolution', Readonly<Record<string, LocalizedText>>>>;

/** How the total was made, summed from the sheets in whole hundredths; or that there is no total. */
function pointsText(assessment: MemberAssessment<string>): LocalizedText {
  if (assessment.total === null) return fill('noTotal', {});
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

/**
 * A reason's sentence in every locale. Most parameters are the same in each; those that are words
 * themselves (a band as the rule writes it, a veto's label) are given per locale.
 */
function fill(key: keyof typeof REASON_MESSAGES, params: MessageParams | ((locale: Locale) => MessageParams), labels: ReasonLabels = REASON_LABELS): LocalizedText {
  const sentence = (locale: Locale): string =>
    formatInLocale(REASON_MESSAGES[key][locale], typeof params === 'function' ? params(locale) : params, labels, locale);
  return { 'zh-CN': sentence('zh-CN'), en: sentence('en') };
}

/** An item's title: the one recorded, else the sheets', else its ids (an item the sheets lack). */
function itemName(item: { readonly sheetId: string; readonly itemId: string; readonly itemTitle?: string }, options: ExplainAssessmentOptions): string {
  if (item.itemTitle !== undefined) return item.itemTitle;
  const found = options.sheets?.find((sheet) => sheet.id === item.sheetId)?.items.find((candidate) => candidate.id === item.itemId);
  return found?.title ?? `${item.sheetId}/${item.itemId}`;
}

function explain(reason: AssessmentReason<string>, total: number | '', options: ExplainAssessmentOptions, labels: ReasonLabels): LocalizedText {
  switch (reason.code) {
    case 'bonus':
    case 'deduction':
      return fill(reason.code, { item: itemName(reason, options), points: reason.points });
    case 'band':
      return fill('band', (locale) => ({ score: total, text: bandText(reason.band, locale), tier: reason.tier }), labels);
    case 'overlap': {
      const chosen = reason.bands[reason.bandIndexes.indexOf(reason.chosen)];
      return fill('overlap', (locale) => ({
        score: total,
        texts: reason.bands.map((band) => formatMessage(BAND_TEXTS[locale].quoted, { text: bandText(band, locale) })).join(BAND_TEXTS[locale].listSeparator),
        resolution: reason.resolution,
        text: chosen === undefined ? '' : bandText(chosen, locale),
      }));
    }
    case 'veto':
      return fill('veto', (locale) => ({ label: reason.label[locale], atMost: reason.to }), labels);
    case 'quota': {
      const key = reason.outcome === 'kept' ? 'quotaKept' : reason.outcome === 'demoted' ? 'quotaDemoted' : 'quotaTiedAtCut';
      return fill(key, { cap: reason.cap, rank: reason.rank, to: reason.to }, labels);
    }
    case 'notGraded':
      if (reason.cause !== 'cardRejected') return fill(reason.cause, {});
      if (reason.items.length === 0) return fill('cardRejected', {});
      return fill('cardRejectedItems', (locale) => ({
        // Quoted and listed as the overlap sentence lists bands: “迟到早退”“教学工作”.
        items: reason.items.map((item) => formatMessage(BAND_TEXTS[locale].quoted, { text: itemName(item, options) })).join(BAND_TEXTS[locale].listSeparator),
      }));
  }
}
