import { checkDecomposition, COMMITMENT_LEVELS } from '../../commitment';
import type { Locale } from '../../core/locale';
import { formatMessage } from '../../core/message';
import { WORDS } from '../words';
import { ACCOUNTABILITY_AS_OF, EXAMPLE_COMMITMENTS, exampleSummary } from '../demo/accountability';
import { EXAMPLE_FUNCTIONAL_GROUPS, EXAMPLE_MEMBERS } from '../demo/example';
import { heading, issueLines } from '../output';

/** The name of a member or functional group of the example branch, or the id itself. */
const nameOf = (id: string): string =>
  EXAMPLE_MEMBERS.find((member) => member.id === id)?.name ?? EXAMPLE_FUNCTIONAL_GROUPS.find((group) => group.id === id)?.name ?? id;
/** A rate as a percentage with one decimal, or a dash when there is none. */
const percent = (rate: { readonly value: number | null }): string => (rate.value === null ? '—' : `${(rate.value * 100).toFixed(1)}%`);
/** A change in percentage points with its sign. */
const signed = (points: number): string => `${points > 0 ? '+' : ''}${points.toFixed(2)}`;

/**
 * The demo's accountability section: the example branch's campaign summary on
 * {@link ACCOUNTABILITY_AS_OF} — phase and deadlines, the decomposition check and 践诺, the tier
 * distribution and its change, evaluation coverage, the list to recommend upward with the reasons
 * of those not selected, and 整改.
 */
export function summarySection(locale: Locale): readonly string[] {
  const words = WORDS[locale];
  const texts = words.demoTexts;
  const list = (items: readonly string[]): string => items.join(texts.listSeparator);
  const daysOverdue = (days: number): string => formatMessage(texts.daysOverdue, { days });
  const summary = exampleSummary();
  const lines: string[] = [heading(formatMessage(texts.summaryHeading, { date: summary.asOf }))];

  const { schedule, commitments, tiers, evaluation, commendation, rectification } = summary;
  if (schedule !== undefined) {
    const { position } = schedule;
    const current = position.status === 'during' ? ` ${position.phase.title}` : '';
    lines.push(formatMessage(texts.currentPhase, { status: words.phaseStatusLabels[position.status], phase: current }));
    for (const deadline of schedule.deadlines.overdue) {
      lines.push(`  ✗ ${deadline.task.title} (${daysOverdue(deadline.days)})`);
    }
    for (const deadline of schedule.deadlines.upcoming) {
      lines.push(`  · ${deadline.task.title} (${formatMessage(texts.dueInDays, { days: deadline.days })})`);
    }
  }

  if (commitments !== undefined) {
    lines.push(heading(texts.commitmentsHeading));
    lines.push(...issueLines(checkDecomposition(EXAMPLE_COMMITMENTS, EXAMPLE_FUNCTIONAL_GROUPS), locale));
    for (const level of COMMITMENT_LEVELS) {
      const tally = commitments.byLevel[level];
      lines.push(
        formatMessage(texts.commitmentTally, {
          level: words.commitmentLevelLabels[level],
          items: tally.items,
          fulfilled: tally.fulfilled,
          fulfilledLate: tally.fulfilledLate,
          overdue: tally.overdue,
          rate: percent(tally.rate),
        }),
      );
    }
    for (const late of commitments.overdue) {
      lines.push(`  ✗ ${late.title} (${nameOf(late.makerId)}, ${daysOverdue(late.daysLate)})`);
    }
  }

  if (tiers !== undefined) {
    lines.push(heading(texts.tiersHeading));
    tiers.shares.forEach((share, index) => {
      const change = tiers.change?.[index];
      const since = change === undefined ? '' : ` (${formatMessage(texts.sinceLastYear, { change: signed(change.changePoints) })})`;
      lines.push(`${words.memberTierLabels[share.tier]}: ${share.count}, ${share.percent.toFixed(2)}%${since}`);
    });
  }

  if (evaluation !== undefined) {
    const missing = evaluation.missingIds.length === 0 ? '' : formatMessage(texts.notEvaluated, { names: list(evaluation.missingIds.map(nameOf)) });
    lines.push(formatMessage(texts.evaluated, { evaluated: evaluation.evaluated, expected: evaluation.expected, rate: percent(evaluation.rate), missing }));
  }

  if (commendation !== undefined) {
    lines.push(heading(texts.commendationHeading));
    for (const verdict of commendation.recommended) {
      lines.push(`✓ ${words.awardTitleLabels[verdict.title]}: ${verdict.name ?? verdict.id} (${verdict.combined ?? '—'})`);
    }
    for (const verdict of commendation.notSelected) {
      const why = verdict.reasons.filter((reason) => reason.code !== 'combinedScore').map((reason) => reason.message[locale]);
      lines.push(`✗ ${words.awardTitleLabels[verdict.title]}: ${verdict.name ?? verdict.id} — ${why.join(texts.reasonSeparator)}`);
    }
  }

  if (rectification !== undefined) {
    lines.push(heading(texts.rectificationHeading));
    lines.push(
      formatMessage(texts.rectificationCompleted, {
        rate: percent(rectification.completionRate),
        completed: rectification.completed,
        total: rectification.total,
      }),
    );
    for (const overdue of rectification.overdue) {
      lines.push(`  ✗ ${overdue.problem} (${nameOf(overdue.ownerId)}, ${daysOverdue(overdue.daysOverdue)})`);
    }
    for (const undisclosed of rectification.undisclosed) {
      const what = [
        ...(undisclosed.processUndisclosed ? [texts.processUndisclosed] : []),
        ...(undisclosed.resultUndisclosed ? [texts.resultUndisclosed] : []),
      ];
      lines.push(`  ! ${undisclosed.itemId}: ${list(what)}`);
    }
  }
  return lines;
}
