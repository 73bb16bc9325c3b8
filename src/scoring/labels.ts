import { localizedTable } from '../core/locale';
import * as en from '../locales/en';
import * as zhCN from '../locales/zh-CN';
import type { LocalizedText } from '../core/locale';
export { MEMBER_TIER_LABELS, MEMBER_TIERS } from '../core/tiers';
import type { OrganizationBand } from './grading/types';
import type { ScoreItemKind } from './sheets/types';


/**
 * Labels of each {@link ScoreItemKind}.
 *
 * @example
 * ```ts
 * import { SCORE_ITEM_KIND_LABELS } from 'cxzy/scoring';
 * SCORE_ITEM_KIND_LABELS.deduction['zh-CN']; // '扣分项'
 * ```
 */
export const SCORE_ITEM_KIND_LABELS = /* @__PURE__ */ localizedTable(zhCN.scoreItemKindLabels, en.scoreItemKindLabels) satisfies Record<ScoreItemKind, LocalizedText>;

/**
 * Labels of each {@link OrganizationBand} of 晋档升级.
 *
 * @example
 * ```ts
 * import { ORGANIZATION_BAND_LABELS } from 'cxzy/scoring';
 * ORGANIZATION_BAND_LABELS.lagging['zh-CN']; // '后进'
 * ```
 */
export const ORGANIZATION_BAND_LABELS = /* @__PURE__ */ localizedTable(zhCN.organizationBandLabels, en.organizationBandLabels) satisfies Record<OrganizationBand, LocalizedText>;

/**
 * The 晋档升级 bands from best to worst.
 *
 * @example
 * ```ts
 * import { ORGANIZATION_BANDS } from 'cxzy/scoring';
 * ORGANIZATION_BANDS[0]; // 'advanced'
 * ```
 */
export const ORGANIZATION_BANDS = ['advanced', 'intermediate', 'lagging'] as const satisfies readonly OrganizationBand[];
