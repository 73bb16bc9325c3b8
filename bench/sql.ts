/**
 * Benchmark of cxzy/sql: the same evaluation — 1,000,000 score ballots, 100,000 subjects × 10
 * evaluators in 4 groups, a trimmed mean in one — computed four ways, side by side in one run:
 *
 * 1. cxzy `aggregateEvaluations` on ballot objects already in memory;
 * 2. cxzy fed from CSV, two ways: the library's own reader — `csvBatches` and `readScoreBallots`
 *    of cxzy/tables (every cell checked, numbers read exactly), the ballots handed to
 *    `aggregateEvaluations` by a generator a batch at a time, so that the rows are never all held —
 *    and, for comparison, the whole text split into a list of ballots the plain way (`split`,
 *    `Number`, nothing checked), then aggregated. The ingest ratio is the time the reading adds to
 *    the aggregation, over the aggregation's own time (issue 13's target: at most 2);
 * 3. the query `compileEvaluationQuery` compiles, on a real PostgreSQL server: the script finds
 *    Debian's server (`/usr/lib/postgresql/<version>/bin`), `initdb`s a temporary directory,
 *    starts it on a Unix socket in /tmp (no TCP port), loads the ballots with `\copy`, and runs the
 *    query through `psql` (a session each round: `PREPARE`, then `EXECUTE` timed by `\timing`, its
 *    rows written to /dev/null, so the time includes sending the 100,000 rows to the client), with
 *    PostgreSQL's default settings (JIT on) and with `SET jit = off`; it stops the server at the end.
 *    Skipped, with a line saying so, where no server is installed. As root, the server runs as the
 *    `postgres` user (PostgreSQL refuses to run as root);
 * 4. the same query on PGlite (PostgreSQL 18 in WebAssembly, in this process).
 *
 * Every SQL result is checked against the library's, subject by subject (every group's figure
 * and count, and the combined score), and the number of differences printed; on the server, the
 * 2015 seed's tier rule compiled by `compileTierQuery` is also checked against `classify` on every
 * combined score and on each boundary and its neighbours.
 *
 * The paths alternate within each round (on a machine shared with other work, a slow spell then
 * falls on all of them alike), and each is reported as the median of its rounds.
 *
 * The library's paths run their rounds first, before any SQL engine is started; then the engines
 * run theirs. Run: `npm run bench:sql -- [rounds] [--library]` (default 5 rounds; `--library` for
 * the library's paths alone).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { aggregateEvaluations, type ScoreBallot, type SubjectResult } from '../src/evaluation';
import { POLICY, type Group } from './_policy';
import { classify, MEMBER_TIERS_TONGMIN_2015 } from '../src/scoring';
import { csvBatches, readScoreBallots } from '../src/tables';
import { compileEvaluationQuery, compileTierQuery, readEvaluationRows, type EvaluationQuery, type SqlSubjectResult } from '../src/sql';


const SUBJECTS = 100_000;
/** Evaluators per subject by group, 10 in all; the peer group is the trimmed one. */
const LAYOUT: readonly (readonly [Group, number])[] = [
  ['leadership', 2],
  ['peer', 4],
  ['teachersStudents', 2],
  ['parents', 2],
];
const ROUNDS = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 5);
/** `--library`: only the library's own paths (in memory, and from CSV), no SQL engine. */
const ONLY_LIBRARY = process.argv.includes('--library');

/** A small deterministic generator, so runs are comparable. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The ballots, subjects interleaved as real uploads come, with scores of two decimals. */
function makeBallots(): ScoreBallot<Group>[] {
  const next = random(1);
  const ballots: ScoreBallot<Group>[] = [];
  for (const [group, perSubject] of LAYOUT) {
    for (let slot = 0; slot < perSubject; slot += 1) {
      for (let subject = 0; subject < SUBJECTS; subject += 1) {
        ballots.push({ subjectId: `m${subject}`, evaluatorId: `${group}-${slot}`, group, score: (6000 + Math.floor(next() * 4001)) / 100 });
      }
    }
  }
  return ballots;
}

function toCsv(ballots: readonly ScoreBallot<Group>[]): string {
  const lines = ['position,subject_id,evaluator_id,group,score'];
  ballots.forEach((ballot, position) => lines.push(`${position},${ballot.subjectId},${ballot.evaluatorId},${ballot.group},${ballot.score}`));
  return `${lines.join('\n')}\n`;
}

/** The CSV read back into ballots the plain way: lines, fields, `Number`. */
function fromCsv(text: string): ScoreBallot<string>[] {
  const lines = text.split('\n');
  const ballots: ScoreBallot<string>[] = [];
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (line === '') continue;
    const fields = line.split(',');
    ballots.push({ subjectId: fields[1]!, evaluatorId: fields[2]!, group: fields[3]!, score: Number(fields[4]) });
  }
  return ballots;
}

/**
 * The CSV read by cxzy/tables: batches of rows checked by `readScoreBallots`, each ballot handed
 * on as it is read. A problem would end the run (the benchmark's file has none).
 */
function* readWithTables(text: string): Generator<ScoreBallot<string>, void, undefined> {
  for (const batch of csvBatches(text)) {
    const read = readScoreBallots(batch.rows, { headers: batch.headers, startRow: batch.startRow, columns: COLUMNS });
    if (!read.success) throw new Error(`row ${batch.startRow}: ${read.issues[0]?.message.en}`);
    yield* read.data;
  }
}

/** The benchmark file's headers are the SQL table's column names. */
const COLUMNS = { subjectId: 'subject_id', evaluatorId: 'evaluator_id', group: 'group', score: 'score' } as const;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function time(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

interface Figures {
  readonly values: readonly (number | null)[];
  readonly counts: readonly number[];
  readonly combined: number | null;
}

const GROUP_ORDER = Object.keys(POLICY.groups).sort() as Group[];

function fromLibrary(subjects: readonly SubjectResult<Group>[]): Map<string, Figures> {
  return new Map(subjects.map((subject) => [subject.subjectId, { values: GROUP_ORDER.map((group) => subject.groups[group].value), counts: GROUP_ORDER.map((group) => subject.groups[group].count), combined: subject.combined }]));
}

function fromSql(subjects: readonly SqlSubjectResult<Group>[]): Map<string, Figures> {
  return new Map(subjects.map((subject) => [subject.subjectId, { values: GROUP_ORDER.map((group) => subject.groups[group].value), counts: GROUP_ORDER.map((group) => subject.groups[group].count), combined: subject.combined }]));
}

/** How many subjects differ (a missing subject counts as different). */
function differences(expected: Map<string, Figures>, actual: Map<string, Figures>): number {
  let different = Math.abs(expected.size - actual.size);
  for (const [id, figures] of expected) {
    const other = actual.get(id);
    if (other === undefined || JSON.stringify(other) !== JSON.stringify(figures)) different += 1;
  }
  return different;
}

// ── PostgreSQL server from Debian's package ───────────────────────────────────────────────────

function serverBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((name) => existsSync(join(root, name, 'bin', 'postgres'))).sort((a, b) => Number(b) - Number(a));
  return versions.length === 0 ? undefined : join(root, versions[0]!, 'bin');
}

/** A PostgreSQL server started for the run, with the ballots loaded and the query at hand. */
interface Server {
  readonly version: string;
  /** Runs the query once (with JIT on or off) and returns the time `\timing` reports. */
  time(jit: boolean): number;
  /** How many subjects' figures differ from the library's. */
  different(): number;
  /** How many totals the compiled tier rule classifies otherwise than `classify`. */
  tierDifferences(totals: readonly (number | null)[]): number;
  stop(): void;
}

/** Starts a fresh server and loads the ballots; a reason when there is none to start. */
function startServer(csv: string, query: EvaluationQuery<Group>, expected: Map<string, Figures>): Server | string {
  const bin = serverBinaries();
  if (bin === undefined) return 'no PostgreSQL server installed (looked in /usr/lib/postgresql/*/bin; on Debian: apt-get install postgresql)';
  // PostgreSQL refuses to run as root: run it as the `postgres` user the package creates.
  const user = process.getuid?.() === 0 ? 'postgres' : undefined;
  const ids = user === undefined ? undefined : { uid: Number(execFileSync('id', ['-u', user]).toString()), gid: Number(execFileSync('id', ['-g', user]).toString()) };
  const dir = mkdtempSync(join(tmpdir(), 'cxzy-sql-bench-'));
  const data = join(dir, 'data');
  const socket = join(dir, 'socket');
  const exec = (command: string, args: readonly string[], input?: string) => {
    const [file, argv] = user === undefined ? [command, args] : ['runuser', ['-u', user, '--', command, ...args]];
    const result = spawnSync(file, [...argv], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
    return result.stdout;
  };
  if (ids !== undefined) chownSync(dir, ids.uid, ids.gid);
  chmodSync(dir, 0o755);
  const version = exec(join(bin, 'postgres'), ['--version']).trim();
  let started = false;
  const stop = () => {
    if (started) exec(join(bin, 'pg_ctl'), ['-D', data, '-w', '-m', 'fast', 'stop']);
    started = false;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    exec(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
    execFileSync('mkdir', ['-p', socket]);
    if (ids !== undefined) chownSync(socket, ids.uid, ids.gid);
    exec(join(bin, 'pg_ctl'), ['-D', data, '-w', '-l', join(dir, 'server.log'), '-o', `-c listen_addresses='' -c unix_socket_directories='${socket}' -c fsync=off`, 'start']);
    started = true;
    const psql = (script: string) => exec(join(bin, 'psql'), ['-X', '-q', '-h', socket, '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-At', '-f', '-'], script);
    const csvFile = join(dir, 'ballots.csv');
    writeFileSync(csvFile, csv);
    chmodSync(csvFile, 0o644);
    psql(`CREATE TABLE ballots (position integer, subject_id text, evaluator_id text, "group" text, score numeric);
\\copy ballots FROM '${csvFile}' CSV HEADER
VACUUM ANALYZE ballots;`);
    const prepare = `PREPARE evaluation AS ${query.text};`;
    const execute = `EXECUTE evaluation(${query.values.map((value) => `'${String(value).replaceAll("'", "''")}'`).join(', ')});`;
    return {
      version,
      // A session of its own each time: PREPARE, then the timed EXECUTE, its rows to /dev/null (so
      // the time includes sending the 100,000 rows to the client).
      time: (jit) => {
        const output = psql(`SET jit = ${jit ? 'on' : 'off'};\n${prepare}\n\\o /dev/null\n\\timing on\n${execute}\n`);
        return Number(/Time: ([\d.]+) ms/.exec(output)?.[1]);
      },
      different: () => {
        const rows = psql(`\\pset format unaligned\n\\pset fieldsep '\\t'\n\\pset tuples_only on\n${prepare}\n${execute}\n`)
          .split('\n')
          .filter((line) => line !== '')
          .map((line) => {
            const fields = line.split('\t');
            const row: Record<string, unknown> = { subject_id: fields[0], combined: fields[1 + 3 * query.groups.length] || null, issues: '[]' };
            query.groups.forEach((group, index) => {
              row[group.value] = fields[1 + 3 * index] || null;
              row[group.count] = fields[2 + 3 * index];
              row[group.status] = fields[3 + 3 * index];
            });
            return row;
          });
        return differences(expected, fromSql(readEvaluationRows(rows, query)));
      },
      tierDifferences: (totals) => {
        const file = join(dir, 'totals.csv');
        writeFileSync(file, totals.map((total, id) => `${id},${total ?? ''}`).join('\n') + '\n');
        chmodSync(file, 0o644);
        const tier = compileTierQuery(MEMBER_TIERS_TONGMIN_2015, { table: 'totals', score: 'total' });
        const values = tier.values.map((value) => `'${String(value).replaceAll("'", "''")}'`).join(', ');
        const output = psql(`CREATE TABLE totals (id integer, total numeric);\n\\copy totals FROM '${file}' CSV\n\\pset format unaligned\n\\pset fieldsep '\\t'\n\\pset tuples_only on\nPREPARE tier AS ${tier.text} ORDER BY "t"."id";\nEXECUTE tier(${values});\n`);
        const lines = output.split('\n').filter((line) => line !== '');
        let different = Math.abs(lines.length - totals.length);
        lines.forEach((line, index) => {
          const [, , tierCode, band] = line.split('\t');
          const total = totals[index];
          const expected = total === null || total === undefined ? undefined : classify(total, MEMBER_TIERS_TONGMIN_2015);
          if ((tierCode || undefined) !== expected?.tier || (band === '' ? undefined : Number(band)) !== expected?.bandIndex) different += 1;
        });
        return different;
      },
      stop,
    };
  } catch (error) {
    stop();
    throw error;
  }
}

// ── The run ────────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<void> {
  const ballots = makeBallots();
  const csv = toCsv(ballots);
  const query = compileEvaluationQuery(POLICY, { table: 'ballots', columns: { position: 'position' } });
  process.stdout.write(`${ballots.length.toLocaleString('en')} ballots, ${SUBJECTS.toLocaleString('en')} subjects, CSV ${(csv.length / 1e6).toFixed(0)} MB; ${ROUNDS} rounds, each path once a round\n`);
  const expected = fromLibrary(aggregateEvaluations(ballots, POLICY).subjects);

  // The library's own paths first, alternating within each round so that the machine's other
  // work falls on all alike; then the SQL engines are started (PGlite lives in this process, and
  // its memory would weigh on the garbage collector of the paths that allocate), and take their turns.
  const times = { memory: [] as number[], tables: [] as number[], csv: [] as number[], server: [] as number[], serverNoJit: [] as number[], pglite: [] as number[] };
  for (let round = 0; round < ROUNDS; round += 1) {
    times.memory.push(time(() => aggregateEvaluations(ballots, POLICY)));
    times.tables.push(time(() => aggregateEvaluations(readWithTables(csv), POLICY)));
    times.csv.push(time(() => aggregateEvaluations(fromCsv(csv), POLICY)));
  }
  const tablesDiffer = differences(expected, fromLibrary(aggregateEvaluations(readWithTables(csv), POLICY).subjects));

  const server = ONLY_LIBRARY ? 'the SQL engines: skipped (--library)' : startServer(csv, query, expected);
  const db = ONLY_LIBRARY ? undefined : await PGlite.create();
  try {
    let liteRows: Record<string, unknown>[] = [];
    if (db !== undefined) {
      await db.exec('CREATE TABLE ballots (position integer, subject_id text, evaluator_id text, "group" text, score numeric)');
      const chunk = 100_000;
      for (let from = 0; from < ballots.length; from += chunk) {
        const rows = ballots.slice(from, from + chunk).map((ballot, index) => ({ position: from + index, subject_id: ballot.subjectId, evaluator_id: ballot.evaluatorId, group: ballot.group, score: ballot.score }));
        await db.query('INSERT INTO ballots SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(position integer, subject_id text, evaluator_id text, "group" text, score numeric)', [JSON.stringify(rows)]);
      }
      await db.exec('VACUUM ANALYZE ballots');
      for (let round = 0; round < ROUNDS; round += 1) {
        if (typeof server !== 'string') {
          times.server.push(server.time(true));
          times.serverNoJit.push(server.time(false));
        }
        const start = performance.now();
        liteRows = (await db.query<Record<string, unknown>>(query.text, [...query.values])).rows;
        times.pglite.push(performance.now() - start);
      }
    }

    const base = median(times.memory);
    const rows: [string, number | undefined, string][] = [
      ['cxzy aggregateEvaluations, ballots in memory', base, ''],
      ['cxzy, the CSV read by cxzy/tables (csvBatches, readScoreBallots), streamed', median(times.tables), `ingest ${((median(times.tables) - base) / base).toFixed(2)}× the aggregation; ${tablesDiffer} subjects differ`],
      ['cxzy, the CSV split into a list of ballots first (plain split, Number)', median(times.csv), `ingest ${((median(times.csv) - base) / base).toFixed(2)}× the aggregation`],
    ];
    if (typeof server === 'string') rows.push(['compiled SQL on a PostgreSQL server: skipped', undefined, server]);
    else {
      rows.push([`compiled SQL on ${server.version}, psql over a Unix socket, default settings (JIT on)`, median(times.server), `${server.different()} subjects differ`]);
      rows.push(['the same, SET jit = off', median(times.serverNoJit), '']);
      // The tier rule too: every subject's combined score, and each boundary and its neighbours.
      const totals = [...[...expected.values()].map((figures) => figures.combined), 100, 99.99, 80, 79.995, 79.99, 60, 59.995, 59.99, 0, null];
      process.stdout.write(`Tier rule (MEMBER_TIERS_TONGMIN_2015) on ${server.version}: ${server.tierDifferences(totals)} of ${totals.length} totals classified otherwise than classify\n`);
    }
    if (db !== undefined) rows.push(['compiled SQL on PGlite 0.5.17 (PostgreSQL 18, WebAssembly, in this process)', median(times.pglite), `${differences(expected, fromSql(readEvaluationRows(liteRows, query)))} subjects differ`]);

    process.stdout.write('\n| path | median | vs cxzy in memory | note |\n|---|---|---|---|\n');
    for (const [label, ms, note] of rows) {
      process.stdout.write(`| ${label} | ${ms === undefined ? '—' : `${Math.round(ms).toLocaleString('en')} ms`} | ${ms === undefined ? '—' : `${(ms / base).toFixed(2)}×`} | ${note} |\n`);
    }
    process.stdout.write(`\nEvery time, in ms: ${JSON.stringify(Object.fromEntries(Object.entries(times).map(([key, list]) => [key, list.map(Math.round)])))}\n`);
  } finally {
    if (typeof server !== 'string') server.stop();
    await db?.close();
  }
}

await main();
