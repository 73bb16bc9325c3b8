import type { Issue } from '../core/issue';
import type { Locale } from '../core/locale';
import { formatIssue } from '../i18n';
import { WORDS } from './words';

/** A section heading of a printed report, set off by a blank line. */
export function heading(text: string): string {
  return `\n== ${text} ==`;
}

/** One line per issue, its code and its message in `locale`, or a line saying there are none. */
export function issueLines(issues: readonly Issue[], locale: Locale): readonly string[] {
  if (issues.length === 0) return [WORDS[locale].cliTexts.noIssues];
  return issues.map((issue) => `✗ [${issue.code}] ${formatIssue(issue, locale)}`);
}
