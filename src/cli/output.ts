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

  /** Adds text; writes a chunk when enough has gathered, and only then gives a promise to wait for. */
  write(text: string): Promise<void> | undefined {
    this.buffer += text;
    return this.buffer.length >= 1 << 16 ? this.flush() : undefined;
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
  readonly each: Iterable<unknown>;
}

/** Marks a long array to be written element by element. */
export const jsonStream = (each: Iterable<unknown>): JsonStream => ({ each });

const isStream = (value: unknown): value is JsonStream =>
  typeof value === 'object' && value !== null && Object.keys(value).length === 1 && 'each' in value && typeof (value as JsonStream).each === 'object';

/** Writes an array one element a line. */
export async function writeJsonArray(out: ChunkedWriter, each: Iterable<unknown>, at = ''): Promise<void> {
  await out.write('[');
  const count = await writeEach(out, each, (element, index) => `${index === 0 ? '' : ','}\n${at}  ${JSON.stringify(element)}`);
  await out.write(count === 0 ? ']' : `\n${at}]`);
}

const indent = (text: string, by: string): string => text.replaceAll('\n', `\n${by}`);

/**
 * Writes one text per item, waiting only when a chunk is written: a list in memory costs one promise
 * per chunk, not one per item.
 *
 * @param out - where the text goes.
 * @param items - the items.
 * @param text - each item's text.
 * @returns how many items were written.
 */
export async function writeEach<T>(out: ChunkedWriter, items: Iterable<T>, text: (item: T, index: number) => string): Promise<number> {
  let count = 0;
  for (const item of items) {
    const pending = out.write(text(item, count));
    count += 1;
    if (pending !== undefined) await pending;
  }
  return count;
}
