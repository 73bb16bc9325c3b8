// Moved to tierRules/memberTierRules.ts; other folders of src/ still import it from here, until they import from
// `../scoring` (or the new file) instead.
export { MEMBER_TIERS_DEMOCRATIC_REVIEW, MEMBER_TIERS_TONGMIN_2015 } from './tierRules/memberTierRules';
