/**
 * cxzy (创先争优): the typed, tested core of a school Party branch's 创先争优 campaign. This entry
 * point re-exports every module except `cxzy/schema`, which loads zod.
 *
 * @packageDocumentation
 */
export * from './organization/index';
export * from './campaign/index';
export * from './schedule/index';
export * from './scoring/index';
export * from './evaluation/index';
export * from './commitment/index';
export * from './commendation/index';
export * from './rectification/index';
export * from './i18n/index';
