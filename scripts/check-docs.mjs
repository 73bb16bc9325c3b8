// The API docs in docs/api are generated from the TSDoc. Generate them afresh (TypeDoc fails on an
// undocumented export, an undocumented interface field or a broken link) and fail if the committed
// copy differs: run `npm run docs` and commit the result.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const fresh = mkdtempSync(join(tmpdir(), 'cxzy-docs-'));
const committed = join('docs', 'api');

function files(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

try {
  execFileSync(process.execPath, [join('node_modules', 'typedoc', 'bin', 'typedoc'), '--out', fresh, '--logLevel', 'Warn'], {
    stdio: 'inherit',
  });
  const expected = files(fresh);
  const actual = files(committed);
  const stale = [
    ...expected.filter((file) => !actual.includes(file)).map((file) => `missing: docs/api/${file}`),
    ...actual.filter((file) => !expected.includes(file)).map((file) => `not generated any more: docs/api/${file}`),
    ...expected
      .filter((file) => actual.includes(file))
      .filter((file) => readFileSync(join(fresh, file), 'utf8') !== readFileSync(join(committed, file), 'utf8'))
      .map((file) => `out of date: docs/api/${file}`),
  ];
  if (stale.length > 0) {
    console.error(`${stale.join('\n')}\nThe API docs are stale: run \`npm run docs\` and commit docs/.`);
    process.exitCode = 1;
  } else {
    console.log(`docs: ${expected.length} API pages match a fresh generation`);
  }
} catch {
  console.error('TypeDoc failed: see its warnings above (an undocumented export, field or a broken link).');
  process.exitCode = 1;
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
