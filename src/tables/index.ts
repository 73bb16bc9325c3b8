/**
 * 表格 (tables): rows as any CSV or XLSX reader yields them (records keyed by header text) become
 * typed inputs — rosters, score cards from a wide table, ballots in long or wide form, grade
 * ballots, commitments, rectification items — and results become 公示 rows and input templates.
 * Numbers written as text are read exactly, labels (正式党员, 满意) map to codes, and every problem
 * names the row as a spreadsheet shows it (the header row is 1) and the column by its header, in
 * zh-CN and en. Pure: no I/O, no dependency; it runs in a browser too.
 *
 * @packageDocumentation
 */
export type { Cell, ReadOptions, Row, Table, TableResult, TableRow, WriteOptions } from './types';
export type { Issue, IssuePath, ParseResult, Severity } from '../core/issue';
export type { Locale, LocalizedText } from '../core/locale';
export { InvalidInputError } from '../core/input';
export { TABLE_COLUMN_LABELS, TABLE_COLUMNS, type TableColumn } from './columns';
export { TABLES_MESSAGES, type TablesIssueCode } from './messages';
export { csvBatches, csvTable, type CsvBatch } from './csv';
export { readMembers, type ReadMembersOptions } from './readMembers';
export { readScoreCards, type ItemColumn, type ReadScoreCardsOptions } from './readScoreCards';
export { readScoreBallots, readScoreBallotsWide } from './readScoreBallots';
export { readGradeBallots, readGradeBallotsWide, type ReadGradeBallotsOptions } from './readGradeBallots';
export type { BallotColumn, ReadBallotsOptions, ReadWideBallotsOptions } from './_ballots';
export { readCommitments, type CommitmentColumn, type ReadCommitmentsOptions } from './readCommitments';
export { readRectificationItems, type RectificationColumn, type ReadRectificationItemsOptions } from './readRectificationItems';
export {
  assessmentTable,
  evaluationTable,
  voteSummaryTable,
  type AssessmentTableOptions,
  type EvaluationTableOptions,
  type PublicityOptions,
  type VoteSummaryTableOptions,
} from './writeResults';
export {
  gradeBallotsToTable,
  membersToTable,
  scoreBallotsToTable,
  scoreCardsToTable,
  scoreCardTemplate,
  tableTemplate,
  type TableKind,
} from './writeInputs';
