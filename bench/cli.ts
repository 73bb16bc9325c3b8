/**
 * Benchmark of the command line on large files (issue 11): 100,000, 500,000 and 1,000,000 members
 * through `cxzy score` and as many ballots through `cxzy evaluate`, read from CSV, written as JSON
 * to standard output (`--json`) and as a 公示 CSV (`--out`). Each run is a child process of the
 * built program; its wall time and peak resident memory are measured by `/usr/bin/time` (or, where
 * that is missing, by the child's own `process.resourceUsage().maxRSS`). The inputs are generated
 * in the system's temporary folder and left there.
 *
 * Run: `npm run build && node --import tsx bench/cli.ts` (figures go to stdout; nothing is asserted).
 * `CXZY_CLI=path/to/cli.js` runs another build; `SIZES=100000,500000` chooses the sizes; `ONLY=--json`
 * runs only the command lines that contain it.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, createWriteStream, existsSync, openSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve(process.env['CXZY_CLI'] ?? 'dist/cli.js');
const SIZES = (process.env['SIZES'] ?? '100000,500000,1000000').split(',').map(Number);
const DIR = tmpdir();
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Writes `count` lines made by `line` after `header`, to `path`, in chunks. */
async function writeLines(path: string, header: string, count: number, line: (index: number) => string): Promise<void> {
  const out = createWriteStream(path);
  let chunk = `\uFEFF${header}\r\n`;
  for (let index = 0; index < count; index += 1) {
    chunk += `${line(index)}\r\n`;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

/** A score table of `count` members on the seed's two documents (the default sheets of `score`). */
const members = (count: number): Promise<void> =>
  writeLines(join(DIR, `cxzy-members-${count}.csv`), '党员编号,姓名,类别,政治学习,教育教学,服务师生,党员示范岗,廉洁从教,遵规守纪,违规违纪扣分', count, (index) =>
    `M${index},党员${index},${index % 10 === 0 ? '预备党员' : '正式党员'},${14 + (index % 7)},${28 + (index % 13)},${6 + (index % 5)},${index % 11},${15 + (index % 6)},${6 + (index % 5)},${index % 17 === 0 ? 5 : ''}`,
  );

/**
 * `count` score ballots under 学校四方评议 (the default policy of `evaluate`): 1,000 subjects, each
 * scored by leaders, peers, teachers and students, and parents in the ratio 1 : 3 : 3 : 3.
 */
const ballots = (count: number): Promise<void> => {
  const groups = ['领导点评', '党内互评', '师生评议', '家长评议'];
  const perSubject = Math.ceil(count / 1000);
  return writeLines(join(DIR, `cxzy-ballots-${count}.csv`), '被评价人,评价人,评议组,得分', count, (index) => {
    const subject = Math.floor(index / perSubject);
    const within = index % perSubject;
    const group = within < perSubject / 10 ? 0 : 1 + (within % 3);
    return `S${subject},E${within},${groups[group]},${70 + ((index * 7) % 31)}`;
  });
};

/** Runs the program with `args`, its standard output to `stdout`; the wall time and peak memory. */
function measure(args: readonly string[], stdout: string): { readonly seconds: number; readonly peakMiB: number; readonly code: number | null } {
  // Standard output straight to a file: a million members' JSON is longer than a string can be.
  const out = openSync(stdout, 'w');
  const started = performance.now();
  const command = TIME === undefined ? process.execPath : TIME;
  const full = TIME === undefined ? ['-e', `process.on('exit',()=>process.stderr.write('\\nMAXRSS '+process.resourceUsage().maxRSS+'\\n'));process.argv.splice(1,0,${JSON.stringify(CLI)});import(${JSON.stringify(CLI)})`, ...args] : ['-f', 'MAXRSS %M', process.execPath, '--max-old-space-size=8192', CLI, ...args];
  const child = spawnSync(command, full, { encoding: 'utf8', stdio: ['ignore', out, 'pipe'], maxBuffer: 1 << 26 });
  closeSync(out);
  const seconds = (performance.now() - started) / 1000;
  const kib = Number(/MAXRSS (\d+)/.exec(child.stderr)?.[1] ?? Number.NaN);
  return { seconds, peakMiB: kib / 1024, code: child.status };
}

const mib = (path: string): string => (statSync(path).size / 1024 / 1024).toFixed(0);

console.log(`cxzy command line, ${CLI}`);
console.log('| input | rows | file MiB | output | time (s) | peak RSS (MiB) | exit |');
console.log('| --- | ---: | ---: | --- | ---: | ---: | ---: |');
for (const size of SIZES) {
  await members(size);
  await ballots(size);
  const memberFile = join(DIR, `cxzy-members-${size}.csv`);
  const ballotFile = join(DIR, `cxzy-ballots-${size}.csv`);
  for (const [label, file, args] of [
    ['score', memberFile, ['score', memberFile, '--json']],
    ['score', memberFile, ['score', memberFile, '--out', join(DIR, `cxzy-publicity-${size}.csv`)]],
    ['evaluate', ballotFile, ['evaluate', ballotFile, '--json']],
    ['evaluate', ballotFile, ['evaluate', ballotFile, '--out', join(DIR, `cxzy-evaluation-${size}.csv`)]],
  ] as const) {
    if (process.env['ONLY'] !== undefined && !args.join(' ').includes(process.env['ONLY'])) continue;
    const output = args.includes('--json') ? '--json' : '--out .csv';
    const result = measure(args, join(DIR, `cxzy-stdout-${label}-${output === '--json' ? 'json' : 'out'}-${size}.txt`));
    console.log(`| ${label} | ${size.toLocaleString('en-US')} | ${mib(file)} | ${output} | ${result.seconds.toFixed(1)} | ${result.peakMiB.toFixed(0)} | ${result.code} |`);
  }
}
