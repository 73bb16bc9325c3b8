/**
 * A value from the input as a message parameter (private): any value, shown as plain text without
 * ever calling its own `toString` (an object from JSON may carry `"toString": 2`, a symbol cannot
 * be converted implicitly). Long texts are cut.
 */
export function showValue(value: unknown): string {
  if (typeof value === 'string') return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
  if (value === null || typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value === undefined) return `${value}`;
  return Array.isArray(value) ? '[…]' : typeof value === 'object' ? '{…}' : typeof value;
}

const MAX_SHOWN = 40;
