import type { Locale } from '../../core/locale';
import { WORDS } from '../words';
import { EXAMPLE_CAMPAIGN } from '../demo/example';
import { heading } from '../output';

/** The demo's standards section: each standard set the example campaign measures against. */
export function standardsSection(locale: Locale): readonly string[] {
  const texts = WORDS[locale].demoTexts;
  const lines = [heading(texts.standardsHeading)];
  for (const set of EXAMPLE_CAMPAIGN.standards) {
    lines.push(`${set.label[locale]}: ${set.criteria.map((criterion) => criterion.label[locale]).join(texts.listSeparator)}`);
  }
  return lines;
}
