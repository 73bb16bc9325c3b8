import type { Locale } from '../../core/locale';
import { assessMembers } from '../../scoring/assessMembers';
import { explainAssessment } from '../../scoring/explainAssessment';
import { MEMBER_TIER_LABELS } from '../../core/tiers';
import { MEMBER_TIERS_TONGMIN_2015 } from '../../scoring/rules';
import { SCORE_SHEETS_EXAMPLE } from '../../scoring/sheets';
import type { ScoreCard, ScoreSheet } from '../../scoring/types';
import { EXAMPLE_MEMBERS } from './example';
import { heading, issueLines } from './format';

/** The 2015 seed's two documents, with the library's example items. */
export const EXAMPLE_SHEETS: readonly ScoreSheet[] = SCORE_SHEETS_EXAMPLE;

// Each member's points: study, teaching, service, clean, discipline, then bonus and deduction.
const POINTS: Readonly<Record<string, readonly [number, number, number, number, number, number, number]>> = {
  m01: [20, 38.5, 10, 20, 10, 6, 0],
  m02: [19, 37, 9.5, 19.5, 10, 5, 0],
  m03: [18, 36, 9, 19, 10, 8, 0],
  m04: [17.5, 33.33, 8, 18, 9, 0, 0],
  m05: [16, 30, 8, 17, 9, 0, 0],
  m06: [15, 31.5, 7, 16.5, 10, 0, 0],
  m07: [14, 28, 6.5, 15, 8, 0, 2],
  m08: [12, 24, 6, 12, 6, 0, 0],
  m09: [10, 22, 5, 12, 8, 0, 3],
  m10: [18, 36, 9, 18, 9, 3, 0],
  m11: [16, 32, 8.67, 15, 8.33, 0, 0],
  m12: [13.34, 33.33, 6, 18, 9.33, 0, 0],
};

const ITEMS = [
  ['goals', 'study'],
  ['goals', 'teaching'],
  ['goals', 'service'],
  ['integrity', 'clean'],
  ['integrity', 'discipline'],
  ['goals', 'model'],
  ['integrity', 'breach'],
] as const;

/** The example branch's score cards for the year. */
export const EXAMPLE_CARDS: readonly ScoreCard[] = EXAMPLE_MEMBERS.map((member) => ({
  memberId: member.id,
  status: member.status,
  entries: ITEMS.map(([sheetId, itemId], index) => ({ sheetId, itemId, points: POINTS[member.id]?.[index] ?? 0 })),
}));

/** The example branch's annual assessment under the 2015 rule. */
export const EXAMPLE_ASSESSMENT = assessMembers(EXAMPLE_CARDS, EXAMPLE_SHEETS, MEMBER_TIERS_TONGMIN_2015);

const VERDICT_REASONS: ReadonlySet<string> = new Set(['band', 'overlap', 'veto', 'quota', 'notGraded']);

/** The demo's scoring section: each member's total, tier and the reason for it, under the 2015 rule. */
export function scoringSection(locale: Locale): readonly string[] {
  const result = EXAMPLE_ASSESSMENT;
  const names = new Map(EXAMPLE_MEMBERS.map((member) => [member.id, member.name]));
  const lines = [
    heading({ 'zh-CN': '党员年度考核(两个责任书)', en: 'Annual member assessment (two responsibility documents)' }, locale),
    locale === 'zh-CN' ? `评定规则:${MEMBER_TIERS_TONGMIN_2015.source}` : `Rule: ${MEMBER_TIERS_TONGMIN_2015.label.en}`,
  ];
  for (const member of result.members) {
    const tier = member.tier === undefined ? (locale === 'zh-CN' ? '不评定' : 'not graded') : MEMBER_TIER_LABELS[member.tier][locale];
    // The verdict's own reasons; how the total was made (the first sentence) shows as the total.
    const [, ...steps] = explainAssessment(member, { sheets: EXAMPLE_SHEETS });
    const why = steps
      .filter((_, index) => VERDICT_REASONS.has(member.reasons[index]!.code))
      .map((text) => text[locale])
      .join(locale === 'zh-CN' ? ';' : '; ');
    lines.push(`${names.get(member.memberId) ?? member.memberId}\t${member.total.toFixed(2)}\t${tier}\t${why}`);
  }
  const { counts, graded, members } = result.distribution;
  lines.push(
    locale === 'zh-CN'
      ? `共 ${members} 人,评定 ${graded} 人:优秀 ${counts.excellent},合格 ${counts.qualified},基本合格 ${counts.basicallyQualified},不合格 ${counts.unqualified}`
      : `${members} members, ${graded} graded: ${counts.excellent} excellent, ${counts.qualified} qualified, ${counts.basicallyQualified} basically qualified, ${counts.unqualified} unqualified`,
  );
  lines.push(...issueLines([...result.issues, ...result.members.flatMap((member) => member.issues)], locale));
  return lines;
}
