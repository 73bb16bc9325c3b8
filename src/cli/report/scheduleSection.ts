import type { Locale } from '../../core/locale';
import { formatMessage } from '../../core/message';
import { WORDS } from '../words';
import { deadlines, phaseAt, validateSchedule } from '../../schedule';
import { EXAMPLE_AS_OF, EXAMPLE_PERIOD, EXAMPLE_PHASES } from '../demo/schedule';
import { heading, issueLines } from '../output';

/** The demo's schedule section: the check of the example's phases, the phase under way, and deadlines. */
export function scheduleSection(locale: Locale): readonly string[] {
  const words = WORDS[locale];
  const texts = words.demoTexts;
  const lines = [heading(texts.scheduleHeading)];
  for (const phase of EXAMPLE_PHASES) {
    lines.push(`${phase.start} — ${phase.end}  ${phase.title} (${words.phaseKindLabels[phase.kind]})`);
  }
  lines.push(...issueLines(validateSchedule(EXAMPLE_PHASES, { period: EXAMPLE_PERIOD }), locale));

  const position = phaseAt(EXAMPLE_PHASES, EXAMPLE_AS_OF);
  const current = position.status === 'during' ? `: ${position.phase.title}` : '';
  lines.push(`${formatMessage(texts.asOf, { date: EXAMPLE_AS_OF })}: ${words.phaseStatusLabels[position.status]}${current}`);

  const report = deadlines(EXAMPLE_PHASES, EXAMPLE_AS_OF);
  const deadlineLine = (template: string, deadline: (typeof report.upcoming)[number]) =>
    `  ${formatMessage(template, { task: deadline.task.title, due: deadline.due, days: deadline.days })}`;
  for (const deadline of report.upcoming) lines.push(deadlineLine(texts.dueSoon, deadline));
  for (const deadline of report.overdue) lines.push(deadlineLine(texts.overdue, deadline));
  for (const deadline of report.doneLate) lines.push(deadlineLine(texts.doneLate, deadline));
  return lines;
}
