import type { Issue } from '../../core/issue';
import type { Locale } from '../../core/locale';
import { formatMessage } from '../../core/message';
import { WORDS } from '../words';
import { checkFunctionalGroups, checkOrganizationTree } from '../../organization';
import { EXAMPLE_FUNCTIONAL_GROUPS, EXAMPLE_MEMBERS, EXAMPLE_ORGANIZATIONS } from '../demo/example';
import { heading, issueLines } from '../output';

/** The demo's organization section: the tree and functional-group checks of the example branch. */
export function organizationSection(locale: Locale): readonly string[] {
  const texts = WORDS[locale].demoTexts;
  const issues: readonly Issue[] = [
    ...checkOrganizationTree(EXAMPLE_ORGANIZATIONS),
    ...checkFunctionalGroups(EXAMPLE_MEMBERS, EXAMPLE_FUNCTIONAL_GROUPS),
  ];
  const summary = formatMessage(texts.organizationSummary, {
    organizations: EXAMPLE_ORGANIZATIONS.length,
    members: EXAMPLE_MEMBERS.length,
    groups: EXAMPLE_FUNCTIONAL_GROUPS.length,
  });
  return [heading(texts.organizationHeading), summary, ...issueLines(issues, locale)];
}
