import type { Locale } from '../../core/locale';
import { formatMessage } from '../../core/message';
import { WORDS } from '../words';
import { explainAssessment, MEMBER_TIERS_TONGMIN_2015 } from '../../scoring';
import { EXAMPLE_MEMBERS } from '../demo/example';
import { EXAMPLE_ASSESSMENT, EXAMPLE_SHEETS } from '../demo/scoring';
import { heading, issueLines } from '../output';

/** The reasons that decide a tier, as opposed to those that say how the total was made. */
const VERDICT_REASONS: ReadonlySet<string> = new Set(['band', 'overlap', 'veto', 'quota', 'notGraded']);

/** The demo's scoring section: each member's total, tier and the reason for it, under the 2015 rule. */
export function scoringSection(locale: Locale): readonly string[] {
  const words = WORDS[locale];
  const texts = words.demoTexts;
  const result = EXAMPLE_ASSESSMENT;
  const rule = MEMBER_TIERS_TONGMIN_2015;
  const names = new Map(EXAMPLE_MEMBERS.map((member) => [member.id, member.name]));
  const lines = [
    heading(texts.scoringHeading),
    formatMessage(texts.scoringRule, { source: rule.source ?? '', label: rule.label[locale] }),
  ];
  for (const member of result.members) {
    const tier = member.tier === undefined ? words.cliTexts.notGraded : words.memberTierLabels[member.tier];
    // The verdict's own reasons; how the total was made (the first sentence) shows as the total.
    const [, ...steps] = explainAssessment(member, { sheets: EXAMPLE_SHEETS });
    const why = steps
      .filter((_, index) => VERDICT_REASONS.has(member.reasons[index]!.code))
      .map((text) => text[locale])
      .join(texts.reasonSeparator);
    const total = member.total === null ? words.cliTexts.noTotal : member.total.toFixed(2);
    lines.push(`${names.get(member.memberId) ?? member.memberId}\t${total}\t${tier}\t${why}`);
  }
  const { counts, graded, members } = result.distribution;
  lines.push(formatMessage(texts.scoringDistribution, { members, graded, ...counts }));
  lines.push(...issueLines([...result.issues, ...result.members.flatMap((member) => member.issues)], locale));
  return lines;
}
