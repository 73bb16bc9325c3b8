/**
 * cxzy/testing: being written (see the issue that introduces it).
 *
 * @packageDocumentation
 */
export {};
