// Runs the whole vitest suite once per time zone: results must not depend on the process's TZ.
// Coverage is measured on the first run, and the type tests (which no time zone can change) and the
// fuzz suite run only there. `test.env.TZ` does not reach vitest's workers, so the
// zone is set in the environment of each run.
//
// The zones, each for what it can catch:
// - UTC: the reference.
// - Asia/Shanghai: the campaigns' own zone (UTC+8, with the summer time of 1986–1991).
// - America/New_York: west of Greenwich, where UTC midnight is the previous local day, with DST.
// - Pacific/Kiritimati: UTC+14, the easternmost, which skipped 1994-12-31 moving across the date
//   line (date-fns' local getDaysInMonth gave December 1994 one day there).
// - Pacific/Apia: skipped 2011-12-30 the same way, and kept summer time (UTC+13/+14) until 2021.
// Pacific/Chatham (UTC+12:45/+13:45) was dropped when the two zones that skipped a day came in:
// Apia covers its far-east offset with summer time, and a 45-minute offset cannot move a date that
// Apia's and Kiritimati's whole hours do not; each zone adds a full run of the suite to CI.
import { spawnSync } from 'node:child_process';

const ZONES = ['UTC', 'Asia/Shanghai', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Apia'];

// The fuzz suite (test/fuzz) runs once, under UTC, right after the first run and without coverage
// instrumentation: it calls every export over 170,000 times, which is what its time goes to, and no
// time zone changes what an export does with a value it refuses.
const SUITES = ['unit', 'prop'];
// The differential tests against PostgreSQL (test/**/*.test-db.ts, PGlite) run once too, in the
// first run: starting the database takes seconds, and the process's time zone reaches neither the
// SQL nor the library's figures it is compared with.

for (const [index, zone] of ZONES.entries()) {
  const runs = index === 0
    ? [['--coverage', ...SUITES.flatMap((name) => ['--project', name]), '--project', 'types', '--project', 'db'], ['--project', 'fuzz']]
    : [SUITES.flatMap((name) => ['--project', name])];
  for (const args of runs) {
    process.stdout.write(`\n── vitest ${args.join(' ')} under TZ=${zone} ──\n`);
    const run = spawnSync('npx', ['vitest', 'run', ...args], { stdio: 'inherit', env: { ...process.env, TZ: zone } });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
}
