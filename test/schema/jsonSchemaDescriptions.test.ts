import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/schema';

/** Every property of a JSON Schema, at any depth, with where it is. */
function propertiesOf(node: unknown, path: string): readonly (readonly [string, Readonly<Record<string, unknown>>])[] {
  if (Array.isArray(node)) return node.flatMap((child, index) => propertiesOf(child, `${path}/${index}`));
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, child]) => {
    // Data, not schemas.
    if (key === 'enum' || key === 'const' || key === 'default' || key === 'examples') return [];
    if (key !== 'properties' || typeof child !== 'object' || child === null) return propertiesOf(child, `${path}/${key}`);
    return Object.entries(child as Record<string, unknown>).flatMap(([name, property]) => [
      [`${path}/properties/${name}`, property as Readonly<Record<string, unknown>>] as const,
      ...propertiesOf(property, `${path}/properties/${name}`),
    ]);
  });
}

const HAN = /\p{Script=Han}/u;

/** `保留小数位数 / decimal places`: a Chinese label, then an English one. */
function isBilingual(description: unknown): boolean {
  if (typeof description !== 'string') return false;
  const parts = description.split(' / ');
  if (parts.length !== 2) return false;
  const [zh = '', en = ''] = parts;
  return HAN.test(zh) && !HAN.test(en) && /[a-z]/i.test(en);
}

describe('every property of every JSON Schema is described in zh-CN and en', () => {
  const schemas = jsonSchemas();

  it.each(Object.keys(schemas))('%s', (name) => {
    const fromLibrary = propertiesOf(schemas[name as keyof typeof schemas], name);
    const shipped = propertiesOf(JSON.parse(readFileSync(join('schemas', `${name}.json`), 'utf8')) as unknown, name);
    expect(shipped.length).toBe(fromLibrary.length);
    for (const properties of [fromLibrary, shipped]) {
      expect(properties.filter(([, property]) => !isBilingual(property['description'])).map(([where, property]) => `${where}: ${String(property['description'])}`)).toEqual([]);
    }
  });

  it('labels a field by its label in FIELD_LABELS', () => {
    const properties = schemas.AggregationPolicy['properties'] as Record<string, Record<string, unknown>>;
    expect(properties['precision']?.['description']).toBe('保留小数位数 / decimal places');
    expect((schemas.Member['properties'] as Record<string, Record<string, unknown>>)['id']?.['description']).toBe('编号 / id');
  });

  it('counts properties at every depth: list items and nested objects too', () => {
    const where = propertiesOf(schemas.Campaign, 'Campaign').map(([path]) => path);
    expect(where).toContain('Campaign/properties/phases/items/properties/tasks/items/properties/due');
    expect(where).toContain('Campaign/properties/standards/items/properties/criteria/items/properties/label/properties/zh-CN');
  });
});
