import type { Locale } from '../../core/locale';
import { EXAMPLE_CAMPAIGN } from './example';
import { organizationSection, standardsSection } from './organization';
import { scheduleSection } from './schedule';
import { summarySection } from './accountability';
import { evaluationSection } from './evaluation';
import { scoringSection } from './scoring';

/**
 * Everything `cxzy demo` prints for the embedded example campaign, as lines. Each module adds its
 * section here.
 */
export function demoLines(locale: Locale): readonly string[] {
  return [
    `${EXAMPLE_CAMPAIGN.title}`,
    `${locale === 'zh-CN' ? '主题' : 'Theme'}: ${EXAMPLE_CAMPAIGN.theme}`,
    ...organizationSection(locale),
    ...standardsSection(locale),
    ...scheduleSection(locale),
    ...scoringSection(locale),
    ...evaluationSection(locale),
    ...summarySection(locale),
  ];
}
