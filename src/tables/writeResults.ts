import { rank } from '../core/rank';
import type { LocalizedText } from '../core/locale';
import { MEMBER_TIER_LABELS, type MemberTier } from '../core/tiers';
import { BALLOT_GRADE_LABELS, EVALUATOR_GROUP_LABELS } from '../evaluation/labels';
import type { EvaluationResult } from '../evaluation/accumulator/types';
import type { BallotGrade } from '../evaluation/votes/types';
import type { VoteSummaryResult } from '../evaluation/votes/summarizeVotes';
import { explainAssessment } from '../scoring/assessment/explainAssessment';
import type { MemberAssessment } from '../scoring/assessment/types';
import type { ScoreSheet } from '../scoring/sheets/types';
import { checkRecords, checkResult, expectFigure, expectLocalized, header, labelOf, localeOf, nameOf, percent, text } from './_write';
import type { Table, TableRow, WriteOptions } from './types';

/**
 * Options of the 公示 writers.
 *
 * @example
 * ```ts
 * import type { PublicityOptions } from 'cxzy/tables';
 * const options: PublicityOptions = { locale: 'en', names: { m01: '李明' } };
 * ```
 */
export interface PublicityOptions extends WriteOptions {
  /** Each member's or subject's name by id: with it the table has a name column. */
  readonly names?: Readonly<Record<string, string>>;
}

/**
 * Options of {@link assessmentTable}.
 *
 * @example
 * ```ts
 * import type { AssessmentTableOptions } from 'cxzy/tables';
 * const options: AssessmentTableOptions = { locale: 'zh-CN', sheets: [] };
 * ```
 */
export interface AssessmentTableOptions extends PublicityOptions {
  /** The score sheets, to name items in the reasons by title (see `explainAssessment`). */
  readonly sheets?: readonly ScoreSheet[];
}

/**
 * The 公示 table of a branch's assessment: one row per member, ranked by total (并列 shares a
 * rank: 1, 2, 2, 4; a member without a total has no rank and comes last), with the tier by its
 * label (the branch's decided tier where one is recorded, else the computed one, in the words of the
 * rule's own tier set when it has one; `暂不评定` when none) and the reasons as readable text, in the locale asked (zh-CN by default).
 *
 * @param assessments - the members' assessments (`assessMembers(...).members`). Not modified.
 * @param options - the locale, members' names, the sheets.
 * @returns the headers (排名, 党员编号, 姓名 when names are given, 总分, 等次, 说明) and the rows.
 * @throws {@link InvalidInputError} when an assessment is not shaped as a `MemberAssessment` (see `explainAssessment`).
 *
 * @example
 * ```ts
 * import { assessMember, MEMBER_TIERS_TONGMIN_2015 } from 'cxzy/scoring';
 * import { assessmentTable } from 'cxzy/tables';
 * const sheets = [{ id: 's', title: '目标管理责任书', items: [{ id: 'i', title: '工作实绩', kind: 'base', maxPoints: 120 }] }] as const;
 * const assessments = [
 *   assessMember({ memberId: 'm01', entries: [{ sheetId: 's', itemId: 'i', points: 85 }] }, sheets, MEMBER_TIERS_TONGMIN_2015),
 *   assessMember({ memberId: 'm02', entries: [{ sheetId: 's', itemId: 'i', points: 101 }] }, sheets, MEMBER_TIERS_TONGMIN_2015),
 * ];
 * const table = assessmentTable(assessments, { names: { m01: '李明', m02: '王芳' } });
 * table.headers; // ['排名', '党员编号', '姓名', '总分', '等次', '说明']
 * table.rows[0]; // { 排名: 1, 党员编号: 'm02', 姓名: '王芳', 总分: 101, 等次: '优秀', 说明: '总分 101 分(基本分 101,加分 0,扣分 0);101 分落入“100分以上”档,评定为优秀' }
 * assessmentTable(assessments, { locale: 'en' }).rows[1]?.['Tier']; // 'Qualified'
 * ```
 */
export function assessmentTable<T extends string = MemberTier>(assessments: readonly MemberAssessment<T>[], options?: AssessmentTableOptions): Table {
  checkRecords(assessments, 'assessments', ['memberId'], options);
  const locale = localeOf(options);
  const names = options?.names;
  const headers = [header('rank', locale), header('memberId', locale), ...(names === undefined ? [] : [header('name', locale)]), header('total', locale), header('tier', locale), header('reasons', locale)];
  const ranked = rank(assessments, (assessment) => assessment.total);
  const separator = text('reasonSeparator', locale);
  const sheets = options?.sheets;
  const rows = ranked.map(({ item, rank: position }): TableRow => {
    const tier = item.decision?.tier ?? item.tier;
    const reasons = explainAssessment(item, sheets === undefined ? {} : { sheets }).map((reason) => reason[locale]);
    return {
      [headers[0]!]: position,
      [header('memberId', locale)]: item.memberId,
      ...(names === undefined ? {} : { [header('name', locale)]: nameOf(names, item.memberId) }),
      [header('total', locale)]: item.total,
      [header('tier', locale)]: tier === undefined ? text('notGraded', locale) : labelOf(item.tierSet?.tierLabels ?? MEMBER_TIER_LABELS, tier, locale),
      [header('reasons', locale)]: reasons.join(separator),
    };
  });
  return { headers, rows };
}

/**
 * Options of {@link evaluationTable}.
 *
 * @example
 * ```ts
 * import type { EvaluationTableOptions } from 'cxzy/tables';
 * const options: EvaluationTableOptions = { groups: ['leadership', 'peer'], groupLabels: { grade: { 'zh-CN': '年级组评议', en: 'Grade group review' } } };
 * ```
 */
export interface EvaluationTableOptions extends PublicityOptions {
  /** The groups to show, in order; default the groups of the first subject's figures, the shipped six in their order (领导点评 first), then yours. */
  readonly groups?: readonly string[];
  /** Labels of groups of your own (the six shipped groups have theirs); a group without one shows its code. */
  readonly groupLabels?: Readonly<Record<string, LocalizedText>>;
}

/**
 * The 公示 table of an evaluation: one row per subject, ranked by combined score (并列 shares a
 * rank; a subject without a combined score has none and comes last), each group's figure and
 * ballot count, the combined score, and the subject's issues as readable text.
 *
 * @param result - what `aggregateEvaluations` or `finalizeAccumulator` returned. Not modified.
 * @param options - the locale, subjects' names, the groups and their labels.
 * @returns the headers (排名, 被评价人编号, 姓名 when names are given, per group 得分 and 票数,
 *   综合得分, 说明) and the rows.
 * @throws {@link InvalidInputError} when `result` is not shaped as an `EvaluationResult` (subjects with an id, finite figures, issues with messages in every locale) or `options` is not an object with a shipped locale; its `issues` say which.
 *
 * @example
 * ```ts
 * import { aggregateEvaluations, type AggregationPolicy } from 'cxzy/evaluation';
 * import { evaluationTable } from 'cxzy/tables';
 * const policy: AggregationPolicy<'leadership' | 'peer'> = {
 *   groups: { leadership: { weight: 0.4, method: 'mean' }, peer: { weight: 0.6, method: 'mean' } },
 *   missingGroup: 'renormalize', duplicateBallot: 'error', excludeSelfFromPeer: true, precision: 2,
 * };
 * const result = aggregateEvaluations([
 *   { subjectId: 'm01', evaluatorId: 'e1', group: 'leadership', score: 90 },
 *   { subjectId: 'm01', evaluatorId: 'e2', group: 'peer', score: 80 },
 *   { subjectId: 'm02', evaluatorId: 'e1', group: 'leadership', score: 90 },
 *   { subjectId: 'm02', evaluatorId: 'e2', group: 'peer', score: 80 },
 * ], policy);
 * const table = evaluationTable(result);
 * table.headers; // ['排名', '被评价人编号', '领导点评得分', '领导点评票数', '党内互评得分', '党内互评票数', '综合得分', '说明']
 * table.rows.map((row) => row['排名']); // [1, 1]
 * table.rows[0]?.['综合得分']; // 84
 * ```
 */
export function evaluationTable<G extends string>(result: EvaluationResult<G>, options?: EvaluationTableOptions): Table {
  checkResult(result, options, ['groups'], ['issues'], (subject, path, issues) => {
    expectFigure(subject['combined'], [...path, 'combined'], issues, true);
    const groups = subject['groups'];
    if (typeof groups === 'object' && groups !== null) {
      for (const [group, figure] of Object.entries(groups)) {
        if (typeof figure !== 'object' || figure === null) continue;
        expectFigure((figure as Readonly<Record<string, unknown>>)['value'], [...path, 'groups', group, 'value'], issues, true);
        expectFigure((figure as Readonly<Record<string, unknown>>)['count'], [...path, 'groups', group, 'count'], issues, true);
      }
    }
    const list = subject['issues'];
    if (Array.isArray(list)) {
      list.forEach((issue: unknown, at) => {
        const issuePath = [...path, 'issues', at];
        if (typeof issue === 'object' && issue !== null) expectLocalized((issue as Readonly<Record<string, unknown>>)['message'], [...issuePath, 'message'], issues);
        else expectLocalized(issue, issuePath, issues);
      });
    }
  });
  const locale = localeOf(options);
  const names = options?.names;
  const subjects = result.subjects;
  const groups = options?.groups ?? shippedFirst(subjects.length === 0 ? [] : Object.keys(subjects[0]!.groups));
  const groupLabel = (group: string): string =>
    options?.groupLabels?.[group]?.[locale] ?? labelOf(EVALUATOR_GROUP_LABELS, group, locale);
  const groupHeaders = groups.map((group) => [text('groupScore', locale, { group: groupLabel(group) }), text('groupCount', locale, { group: groupLabel(group) })] as const);
  const headers = [
    header('rank', locale),
    header('subjectId', locale),
    ...(names === undefined ? [] : [header('name', locale)]),
    ...groupHeaders.flat(),
    header('combined', locale),
    header('reasons', locale),
  ];
  const separator = text('reasonSeparator', locale);
  const rows = rank(subjects, (subject) => subject.combined).map(({ item, rank: position }): TableRow => {
    const row: Record<string, string | number | null> = { [header('rank', locale)]: position, [header('subjectId', locale)]: item.subjectId };
    if (names !== undefined) row[header('name', locale)] = nameOf(names, item.subjectId);
    groups.forEach((group, at) => {
      const figure = (item.groups as Readonly<Record<string, { readonly value: number | null; readonly count: number }>>)[group];
      row[groupHeaders[at]![0]] = figure?.value ?? null;
      row[groupHeaders[at]![1]] = figure?.count ?? 0;
    });
    row[header('combined', locale)] = item.combined ?? null;
    row[header('reasons', locale)] = item.issues.map((issue) => issue.message[locale]).join(separator);
    return row;
  });
  return { headers, rows };
}

/**
 * Options of {@link voteSummaryTable}.
 *
 * @example
 * ```ts
 * import type { VoteSummaryTableOptions } from 'cxzy/tables';
 * const options: VoteSummaryTableOptions = { grades: ['satisfied', 'basicallySatisfied', 'dissatisfied'] };
 * ```
 */
export interface VoteSummaryTableOptions extends PublicityOptions {
  /** The grades to count, in order (the vote rule's `grades`); default the grades counted in the summaries. */
  readonly grades?: readonly BallotGrade[];
}

/**
 * The 公示 table of a vote (民主测评): one row per subject, with the votes for each grade, the valid
 * and invalid ballots, the 满意率 as a percentage, and the recommended verdict by its label
 * (a recommendation: guidance says a grade is not decided by votes alone).
 *
 * @param result - what `summarizeVotes` returned. Not modified.
 * @param options - the locale, subjects' names, the grades.
 * @returns the headers (被评价人编号, 姓名 when names are given, per grade 票数, 有效票数, 无效票数,
 *   满意率, 建议等次) and the rows.
 * @throws {@link InvalidInputError} when `result` is not shaped as a `VoteSummaryResult` (subjects with an id, finite counts and rate, a recommendation with a label in every locale) or `options` is not an object with a shipped locale; its `issues` say which.
 *
 * @example
 * ```ts
 * import { summarizeVotes, SATISFACTION_SURVEY_RULE } from 'cxzy/evaluation';
 * import { voteSummaryTable } from 'cxzy/tables';
 * const summary = summarizeVotes([
 *   { subjectId: 'm01', evaluatorId: 'p1', group: 'masses', grade: 'satisfied' },
 *   { subjectId: 'm01', evaluatorId: 'p2', group: 'masses', grade: 'basicallySatisfied' },
 *   { subjectId: 'm01', evaluatorId: 'p3', group: 'masses', grade: 'dissatisfied' },
 *   { subjectId: 'm01', evaluatorId: 'p4', group: 'masses', grade: 'satisfied' },
 * ], SATISFACTION_SURVEY_RULE);
 * const table = voteSummaryTable(summary, { grades: SATISFACTION_SURVEY_RULE.grades });
 * table.headers; // ['被评价人编号', '满意票数', '基本满意票数', '不满意票数', '有效票数', '无效票数', '满意率', '建议等次']
 * table.rows[0]?.['满意率']; // '75%'
 * ```
 */
export function voteSummaryTable(result: VoteSummaryResult, options?: VoteSummaryTableOptions): Table {
  checkResult(result, options, ['counts'], [], (subject, path, issues) => {
    const counts = subject['counts'];
    if (typeof counts === 'object' && counts !== null) for (const [grade, count] of Object.entries(counts)) expectFigure(count, [...path, 'counts', grade], issues);
    for (const field of ['valid', 'invalid']) expectFigure(subject[field], [...path, field], issues);
    expectFigure(subject['satisfactionRate'], [...path, 'satisfactionRate'], issues, true, { min: 0, max: 1 });
    const recommendation = subject['recommendation'];
    if (recommendation !== null) {
      const recommendationPath = [...path, 'recommendation'];
      if (typeof recommendation === 'object' && recommendation !== undefined) expectLocalized((recommendation as Readonly<Record<string, unknown>>)['label'], [...recommendationPath, 'label'], issues);
      else expectLocalized(recommendation, recommendationPath, issues);
    }
  });
  const locale = localeOf(options);
  const names = options?.names;
  const grades = options?.grades ?? [...new Set(result.subjects.flatMap((subject) => Object.keys(subject.counts) as BallotGrade[]))];
  const gradeHeaders = grades.map((grade) => text('gradeCount', locale, { grade: labelOf(BALLOT_GRADE_LABELS, grade, locale) }));
  const headers = [
    header('subjectId', locale),
    ...(names === undefined ? [] : [header('name', locale)]),
    ...gradeHeaders,
    header('valid', locale),
    header('invalid', locale),
    header('satisfactionRate', locale),
    header('recommendation', locale),
  ];
  const rows = result.subjects.map((subject): TableRow => {
    const row: Record<string, string | number | null> = { [header('subjectId', locale)]: subject.subjectId };
    if (names !== undefined) row[header('name', locale)] = nameOf(names, subject.subjectId);
    grades.forEach((grade, at) => {
      row[gradeHeaders[at]!] = subject.counts[grade] ?? 0;
    });
    row[header('valid', locale)] = subject.valid;
    row[header('invalid', locale)] = subject.invalid;
    row[header('satisfactionRate', locale)] = typeof subject.satisfactionRate === 'number' ? percent(subject.satisfactionRate) : null;
    row[header('recommendation', locale)] = subject.recommendation === null ? null : subject.recommendation.label[locale];
    return row;
  });
  return { headers, rows };
}


/** Group codes with the shipped groups first, in the order of `EVALUATOR_GROUP_LABELS`, then the others as they came. */
function shippedFirst(groups: readonly string[]): readonly string[] {
  const order = Object.keys(EVALUATOR_GROUP_LABELS);
  const rankOf = (group: string) => (order.includes(group) ? order.indexOf(group) : order.length);
  return [...groups].sort((a, b) => rankOf(a) - rankOf(b));
}
