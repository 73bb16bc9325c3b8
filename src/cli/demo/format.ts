import type { Issue } from '../../core/issue';
import type { Locale, LocalizedText } from '../../core/locale';

export type Text = LocalizedText;

/** A section heading. */
export function heading(text: Text, locale: Locale): string {
  return `\n== ${text[locale]} ==`;
}

/** One line per issue, or a line saying there are none. */
export function issueLines(issues: readonly Issue[], locale: Locale): readonly string[] {
  if (issues.length === 0) return [locale === 'zh-CN' ? '✓ 未发现问题' : '✓ No issues found'];
  return issues.map((issue) => `✗ [${issue.code}] ${issue.message[locale]}`);
}
