/**
 * cxzy/tables: being written (see the issue that introduces it).
 *
 * @packageDocumentation
 */
export {};
