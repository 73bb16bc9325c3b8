import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/schema';

describe('JSON Schemas for non-TypeScript consumers', () => {
  const schemas = jsonSchemas();

  it('describe each entity with its required fields', () => {
    expect(schemas.Member['required']).toEqual(['id', 'name', 'organizationId', 'status', 'roles']);
    expect(schemas.Member['additionalProperties']).toBe(false);
    expect(schemas.IsoDate).toMatchObject({ type: 'string', format: 'date' });
    expect(schemas.Campaign['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it.each(['schemas', join('docs', 'schema')])('are committed in %s exactly as generated (npm run docs)', (dir) => {
    const files = readdirSync(dir).filter((file) => file.endsWith('.json')).sort();
    expect(files).toEqual(Object.keys(schemas).map((name) => `${name}.json`).sort());
    for (const [name, schema] of Object.entries(schemas)) {
      expect(JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')), name).toEqual(schema);
    }
  });
});
