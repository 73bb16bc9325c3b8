import type { Locale } from '../../core/locale';
import { formatMessage } from '../../core/message';
import { rank } from '../../core/rank';
import {
  aggregateEvaluations,
  decideMotion,
  PARTY_MEMBERS_MEETING_RULE,
  SATISFACTION_SURVEY_RULE,
  SCHOOL_FOUR_SIDED_EVALUATION,
  summarizeVotes,
} from '../../evaluation';
import { WORDS } from '../words';
import { EXAMPLE_MOTION, EXAMPLE_SATISFACTION_BALLOTS, EXAMPLE_SCORE_BALLOTS } from '../demo/evaluation';
import { EXAMPLE_MEMBERS } from '../demo/example';
import { heading, issueLines } from '../output';

/** A share as a percentage with two decimals, or a dash when there is none. */
const percent = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(2)}%`);
/** A figure with two decimals, or a dash when there is none. */
const figure = (value: number | null) => (value === null ? '—' : value.toFixed(2));

/** The demo's evaluation section: the 四方面评议 table with ranks, the 满意率, and a 党员大会 vote. */
export function evaluationSection(locale: Locale): readonly string[] {
  const words = WORDS[locale];
  const texts = words.demoTexts;
  const result = aggregateEvaluations(EXAMPLE_SCORE_BALLOTS, SCHOOL_FOUR_SIDED_EVALUATION);
  const names = new Map(EXAMPLE_MEMBERS.map((member) => [member.id, member.name]));
  const groups = ['leadership', 'peer', 'teachersStudents', 'parents'] as const;
  const lines = [
    heading(texts.evaluationHeading),
    [texts.rankColumn, texts.nameColumn, ...groups.map((group) => words.evaluatorGroupLabels[group]), texts.combinedColumn].join('\t'),
  ];
  for (const entry of rank(result.subjects, (subject) => subject.combined)) {
    const subject = entry.item;
    const tie = entry.tiedWith > 1 ? texts.tied : '';
    lines.push(
      [`${entry.rank ?? '—'}${tie}`, names.get(subject.subjectId) ?? subject.subjectId, ...groups.map((group) => figure(subject.groups[group].value)), figure(subject.combined)].join('\t'),
    );
  }
  lines.push(...issueLines([...result.issues, ...result.subjects.flatMap((subject) => subject.issues)], locale));

  const [survey] = summarizeVotes(EXAMPLE_SATISFACTION_BALLOTS, SATISFACTION_SURVEY_RULE).subjects;
  if (survey !== undefined) {
    // A grade nobody gave has no count.
    const { satisfied = 0, basicallySatisfied = 0, dissatisfied = 0 } = survey.counts;
    const rate = percent(survey.satisfactionRate);
    lines.push(formatMessage(texts.satisfaction, { satisfied, basicallySatisfied, dissatisfied, rate, recommendation: survey.recommendation?.label[locale] ?? '—' }));
  }

  const decision = decideMotion(EXAMPLE_MOTION, PARTY_MEMBERS_MEETING_RULE);
  lines.push(
    formatMessage(texts.motion, {
      entitled: EXAMPLE_MOTION.entitled,
      present: EXAMPLE_MOTION.present,
      quorum: decision.quorum.required,
      inFavour: decision.inFavour,
      requiredInFavour: decision.requiredInFavour,
      outcome: decision.passed ? texts.motionPassed : texts.motionNotPassed,
    }),
  );
  return lines;
}
