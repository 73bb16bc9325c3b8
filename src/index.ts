/**
 * cxzy (创先争优): the typed, tested core of a school Party branch's 创先争优 campaign. This entry
 * point re-exports every module except `cxzy/schema`, which loads zod: the domains, the catalogue,
 * the table mapping (`cxzy/tables`), the SQL compilers (`cxzy/sql`) and the rule author's test kit
 * (`cxzy/testing`, whose arbitraries take the caller's own fast-check).
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
export * from './tables/index';
export * from './sql/index';
export * from './testing/index';
