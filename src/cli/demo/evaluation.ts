import { aggregateEvaluations } from '../../evaluation/aggregateEvaluations';
import { decideMotion } from '../../evaluation/decideMotion';
import { EVALUATOR_GROUP_LABELS } from '../../evaluation/labels';
import { SCHOOL_FOUR_SIDED_EVALUATION } from '../../evaluation/policies';
import { rank } from '../../core/rank';
import { PARTY_MEMBERS_MEETING_RULE, SATISFACTION_SURVEY_RULE } from '../../evaluation/rules';
import { summarizeVotes } from '../../evaluation/summarizeVotes';
import type { GradeBallot, SatisfactionGrade, ScoreBallot } from '../../evaluation/types';
import type { Locale } from '../../core/locale';
import { EXAMPLE_MEMBERS } from './example';
import { heading, issueLines, type Text } from './format';

/**
 * A score between 75 and 99.5 that depends only on who scores whom, so the demo prints the same
 * table on every run.
 */
const scoreOf = (subject: number, evaluator: number): number =>
  75 + ((subject * 37) % 17) + ((subject * 7 + evaluator * 13) % 8) + ((subject + evaluator) % 4 === 0 ? 0.5 : 0);

/**
 * The example branch's half-year 评议 (seed 000, "适时评议,有序推进"): two leaders of the district
 * committee 点评 every member; members 互评 each other (one scores himself, which does not count,
 * and one hands in a corrected ballot twice); five teacher and student representatives and three
 * parents score each member, except that no parent scored the newest teacher.
 */
export const EXAMPLE_SCORE_BALLOTS: readonly ScoreBallot[] = EXAMPLE_MEMBERS.flatMap((member, subject) => {
  const ballots: ScoreBallot[] = [];
  const add = (evaluatorId: string, group: string, evaluator: number) =>
    ballots.push({ subjectId: member.id, evaluatorId, group, score: scoreOf(subject, evaluator) });
  ['district-1', 'district-2'].forEach((id, index) => add(id, 'leadership', 20 + index));
  EXAMPLE_MEMBERS.forEach((peer, evaluator) => {
    if (peer.id !== member.id || member.id === 'm05') add(peer.id, 'peer', evaluator);
  });
  if (member.id === 'm07') add('m08', 'peer', 30);
  ['t1', 't2', 't3', 't4', 't5'].forEach((id, index) => add(id, 'teachersStudents', 40 + index));
  if (member.id !== 'm12') ['p1', 'p2', 'p3'].forEach((id, index) => add(id, 'parents', 50 + index));
  return ballots;
});

const SATISFACTION_TALLY = { satisfied: 31, basicallySatisfied: 12, dissatisfied: 5 } as const satisfies Record<SatisfactionGrade, number>;

/** The 家长评议 of the branch as a whole: 48 parents' 满意/基本满意/不满意 ballots. */
export const EXAMPLE_SATISFACTION_BALLOTS: readonly GradeBallot[] = Object.entries(SATISFACTION_TALLY).flatMap(([grade, count]) =>
  Array.from({ length: count }, (_, index) => ({
    subjectId: 'vocational-branch',
    evaluatorId: `${grade}-${index}`,
    group: 'parents',
    grade: grade as SatisfactionGrade,
  })),
);

/** The 党员大会 that votes on recommending the first-ranked member: 11 full members may vote. */
export const EXAMPLE_MOTION = { entitled: 11, present: 9, inFavour: 7, against: 1, abstaining: 1 } as const;

const percent = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(2)}%`);
const figure = (value: number | null) => (value === null ? '—' : value.toFixed(2));

/** The demo's evaluation section: the 四方面评议 table with ranks, the 满意率, and a 党员大会 vote. */
export function evaluationSection(locale: Locale): readonly string[] {
  const result = aggregateEvaluations(EXAMPLE_SCORE_BALLOTS, SCHOOL_FOUR_SIDED_EVALUATION);
  const names = new Map(EXAMPLE_MEMBERS.map((member) => [member.id, member.name]));
  const groups = ['leadership', 'peer', 'teachersStudents', 'parents'] as const;
  const lines = [
    heading({ 'zh-CN': '民主评议(领导点评 30%、党内互评 30%、师生评议 20%、家长评议 20%)', en: 'Evaluation (leaders 30%, peers 30%, teachers and students 20%, parents 20%)' }, locale),
    [locale === 'zh-CN' ? '名次' : 'Rank', locale === 'zh-CN' ? '姓名' : 'Name', ...groups.map((group) => EVALUATOR_GROUP_LABELS[group][locale]), locale === 'zh-CN' ? '综合' : 'Combined'].join('\t'),
  ];
  for (const entry of rank(result.subjects, (subject) => subject.combined)) {
    const subject = entry.item;
    const tie = entry.tiedWith > 1 ? (locale === 'zh-CN' ? '(并列)' : ' (tied)') : '';
    lines.push(
      [`${entry.rank ?? '—'}${tie}`, names.get(subject.subjectId) ?? subject.subjectId, ...groups.map((group) => figure(subject.groups[group].value)), figure(subject.combined)].join('\t'),
    );
  }
  lines.push(...issueLines([...result.issues, ...result.subjects.flatMap((subject) => subject.issues)], locale));

  const [survey] = summarizeVotes(EXAMPLE_SATISFACTION_BALLOTS, SATISFACTION_SURVEY_RULE).subjects;
  if (survey !== undefined) {
    const rate: Text = {
      'zh-CN': `家长满意度测评:满意 ${survey.counts.satisfied} 票,基本满意 ${survey.counts.basicallySatisfied} 票,不满意 ${survey.counts.dissatisfied} 票;满意率 ${percent(survey.satisfactionRate)},建议评定为“${survey.recommendation.label['zh-CN']}”(仅供参考,由支部研究确定)`,
      en: `Parents' satisfaction survey: ${survey.counts.satisfied} satisfied, ${survey.counts.basicallySatisfied} basically satisfied, ${survey.counts.dissatisfied} dissatisfied; satisfaction rate ${percent(survey.satisfactionRate)}; recommended "${survey.recommendation.label.en}" (a recommendation; the branch decides)`,
    };
    lines.push(rate[locale]);
  }

  const decision = decideMotion(EXAMPLE_MOTION, PARTY_MEMBERS_MEETING_RULE);
  const motion: Text = {
    'zh-CN': `党员大会表决推荐人选:应到 ${EXAMPLE_MOTION.entitled} 人,实到 ${EXAMPLE_MOTION.present} 人(至少 ${decision.quorum.required} 人),赞成 ${decision.inFavour} 票(至少 ${decision.requiredInFavour} 票)——${decision.passed ? '通过' : '未通过'}`,
    en: `General meeting on the recommendation: ${EXAMPLE_MOTION.entitled} entitled, ${EXAMPLE_MOTION.present} present (at least ${decision.quorum.required}), ${decision.inFavour} in favour (at least ${decision.requiredInFavour}) — ${decision.passed ? 'passed' : 'not passed'}`,
  };
  lines.push(motion[locale]);
  return lines;
}
