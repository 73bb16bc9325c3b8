import type { Issue } from '../core/issue';
import type { Locale } from '../core/locale';
import { CATALOGUES, formatIssue } from '../i18n';

/** A section heading of a printed report, set off by a blank line. */
export function heading(text: string): string {
  return `\n== ${text} ==`;
}

/** One line per issue, its code and its message in `locale`, or a line saying there are none. */
export function issueLines(issues: readonly Issue[], locale: Locale): readonly string[] {
  if (issues.length === 0) return [CATALOGUES[locale].cliTexts.noIssues];
  return issues.map((issue) => `✗ [${issue.code}] ${formatIssue(issue, locale)}`);
}
