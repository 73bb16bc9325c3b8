// Runs the whole vitest suite once per time zone: results must not depend on the process's TZ.
// Coverage is measured on the first run, and the type tests (which no time zone can change) run
// only there. `test.env.TZ` does not reach vitest's workers, so the
// zone is set in the environment of each run.
import { spawnSync } from 'node:child_process';

const ZONES = ['UTC', 'Asia/Shanghai', 'America/New_York', 'Pacific/Chatham'];

for (const [index, zone] of ZONES.entries()) {
  const args = ['vitest', 'run', ...(index === 0 ? ['--coverage'] : ['--project', 'unit', '--project', 'prop'])];
  process.stdout.write(`\n── vitest under TZ=${zone} ──\n`);
  const run = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, TZ: zone } });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
