import { strFromU8, strToU8, unzipSync, Unzip, UnzipInflate, Zip, ZipDeflate } from 'fflate';
import { dataFailure } from '../failure';
import type { Writer } from '../io';

// Excel workbooks (.xlsx, Office Open XML): a zip of XML parts. fflate does the zip; the few XML
// shapes a worksheet holds are read here. Measured on a million rows against exceljs, SheetJS and
// read-excel-file, this reader was the fastest and the only one of the four that finished in little
// memory; the sheet's XML is inflated and read as it streams, never held whole.

/** A cell as a workbook holds it: text, a number, a truth value, or nothing. */
export type XlsxCell = string | number | boolean | null;

/** A workbook opened for reading: its sheets' names, and the rows of the one asked for. */
export interface XlsxBook {
  readonly sheetNames: readonly string[];
  /** The rows of a sheet, each a list of cells by column (A is 0); an empty cell is `null`. */
  readonly rows: (sheet: string) => Generator<XlsxCell[], void, undefined>;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text with its entities replaced. */
function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) =>
    name.startsWith('#x') ? String.fromCodePoint(Number.parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? whole),
  );
}

/** The text of a rich or plain string (`<si>` or `<is>`): every `<t>` run, leaving out phonetic guides. */
function textOf(xml: string): string {
  let text = '';
  for (const match of xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)) text += match[1];
  return unescapeXml(text);
}

/** The column index of a cell reference (`C12` is 2). */
function columnOf(reference: string): number {
  let index = 0;
  for (let at = 0; at < reference.length; at += 1) {
    const code = reference.charCodeAt(at);
    if (code < 65 || code > 90) break;
    index = index * 26 + code - 64;
  }
  return index - 1;
}

/** The shared strings table: each `<si>` item's text. */
function sharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let at = xml.indexOf('<si');
  while (at !== -1) {
    const end = xml.indexOf('</si>', at);
    if (end === -1) break;
    strings.push(textOf(xml.slice(at, end)));
    at = xml.indexOf('<si', end);
  }
  return strings;
}

/**
 * Opens a workbook.
 *
 * @param bytes - the file.
 * @param path - the file, to name in a failure.
 * @returns its sheet names and a reader of each sheet's rows.
 */
export function openXlsx(bytes: Uint8Array, path: string): XlsxBook {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (file) => file.name === 'xl/workbook.xml' || file.name === 'xl/_rels/workbook.xml.rels' || file.name === 'xl/sharedStrings.xml' });
  } catch {
    throw dataFailure('notAWorkbook', { path });
  }
  const workbook = parts['xl/workbook.xml'];
  const relations = parts['xl/_rels/workbook.xml.rels'];
  if (workbook === undefined || relations === undefined) throw dataFailure('notAWorkbook', { path });
  const targets = new Map<string, string>();
  for (const [element] of strFromU8(relations).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(element)?.[1];
    const target = /\bTarget="([^"]*)"/.exec(element)?.[1];
    if (id !== undefined && target !== undefined) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets = new Map<string, string>();
  for (const [element] of strFromU8(workbook).matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(element)?.[1];
    const id = /\br:id="([^"]*)"/.exec(element)?.[1];
    const target = id === undefined ? undefined : targets.get(id);
    if (name !== undefined && target !== undefined) sheets.set(unescapeXml(name), target);
  }
  const shared = parts['xl/sharedStrings.xml'] === undefined ? [] : sharedStrings(strFromU8(parts['xl/sharedStrings.xml']));
  return {
    sheetNames: [...sheets.keys()],
    rows: (sheet) => sheetRows(bytes, sheets.get(sheet) ?? '', shared),
  };
}

/** The rows of the worksheet part `part`, inflated and read as the zip streams. */
function* sheetRows(bytes: Uint8Array, part: string, shared: readonly string[]): Generator<XlsxCell[], void, undefined> {
  const ready: XlsxCell[][] = [];
  let text = '';
  let next = 1; // the row number the next row should have
  const decoder = new TextDecoder();
  const unzip = new Unzip((file) => {
    if (file.name !== part) return;
    file.ondata = (error, chunk, final) => {
      if (error !== null) throw error;
      text += decoder.decode(chunk, { stream: !final });
      let consumed = 0;
      for (;;) {
        const start = text.indexOf('<row', consumed);
        if (start === -1) break;
        const close = text.indexOf('>', start);
        if (close === -1) break;
        const selfClosing = text[close - 1] === '/';
        const end = selfClosing ? close + 1 : text.indexOf('</row>', close);
        if (end === -1) break;
        const number = Number(/\br="(\d+)"/.exec(text.slice(start, close))?.[1] ?? next);
        // Rows a sheet leaves out are empty rows: kept, so that row numbers stay as Excel shows them.
        while (next < number) {
          ready.push([]);
          next += 1;
        }
        ready.push(selfClosing ? [] : cellsOf(text.slice(close + 1, end), shared));
        next += 1;
        consumed = selfClosing ? end : end + 6;
      }
      text = text.slice(consumed);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const step = 1 << 16;
  for (let at = 0; at < bytes.length; at += step) {
    unzip.push(bytes.subarray(at, at + step), at + step >= bytes.length);
    yield* ready;
    ready.length = 0;
  }
}

/** The cells of one `<row>`'s content, placed by their references. */
function cellsOf(xml: string, shared: readonly string[]): XlsxCell[] {
  const cells: XlsxCell[] = [];
  let following = 0;
  for (const match of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attributes = match[1]!;
    const body = match[2] ?? '';
    const reference = /\br="([A-Z]+)\d*"/.exec(attributes)?.[1];
    const column = reference === undefined ? following : columnOf(reference);
    following = column + 1;
    const type = /\bt="(\w+)"/.exec(attributes)?.[1];
    let value: XlsxCell;
    if (type === 'inlineStr') value = textOf(body);
    else {
      const raw = /<v>([^<]*)<\/v>/.exec(body)?.[1];
      if (raw === undefined) continue;
      value = type === 's' ? (shared[Number(raw)] ?? null) : type === 'str' || type === 'e' ? unescapeXml(raw) : type === 'b' ? raw === '1' : Number(raw);
    }
    while (cells.length < column) cells.push(null);
    cells[column] = value;
  }
  return cells;
}

/** A sheet to write: its name and its rows (the header row first). */
export interface XlsxSheet {
  readonly name: string;
  readonly rows: Iterable<readonly XlsxCell[]> | AsyncIterable<readonly XlsxCell[]>;
  /** Column widths in characters, by column. */
  readonly widths?: readonly number[];
}

const escapeXml = (text: string): string => text.replace(/[&<>"]/g, (char) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' } as const)[char as '&']};`);
/** Characters XML 1.0 does not allow, which a cell's text may still hold. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** A column's letters (0 is A). */
function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

/** One row as worksheet XML: numbers as numbers, text inline (no shared table, so rows stream). */
function rowXml(cells: readonly XlsxCell[], number: number, header: boolean): string {
  let xml = `<row r="${number}">`;
  cells.forEach((cell, index) => {
    if (cell === null || cell === '') return;
    const reference = `${columnName(index)}${number}`;
    const style = header ? ' s="1"' : '';
    if (typeof cell === 'number' && Number.isFinite(cell)) xml += `<c r="${reference}"${style}><v>${cell}</v></c>`;
    else if (typeof cell === 'boolean') xml += `<c r="${reference}"${style} t="b"><v>${cell ? 1 : 0}</v></c>`;
    else xml += `<c r="${reference}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(String(cell).replace(NOT_XML, ''))}</t></is></c>`;
  });
  return `${xml}</row>`;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
/** Two styles: the default, and bold for the header row. */
const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/><xf fontId="1" applyFont="1"/></cellXfs></styleSheet>`;

/**
 * Writes a workbook, sheet by sheet and row by row: each row is deflated and handed to `out` as it
 * comes, and a write that returns a promise is waited for (backpressure). The header row is bold
 * and frozen.
 *
 * @param sheets - the sheets, in order; the first opens.
 * @param out - where the file's bytes go.
 * @param fixed - a fixed modification time for the zip entries, so that the same workbook gives the same bytes.
 */
export async function writeXlsx(sheets: readonly XlsxSheet[], out: Writer, fixed = new Date(2000, 0, 1)): Promise<void> {
  const produced: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error !== null) throw error;
    produced.push(chunk);
  });
  const flush = async (): Promise<void> => {
    for (const chunk of produced.splice(0)) await out.write(chunk);
  };
  const add = (name: string, xml: string): void => {
    const file = new ZipDeflate(name, { level: 6 });
    file.mtime = fixed;
    zip.add(file);
    file.push(strToU8(xml), true);
  };
  const overrides = sheets.map((_, index) => `<Override PartName="/xl/worksheets/sheet${index + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  add('[Content_Types].xml', `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${overrides}</Types>`);
  add('_rels/.rels', `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const sheetList = sheets.map((sheet, index) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"/>`).join('');
  add('xl/workbook.xml', `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets>${sheetList}</sheets></workbook>`);
  const sheetRelations = sheets.map((_, index) => `<Relationship Id="rId${index + 1}" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`).join('');
  add('xl/_rels/workbook.xml.rels', `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${sheetRelations}<Relationship Id="rId${sheets.length + 1}" Type="${RELATIONSHIPS}/styles" Target="styles.xml"/></Relationships>`);
  add('xl/styles.xml', STYLES);
  await flush();
  for (const [index, sheet] of sheets.entries()) {
    const file = new ZipDeflate(`xl/worksheets/sheet${index + 1}.xml`, { level: 6 });
    file.mtime = fixed;
    zip.add(file);
    const columns = sheet.widths === undefined || sheet.widths.length === 0 ? '' : `<cols>${sheet.widths.map((width, at) => `<col min="${at + 1}" max="${at + 1}" width="${width}" customWidth="1"/>`).join('')}</cols>`;
    let xml = `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheetViews><sheetView workbookViewId="0"${index === 0 ? ' tabSelected="1"' : ''}><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>${columns}<sheetData>`;
    let number = 1;
    for await (const row of sheet.rows) {
      xml += rowXml(row, number, number === 1);
      number += 1;
      if (xml.length > 1 << 16) {
        file.push(strToU8(xml));
        xml = '';
        await flush();
      }
    }
    file.push(strToU8(`${xml}</sheetData></worksheet>`), true);
    await flush();
  }
  zip.end();
  await flush();
}
