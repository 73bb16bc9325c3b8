import type { Locale } from '../../core/locale';
import { formatMessage } from '../../core/message';
import { WORDS } from '../words';
import { EXAMPLE_CAMPAIGN } from '../demo/example';
import { evaluationSection } from './evaluationSection';
import { organizationSection } from './organizationSection';
import { scheduleSection } from './scheduleSection';
import { scoringSection } from './scoringSection';
import { standardsSection } from './standardsSection';
import { summarySection } from './summarySection';

/**
 * Everything `cxzy demo` prints for the embedded example campaign, as lines: its title and theme,
 * then one section per module.
 */
export function demoLines(locale: Locale): readonly string[] {
  return [
    EXAMPLE_CAMPAIGN.title,
    formatMessage(WORDS[locale].demoTexts.theme, { theme: EXAMPLE_CAMPAIGN.theme }),
    ...organizationSection(locale),
    ...standardsSection(locale),
    ...scheduleSection(locale),
    ...scoringSection(locale),
    ...evaluationSection(locale),
    ...summarySection(locale),
  ];
}
