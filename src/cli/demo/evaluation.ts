import type { GradeBallot, SatisfactionGrade, ScoreBallot } from '../../evaluation';
import { EXAMPLE_MEMBERS } from './example';

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
