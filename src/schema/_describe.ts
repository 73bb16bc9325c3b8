import { FIELD_LABELS } from '../core/input';

/** A JSON Schema node, as `z.toJSONSchema` produces it: plain JSON. */
type JsonSchemaNode = Readonly<Record<string, unknown>>;

const isNode = (value: unknown): value is JsonSchemaNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `保留小数位数 / decimal places`: a field's label in zh-CN, then in en. */
function describeField(key: string): string | undefined {
  if (!Object.hasOwn(FIELD_LABELS, key)) return undefined;
  const label = FIELD_LABELS[key as keyof typeof FIELD_LABELS];
  return `${label['zh-CN']} / ${label.en}`;
}

/**
 * A copy of a generated JSON Schema in which every property (of every object, at any depth, in
 * `$defs`, list items and alternatives too) has a `description`: its label from `FIELD_LABELS` in
 * zh-CN and en. A description the schema already has is kept; a property without a label is left
 * without one (a test makes sure every shipped schema has them all). Internal to `cxzy/schema`.
 */
export function describeProperties(schema: JsonSchemaNode): JsonSchemaNode {
  return describeNode(schema) as JsonSchemaNode;
}

function describeNode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(describeNode);
  if (!isNode(value)) return value;
  // Object.fromEntries defines keys as data: a property named `__proto__` stays a property.
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => {
      // `enum`, `const`, `default` and `examples` hold data, not schemas: copied as they are.
      if (key === 'enum' || key === 'const' || key === 'default' || key === 'examples') return [key, child];
      if (key === 'properties' && isNode(child)) return [key, describeEach(child)];
      return [key, describeNode(child)];
    }),
  );
}

function describeEach(properties: JsonSchemaNode): JsonSchemaNode {
  return Object.fromEntries(
    Object.entries(properties).map(([name, property]) => {
      const node = describeNode(property);
      const description = describeField(name);
      const described = isNode(node) && node['description'] === undefined && description !== undefined;
      return [name, described ? { ...node, description } : node];
    }),
  );
}
