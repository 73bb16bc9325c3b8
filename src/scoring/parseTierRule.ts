// Moved to tierRules/parseTierRule.ts; other folders of src/ still import it from here, until they import from
// `../scoring` (or the new file) instead.
export { parseTierRule, type ParseTierRuleOptions } from './tierRules/parseTierRule';
