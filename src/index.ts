/**
 * cxzy (创先争优): the typed, tested core of a school Party branch's 创先争优 campaign. This entry
 * point re-exports every module except two that name an optional peer dependency: `cxzy/schema`,
 * which loads zod, and `cxzy/testing`, whose declarations name fast-check's types (a TypeScript
 * project without fast-check would fail to compile against the root entry otherwise). So it holds
 * the domains, the catalogue, the table mapping (`cxzy/tables`) and the SQL compilers (`cxzy/sql`).
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
