// Installs the packed tarball into a fresh ESM project and a fresh CommonJS project outside the
// repository, the way a user gets the package, then in each: imports every subpath at run time,
// type-checks and runs a small program against the shipped declarations, and runs the `cxzy`
// program.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const subpaths = Object.keys(pkg.exports)
  .filter((key) => !key.includes('*') && key !== './package.json')
  .map((key) => (key === '.' ? 'cxzy' : `cxzy/${key.slice(2)}`));
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const zodVersion = pkg.devDependencies.zod;

const work = mkdtempSync(join(tmpdir(), 'cxzy-consumers-'));
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: 'pipe', encoding: 'utf8' });

const program = `
import { checkOrganizationTree, type PartyOrganization } from 'cxzy/organization';
import { FIVE_GOODS } from 'cxzy/campaign';
import { isoDate, type IsoDate } from 'cxzy/schedule';
import { LABELS, type Issue } from 'cxzy/i18n';
import { parseCampaign } from 'cxzy/schema';
import { classify, MEMBER_TIERS_TONGMIN_2015, type MemberTier } from 'cxzy/scoring';
import { rank } from 'cxzy/evaluation';
import * as everything from 'cxzy';

const tree: readonly PartyOrganization[] = [{ id: 'b', name: '党支部', kind: 'branch', parentId: 'ghost' }];
const issues: readonly Issue[] = checkOrganizationTree(tree);
const opening: IsoDate = isoDate('2010-09-08');
const parsed = parseCampaign({});
const label: string = LABELS.organizationKind.branch['zh-CN'];
const tier: MemberTier | undefined = classify(100, MEMBER_TIERS_TONGMIN_2015)?.tier;
const ranks = rank([{ score: 90 }, { score: 95 }, { score: 90 }], (item) => item.score).map((item) => item.rank);
export const checks = [issues.length === 1, opening === '2010-09-08', !parsed.success, label === '党支部',
  FIVE_GOODS.criteria.length === 5, typeof everything.checkFunctionalGroups === 'function', tier === 'excellent',
  ranks.length === 3];
if (!checks.every(Boolean)) throw new Error('consumer program: ' + JSON.stringify(checks));
`;

try {
  mkdirSync(join(work, 'pack'));
  const tarball = join(work, 'pack', run('npm', ['pack', '--silent', '--pack-destination', join(work, 'pack')], root).trim().split('\n').pop());

  for (const kind of ['esm', 'cjs']) {
    const dir = join(work, kind);
    mkdirSync(dir);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${kind}`, private: true, type: kind === 'esm' ? 'module' : 'commonjs' }));
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball, `zod@${zodVersion}`], dir);

    const runtime =
      kind === 'esm'
        ? subpaths.map((subpath, index) => `import * as m${index} from '${subpath}';`).join('\n') +
          `\nconst modules = [${subpaths.map((_, index) => `m${index}`).join(', ')}];`
        : `const modules = [${subpaths.map((subpath) => `require('${subpath}')`).join(', ')}];`;
    const check = `\nif (modules.some((m) => Object.keys(m).length === 0)) throw new Error('an entry exports nothing');\nconsole.log('${kind}: ' + modules.length + ' subpaths load');\n`;
    const file = kind === 'esm' ? 'runtime.mjs' : 'runtime.cjs';
    writeFileSync(join(dir, file), runtime + check);
    process.stdout.write(run('node', [file], dir));

    writeFileSync(join(dir, kind === 'esm' ? 'program.mts' : 'program.cts'), program);
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', target: 'es2022', strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, outDir: 'out', types: [] }, include: ['*.mts', '*.cts'] }),
    );
    run('node', [tsc, '-p', '.'], dir);
    run('node', [join('out', kind === 'esm' ? 'program.mjs' : 'program.cjs')], dir);
    console.log(`${kind}: the consumer program type-checks against the shipped declarations and runs`);

    const demo = run('npx', ['--no-install', 'cxzy', 'demo'], dir);
    if (!demo.includes('组织检查')) throw new Error(`${kind}: cxzy demo printed no organization check`);
    console.log(`${kind}: npx cxzy demo runs`);
  }
} catch (error) {
  console.error(String(error.stdout ?? ''), String(error.stderr ?? ''), error.message);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
