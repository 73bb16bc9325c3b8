import { checkFunctionalGroups } from '../../organization/checkFunctionalGroups';
import { checkOrganizationTree } from '../../organization/checkOrganizationTree';
import type { Locale } from '../../core/locale';
import type { Issue } from '../../core/issue';
import { EXAMPLE_CAMPAIGN, EXAMPLE_FUNCTIONAL_GROUPS, EXAMPLE_MEMBERS, EXAMPLE_ORGANIZATIONS } from './example';
import { heading, issueLines, type Text } from './format';

/** The demo's organization section: the tree and functional-group checks of the example branch. */
export function organizationSection(locale: Locale): readonly string[] {
  const issues: readonly Issue[] = [
    ...checkOrganizationTree(EXAMPLE_ORGANIZATIONS),
    ...checkFunctionalGroups(EXAMPLE_MEMBERS, EXAMPLE_FUNCTIONAL_GROUPS),
  ];
  const summary: Text = {
    'zh-CN': `${EXAMPLE_ORGANIZATIONS.length} 个党组织,${EXAMPLE_MEMBERS.length} 名党员,${EXAMPLE_FUNCTIONAL_GROUPS.length} 个功能党小组`,
    en: `${EXAMPLE_ORGANIZATIONS.length} organizations, ${EXAMPLE_MEMBERS.length} members, ${EXAMPLE_FUNCTIONAL_GROUPS.length} functional groups`,
  };
  return [heading({ 'zh-CN': '组织检查', en: 'Organization check' }, locale), summary[locale], ...issueLines(issues, locale)];
}

/** The demo's standards section: each standard set the example campaign measures against. */
export function standardsSection(locale: Locale): readonly string[] {
  const lines = [heading({ 'zh-CN': '创建标准', en: 'Standards' }, locale)];
  for (const set of EXAMPLE_CAMPAIGN.standards) {
    lines.push(`${set.label[locale]}: ${set.criteria.map((criterion) => criterion.label[locale]).join(locale === 'zh-CN' ? '、' : ', ')}`);
  }
  return lines;
}
