/**
 * Code-unit order of two strings: the same in every locale, process and time zone, unlike
 * `localeCompare`. Every deterministic tie-break on ids uses it.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
