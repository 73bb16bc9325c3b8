// Writes the JSON Schemas of every entity into schemas/ (shipped in the package as
// `cxzy/schemas/<Name>.json`) and docs/schema/ (read with the API docs). `npm run docs` runs it;
// test/schema/jsonSchemas.test.ts fails when the committed files differ from a fresh generation.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from '../src/schema';

for (const dir of ['schemas', join('docs', 'schema')]) {
  mkdirSync(dir, { recursive: true });
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(schema, null, 2)}\n`);
  }
}
