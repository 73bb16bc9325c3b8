/**
 * Near-valid inputs, one field at a time: every text, number and boolean inside a valid argument
 * replaced by a value of another kind (a text by a number, a number or a boolean by a text). An
 * entry check must report each at exactly its path, as a 党务工作者 fixing a stored rule needs.
 */

/** A path into a value: keys and list positions. */
export type ValuePath = readonly (string | number)[];

/** The path of every text, number and boolean inside `value`, in order. */
export function leafPaths(value: unknown, path: ValuePath = []): ValuePath[] {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => leafPaths(item, [...path, index]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key]));
  return [];
}

/** A copy of `value` with the leaf at `path` replaced by a value of another kind; the rest shared. */
export function wrongAt(value: unknown, path: ValuePath): unknown {
  if (path.length === 0) return typeof value === 'string' ? 42 : 'x';
  const [key, ...rest] = path;
  if (Array.isArray(value)) return value.map((item, index) => (index === key ? wrongAt(item, rest) : item));
  const record = value as Readonly<Record<string, unknown>>;
  return { ...record, [key as string]: wrongAt(record[key as string], rest) };
}
