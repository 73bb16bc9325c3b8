import { addDays, isIsoDate, type IsoDate } from '../core/isoDate';
import { cellIssue, normalizeHeader, type FoundColumn, type Sink } from './_read';
import type { Cell } from './types';

// Reading one cell (private). A cell is read exactly or reported, never coerced: `"20"` is 20,
// `"２０"` and `" 20 "` too; `"八十"`, `"20分"`, `"1e2"` and `NaN` are problems naming row and column.

/** Whether a cell holds nothing: no value, or only spaces. */
export function isEmpty(cell: Cell): boolean {
  return cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** A cell's text as a message shows it. */
export function shown(cell: Cell): string {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'Invalid Date' : cell.toISOString();
  // Only a text, a number or a boolean is shown: turning anything else into text may run its code, or throw.
  return typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean' ? String(cell) : typeof cell;
}

/**
 * A text cell (an id, a name, a title): trimmed text, or a whole number written as a number by a
 * spreadsheet (`1001` → `'1001'`). `undefined` when empty (reported if required) or not text.
 */
export function readText(cell: Cell, row: number, column: FoundColumn, sink: Sink, required: boolean): string | undefined {
  if (typeof cell === 'string') {
    const text = cell.trim();
    if (text !== '') return text;
  } else if (typeof cell === 'number' && Number.isSafeInteger(cell)) {
    return String(cell);
  } else if (cell !== undefined && cell !== null) {
    cellIssue(sink, 'tables.notText', row, column, { value: shown(cell) });
    return undefined;
  }
  if (required) cellIssue(sink, 'tables.requiredCell', row, column);
  return undefined;
}

/**
 * A number written as a number or as text: digits with an optional sign and decimal point, full-width
 * digits and surrounding spaces allowed, at most `decimals` decimals. Nothing else is a number. The
 * cell is not empty: an empty cell is absent, and the caller decides whether that is a problem.
 */
export function readNumber(cell: Exclude<Cell, null | undefined>, row: number, column: FoundColumn, sink: Sink, decimals: number): number | undefined {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) {
      cellIssue(sink, 'tables.notANumber', row, column, { value: String(cell) });
      return undefined;
    }
    if (!hasAtMostDecimals(cell, decimals)) {
      cellIssue(sink, 'tables.tooPrecise', row, column, { value: cell, decimals });
      return undefined;
    }
    return cell;
  }
  const value = typeof cell === 'string' ? numberOfText(cell, decimals) : 'notANumber';
  if (typeof value === 'number') return value;
  cellIssue(sink, value === 'tooPrecise' ? 'tables.tooPrecise' : 'tables.notANumber', row, column, { value: typeof cell === 'string' ? cell.trim() : shown(cell), decimals });
  return undefined;
}

/** Whether a finite number has at most `decimals` decimals, float noise of a spreadsheet's binary numbers aside. */
function hasAtMostDecimals(value: number, decimals: number): boolean {
  const scale = 10 ** decimals;
  const scaled = value * scale;
  const units = Math.round(scaled);
  return units / scale === value || Math.abs(scaled - units) <= 1e-9 * Math.max(1, Math.abs(scaled));
}

const ZERO = 48;
const NINE = 57;

/**
 * The number a text writes, or why it is none: `'empty'`, `'tooPrecise'` or `'notANumber'`.
 * Parsed digit by digit into whole units, so the value is the double nearest the decimal written
 * (what `Number` gives) without a regular expression or an allocation on the common path.
 */
export function numberOfText(raw: string, decimals: number): number | 'empty' | 'tooPrecise' | 'notANumber' {
  let text = raw;
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start += 1;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end -= 1;
  if (start === end) return 'empty';
  if (hasWide(text, start, end)) {
    text = toNarrow(text.slice(start, end));
    start = 0;
    end = text.length;
  }
  let at = start;
  let negative = false;
  const sign = text.charCodeAt(at);
  if (sign === 43 || sign === 45) {
    negative = sign === 45;
    at += 1;
  }
  let units = 0;
  let digits = 0;
  while (at < end) {
    const code = text.charCodeAt(at);
    if (code < ZERO || code > NINE) break;
    units = units * 10 + (code - ZERO);
    digits += 1;
    at += 1;
  }
  if (digits === 0) return 'notANumber';
  let places = 0;
  if (at < end && text.charCodeAt(at) === 46) {
    at += 1;
    while (at < end) {
      const code = text.charCodeAt(at);
      if (code < ZERO || code > NINE) break;
      units = units * 10 + (code - ZERO);
      places += 1;
      at += 1;
    }
    if (places === 0) return 'notANumber';
  }
  if (at !== end) return 'notANumber';
  if (!Number.isSafeInteger(units)) return places > decimals ? 'tooPrecise' : 'notANumber';
  // Trailing zeros do not count as decimals: "20.50" has the two decimals of 20.5.
  while (places > decimals && units % 10 === 0) {
    units /= 10;
    places -= 1;
  }
  if (places > decimals) return 'tooPrecise';
  const value = places === 0 ? units : units / 10 ** places;
  // `0 - value`, not `-value`: "-0" is 0, never the float -0.
  return negative ? 0 - value : value;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0x3000 || code === 0xa0 || code === 0xfeff;
}

/** Whether the text holds a full-width form (`２０`, `．`, `－`). */
function hasWide(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at += 1) {
    const code = text.charCodeAt(at);
    if (code >= 0xff01 && code <= 0xff5e) return true;
  }
  return false;
}

/** Full-width ASCII forms as their ASCII characters. */
function toNarrow(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

/**
 * A value from a list of labels: the cell's text matched (ignoring spaces, case and full-width
 * forms) against `labels`, a map from normalized label to code. `accepted` is what a message lists.
 */
export function readLabel<Code extends string>(
  cell: Cell,
  row: number,
  column: FoundColumn,
  sink: Sink,
  required: boolean,
  labels: ReadonlyMap<string, Code>,
  accepted: string,
): Code | undefined {
  const text = readText(cell, row, column, sink, required);
  if (text === undefined) return undefined;
  const code = labels.get(text) ?? labels.get(normalizeHeader(text));
  if (code === undefined) cellIssue(sink, 'tables.unknownLabel', row, column, { value: text, accepted });
  return code;
}

/** The separators a cell listing several values uses: 、，,;；/ and line breaks. */
const LIST_SEPARATORS = /[、,，;；/\n\r]+/;

/** A cell listing several labels (`书记、支委`): each read as {@link readLabel} reads one; empty is an empty list. */
export function readLabelList<Code extends string>(
  cell: Cell,
  row: number,
  column: FoundColumn,
  sink: Sink,
  labels: ReadonlyMap<string, Code>,
  accepted: string,
): Code[] | undefined {
  const text = readText(cell, row, column, sink, false);
  if (text === undefined) return [];
  const codes: Code[] = [];
  let bad = false;
  for (const part of text.split(LIST_SEPARATORS)) {
    const label = part.trim();
    if (label === '') continue;
    const code = labels.get(label) ?? labels.get(normalizeHeader(label));
    if (code === undefined) {
      cellIssue(sink, 'tables.unknownLabel', row, column, { value: label, accepted });
      bad = true;
    } else if (!codes.includes(code)) codes.push(code);
  }
  return bad ? undefined : codes;
}

/** A cell listing several texts (ids, evidence): split at the list separators; empty is absent. */
export function readTextList(cell: Cell, row: number, column: FoundColumn, sink: Sink): string[] | undefined {
  const text = readText(cell, row, column, sink, false);
  if (text === undefined) return undefined;
  return text.split(LIST_SEPARATORS).map((part) => part.trim()).filter((part) => part !== '');
}

/** The label map of a label table: each label in every locale and each code, normalized, to its code. */
export function labelMap<Code extends string>(table: Readonly<Record<Code, { readonly 'zh-CN': string; readonly en: string }>>, extra: Readonly<Record<string, Code>> = {}): ReadonlyMap<string, Code> {
  const map = new Map<string, Code>();
  for (const code of Object.keys(table) as Code[]) {
    for (const text of [code, table[code]['zh-CN'], table[code].en]) {
      map.set(text, code);
      map.set(normalizeHeader(text), code);
    }
  }
  for (const [text, code] of Object.entries(extra) as [string, Code][]) {
    map.set(text, code);
    map.set(normalizeHeader(text), code);
  }
  return map;
}

/** What a message lists as accepted for a label table: the zh-CN labels, then the codes. */
export function acceptedLabels(table: Readonly<Record<string, { readonly 'zh-CN': string }>>): string {
  return Object.keys(table).map((code) => table[code]!['zh-CN']).join('、') + ' / ' + Object.keys(table).join(', ');
}

const YES = new Map<string, boolean>(
  [
    ['是', true], ['否', false], ['yes', true], ['no', false], ['true', true], ['false', false], ['y', true], ['n', false],
    ['已', true], ['未', false], ['√', true], ['×', false], ['1', true], ['0', false],
  ],
);

/** A yes-or-no cell: 是/否, yes/no, true/false, √/×, 1/0 or a boolean. */
export function readBoolean(cell: Cell, row: number, column: FoundColumn, sink: Sink, required: boolean): boolean | undefined {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number' && (cell === 0 || cell === 1)) return cell === 1;
  if (isEmpty(cell)) {
    if (required) cellIssue(sink, 'tables.requiredCell', row, column);
    return undefined;
  }
  const value = typeof cell === 'string' ? YES.get(normalizeHeader(cell)) : undefined;
  if (value === undefined) cellIssue(sink, 'tables.notABoolean', row, column, { value: typeof cell === 'string' ? cell.trim() : shown(cell) });
  return value;
}

const DATE_TEXT = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/;
/** Excel's day 0 in its 1900 date system, which counts a 29 February 1900 that never was. */
const EXCEL_EPOCH = '1899-12-30' as IsoDate;
const EXCEL_FAKE_LEAP_DAY = 60;
const EXCEL_LAST_SERIAL = 2958465;

/**
 * A calendar date: text `2024-06-30`, `2024/6/30`, `2024.6.30` or `2024年6月30日` (full-width digits
 * too); a `Date` by its UTC calendar day (what a reader gives for a date cell read as UTC); or a
 * whole Excel day number (1900 date system) such as `45473`. Never a local-time reading.
 */
export function readDate(cell: Cell, row: number, column: FoundColumn, sink: Sink, required: boolean): IsoDate | undefined {
  if (isEmpty(cell)) {
    if (required) cellIssue(sink, 'tables.requiredCell', row, column);
    return undefined;
  }
  let date: string | undefined;
  if (typeof cell === 'string') {
    const text = cell.trim();
    const match = DATE_TEXT.exec(/[\uff01-\uff5e]/.test(text) ? toNarrow(text) : text);
    if (match !== null) date = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  } else if (cell instanceof Date) {
    const time = cell.getTime();
    if (!Number.isNaN(time)) {
      const iso = cell.toISOString();
      // Years outside 0000–9999 are written with a sign and six digits: no calendar date of ours.
      if (/^\d{4}-/.test(iso)) date = iso.slice(0, 10);
    }
  } else if (typeof cell === 'number' && Number.isSafeInteger(cell) && cell >= 1 && cell <= EXCEL_LAST_SERIAL && cell !== EXCEL_FAKE_LEAP_DAY) {
    date = addDays(EXCEL_EPOCH, cell < EXCEL_FAKE_LEAP_DAY ? cell + 1 : cell);
  }
  if (date !== undefined && isIsoDate(date)) return date;
  cellIssue(sink, 'tables.notADate', row, column, { value: typeof cell === 'string' ? cell.trim() : shown(cell) });
  return undefined;
}
