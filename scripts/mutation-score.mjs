// The mutation score of a folder of src/ from the reports of its runs (scripts/mutation.mjs), so
// that a folder measured part by part — `npm run mutation -- scoring/ledgers`, then
// `scoring/sheets`, … — has one figure. For each file the newest report that holds it counts;
// files of the folder that no report holds are listed as not measured.
//
//   npm run mutation:score -- scoring
//
// The score is Stryker's: killed and timed-out mutants over all mutants with a result (survived and
// uncovered included; static mutants left out by a run are not counted).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const folder = (process.argv[2] ?? '').replace(/^\.?\/?(src\/)?/, '').replace(/\/+$/, '');
if (folder === '' || folder.includes('/')) {
  console.error('usage: npm run mutation:score -- <folder of src/, e.g. scoring>');
  process.exit(2);
}

const dir = 'reports/mutation';
const reports = readdirSync(dir)
  .filter((name) => (name === `${folder}.json` || name.startsWith(`${folder}.`)) && name.endsWith('.json') && !name.endsWith('.incremental.json'))
  .map((name) => ({ name, time: statSync(join(dir, name)).mtimeMs }))
  .sort((a, b) => a.time - b.time);

/** Each file's counts from the newest report that holds it. */
const files = new Map();
for (const { name } of reports) {
  const report = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  for (const [file, data] of Object.entries(report.files)) {
    const counts = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 };
    for (const mutant of data.mutants) if (mutant.status in counts) counts[mutant.status] += 1;
    files.set(file, { counts, report: name });
  }
}

const sources = (path) =>
  readdirSync(path, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(path, entry.name)) : entry.name.endsWith('.ts') ? [relative('.', join(path, entry.name))] : [],
  );
const all = sources(join('src', folder));

const score = ({ Killed, Timeout, Survived, NoCoverage }) => {
  const total = Killed + Timeout + Survived + NoCoverage;
  return total === 0 ? '—' : `${((100 * (Killed + Timeout)) / total).toFixed(2)} %`;
};
const total = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 };
console.log('| file | killed | timed out | survived | no coverage | score | report |');
console.log('|---|---:|---:|---:|---:|---:|---|');
for (const file of all) {
  const found = files.get(file);
  if (found === undefined) continue;
  for (const key of Object.keys(total)) total[key] += found.counts[key];
  const { Killed, Timeout, Survived, NoCoverage } = found.counts;
  if (Killed + Timeout + Survived + NoCoverage === 0) continue;
  console.log(`| ${file} | ${Killed} | ${Timeout} | ${Survived} | ${NoCoverage} | ${score(found.counts)} | ${found.report} |`);
}
console.log(`| **${folder}, the files measured** | ${total.Killed} | ${total.Timeout} | ${total.Survived} | ${total.NoCoverage} | **${score(total)}** | |`);
// A file is measured when a run covered its path, even if it has no mutant (types, re-exports).
const covered = reports.map(({ name }) => `src/${name.replace(/\.json$/, '').replace(/\.(all-tests|static)/g, '').replace(/\./g, '/')}`);
const missing = all.filter((file) => !files.has(file) && !covered.some((path) => file === `${path}.ts` || file.startsWith(`${path}/`)));
if (missing.length > 0) console.log(`\nNot measured yet (${missing.length} files): ${missing.join(', ')}`);
