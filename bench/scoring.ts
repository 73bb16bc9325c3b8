/**
 * Benchmark of `assessMembers` (issue 3): a branch of 100,000 members × 20 items, against a
 * hand-written loop doing the same sums in the same process — exact hundredths; base, bonus,
 * deduction and total per sheet; a total per standard; the entry checks (known item, finite, two
 * decimals, within the maximum); the band — and returning them in the same shape. What the loop
 * leaves out is what the library adds: the reasons (each bonus and deduction item, the band, the
 * overlap), duplicate-card detection, missing-entry checks, vetoes and the distribution. Also the
 * heap a result holds at several sizes, to see that memory grows linearly.
 *
 * Issue 9 added two sections: 20,000 members tied on one total under the ⅓ 优秀 quota against
 * 20,000 on distinct totals (the ranking must not be quadratic in the ties), and the duplicate-card
 * check with a `Map` against the hand-rolled hash table it replaced.
 *
 * Run: `node --expose-gc --import tsx bench/scoring.ts` (figures go to stdout; nothing is asserted).
 * `SECTIONS=ties,memberIds` runs only those sections (of `sums`, `memory`, `ties`, `memberIds`).
 */
import { assessMembers, MEMBER_TIERS_TONGMIN_2015, type ScoreCard, type ScoreSheet } from '../src/scoring';

const MEMBERS = 100_000;
const ROUNDS = Number(process.env.ROUNDS ?? 15);

// Two sheets of ten items: eight base items worth 12.5 each per sheet (100 in all), a bonus and a
// deduction per sheet, over five standards.
const STANDARDS = ['learning', 'excellence', 'service', 'discipline', 'integrity'] as const;
const SHEETS: readonly ScoreSheet[] = ['goals', 'integrity'].map((sheetId, sheetIndex) => ({
  id: sheetId,
  title: sheetIndex === 0 ? '目标管理责任书' : '党风廉政建设责任书',
  items: Array.from({ length: 10 }, (_, index) => ({
    id: `i${index}`,
    title: `项目${index}`,
    standard: STANDARDS[(sheetIndex * 10 + index) % STANDARDS.length]!,
    kind: index < 8 ? ('base' as const) : index === 8 ? ('bonus' as const) : ('deduction' as const),
    maxPoints: index < 8 ? 6.25 : 5,
  })),
}));

/** A deterministic generator (mulberry32), so every run scores the same branch. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A branch's cards: every item scored; a bonus or deduction item gets points (and so a reason)
 * with probability `adjusted` — 1 for the dense case, where every member has two bonuses and two
 * deductions; 0.1 for a branch where one member in ten has each.
 */
function makeCards(count: number, adjusted = 1, seed = 2015): ScoreCard[] {
  const next = random(seed);
  const cards: ScoreCard[] = new Array(count);
  for (let member = 0; member < count; member += 1) {
    const entries = [];
    for (const sheet of SHEETS) {
      for (const item of sheet.items) {
        const scored = item.kind === 'base' || next() < adjusted;
        entries.push({ sheetId: sheet.id, itemId: item.id, points: scored ? Math.floor(next() * (item.maxPoints * 100 + 1)) / 100 : 0 });
      }
    }
    cards[member] = { memberId: `m${member}`, entries };
  }
  return cards;
}

/** The baseline: what a developer would write by hand for the same sums, checks and band. */
function handWritten(cards: readonly ScoreCard[], sheets: readonly ScoreSheet[]) {
  const index = new Map<string, Map<string, { sheet: number; kind: number; max: number; standard: number }>>();
  const standards: string[] = [];
  sheets.forEach((sheet, sheetIndex) => {
    const items = new Map<string, { sheet: number; kind: number; max: number; standard: number }>();
    for (const item of sheet.items) {
      let standard = item.standard === undefined ? -1 : standards.indexOf(item.standard);
      if (item.standard !== undefined && standard < 0) standard = standards.push(item.standard) - 1;
      items.set(item.id, { sheet: sheetIndex, kind: item.kind === 'base' ? 0 : item.kind === 'bonus' ? 1 : 2, max: Math.round(item.maxPoints * 100), standard });
    }
    index.set(sheet.id, items);
  });
  const bands = MEMBER_TIERS_TONGMIN_2015.bands.map((band) => ({
    tier: band.tier,
    lo: 'min' in band ? band.min.value * 100 : -Infinity,
    hi: 'max' in band ? band.max.value * 100 : Infinity,
  }));
  const results = [];
  for (const card of cards) {
    const sheetSums = new Array<number>(sheets.length * 3).fill(0);
    const standardSums = new Array<number>(standards.length).fill(0);
    let valid = true;
    for (const entry of card.entries) {
      const item = index.get(entry.sheetId)?.get(entry.itemId);
      const hundredths = Math.round(entry.points * 100);
      if (item === undefined || !Number.isFinite(entry.points) || hundredths / 100 !== entry.points || hundredths < 0 || hundredths > item.max) {
        valid = false;
        continue;
      }
      sheetSums[item.sheet * 3 + item.kind]! += hundredths;
      if (item.standard >= 0) standardSums[item.standard]! += item.kind === 2 ? -hundredths : hundredths;
    }
    let total = 0;
    const bySheet = sheets.map((sheet, sheetIndex) => {
      const base = sheetSums[sheetIndex * 3]!;
      const bonus = sheetSums[sheetIndex * 3 + 1]!;
      const deduction = sheetSums[sheetIndex * 3 + 2]!;
      total += base + bonus - deduction;
      return { sheetId: sheet.id, base: base / 100, bonus: bonus / 100, deduction: deduction / 100, total: (base + bonus - deduction) / 100 };
    });
    const byStandard = standards.map((standard, standardIndex) => ({ standard, total: standardSums[standardIndex]! / 100 }));
    const band = valid ? bands.find((candidate) => total >= candidate.lo && total <= candidate.hi) : undefined;
    results.push({ memberId: card.memberId, total: total / 100, bySheet, byStandard, tier: band?.tier });
  }
  return results;
}

/** The heap a branch's result holds; in a function of its own so nothing else outlives the call. */
function heldBy(size: number, assess: (cards: readonly ScoreCard[]) => readonly unknown[] = (input) => assessMembers(input, SHEETS, MEMBER_TIERS_TONGMIN_2015).members): number {
  const input = makeCards(size);
  collect();
  const before = process.memoryUsage().heapUsed;
  const result = assess(input);
  collect();
  const held = process.memoryUsage().heapUsed - before;
  if (result.length !== size) throw new Error('lost members');
  return held;
}

function time(run: () => unknown): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const gc = (globalThis as { gc?: () => void }).gc;
const collect = (): void => {
  gc?.();
  gc?.();
};

function compare(label: string, cards: readonly ScoreCard[]): void {
  // The two must agree before their times mean anything.
  const check = assessMembers(cards, SHEETS, MEMBER_TIERS_TONGMIN_2015);
  const baseline = handWritten(cards, SHEETS);
  for (let member = 0; member < cards.length; member += 1) {
    if (check.members[member]!.total !== baseline[member]!.total || check.members[member]!.tier !== baseline[member]!.tier) {
      throw new Error(`Disagreement on member ${member}`);
    }
  }
  const library: number[] = [];
  const hand: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    collect();
    library.push(time(() => assessMembers(cards, SHEETS, MEMBER_TIERS_TONGMIN_2015)));
    collect();
    hand.push(time(() => handWritten(cards, SHEETS)));
  }
  // Rounds alternate, and each round's ratio pairs two runs made under the same machine load.
  const ratios = library.map((ms, round) => ms / hand[round]!);
  console.log(`${label}: ${cards.length.toLocaleString('en')} members × 20 items, ${ROUNDS} alternating rounds`);
  console.log(`  assessMembers  median ${median(library).toFixed(1)} ms, best ${Math.min(...library).toFixed(1)} ms`);
  console.log(`  hand-written   median ${median(hand).toFixed(1)} ms, best ${Math.min(...hand).toFixed(1)} ms`);
  console.log(`  ratio          median ${median(ratios).toFixed(2)}×, best-to-best ${(Math.min(...library) / Math.min(...hand)).toFixed(2)}×`);
}

/** Which sections to run: `SECTIONS=ties,memberIds` runs those alone; all by default. */
const SECTIONS = process.env.SECTIONS?.split(',') ?? ['sums', 'memory', 'ties', 'memberIds'];
const runs = (section: string): boolean => SECTIONS.includes(section);

if (runs('sums')) {
  compare('Every member with two bonuses and two deductions', makeCards(MEMBERS, 1));
  compare('One member in ten with each bonus or deduction', makeCards(MEMBERS, 0.1));
}

if (!runs('memory')) {
  // skipped
} else if (gc === undefined) {
  console.log('\nMemory: run with `node --expose-gc --import tsx bench/scoring.ts` to measure the heap.');
} else {
  console.log('\nHeap held by the result (cards excluded), after a full collection');
  const sizes = [25_000, 50_000, 100_000, 200_000];
  heldBy(sizes[0]!); // warm up what is compiled or sized lazily
  const heldBytes = sizes.map((size) => {
    const held = heldBy(size);
    console.log(`  ${size.toLocaleString('en').padStart(8)} members  ${(held / 2 ** 20).toFixed(1).padStart(7)} MiB  ${(held / size).toFixed(0).padStart(5)} bytes/member`);
    return held;
  });
  // Linear growth: the bytes per member between the smallest and the largest branch.
  const slope = (heldBytes.at(-1)! - heldBytes[0]!) / (sizes.at(-1)! - sizes[0]!);
  console.log(`  marginal cost ${slope.toFixed(0)} bytes/member from ${sizes[0]!.toLocaleString('en')} to ${sizes.at(-1)!.toLocaleString('en')} members`);
  const handHeld = heldBy(100_000, (input) => handWritten(input, SHEETS));
  console.log(`  (the hand-written loop's result: ${(handHeld / 100_000).toFixed(0)} bytes/member)`);
}

// ─── Tied totals under the ⅓ 优秀 quota (issue 9) ────────────────────────────────────────────────

/**
 * 20,000 members who all reach 优秀, either every one on the same total or every one on a total of
 * their own, under a quota of one third of all members. Ranking the tied totals must cost about
 * what ranking distinct totals costs (O(n log n)), whichever tie-break the quota uses.
 */
function quotaTies(): void {
  const size = 20_000;
  const sheets: readonly ScoreSheet[] = [{ id: 's', title: '目标管理责任书', items: [{ id: 'i', title: '工作', kind: 'base', maxPoints: 1000 }] }];
  const tiedCards: ScoreCard[] = Array.from({ length: size }, (_, member) => ({
    memberId: `m${member}`,
    entries: [{ sheetId: 's', itemId: 'i', points: 110 }],
  }));
  const distinctCards: ScoreCard[] = Array.from({ length: size }, (_, member) => ({
    memberId: `m${member}`,
    entries: [{ sheetId: 's', itemId: 'i', points: 100 + member / 100 }],
  }));
  const rounds = Number(process.env.TIE_ROUNDS ?? 5);
  console.log(`\nTied totals under the ⅓ 优秀 quota: ${size.toLocaleString('en')} members, all 优秀 by the rule, ${rounds} alternating rounds`);
  for (const tieBreak of ['memberId', 'excludeTied'] as const) {
    const options = { excellentQuota: { share: { numerator: 1, denominator: 3 }, of: 'allMembers', tieBreak } } as const;
    const tied: number[] = [];
    const distinct: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      collect();
      tied.push(time(() => assessMembers(tiedCards, sheets, MEMBER_TIERS_TONGMIN_2015, options)));
      collect();
      distinct.push(time(() => assessMembers(distinctCards, sheets, MEMBER_TIERS_TONGMIN_2015, options)));
    }
    const ratios = tied.map((ms, round) => ms / distinct[round]!);
    console.log(`  tieBreak '${tieBreak}'`);
    console.log(`    all on one total    median ${median(tied).toFixed(1)} ms, best ${Math.min(...tied).toFixed(1)} ms`);
    console.log(`    distinct totals     median ${median(distinct).toFixed(1)} ms, best ${Math.min(...distinct).toFixed(1)} ms`);
    console.log(`    ratio tied/distinct median ${median(ratios).toFixed(2)}×`);
  }
}

if (runs('ties')) quotaTies();

// ─── Duplicate cards: a Map against a hand-rolled hash table (issue 9) ────────────────────────────

/**
 * `assessMembers` finds two cards of one member with a `Map` from member id to first card. Until
 * issue 9 it used an open-addressing table of FNV-1a hashes in an `Int32Array` (below, kept here
 * only to measure against): this section says whether that table pays. Ids come from
 * `JSON.parse`, as from an app, so no string has its hash cached yet; each round parses afresh.
 */
function memberIds(): void {
  const size = MEMBERS;
  const json = JSON.stringify(Array.from({ length: size }, (_, member) => ({ memberId: `m${member}` })));
  const viaMap = (cards: readonly { memberId: string }[]): number => {
    const first = new Map<string, number>();
    let duplicates = 0;
    for (let index = 0; index < cards.length; index += 1) {
      const memberId = cards[index]!.memberId;
      if (first.get(memberId) === undefined) first.set(memberId, index);
      else duplicates += 1;
    }
    return duplicates;
  };
  const viaTable = (cards: readonly { memberId: string }[]): number => {
    let slotsPerKey = 2;
    while (slotsPerKey < cards.length * 2) slotsPerKey *= 2;
    const slots = new Int32Array(slotsPerKey * 2);
    const mask = slotsPerKey - 1;
    let duplicates = 0;
    for (let index = 0; index < cards.length; index += 1) {
      const memberId = cards[index]!.memberId;
      let hash = 0x811c9dc5 | 0;
      for (let at = 0; at < memberId.length; at += 1) hash = Math.imul(hash ^ memberId.charCodeAt(at), 0x01000193);
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const stored = slots[slot * 2 + 1]!;
        if (stored === 0) {
          slots[slot * 2] = hash;
          slots[slot * 2 + 1] = index + 1;
          break;
        }
        if (slots[slot * 2] === hash && cards[stored - 1]!.memberId === memberId) {
          duplicates += 1;
          break;
        }
      }
    }
    return duplicates;
  };
  const rounds = Number(process.env.ID_ROUNDS ?? 21);
  const map: number[] = [];
  const table: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const forMap = JSON.parse(json) as { memberId: string }[];
    const forTable = JSON.parse(json) as { memberId: string }[];
    map.push(time(() => viaMap(forMap)));
    table.push(time(() => viaTable(forTable)));
  }
  const cards = makeCards(size, 0.1);
  const whole: number[] = [];
  for (let round = 0; round < 5; round += 1) whole.push(time(() => assessMembers(cards, SHEETS, MEMBER_TIERS_TONGMIN_2015)));
  const saved = median(map) - median(table);
  console.log(`\nDuplicate-card check, ${size.toLocaleString('en')} fresh member ids, ${rounds} rounds`);
  console.log(`  Map (the library)         median ${median(map).toFixed(1)} ms, best ${Math.min(...map).toFixed(1)} ms`);
  console.log(`  FNV table (before)        median ${median(table).toFixed(1)} ms, best ${Math.min(...table).toFixed(1)} ms`);
  console.log(`  assessMembers, same size  median ${median(whole).toFixed(1)} ms`);
  console.log(`  the table would save ${saved.toFixed(1)} ms, ${((100 * saved) / median(whole)).toFixed(1)}% of assessMembers`);
}

if (runs('memberIds')) memberIds();
