import type { Issue } from '../core/issue';
import type { Locale } from '../core/locale';
import { formatIssue } from '../i18n';
import { say, WORDS } from './words';
import type { Writer } from './io';

/** A section heading of a printed report, set off by a blank line. */
export function heading(text: string): string {
  return `\n== ${text} ==`;
}

/** The most issues printed as lines in a terminal; the rest are counted in one line. */
export const MAX_PRINTED_ISSUES = 200;

/**
 * One line per issue: an error marked `✗`, a warning `⚠`, its code, its message in `locale` and
 * with `withPaths`, where it is (the path, unless the message names the row); or a line saying there are none.
 */
export function issueLines(issues: readonly Issue[], locale: Locale, withPaths = false): readonly string[] {
  if (issues.length === 0) return [WORDS[locale].cliTexts.noIssues];
  const lines = issues.slice(0, MAX_PRINTED_ISSUES).map((issue) => {
    const mark = issue.severity === 'warning' ? say(locale, 'warningMark') : say(locale, 'errorMark');
    const where = withPaths && issue.path.length > 0 && issue.path[0] !== 'rows' ? `  (${issue.path.join('.')})` : '';
    return `${mark} [${issue.code}] ${formatIssue(issue, locale)}${where}`;
  });
  if (issues.length > MAX_PRINTED_ISSUES) lines.push(say(locale, 'moreIssues', { count: issues.length - MAX_PRINTED_ISSUES }));
  return lines;
}

/** Whether any issue is an error. */
export const hasErrors = (issues: readonly Issue[]): boolean => issues.some((issue) => issue.severity === 'error');

/**
 * Text gathered into chunks of about 64 KiB before it is written, each write waited for: a large
 * report leaves in pieces, never as one string.
 */
export class ChunkedWriter {
  private buffer = '';

  /** @param target - where the chunks go. */
  constructor(private readonly target: Writer) {}

  /** Adds text; writes a chunk when enough has gathered. */
  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= 1 << 16) await this.flush();
  }

  /** Writes what has gathered. */
  async flush(): Promise<void> {
    if (this.buffer === '') return;
    const chunk = this.buffer;
    this.buffer = '';
    await this.target.write(chunk);
  }
}

/**
 * Writes a JSON object whose members are given in order; a member whose value is `{ each }` is an
 * array written element by element. Pretty-printed the way `JSON.stringify(value, null, 2)` does
 * for the small values; one element per line for the long arrays.
 */
export async function writeJsonObject(out: ChunkedWriter, members: readonly (readonly [string, unknown])[]): Promise<void> {
  await out.write('{');
  for (const [index, [key, value]] of members.entries()) {
    await out.write(`${index === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `);
    if (isStream(value)) await writeJsonArray(out, value.each, '  ');
    else await out.write(indent(JSON.stringify(value, null, 2) ?? 'null', '  '));
  }
  await out.write('\n}\n');
}

/** A long array, written element by element. */
export interface JsonStream {
  readonly each: Iterable<unknown> | AsyncIterable<unknown>;
}

/** Marks a long array to be written element by element. */
export const jsonStream = (each: Iterable<unknown> | AsyncIterable<unknown>): JsonStream => ({ each });

const isStream = (value: unknown): value is JsonStream =>
  typeof value === 'object' && value !== null && Object.keys(value).length === 1 && 'each' in value && typeof (value as JsonStream).each === 'object';

/** Writes an array one element a line. */
export async function writeJsonArray(out: ChunkedWriter, each: Iterable<unknown> | AsyncIterable<unknown>, at = ''): Promise<void> {
  let first = true;
  await out.write('[');
  for await (const element of each) {
    await out.write(`${first ? '' : ','}\n${at}  ${JSON.stringify(element)}`);
    first = false;
  }
  await out.write(first ? ']' : `\n${at}]`);
}

const indent = (text: string, by: string): string => text.replaceAll('\n', `\n${by}`);
