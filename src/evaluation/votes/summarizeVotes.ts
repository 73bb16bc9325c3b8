import { expectList, expectText, type InputIssueCode } from '../../core/input';
import { showValue } from '../../core/_showValue';
import type { Issue } from '../../core/issue';
import type { LocalizedText } from '../../core/locale';
import { createIssue } from '../../core/message';
import { divideRounded } from '../_arithmetic';
import { evaluationTables } from '../_labelTables';
import { EVALUATION_MESSAGES, type EvaluationIssueCode } from '../messages';
import { reaches } from './_shares';
import { checkVoteRule } from './checkVoteRule';
import type { BallotGrade, GradeBallot, VerdictBand, VoteRule } from './types';

/**
 * Summarizes grade ballots per subject: how many gave each grade, each grade's share of the valid
 * ballots, the satisfaction rate (满意率 = ballots with a satisfied grade ÷ valid ballots; for the
 * satisfaction survey, (满意 + 基本满意) ÷ valid), and a recommended verdict from the rule's bands.
 * Guidance says a grade is not decided by votes alone, so the verdict is marked as a
 * recommendation (`isFinal: false`). Shares are rounded once, half away from zero, to the rule's
 * precision; bands compare the exact counts, never the rounded shares.
 *
 * A ballot with a grade the rule does not offer is invalid: it is counted in `invalid` and
 * reported, and it is not in the denominator. Grade ballots are usually anonymous, so one ballot
 * per voter is the collector's business: every ballot given is counted.
 *
 * The rule is checked first, before any ballot is counted: a rule that is not shaped as a
 * `VoteRule` (from JSON or a cast) gives no subjects and `input.*` issues with paths from
 * `['rule']` (a band share of 1/0: `evaluation.invalidShare`); so does `ballots` that is not a list
 * (`['ballots']`). A ballot that is not an object (`evaluation.ballotNotObject`) or has no subject
 * id (`evaluation.missingId`) is reported and not counted. A ballot without a grade
 * (`input.missing`) or whose grade is not text (`input.expected`, at `['ballots', position,
 * 'grade']`) is invalid, and reported as such.
 *
 * @param ballots - the grade ballots. Not modified.
 * @param rule - the vote rule. Not modified.
 * @returns one summary per subject, in the order of its first ballot, and the issues.
 *
 * @example
 * ```ts
 * import { SATISFACTION_SURVEY_RULE, summarizeVotes } from 'cxzy/evaluation';
 * const grades = ['satisfied', 'satisfied', 'basicallySatisfied', 'dissatisfied'] as const;
 * const { subjects } = summarizeVotes(
 *   grades.map((grade, index) => ({ subjectId: 'branch', evaluatorId: `${index}`, group: 'parents', grade })),
 *   SATISFACTION_SURVEY_RULE,
 * );
 * subjects[0]?.satisfactionRate; // 0.75: (2 + 1) ÷ 4
 * subjects[0]?.recommendation.verdict; // 'basicallySatisfied': 75% reaches 70% but not 90%
 * subjects[0]?.recommendation.isFinal; // false
 * ```
 */
export function summarizeVotes(ballots: readonly GradeBallot<string>[], rule: VoteRule): VoteSummaryResult {
  const issues: Issue<EvaluationIssueCode | InputIssueCode>[] = [];
  // The rule and the list first, before anything is counted.
  if (!checkVoteRule(rule, issues) || !expectList(ballots, ['ballots'], issues)) return { subjects: [], issues };
  const offered = new Set<BallotGrade>(rule.grades);
  const tallies = new Map<string, { counts: Map<BallotGrade, number>; invalid: number }>();
  ballots.forEach((ballot, position) => {
    if (typeof ballot !== 'object' || ballot === null) {
      issues.push(createIssue(EVALUATION_MESSAGES, 'evaluation.ballotNotObject', 'error', ['ballots', position], { position, ordinal: position + 1 }));
      return;
    }
    if (typeof ballot.subjectId !== 'string' || ballot.subjectId === '') {
      issues.push(createIssue(EVALUATION_MESSAGES, 'evaluation.missingId', 'error', ['ballots', position, 'subjectId'], { position, ordinal: position + 1, field: 'subjectId' }, evaluationTables()));
      return;
    }
    let tally = tallies.get(ballot.subjectId);
    if (tally === undefined) {
      tally = { counts: new Map(), invalid: 0 };
      tallies.set(ballot.subjectId, tally);
    }
    if (typeof ballot.grade !== 'string') {
      // Missing, or not a code: said so (`input.*`), and the ballot is invalid like one with a grade the rule lacks.
      tally.invalid += 1;
      expectText(ballot.grade, ['ballots', position, 'grade'], issues);
      return;
    }
    if (!offered.has(ballot.grade)) {
      tally.invalid += 1;
      issues.push(
        createIssue(EVALUATION_MESSAGES, 'evaluation.gradeNotInRule', 'warning', ['ballots', position, 'grade'], {
          position,
          ordinal: position + 1,
          grade: showValue(ballot.grade),
        }),
      );
      return;
    }
    tally.counts.set(ballot.grade, (tally.counts.get(ballot.grade) ?? 0) + 1);
  });

  const scale = 10 ** rule.precision;
  const share = (part: number, whole: number) => divideRounded(part * scale, whole) / scale;
  const countOf = (counts: Map<BallotGrade, number>, grades: readonly BallotGrade[]) =>
    grades.reduce((total, grade) => total + (counts.get(grade) ?? 0), 0);

  const subjects = [...tallies].map(([subjectId, { counts, invalid }]): VoteSummary => {
    const valid = countOf(counts, rule.grades);
    // Built from entries, so that a grade from unparsed JSON (`"__proto__"`) is an own key, never a prototype.
    const countsByGrade: Partial<Record<BallotGrade, number>> = Object.fromEntries(rule.grades.map((grade) => [grade, counts.get(grade) ?? 0]));
    const shares: Partial<Record<BallotGrade, number>> =
      valid > 0 ? Object.fromEntries(rule.grades.map((grade) => [grade, share(counts.get(grade) ?? 0, valid)])) : {};
    const band = valid === 0 ? undefined : rule.bands.find((candidate) => reaches(countOf(counts, candidate.grades), valid, candidate.threshold));
    // No valid ballot recommends nothing: the fallback verdict is for ballots that reach no band,
    // never for missing ones (missing data never decides a verdict).
    if (valid === 0) issues.push(createIssue(EVALUATION_MESSAGES, 'evaluation.noValidVotes', 'error', [], { subjectId }));
    const recommendation: VoteRecommendation | null =
      valid === 0
        ? null
        : band === undefined
          ? { verdict: rule.fallback.verdict, label: rule.fallback.label, band: null, isFinal: false }
          : { verdict: band.verdict, label: band.label, band, isFinal: false };
    return {
      subjectId,
      counts: countsByGrade,
      shares,
      valid,
      invalid,
      satisfactionRate: valid === 0 || rule.satisfiedGrades.length === 0 ? null : share(countOf(counts, rule.satisfiedGrades), valid),
      recommendation,
    };
  });
  return { subjects, issues };
}

/**
 * What `summarizeVotes` returns: one summary per subject (in order of first ballot) and the issues.
 *
 * @example
 * ```ts
 * import { SATISFACTION_SURVEY_RULE, summarizeVotes } from 'cxzy/evaluation';
 * summarizeVotes([], SATISFACTION_SURVEY_RULE); // { subjects: [], issues: [] }
 * ```
 */
export interface VoteSummaryResult {
  /** One summary per subject. */
  readonly subjects: readonly VoteSummary[];
  /** Problems with the rule, and ballots that could not be counted. */
  readonly issues: readonly Issue<EvaluationIssueCode | InputIssueCode>[];
}

/**
 * The vote summary of one subject.
 *
 * @example
 * ```ts
 * import { SATISFACTION_SURVEY_RULE, summarizeVotes } from 'cxzy/evaluation';
 * const [summary] = summarizeVotes(
 *   [{ subjectId: 'b', evaluatorId: '1', group: 'masses', grade: 'satisfied' }],
 *   SATISFACTION_SURVEY_RULE,
 * ).subjects;
 * summary?.satisfactionRate; // 1
 * ```
 */
export interface VoteSummary {
  /** The subject's id. */
  readonly subjectId: string;
  /** Ballots per grade of the rule. */
  readonly counts: Readonly<Partial<Record<BallotGrade, number>>>;
  /** Each grade's share of the valid ballots, at the rule's precision. */
  readonly shares: Readonly<Partial<Record<BallotGrade, number>>>;
  /** Ballots with a grade of the rule. */
  readonly valid: number;
  /** Ballots with any other grade. */
  readonly invalid: number;
  /** 满意率 = satisfied grades ÷ valid ballots, at the rule's precision; `null` without ballots or satisfied grades. */
  readonly satisfactionRate: number | null;
  /**
   * The recommended verdict; `null` when the subject has no valid ballot (reported as
   * `evaluation.noValidVotes`): the rule's fallback is for valid ballots that reach no band, and
   * missing votes never decide a verdict.
   */
  readonly recommendation: VoteRecommendation | null;
}

/**
 * A verdict from votes: always a recommendation (群众评议 informs, the branch decides), with the
 * band that produced it (`null` for the fallback).
 *
 * @example
 * ```ts
 * import type { VoteRecommendation } from 'cxzy/evaluation';
 * const recommendation: VoteRecommendation = {
 *   verdict: 'dissatisfied', label: { 'zh-CN': '不满意', en: 'Dissatisfied' }, band: null, isFinal: false,
 * };
 * ```
 */
export interface VoteRecommendation {
  /** The verdict's code. */
  readonly verdict: string;
  /** The verdict's labels. */
  readonly label: LocalizedText;
  /** The band reached, or `null` when the fallback applies. */
  readonly band: VerdictBand | null;
  /** Always `false`: votes recommend, the branch committee or general meeting decides. */
  readonly isFinal: false;
}
