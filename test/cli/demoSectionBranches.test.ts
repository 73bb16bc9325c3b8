import { memoryIo } from './_io';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CampaignSummary } from '../../src/campaign';

// The demo prints fixed example data; to see how each section reads when the data differs (a
// section absent, a figure missing, a name unknown), the demo's data modules are replaced here by
// the same data with one part changed. What changes is set per test in `demo`.
const demo = vi.hoisted(() => ({
  summary: undefined as undefined | ((actual: CampaignSummary) => CampaignSummary),
  assessment: undefined as unknown,
  scoreBallots: undefined as unknown,
  satisfactionBallots: undefined as unknown,
  motion: undefined as unknown,
  asOf: undefined as unknown,
  tierRule: undefined as unknown,
}));

vi.mock('../../src/scoring', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/scoring')>();
  return {
    ...actual,
    get MEMBER_TIERS_TONGMIN_2015() {
      return demo.tierRule ?? actual.MEMBER_TIERS_TONGMIN_2015;
    },
  };
});

vi.mock('../../src/cli/demo/accountability', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/cli/demo/accountability')>();
  return {
    ...actual,
    exampleSummary: () => (demo.summary === undefined ? actual.exampleSummary() : demo.summary(actual.exampleSummary())),
  };
});
vi.mock('../../src/cli/demo/scoring', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/cli/demo/scoring')>();
  return {
    ...actual,
    get EXAMPLE_ASSESSMENT() {
      return demo.assessment ?? actual.EXAMPLE_ASSESSMENT;
    },
  };
});
vi.mock('../../src/cli/demo/evaluation', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/cli/demo/evaluation')>();
  return {
    ...actual,
    get EXAMPLE_SCORE_BALLOTS() {
      return demo.scoreBallots ?? actual.EXAMPLE_SCORE_BALLOTS;
    },
    get EXAMPLE_SATISFACTION_BALLOTS() {
      return demo.satisfactionBallots ?? actual.EXAMPLE_SATISFACTION_BALLOTS;
    },
    get EXAMPLE_MOTION() {
      return demo.motion ?? actual.EXAMPLE_MOTION;
    },
  };
});
vi.mock('../../src/cli/demo/schedule', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/cli/demo/schedule')>();
  return {
    ...actual,
    get EXAMPLE_AS_OF() {
      return demo.asOf ?? actual.EXAMPLE_AS_OF;
    },
  };
});

// Test files share their modules (the suite runs with `isolate: false`): another file may already
// have loaded the real demo data, so the CLI is loaded afresh here, with the replacements above in
// place, and the fresh modules are dropped again afterwards.
let run: typeof import('../../src/cli/run').run;
beforeAll(async () => {
  vi.resetModules();
  ({ run } = await import('../../src/cli/run'));
});
afterAll(() => {
  vi.resetModules();
});

async function demoOutput(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { io, result } = memoryIo({});
  const code = await run(['demo', ...args], io);
  const { out, err } = result();
  return { code, out, err };
}

beforeEach(() => {
  demo.summary = undefined;
  demo.assessment = undefined;
  demo.scoreBallots = undefined;
  demo.satisfactionBallots = undefined;
  demo.motion = undefined;
  demo.asOf = undefined;
  demo.tierRule = undefined;
});

/**
 * Ballots of every side of the school's four-sided evaluation for one subject, all of one score:
 * one 领导点评 and three of each other side (the policy's least), so the subject meets its floor.
 */
function everySide(subjectId: string, score: number) {
  return (['leadership', 'peer', 'teachersStudents', 'parents'] as const).flatMap((group) =>
    Array.from({ length: group === 'leadership' ? 1 : 3 }, (_, index) => ({ evaluatorId: `${group}-${index}`, group, subjectId, score })),
  );
}

/** The lines of the demo's output from the line that starts with `heading` to the next heading. */
function section(out: string, heading: string): readonly string[] {
  const lines = out.split('\n');
  const start = lines.findIndex((line) => line.startsWith(heading));
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, index) => index > start && line.startsWith('== '));
  return lines.slice(start, end === -1 ? undefined : end);
}

describe('cxzy demo, the 创先争优概览 when the summary has less to say', () => {
  it('prints only the heading when the campaign has no phases, commitments, tiers, evaluation, nominations or rectification', async () => {
    demo.summary = (actual) => ({ campaignId: actual.campaignId, title: actual.title, asOf: actual.asOf });
    const { code, out } = await demoOutput();
    expect(code).toBe(0);
    expect(section(out, '== 创先争优概览(2011-04-15) ==').filter((line) => line !== '')).toEqual(['== 创先争优概览(2011-04-15) ==']);
    for (const heading of ['== 三级双向承诺 ==', '== 等次分布 ==', '== 评选表彰 · 向上推荐 ==', '== 整改 ==']) expect(out).not.toContain(heading);
    expect(out).not.toContain('当前阶段');
    expect(out).not.toContain('评议覆盖');
  });

  it('names no phase before the first one, shows a dash for a rate without a figure, and an id where no name is known', async () => {
    demo.summary = (actual) => {
      const { schedule, commitments, tiers, evaluation, commendation, rectification } = actual;
      const { change: _change, ...tiersWithoutChange } = tiers!;
      const { name: _recommendedName, combined: _combined, ...recommended } = commendation!.recommended[0]!;
      const { name: _notSelectedName, ...notSelected } = commendation!.notSelected[0]!;
      const firstPhase = schedule!.position.status === 'during' ? schedule!.position.phase : undefined;
      return {
        ...actual,
        schedule: { ...schedule!, position: { status: 'before', next: firstPhase! } },
        commitments: {
          ...commitments!,
          byLevel: { ...commitments!.byLevel, branch: { ...commitments!.byLevel.branch, rate: { ...commitments!.byLevel.branch.rate, value: null } } },
          overdue: [{ ...commitments!.overdue[0]!, makerId: 'm99' }],
        },
        tiers: tiersWithoutChange,
        evaluation: { ...evaluation!, rate: { ...evaluation!.rate, value: null }, missingIds: ['m01', 'campus', 'm99'] },
        commendation: {
          ...commendation!,
          recommended: [recommended],
          notSelected: [notSelected],
        },
        rectification: {
          ...rectification!,
          completionRate: { ...rectification!.completionRate, value: null },
          overdue: [{ ...rectification!.overdue[0]!, ownerId: 'm99' }],
          undisclosed: [
            { ...rectification!.undisclosed[0]!, itemId: 'r-both', processUndisclosed: true, resultUndisclosed: true },
            { ...rectification!.undisclosed[0]!, itemId: 'r-process', processUndisclosed: true, resultUndisclosed: false },
          ],
        },
      };
    };
    const { code, out } = await demoOutput();
    expect(code).toBe(0);
    const lines = section(out, '== 创先争优概览');
    expect(lines).toContain('当前阶段: 尚未开始');
    expect(out).toMatch(/^党支部:3 项,.*践诺率 —$/m);
    expect(section(out, '== 三级双向承诺 ==').join('\n')).toMatch(/^ {2}✗ .* \(m99, 逾期 \d+ 天\)$/m);
    expect(out).toMatch(/^评议覆盖:11\/12 \(—\),未评:王建国、平安校园功能党小组、m99$/m);
    expect(section(out, '== 等次分布 ==')).toContain('优秀: 3, 27.27%');
    const recommended = section(out, '== 评选表彰 · 向上推荐 ==');
    expect(recommended[1]).toMatch(/^✓ 优秀共产党员: [\w-]+ \(—\)$/);
    expect(recommended[2]).toMatch(/^✗ 优秀共产党员: [\w-]+ — 综合得分排名第 3,超出名额 2 名$/);
    expect(section(out, '== 整改 ==')).toEqual([
      '== 整改 ==',
      '完成率 —(1/3)',
      '  ✗ 群众评议反映上下学时段校门口交通秩序混乱 (m99, 逾期 15 天)',
      '  ! r-both: 整改过程未公示、整改结果未公开',
      '  ! r-process: 整改过程未公示',
      '',
    ]);
  });
});

describe('cxzy demo, the scoring table when a member has no total or no name', () => {
  it('shows the no-total word and the member id for a member not in the example branch', async () => {
    const { EXAMPLE_ASSESSMENT } = await vi.importActual<typeof import('../../src/cli/demo/scoring')>('../../src/cli/demo/scoring');
    const [first, ...others] = EXAMPLE_ASSESSMENT.members;
    demo.assessment = { ...EXAMPLE_ASSESSMENT, members: [{ ...first!, memberId: 'm99', total: null }, ...others] };
    const { code, out } = await demoOutput();
    expect(code).toBe(0);
    const [name, total, tier] = section(out, '== 党员年度考核')[2]!.split('\t');
    expect([name, total, tier]).toEqual(['m99', '—', '优秀']);
  });
});

describe('cxzy demo, the 民主评议 table, 满意度 and 党员大会 vote on other data', () => {
  it('marks subjects tied on the combined score, shows dashes for a subject with no figure, and leaves out the survey without ballots', async () => {
    demo.scoreBallots = [
      ...everySide('m01', 90),
      ...everySide('m02', 90),
      ...everySide('m99', 80).filter((ballot) => ballot.group !== 'parents'),
    ];
    demo.satisfactionBallots = [];
    const { code, out } = await demoOutput();
    expect(code).toBe(0);
    const lines = section(out, '== 民主评议');
    expect(lines.slice(2, 5)).toEqual([
      '1(并列)\t王建国\t90.00\t90.00\t90.00\t90.00\t90.00',
      '1(并列)\t李秀兰\t90.00\t90.00\t90.00\t90.00\t90.00',
      '—\tm99\t80.00\t80.00\t80.00\t—\t—',
    ]);
    expect(lines).toContain('⚠ [evaluation.missingGroup] “m99”没有家长评议的有效选票');
    expect(lines).toContain('✗ [evaluation.belowMinimumGroups] “m99”只有 3 个评价组计入(占权重 80%),少于最低要求的 4 个,没有综合得分,不参加排名');
    expect(lines.join('\n')).not.toContain('家长满意度测评');
  });

  it('says a motion with too few in favour did not pass', async () => {
    demo.motion = { entitled: 11, present: 9, inFavour: 3, against: 5, abstaining: 1 };
    const { out } = await demoOutput();
    expect(section(out, '== 民主评议').at(-2)).toBe('党员大会表决推荐人选:应到 11 人,实到 9 人(至少 6 人),赞成 3 票(至少 6 票)——未通过');
  });
});

describe('cxzy demo, the schedule check on a day no phase is under way', () => {
  it('gives the status without a phase title', async () => {
    demo.asOf = '2009-01-01';
    const { out } = await demoOutput();
    expect(section(out, '== 阶段安排检查 ==')).toContain('截至 2009-01-01: 尚未开始');
  });
});

describe('cxzy demo, the rule line of a rule without a source', () => {
  it('prints the rule by its label alone', async () => {
    const { MEMBER_TIERS_TONGMIN_2015 } = await vi.importActual<typeof import('../../src/scoring')>('../../src/scoring');
    const { source: _source, ...withoutSource } = MEMBER_TIERS_TONGMIN_2015;
    demo.tierRule = withoutSource;
    const { code, out } = await demoOutput('--lang', 'en');
    expect(code).toBe(0);
    expect(out.split('\n')).toContain(`Rule: ${MEMBER_TIERS_TONGMIN_2015.label.en}`);
  });
});

describe('cxzy demo, figures that are missing', () => {
  it('ranks nobody without a valid ballot and shows a dash for a 满意率 without valid ballots', async () => {
    demo.scoreBallots = [...everySide('m01', 90), { evaluatorId: 'e1', group: 'leadership', subjectId: 'm03', score: 150 }];
    demo.satisfactionBallots = [{ subjectId: 'vocational-branch', evaluatorId: 'p1', group: 'parents', grade: 'excellent' }];
    const { code, out } = await demoOutput();
    expect(code).toBe(0);
    const lines = section(out, '== 民主评议');
    expect(lines.slice(2, 4)).toEqual(['1\t王建国\t90.00\t90.00\t90.00\t90.00\t90.00', '—\t张卫东\t—\t—\t—\t—\t—']);
    expect(lines).toContain('✗ [evaluation.noValidBallots] “m03”没有有效选票,没有综合得分,不参加排名');
    expect(lines.join('\n')).toMatch(/^家长满意度测评:满意 0 票,基本满意 0 票,不满意 0 票;满意率 —,/m);
  });
});
