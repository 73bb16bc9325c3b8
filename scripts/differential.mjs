// Differential run: the same inputs through two builds of cxzy, results compared.
//
//   node scripts/differential.mjs --base <git rev>        build <rev> in a temporary worktree and
//                                                        compare it with ./dist (run `npm run build` first)
//   node scripts/differential.mjs OLD_DIST NEW_DIST       compare two builds already made
//
// Inputs: the embedded demo (its printed output in both languages, and its data through every
// function it uses) and a fixed-seed battery of random inputs per function (fast-check). Results
// are compared as JSON. An issue (or a selection reason) is compared by everything but its `params`,
// its message in every locale included; `params` are left out on purpose, since they now carry plain
// codes instead of labels in both languages (the messages, rendered from them, must still be the same). Exit code 1 on any
// difference, printing the first few.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.RUNS ?? 300);

function buildRevision(rev) {
  const dir = mkdtempSync(join(tmpdir(), 'cxzy-base-'));
  execFileSync('git', ['worktree', 'add', '--detach', dir, rev], { cwd: ROOT, stdio: 'ignore' });
  // The revision's own lock file: its dependencies may differ from today's (date-fns, before).
  execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'ignore' });
  execFileSync(join(ROOT, 'node_modules', '.bin', 'tsup'), [], { cwd: dir, stdio: 'ignore' });
  return { dist: join(dir, 'dist'), cleanup: () => execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT, stdio: 'ignore' }) };
}

/** Issues without their params; everything else as it is, with undefined fields dropped. */
function normalize(value) {
  return JSON.parse(
    JSON.stringify(value, (key, inner) => {
      if (inner !== null && typeof inner === 'object' && 'code' in inner && 'message' in inner && 'params' in inner) {
        const { params: _params, ...rest } = inner;
        return rest;
      }
      if (typeof inner === 'number' && !Number.isFinite(inner)) return `number:${inner}`;
      return inner;
    }),
  );
}

/** Calls `f`, turning a throw into a value so that two builds that throw alike still agree. */
function attempt(f) {
  try {
    return { value: normalize(f()) };
  } catch (error) {
    return { threw: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

const sample = (arbitrary, seed) => fc.sample(arbitrary, { seed, numRuns: RUNS });

// ── Inputs ──────────────────────────────────────────────────────────────────────────────────────
const day = fc.integer({ min: 0, max: 3000 }).map((offset) => new Date(Date.UTC(2009, 0, 1 + offset)).toISOString().slice(0, 10));
const id = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
const points = fc.oneof(fc.integer({ min: -200, max: 2600 }).map((hundredths) => hundredths / 100), fc.constantFrom(Number.NaN, 0.1 + 0.2, 1e9));

const SHEETS = [
  {
    id: 'goals',
    title: '目标管理责任书',
    items: [
      { id: 'g1', title: '政治学习', standard: 'learning', kind: 'base', maxPoints: 25 },
      { id: 'g2', title: '教书育人', standard: 'excellence', kind: 'base', maxPoints: 25 },
      { id: 'g3', title: '表彰奖励', kind: 'bonus', maxPoints: 5 },
    ],
  },
  {
    id: 'integrity',
    title: '党风廉政建设责任书',
    items: [
      { id: 'i1', title: '廉洁自律', standard: 'integrity', kind: 'base', maxPoints: 50 },
      { id: 'i2', title: '违纪扣分', kind: 'deduction', maxPoints: 10 },
    ],
  },
];
const ITEM_KEYS = [['goals', 'g1'], ['goals', 'g2'], ['goals', 'g3'], ['integrity', 'i1'], ['integrity', 'i2'], ['goals', 'nope']];
const entry = fc.record({ pair: fc.constantFrom(...ITEM_KEYS), points }).map(({ pair: [sheetId, itemId], points: value }) => ({ sheetId, itemId, points: value }));
const card = fc.record(
  { memberId: id, status: fc.constantFrom('full', 'probationary'), entries: fc.array(entry, { maxLength: 8 }) },
  { requiredKeys: ['memberId', 'entries'] },
);
const ruleText = fc
  .array(fc.constantFrom('100分以上为优秀', '80—100分为合格', '60—80分为基本合格', '60分以下为不合格', '90分以上为优秀', '70—90分为合格', '不满60分为不合格', '支部给予表彰', '59.995分以下'), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join(';'));

const GROUPS = ['leadership', 'peer', 'masses'];
const groupRule = fc.oneof(
  fc.record({ weight: fc.constantFrom(0, 0.2, 0.3, 0.5), method: fc.constantFrom('mean', 'median'), minBallots: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ weight: fc.constantFrom(0.2, 0.3, 0.5), method: fc.constant('trimmedMean'), dropHighest: fc.integer({ min: 0, max: 2 }), dropLowest: fc.integer({ min: 0, max: 2 }) }),
);
const policy = fc.record({
  groups: fc.record({ leadership: groupRule, peer: groupRule, masses: groupRule }),
  missingGroup: fc.constantFrom('renormalize', 'zero', 'error'),
  duplicateBallot: fc.constantFrom('unchecked', 'error', 'lastWins'),
  excludeSelfFromPeer: fc.boolean(),
  precision: fc.integer({ min: 0, max: 3 }),
  scale: fc.constant({ min: 0, max: 100 }),
});
const ballot = fc.record({
  subjectId: id,
  evaluatorId: id,
  group: fc.constantFrom(...GROUPS, 'alumni'),
  score: fc.oneof(fc.integer({ min: 0, max: 10000 }).map((h) => h / 100), fc.constantFrom(Number.NaN, 101)),
});

const phase = fc
  .record({ id, kind: fc.constantFrom('mobilization', 'implementation', 'benchmarking', 'summary', 'custom'), start: day, end: day, due: fc.array(day, { maxLength: 3 }) })
  .map(({ due, ...rest }) => ({ ...rest, title: `阶段${rest.id}`, tasks: due.map((date, index) => ({ id: `${rest.id}-t${index}`, title: `任务${index}`, due: date })) }));

const org = fc.record({ id, name: fc.constant('支部'), kind: fc.constantFrom('committee', 'generalBranch', 'branch'), parentId: fc.option(id, { nil: undefined }) }).map((o) =>
  o.parentId === undefined ? { id: o.id, name: o.name, kind: o.kind } : o,
);

const commitmentItem = (level) =>
  fc.record({ id: fc.constantFrom('x1', 'x2', 'x3', 'x4'), title: fc.constant('事项'), due: day, status: fc.constantFrom('planned', 'fulfilled', 'unfulfilled', 'dropped'), from: fc.option(fc.constantFrom('x1', 'x2', 'x3'), { nil: undefined }) }).map((item) => {
    const { from, ...rest } = item;
    return from === undefined || level === 'branch' ? rest : { ...rest, decomposedFrom: from };
  });
const commitment = fc.constantFrom('branch', 'group', 'member').chain((level) =>
  fc.record({ id, level: fc.constant(level), makerId: id, audiences: fc.constant(['teachers']), items: fc.array(commitmentItem(level), { maxLength: 3 }) }),
);

// ── The battery ─────────────────────────────────────────────────────────────────────────────────
function battery(lib, demo) {
  const out = {};
  out.demo = attempt(() => demo);
  out.classify = sample(fc.tuple(fc.integer({ min: -1000, max: 12000 }), fc.constantFrom(lib.MEMBER_TIERS_TONGMIN_2015, lib.MEMBER_TIERS_DEMOCRATIC_REVIEW)), 1).map(([h, rule]) => attempt(() => lib.classify(h / 100, rule)));
  out.parseTierRule = sample(ruleText, 2).map((text) => attempt(() => lib.parseTierRule(text)));
  out.assessMember = sample(card, 3).map((c) => attempt(() => lib.assessMember(c, SHEETS, lib.MEMBER_TIERS_TONGMIN_2015)));
  out.assessMembers = sample(fc.tuple(fc.array(card, { maxLength: 12 }), fc.option(fc.record({ share: fc.record({ numerator: fc.integer({ min: 0, max: 3 }), denominator: fc.integer({ min: 1, max: 4 }) }), of: fc.constantFrom('allMembers', 'gradedMembers'), tieBreak: fc.constantFrom('excludeTied', 'memberId') }), { nil: undefined })), 4).map(([cards, quota]) =>
    attempt(() => lib.assessMembers(cards, SHEETS, lib.MEMBER_TIERS_TONGMIN_2015, quota === undefined ? {} : { excellentQuota: quota })),
  );
  out.explainAssessment = sample(card, 5).map((c) => attempt(() => lib.explainAssessment(lib.assessMember(c, SHEETS, lib.MEMBER_TIERS_TONGMIN_2015), { sheets: SHEETS })));
  out.aggregateEvaluations = sample(fc.tuple(fc.array(ballot, { maxLength: 30 }), policy), 6).map(([ballots, p]) => attempt(() => lib.aggregateEvaluations(ballots, p)));
  out.accumulator = sample(fc.tuple(fc.array(ballot, { maxLength: 30 }), policy, fc.integer({ min: 0, max: 30 })), 7).map(([ballots, p, cut]) =>
    attempt(() => {
      const left = lib.addBallots(lib.createAccumulator(p), ballots.slice(0, cut));
      const right = lib.addBallots(lib.createAccumulator(p), ballots.slice(cut), { firstIndex: cut });
      const revived = lib.accumulatorFromJson(lib.accumulatorToJson(right), p);
      if (!revived.success) return { revived };
      const merged = lib.mergeAccumulators(revived.data, left, revived.data);
      return { json: lib.accumulatorToJson(merged), result: lib.finalizeAccumulator(merged) };
    }),
  );
  out.rank = sample(fc.tuple(fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined })), fc.boolean()), 8).map(([scores, dense]) => attempt(() => lib.rank(scores, (s) => s, { dense })));
  out.summarizeVotes = sample(fc.array(fc.record({ subjectId: id, evaluatorId: id, grade: fc.constantFrom('satisfied', 'basicallySatisfied', 'dissatisfied') }), { maxLength: 20 }), 9).map((ballots) =>
    attempt(() => lib.summarizeVotes(ballots, lib.SATISFACTION_SURVEY_RULE)),
  );
  out.motion = sample(fc.record({ entitled: fc.integer({ min: 0, max: 30 }), present: fc.integer({ min: 0, max: 30 }), inFavour: fc.integer({ min: 0, max: 30 }), against: fc.integer({ min: 0, max: 5 }), abstaining: fc.integer({ min: 0, max: 5 }) }), 10).map((votes) =>
    attempt(() => [lib.checkQuorum(votes, lib.PARTY_MEMBERS_MEETING_RULE), lib.decideMotion(votes, lib.PARTY_MEMBERS_MEETING_RULE)]),
  );
  out.validateSchedule = sample(fc.tuple(fc.array(phase, { maxLength: 5 }), day, day), 11).map(([phases, a, b]) =>
    attempt(() => [lib.validateSchedule(phases), lib.validateSchedule({ period: { start: a < b ? a : b, end: a < b ? b : a }, phases }), lib.phaseAt(phases, a), lib.deadlines(phases, b, { withinDays: 30 })]),
  );
  out.planSchedule = sample(fc.tuple(day, fc.constantFrom(...Object.keys(lib.SCHEDULE_TEMPLATES ?? {}))), 12).map(([start, name]) => attempt(() => lib.planSchedule(lib.SCHEDULE_TEMPLATES[name], { start })));
  out.parseDatePhrase = sample(fc.tuple(fc.constantFrom('七一前', '国庆前', '2010年9月', '2021年5月下旬—6月', '十八大召开前', '9月底', '教师节', '2012年6月底', '下旬'), fc.integer({ min: 2000, max: 2030 }), fc.constantFrom('exclusive', 'inclusive')), 13).map(([text, year, before]) =>
    attempt(() => lib.parseDatePhrase(text, { year, before })),
  );
  out.checkCadence = sample(fc.tuple(fc.array(fc.record({ kind: fc.constantFrom(...lib.DEFAULT_CADENCE_RULES.map((r) => r.kind ?? r.id)), date: day }), { maxLength: 30 }), day, day), 14).map(([events, a, b]) =>
    attempt(() => lib.checkCadence(events, lib.DEFAULT_CADENCE_RULES, { start: a < b ? a : b, end: a < b ? b : a })),
  );
  out.checkOrganizationTree = sample(fc.array(org, { maxLength: 8 }), 15).map((orgs) => attempt(() => lib.checkOrganizationTree(orgs)));
  out.checkFunctionalGroups = sample(fc.tuple(fc.array(fc.record({ id, name: fc.constant('甲'), organizationId: fc.constant('b'), status: fc.constantFrom('full', 'probationary'), roles: fc.constant([]) }), { maxLength: 6 }), fc.array(fc.record({ id, name: fc.constant('组'), focus: fc.constant('语文'), leaderId: id, memberIds: fc.array(id, { maxLength: 4 }) }), { maxLength: 3 })), 16).map(([members, groups]) =>
    attempt(() => lib.checkFunctionalGroups(members, groups)),
  );
  out.commitments = sample(fc.tuple(fc.array(commitment, { maxLength: 5 }), day), 17).map(([list, asOf]) =>
    attempt(() => [lib.checkDecomposition(list, [{ id: 'a', name: '组', focus: '语文', leaderId: 'a', memberIds: ['a', 'b'] }]), lib.fulfilment(list, asOf)]),
  );
  out.rectificationStatus = sample(fc.tuple(fc.array(fc.record({ id, problem: fc.constant('问题'), source: fc.constantFrom('democraticReview', 'inspection', 'selfReview', 'masses'), target: fc.constant('目标'), due: day, ownerId: id, status: fc.constantFrom('open', 'inProgress', 'completed'), processDisclosed: fc.boolean(), resultDisclosed: fc.boolean(), completedOn: fc.option(day, { nil: undefined }) }), { maxLength: 5 }), day), 18).map(([items, asOf]) =>
    attempt(() => lib.rectificationStatus(items.map((item) => (item.completedOn === undefined ? (({ completedOn: _c, ...rest }) => rest)(item) : item)), asOf)),
  );
  out.selectCandidates = sample(fc.array(fc.record({ id, name: fc.constant('甲'), title: fc.constantFrom(...Object.keys(lib.AWARD_TITLE_LABELS)), status: fc.constantFrom('full', 'probationary'), tier: fc.constantFrom('excellent', 'qualified', 'basicallyQualified', 'unqualified'), performance: fc.integer({ min: 0, max: 10000 }).map((h) => h / 100), recognition: fc.integer({ min: 0, max: 10000 }).map((h) => h / 100), openRectificationIds: fc.subarray(['r1']) }), { maxLength: 8 }), 19).map((candidates) =>
    attempt(() => lib.selectCandidates(candidates, lib.DEFAULT_COMMENDATION_RULE)),
  );
  return out;
}

function cliOutput(dist, args) {
  const run = spawnSync(process.execPath, [join(dist, 'cli.js'), ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

async function load(dist) {
  const lib = await import(pathToFileURL(join(dist, 'index.js')).href);
  const demo = { zh: cliOutput(dist, ['demo']), en: cliOutput(dist, ['demo', '--lang', 'en']) };
  return battery(lib, demo);
}

function differences(a, b, path = '', found = []) {
  if (found.length >= Number(process.env.SHOW ?? 10)) return found;
  if (JSON.stringify(a) === JSON.stringify(b)) return found;
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) differences(a[key], b[key], `${path}/${key}`, found);
    return found;
  }
  found.push(`${path}: ${JSON.stringify(a)?.slice(0, 300)}  ≠  ${JSON.stringify(b)?.slice(0, 300)}`);
  return found;
}

const args = process.argv.slice(2);
let base;
let next = join(ROOT, 'dist');
let cleanup = () => {};
if (args[0] === '--base') {
  ({ dist: base, cleanup } = buildRevision(args[1] ?? 'HEAD'));
} else {
  [base, next = next] = args;
}
try {
  const [before, after] = [await load(base), await load(next)];
  // Per function: how many inputs, and how many of them threw in the new build (alike in both, or
  // the comparison below says so).
  const counted = Object.entries(after).map(([name, results]) => {
    const list = Array.isArray(results) ? results : [results];
    const threw = list.filter((result) => 'threw' in result).length;
    return `${name} ${list.length}${threw > 0 ? ` (${threw} threw)` : ''}`;
  });
  const found = differences(before, after);
  console.log(`compared ${counted.join(', ')}`);
  if (found.length === 0) console.log('identical');
  else {
    console.log(`DIFFERENT:\n${found.join('\n')}`);
    process.exitCode = 1;
  }
} finally {
  cleanup();
}
