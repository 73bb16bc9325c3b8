/**
 * Labels and messages in zh-CN and en, and the shape of issues every cxzy check returns.
 *
 * @packageDocumentation
 */
export { LOCALES, type Locale, type LocalizedText } from '../core/locale';
export type { Issue, IssuePath, ParseResult, Severity } from '../core/issue';
export { createIssue, formatLocalized, formatMessage, type LabelLookup, type LabelTables, type MessageCatalog, type MessageParams } from '../core/message';
export {
  FIELD_LABELS,
  INPUT_MESSAGES,
  InvalidInputError,
  VALUE_KIND_LABELS,
  type InputIssueCode,
  type ValueKind,
} from '../core/input';
export { LABELS, MESSAGES } from './catalogue';
export { CATALOGUES, type LocaleCatalogue } from './localeCatalogue';
export { formatIssue, renderMessage } from './renderMessage';
