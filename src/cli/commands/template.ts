import { type Locale } from '../../core/locale';
import { EVALUATOR_GROUP_LABELS } from '../../evaluation/labels';
import { formatTierRule, MEMBER_TIERS_TONGMIN_2015, SCORE_ITEM_KIND_LABELS, type ScoreSheet } from '../../scoring';
import { scoreCardTemplate, TABLE_COLUMN_LABELS, tableTemplate, type TableRow } from '../../tables';
import { stringOption, type Args } from '../args';
import { EXIT, usageFailure } from '../failure';
import { csvLine } from '../files/csv';
import { writeTables, type OutTable } from '../files/writeTable';
import type { Io } from '../io';
import { hasErrors } from '../output';
import { say, WORDS } from '../words';
import { POLICIES } from './evaluate';
import { RULE_SHEET_NAMES } from './score';
import { printIssues, scoreSheetsOf } from './_shared';

/** The kinds of input table `template --kind` writes. */
export const TEMPLATE_KINDS = ['cards', 'members', 'ballots', 'grades'] as const;

/** The sheet of a template that lists the score sheets' items, for the person filling it in. */
const SHEETS_SHEET = { 'zh-CN': '考核细则', en: 'Score sheets' } as const;

/**
 * The input tables of a score table: the table to fill in (党员编号, 姓名, 类别 and one column per
 * item), the tier rule as a sentence `score` reads back, and the items with their points.
 */
export function scoreTemplateTables(sheets: readonly ScoreSheet[], locale: Locale): readonly OutTable[] {
  const template = scoreCardTemplate(sheets, { locale });
  const status = TABLE_COLUMN_LABELS.status[locale];
  const headers = [...template.headers.slice(0, 2), status, ...template.headers.slice(2)];
  const ruleHeader = RULE_SHEET_NAMES[locale];
  const itemHeaders = locale === 'zh-CN' ? ['责任书', '项目', '类别', '分值'] : ['Sheet', 'Item', 'Kind', 'Points'];
  const items: TableRow[] = sheets.flatMap((sheet) =>
    sheet.items.map((item) => Object.fromEntries([sheet.title, item.title, SCORE_ITEM_KIND_LABELS[item.kind][locale], item.maxPoints].map((cell, at) => [itemHeaders[at]!, cell]))),
  );
  return [
    { name: WORDS[locale].cliTexts.scoreSheet, headers, rows: [], widths: headers.map((header) => Math.max(10, header.length * 2 + 4)) },
    { name: ruleHeader, headers: [ruleHeader], rows: [{ [ruleHeader]: formatTierRule(MEMBER_TIERS_TONGMIN_2015, 'zh-CN') }], widths: [90] },
    { name: SHEETS_SHEET[locale], headers: itemHeaders, rows: items, widths: [30, 16, 8, 8] },
  ];
}

/** `cxzy template`: an empty input table to fill in, as a workbook or CSV, or its headers on standard output. */
export async function template(args: Args, io: Io): Promise<number> {
  const kind = stringOption(args, 'kind') ?? 'cards';
  if (!(TEMPLATE_KINDS as readonly string[]).includes(kind)) throw usageFailure('unknownKind', { kind, known: TEMPLATE_KINDS.join(', ') });
  if (args.positionals.length > 0) throw usageFailure('tooManyFiles', { command: 'template', extra: args.positionals[0]! });
  const locale = args.locale;
  let tables: readonly OutTable[];
  if (kind === 'cards') {
    const sheets = await scoreSheetsOf(args, io, undefined);
    if (sheets.sheets === undefined || hasErrors(sheets.issues)) return printIssues(stringOption(args, 'sheets') ?? '', [], sheets.issues, args, io, true);
    tables = scoreTemplateTables(sheets.sheets, locale);
  } else {
    const table = tableTemplate(kind === 'members' ? 'members' : kind === 'ballots' ? 'scoreBallots' : 'gradeBallots', { locale });
    tables = [{ name: WORDS[locale].cliTexts.ballotsSheet, headers: table.headers, rows: [] }];
    const policyName = stringOption(args, 'policy');
    if (kind === 'ballots' && policyName !== undefined) {
      const policy = POLICIES[policyName.trim().toLowerCase()];
      if (policy === undefined) throw usageFailure('unknownPolicy', { name: policyName, known: Object.keys(POLICIES).join(', ') });
      const groupHeaders = locale === 'zh-CN' ? ['评议组', '代码', '权重'] : ['Group', 'Code', 'Weight'];
      const labels = EVALUATOR_GROUP_LABELS as Readonly<Record<string, { readonly [L in Locale]: string }>>;
      tables = [...tables, {
        name: groupHeaders[0]!,
        headers: groupHeaders,
        rows: Object.entries(policy.groups).map(([code, rule]) => ({ [groupHeaders[0]!]: labels[code]?.[locale] ?? code, [groupHeaders[1]!]: code, [groupHeaders[2]!]: rule.weight })),
      }];
    }
  }
  const outPath = stringOption(args, 'out');
  if (outPath === undefined) {
    await io.stdout.write(csvLine(tables[0]!.headers));
    return EXIT.clean;
  }
  await writeTables(outPath, tables, io);
  if (args.json) await io.stdout.write(`${JSON.stringify({ out: outPath, headers: tables[0]!.headers }, null, 2)}\n`);
  else await io.stdout.write(`${say(locale, 'wroteTemplate', { path: outPath })}\n`);
  return EXIT.clean;
}
