import type { Issue } from '../../core/issue';
import { parseScoreSheets } from '../../schema';
import { SCORE_SHEETS_EXAMPLE, type ScoreSheet } from '../../scoring';
import { normalizeHeaderText } from './_headers';
import { stringOption, type Args } from '../args';
import { dataFailure, EXIT } from '../failure';
import { encodingNamed } from '../files/decode';
import { openTable, readJsonFile, reading, type TableSource } from '../files/tableFile';
import type { Io } from '../io';
import type { Locale } from '../../core/locale';
import type { Row } from '../../tables';
import { progressLine } from '../progress';
import { ChunkedWriter, hasErrors, issueLines } from '../output';

// What the commands share: reading the file named on the command line, the score sheets, and
// printing the issues.

/** Opens the table named on the command line with its `--encoding` and `--sheet`. */
export function openTableOf(path: string, args: Args, io: Io): Promise<TableSource> {
  const encoding = stringOption(args, 'encoding');
  const sheet = stringOption(args, 'sheet');
  return reading(path, () =>
    openTable(path, io, { ...(encoding === undefined ? {} : { encoding: encodingNamed(encoding) }), ...(sheet === undefined ? {} : { sheet }) }),
  );
}

/**
 * Every row of an opened table, read batch by batch with a progress line: for the commands that
 * need the whole table at once (`check`, and `score`, whose 优秀 quota and ranks need every member).
 */
export async function allRowsOf(source: TableSource, io: Io, locale: Locale): Promise<Row[]> {
  const progress = progressLine(io, locale);
  const rows: Row[] = [];
  for await (const batch of source.batches) {
    for (const row of batch.rows) rows.push(row);
    progress.update(rows.length);
  }
  await progress.done();
  return rows;
}

/** Reads a JSON file named on the command line. */
export const readJsonOf = (path: string, io: Io): Promise<unknown> => reading(path, () => readJsonFile(path, io));

/** A JSON file's value as an object (a failure when it is not one). */
export function asObject(value: unknown, path: string): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw dataFailure('notAnObject', { path });
  return value as Readonly<Record<string, unknown>>;
}

/** Issues found under a part of a file, with paths from the file's root. */
export const under = (prefix: readonly (string | number)[], issues: readonly Issue[]): readonly Issue[] =>
  issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));

/**
 * The score sheets: from `--sheets FILE` (a list, or an object with `sheets`), else from the input
 * file's own `sheets`, else the seed's two responsibility documents.
 */
export async function scoreSheetsOf(args: Args, io: Io, inFile: unknown): Promise<{ readonly sheets?: readonly ScoreSheet[]; readonly issues: readonly Issue[] }> {
  const path = stringOption(args, 'sheets');
  let given = inFile;
  let prefix: readonly (string | number)[] = ['sheets'];
  if (path !== undefined) {
    const value = await readJsonOf(path, io);
    given = typeof value === 'object' && value !== null && !Array.isArray(value) && 'sheets' in value ? (value as { sheets: unknown }).sheets : value;
    prefix = [path];
  }
  if (given === undefined) return { sheets: SCORE_SHEETS_EXAMPLE, issues: [] };
  const parsed = parseScoreSheets(given);
  return parsed.success ? { sheets: parsed.data, issues: [] } : { issues: under(prefix, parsed.issues) };
}

/** The header among `headers` that is one of `accepted` (compared as the tables compare headers). */
export function headerAmong(headers: readonly string[], accepted: readonly string[]): string | undefined {
  const forms = new Set(accepted.map(normalizeHeaderText));
  return headers.find((header) => forms.has(normalizeHeaderText(header)));
}

/** Prints a file's name and issues to standard output, and gives the exit code of a run with them. */
export async function printIssues(path: string, lines: readonly string[], issues: readonly Issue[], args: Args, io: Io, failed = hasErrors(issues)): Promise<number> {
  const out = new ChunkedWriter(io.stdout);
  if (args.json) await out.write(`${JSON.stringify({ file: path, valid: !failed, issues }, null, 2)}\n`);
  else await out.write(`${[path, ...lines, ...issueLines(issues, args.locale, true)].join('\n')}\n`);
  await out.flush();
  return failed ? EXIT.dataProblems : EXIT.clean;
}
