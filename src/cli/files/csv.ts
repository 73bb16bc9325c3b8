// Comma-separated values as Excel and most programs write them (RFC 4180), read in pieces with the
// reader of cxzy/tables (csvTable), and written. Measured against csv-parse and papaparse on a
// million rows, that reader is the fastest of the three; it is small enough to own.

import { csvLastRecord, csvRecordsIn, csvState } from '../../tables/csv';

/**
 * The records of CSV text given in pieces, each record a list of fields as text, handed on a
 * piece's worth at a time (one promise per piece, not per record). A piece may end anywhere, even
 * inside a quoted field: the unfinished record is carried over to the next piece.
 *
 * @param pieces - the text, in order.
 * @returns the records completed in each piece; the last one without a final line break too.
 */
export async function* csvRecords(pieces: AsyncIterable<string>): AsyncGenerator<string[][], void, undefined> {
  const state = csvState();
  for await (const piece of pieces) {
    const { records } = csvRecordsIn(state, piece);
    if (records.length > 0) yield records;
  }
  const last = csvLastRecord(state);
  if (last !== undefined) yield [last];
}

/** A field as CSV writes it: quoted when it holds a comma, a quote, a line break, or spaces at an end. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A record as one CSV line, with the CRLF Excel writes. */
export function csvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
