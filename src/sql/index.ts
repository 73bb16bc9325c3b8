/**
 * cxzy/sql: being written (see the issue that introduces it).
 *
 * @packageDocumentation
 */
export {};
