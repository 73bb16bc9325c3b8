import { describe, expect, it } from 'vitest';
import {
  assessMember,
  checkTierRule,
  compareDistributions,
  computeLedger,
  decideTier,
  gradeOrganization,
  MEMBER_TIERS_TONGMIN_2015,
  ORGANIZATION_GRADES_FIVE_GOODS,
  POINTS_LEDGER_EXAMPLE,
  SCORE_SHEETS_EXAMPLE,
} from '../../src/scoring';
import type { Issue } from '../../src/core/issue';
import { InvalidInputError } from '../../src/core/input';

// The entry checks of cxzy/scoring field by field, for the fields of a rule, an option and a card
// that are optional or nested: each wrong field is named by its path, with the message a
// 党务工作者 reads, and nothing is computed from input that failed its check.

/** Code, path and zh-CN message of each issue: what a user reads. */
const read = (issues: readonly Issue[] | undefined): unknown[] => (issues ?? []).map((issue) => [issue.code, issue.path, issue.message['zh-CN']]);
const json = <T>(text: string): T => JSON.parse(text) as T;

describe('a tier rule with wrong optional and nested fields', () => {
  it('names each wrong field of the rule, its vetoes and its excellent quota', () => {
    const rule = {
      id: 7,
      label: { 'zh-CN': '规则', en: 8 },
      source: null,
      bands: [null, { tier: 'excellent', min: 90, max: { value: '100', inclusive: true }, text: 1 }],
      overlap: 'higherTier',
      gradeProbationary: 'yes',
      vetoes: [3, { id: 'v', label: 'x', atMost: 'great', source: 2, trigger: 5 }, { id: 'w', label: { 'zh-CN': 'a', en: 'b' }, atMost: 'basic', trigger: { sheetId: 1, itemId: 'x', atLeast: '2' } }],
      excellentQuota: { share: 'third', of: 'everyone', tieBreak: 'age' },
    };
    expect(read(checkTierRule(rule as never))).toMatchInlineSnapshot(`
      [
        [
          "input.expected",
          [
            "id",
          ],
          "“编号”应为文本,实际为数字 7",
        ],
        [
          "input.expected",
          [
            "label",
            "en",
          ],
          "“英文”应为文本,实际为数字 8",
        ],
        [
          "input.expected",
          [
            "source",
          ],
          "“来源”应为文本,实际为空值 null",
        ],
        [
          "input.expected",
          [
            "bands",
            0,
          ],
          "“分数段”第 1 项应为对象,实际为空值 null",
        ],
        [
          "input.expected",
          [
            "bands",
            1,
            "min",
          ],
          "第 2 项“下限”应为对象,实际为数字 90",
        ],
        [
          "input.expected",
          [
            "bands",
            1,
            "max",
            "value",
          ],
          "第 2 项“数值”应为数字,实际为文本“100”",
        ],
        [
          "input.expected",
          [
            "bands",
            1,
            "text",
          ],
          "第 2 项“原文”应为文本,实际为数字 1",
        ],
        [
          "input.expected",
          [
            "gradeProbationary",
          ],
          "“预备党员评定等次”应为布尔值(true 或 false),实际为文本“yes”",
        ],
        [
          "input.expected",
          [
            "vetoes",
            0,
          ],
          "“否决项”第 1 项应为对象,实际为数字 3",
        ],
        [
          "input.expected",
          [
            "vetoes",
            1,
            "label",
          ],
          "第 2 项“名称”应为对象,实际为文本“x”",
        ],
        [
          "input.notOneOf",
          [
            "vetoes",
            1,
            "atMost",
          ],
          "第 2 项“最高等次”为“great”,应为以下之一:excellent, qualified, basicallyQualified, unqualified",
        ],
        [
          "input.expected",
          [
            "vetoes",
            1,
            "source",
          ],
          "第 2 项“来源”应为文本,实际为数字 2",
        ],
        [
          "input.expected",
          [
            "vetoes",
            1,
            "trigger",
          ],
          "第 2 项“触发条件”应为对象,实际为数字 5",
        ],
        [
          "input.notOneOf",
          [
            "vetoes",
            2,
            "atMost",
          ],
          "第 3 项“最高等次”为“basic”,应为以下之一:excellent, qualified, basicallyQualified, unqualified",
        ],
        [
          "input.expected",
          [
            "vetoes",
            2,
            "trigger",
            "sheetId",
          ],
          "第 3 项“考核表”应为文本,实际为数字 1",
        ],
        [
          "input.expected",
          [
            "vetoes",
            2,
            "trigger",
            "atLeast",
          ],
          "第 3 项“不少于”应为数字,实际为文本“2”",
        ],
        [
          "input.expected",
          [
            "excellentQuota",
            "share",
          ],
          "“比例”应为对象,实际为文本“third”",
        ],
        [
          "input.notOneOf",
          [
            "excellentQuota",
            "of",
          ],
          "“比例基数”为“everyone”,应为以下之一:allMembers, gradedMembers",
        ],
        [
          "input.notOneOf",
          [
            "excellentQuota",
            "tieBreak",
          ],
          "“并列处理”为“age”,应为以下之一:excludeTied, memberId",
        ],
      ]
    `);
  });

  it('reads a quota share field by field', () => {
    const rule = { ...MEMBER_TIERS_TONGMIN_2015, excellentQuota: { share: { numerator: '1' }, of: 'allMembers', tieBreak: 'memberId' } };
    expect(read(checkTierRule(rule as never))).toMatchInlineSnapshot(`
      [
        [
          "input.expected",
          [
            "excellentQuota",
            "share",
            "numerator",
          ],
          "“分子”应为数字,实际为文本“1”",
        ],
        [
          "input.missing",
          [
            "excellentQuota",
            "share",
            "denominator",
          ],
          "缺少“分母”",
        ],
      ]
    `);
    expect(read(checkTierRule({ ...MEMBER_TIERS_TONGMIN_2015, excellentQuota: null } as never))).toMatchInlineSnapshot(`
      [
        [
          "input.expected",
          [
            "excellentQuota",
          ],
          "“优秀比例上限”应为对象,实际为空值 null",
        ],
      ]
    `);
  });
});

describe('an organization grading rule with wrong fields', () => {
  it('names each wrong criterion and band', () => {
    const rule = {
      id: 1,
      label: null,
      criteria: [null, { code: 2, label: { 'zh-CN': 'x' }, meets: 80 }, { code: 'c', label: { 'zh-CN': 'x', en: 'x' }, meets: { value: '80', inclusive: 'no' } }],
      bands: ['advanced', { band: 'best', minStars: 1.5 }],
    };
    expect(read(gradeOrganization({}, rule as never).issues)).toMatchInlineSnapshot(`
      [
        [
          "input.expected",
          [
            "rule",
            "id",
          ],
          "“编号”应为文本,实际为数字 1",
        ],
        [
          "input.expected",
          [
            "rule",
            "label",
          ],
          "“名称”应为对象,实际为空值 null",
        ],
        [
          "input.expected",
          [
            "rule",
            "criteria",
            0,
          ],
          "“标准条目”第 1 项应为对象,实际为空值 null",
        ],
        [
          "input.expected",
          [
            "rule",
            "criteria",
            1,
            "code",
          ],
          "第 2 项“代码”应为文本,实际为数字 2",
        ],
        [
          "input.missing",
          [
            "rule",
            "criteria",
            1,
            "label",
            "en",
          ],
          "缺少第 2 项“英文”",
        ],
        [
          "input.expected",
          [
            "rule",
            "criteria",
            1,
            "meets",
          ],
          "第 2 项“达标分数”应为对象,实际为数字 80",
        ],
        [
          "input.expected",
          [
            "rule",
            "criteria",
            2,
            "meets",
            "value",
          ],
          "第 3 项“数值”应为数字,实际为文本“80”",
        ],
        [
          "input.expected",
          [
            "rule",
            "criteria",
            2,
            "meets",
            "inclusive",
          ],
          "第 3 项“含本数”应为布尔值(true 或 false),实际为文本“no”",
        ],
        [
          "input.expected",
          [
            "rule",
            "bands",
            0,
          ],
          "“分数段”第 1 项应为对象,实际为文本“advanced”",
        ],
        [
          "input.notOneOf",
          [
            "rule",
            "bands",
            1,
            "band",
          ],
          "第 2 项“档次”为“best”,应为以下之一:advanced, intermediate, lagging",
        ],
        [
          "input.expected",
          [
            "rule",
            "bands",
            1,
            "minStars",
          ],
          "第 2 项“最少星数”应为整数,实际为数字 1.5",
        ],
      ]
    `);
  });

  it('is not a rule when it is not an object', () => {
    expect(read(gradeOrganization({}, 'five goods' as never).issues)).toMatchInlineSnapshot(`
      [
        [
          "input.expected",
          [
            "rule",
          ],
          "“规则”应为对象,实际为文本“five goods”",
        ],
      ]
    `);
    expect(gradeOrganization({}, ORGANIZATION_GRADES_FIVE_GOODS).issues.filter((issue) => issue.code.startsWith('input.'))).toEqual([]);
  });
});

describe('a points-ledger rule and its options with wrong fields', () => {
  it('names each wrong field of the rule, its categories, items, caps and carry-over', () => {
    const rule = {
      id: 1,
      label: 'ledger',
      baseScore: '60',
      floor: null,
      categories: [null, { id: 1, title: 2, cap: { points: '5', per: 'week' } }],
      items: [null, { id: 'i', title: 't', categoryId: 3, points: '2', cap: 4, once: 'yes' }],
      carryOver: { share: 'half', max: '10' },
    };
    expect(read(computeLedger([], rule as never).issues)).toMatchInlineSnapshot(`
      [
        [
          "input.expected",
          [
            "rule",
            "id",
          ],
          "“编号”应为文本,实际为数字 1",
        ],
        [
          "input.expected",
          [
            "rule",
            "label",
          ],
          "“名称”应为对象,实际为文本“ledger”",
        ],
        [
          "input.expected",
          [
            "rule",
            "baseScore",
          ],
          "“基础分”应为数字,实际为文本“60”",
        ],
        [
          "input.expected",
          [
            "rule",
            "floor",
          ],
          "“最低分”应为数字,实际为空值 null",
        ],
        [
          "input.expected",
          [
            "rule",
            "categories",
            0,
          ],
          "“积分类别”第 1 项应为对象,实际为空值 null",
        ],
        [
          "input.expected",
          [
            "rule",
            "categories",
            1,
            "id",
          ],
          "第 2 项“编号”应为文本,实际为数字 1",
        ],
        [
          "input.expected",
          [
            "rule",
            "categories",
            1,
            "title",
          ],
          "第 2 项“标题”应为文本,实际为数字 2",
        ],
        [
          "input.expected",
          [
            "rule",
            "categories",
            1,
            "cap",
            "points",
          ],
          "第 2 项“分值”应为数字,实际为文本“5”",
        ],
        [
          "input.notOneOf",
          [
            "rule",
            "categories",
            1,
            "cap",
            "per",
          ],
          "第 2 项“计算周期”为“week”,应为以下之一:year, quarter, month, day",
        ],
        [
          "input.expected",
          [
            "rule",
            "items",
            0,
          ],
          "“项目”第 1 项应为对象,实际为空值 null",
        ],
        [
          "input.expected",
          [
            "rule",
            "items",
            1,
            "categoryId",
          ],
          "第 2 项“积分类别”应为文本,实际为数字 3",
        ],
        [
          "input.expected",
          [
            "rule",
            "items",
            1,
            "points",
          ],
          "第 2 项“分值”应为数字,实际为文本“2”",
        ],
        [
          "input.expected",
          [
            "rule",
            "items",
            1,
            "cap",
          ],
          "第 2 项“封顶”应为对象,实际为数字 4",
        ],
        [
          "input.expected",
          [
            "rule",
            "items",
            1,
            "once",
          ],
          "第 2 项“仅计一次”应为布尔值(true 或 false),实际为文本“yes”",
        ],
        [
          "input.expected",
          [
            "rule",
            "carryOver",
            "share",
          ],
          "“比例”应为对象,实际为文本“half”",
        ],
        [
          "input.expected",
          [
            "rule",
            "carryOver",
            "max",
          ],
          "“上限”应为数字,实际为文本“10”",
        ],
      ]
    `);
    expect(read(computeLedger([], { ...POINTS_LEDGER_EXAMPLE, carryOver: 3 } as never).issues)).toMatchInlineSnapshot(`
      [
        [
          "input.expected",
          [
            "rule",
            "carryOver",
          ],
          "“结转规则”应为对象,实际为数字 3",
        ],
      ]
    `);
    expect(read(computeLedger([], { ...POINTS_LEDGER_EXAMPLE, carryOver: { share: { numerator: 1, denominator: '2' } } } as never).issues)).toMatchInlineSnapshot(`
      [
        [
          "input.expected",
          [
            "rule",
            "carryOver",
            "share",
            "denominator",
          ],
          "“分母”应为数字,实际为文本“2”",
        ],
      ]
    `);
    expect(read(computeLedger([], [] as never).issues)).toMatchInlineSnapshot(`
      [
        [
          "input.expected",
          [
            "rule",
          ],
          "“规则”应为对象,实际为列表",
        ],
      ]
    `);
  });

  it('names each wrong option: the period, the carried-over points and the transfer', () => {
    expect(read(computeLedger([], POINTS_LEDGER_EXAMPLE, 'x' as never).issues)).toMatchInlineSnapshot(`
      [
        [
          "input.expected",
          [
            "options",
          ],
          "“选项”应为对象,实际为文本“x”",
        ],
      ]
    `);
    expect(read(computeLedger([], POINTS_LEDGER_EXAMPLE, { period: 2015, carriedOver: '3', transferredIn: 'today' } as never).issues)).toMatchInlineSnapshot(`
      [
        [
          "input.expected",
          [
            "options",
            "period",
          ],
          "“期限”应为对象,实际为数字 2015",
        ],
        [
          "input.expected",
          [
            "options",
            "carriedOver",
          ],
          "“上年结转分”应为数字,实际为文本“3”",
        ],
        [
          "input.expected",
          [
            "options",
            "transferredIn",
          ],
          "“年中转入”应为对象,实际为文本“today”",
        ],
      ]
    `);
    expect(read(computeLedger([], POINTS_LEDGER_EXAMPLE, { period: { start: 20150101, end: '2015-12-31' }, transferredIn: { on: 1, branchAverage: '80' } } as never).issues)).toMatchInlineSnapshot(`
      [
        [
          "input.expected",
          [
            "options",
            "period",
            "start",
          ],
          "“开始日期”应为文本,实际为数字 20150101",
        ],
        [
          "input.expected",
          [
            "options",
            "transferredIn",
            "on",
          ],
          "“日期”应为文本,实际为数字 1",
        ],
        [
          "input.expected",
          [
            "options",
            "transferredIn",
            "branchAverage",
          ],
          "“支部平均分”应为数字,实际为文本“80”",
        ],
      ]
    `);
  });

  it('names the wrong fields of an event that cannot be read', () => {
    const events = json<never>('[[1], {"itemId":"meeting","on":"2015-03-06","points":"2","note":3}, {"itemId":"meeting","on":"2015-03-06","note":"ok"}]');
    expect(read(computeLedger(events, POINTS_LEDGER_EXAMPLE).issues)).toMatchInlineSnapshot(`
      [
        [
          "input.expected",
          [
            "events",
            0,
          ],
          "“记录”第 1 项应为对象,实际为列表",
        ],
        [
          "input.expected",
          [
            "events",
            1,
            "points",
          ],
          "第 2 项“分值”应为数字,实际为文本“2”",
        ],
        [
          "input.expected",
          [
            "events",
            1,
            "note",
          ],
          "第 2 项“备注”应为文本,实际为数字 3",
        ],
      ]
    `);
  });
});

describe('a card the entry check rejects', () => {
  const sheets = SCORE_SHEETS_EXAMPLE;
  it('keeps no member id or status that is not valid, and names no item it cannot find', () => {
    const assessment = assessMember({ memberId: 5, status: 'retired', entries: 'none' } as never, sheets, MEMBER_TIERS_TONGMIN_2015);
    expect([assessment.memberId, assessment.status, assessment.total, assessment.tier, assessment.reasons]).toMatchInlineSnapshot(`
      [
        "",
        "full",
        null,
        undefined,
        [
          {
            "cause": "cardRejected",
            "code": "notGraded",
            "items": [],
          },
        ],
      ]
    `);
    expect(read(assessment.issues)).toMatchInlineSnapshot(`
      [
        [
          "input.expected",
          [
            "memberId",
          ],
          "“党员”应为文本,实际为数字 5",
        ],
        [
          "input.notOneOf",
          [
            "status",
          ],
          "“状态”为“retired”,应为以下之一:full, probationary",
        ],
        [
          "input.expected",
          [
            "entries",
          ],
          "“得分记录”应为列表,实际为文本“none”",
        ],
      ]
    `);
  });

  it('names each rejected item once, by its title where the sheets have it', () => {
    const card = {
      memberId: 'm1',
      status: 'probationary',
      entries: [
        { sheetId: 'goals', itemId: 'study', points: '20' },
        { sheetId: 'goals', itemId: 'study', points: 'x' },
        null,
        { sheetId: 'goals', itemId: 7, points: '1' },
        { sheetId: 'other', itemId: 'gone', points: '1' },
      ],
    };
    const assessment = assessMember(card as never, sheets, MEMBER_TIERS_TONGMIN_2015);
    expect([assessment.memberId, assessment.status, assessment.total, assessment.reasons]).toMatchInlineSnapshot(`
      [
        "m1",
        "probationary",
        null,
        [
          {
            "cause": "cardRejected",
            "code": "notGraded",
            "items": [
              {
                "itemId": "study",
                "itemTitle": "政治学习",
                "sheetId": "goals",
              },
              {
                "itemId": "gone",
                "sheetId": "other",
              },
            ],
          },
        ],
      ]
    `);
    expect(read(assessment.issues)).toMatchInlineSnapshot(`
      [
        [
          "input.expected",
          [
            "entries",
            0,
            "points",
          ],
          "第 1 项“分值”应为数字,实际为文本“20”",
        ],
        [
          "input.expected",
          [
            "entries",
            1,
            "points",
          ],
          "第 2 项“分值”应为数字,实际为文本“x”",
        ],
        [
          "input.expected",
          [
            "entries",
            2,
          ],
          "“得分记录”第 3 项应为对象,实际为空值 null",
        ],
        [
          "input.expected",
          [
            "entries",
            3,
            "itemId",
          ],
          "第 4 项“考核项目”应为文本,实际为数字 7",
        ],
        [
          "input.expected",
          [
            "entries",
            3,
            "points",
          ],
          "第 4 项“分值”应为数字,实际为文本“1”",
        ],
        [
          "input.expected",
          [
            "entries",
            4,
            "points",
          ],
          "第 5 项“分值”应为数字,实际为文本“1”",
        ],
      ]
    `);
  });

  it('is not graded when the card is not an object', () => {
    const assessment = assessMember(null as never, sheets, MEMBER_TIERS_TONGMIN_2015);
    expect([assessment.memberId, assessment.status, assessment.total, assessment.reasons]).toMatchInlineSnapshot(`
      [
        "",
        "full",
        null,
        [
          {
            "cause": "cardRejected",
            "code": "notGraded",
            "items": [],
          },
        ],
      ]
    `);
  });
});

/** The issues of the InvalidInputError `run` throws. */
function thrown(run: () => unknown): readonly Issue[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as InvalidInputError).issues;
  }
  throw new Error('expected an InvalidInputError');
}

describe('records given back to cxzy/scoring', () => {
  const decision = { tier: 'excellent', decidedBy: '支部委员会', decidedOn: '2016-01-12' } as const;
  const graded = assessMember(
    {
      memberId: 'm',
      entries: [
        { sheetId: 'goals', itemId: 'study', points: 20 },
        { sheetId: 'goals', itemId: 'teaching', points: 40 },
        { sheetId: 'goals', itemId: 'service', points: 10 },
        { sheetId: 'integrity', itemId: 'clean', points: 20 },
        { sheetId: 'integrity', itemId: 'discipline', points: 10 },
      ],
    },
    SCORE_SHEETS_EXAMPLE,
    MEMBER_TIERS_TONGMIN_2015,
  );

  it('decideTier names the wrong subtotals, vetoes and issues of a stored assessment', () => {
    const stored = JSON.parse(JSON.stringify(graded)) as Record<string, unknown>;
    const changed = {
      ...stored,
      memberId: 3,
      status: 'retired',
      byStandard: [null, { standard: 1, total: '5' }],
      vetoes: [2, { vetoId: 'v', atMost: 'best', origin: 'rumour', note: 4 }],
      issues: ['oops', { code: 5 }],
    };
    expect(read(thrown(() => decideTier(changed as never, decision as never)))).toMatchInlineSnapshot(`
      [
        [
          "input.expected",
          [
            "assessment",
            "memberId",
          ],
          "“党员”应为文本,实际为数字 3",
        ],
        [
          "input.notOneOf",
          [
            "assessment",
            "status",
          ],
          "“状态”为“retired”,应为以下之一:full, probationary",
        ],
        [
          "input.expected",
          [
            "assessment",
            "byStandard",
            0,
          ],
          "“各标准小计”第 1 项应为对象,实际为空值 null",
        ],
        [
          "input.expected",
          [
            "assessment",
            "byStandard",
            1,
            "standard",
          ],
          "第 2 项“标准”应为文本,实际为数字 1",
        ],
        [
          "input.expected",
          [
            "assessment",
            "byStandard",
            1,
            "total",
          ],
          "第 2 项“总分”应为数字,实际为文本“5”",
        ],
        [
          "input.expected",
          [
            "assessment",
            "vetoes",
            0,
          ],
          "“否决项”第 1 项应为对象,实际为数字 2",
        ],
        [
          "input.notOneOf",
          [
            "assessment",
            "vetoes",
            1,
            "atMost",
          ],
          "第 2 项“最高等次”为“best”,应为以下之一:excellent, qualified, basicallyQualified, unqualified",
        ],
        [
          "input.notOneOf",
          [
            "assessment",
            "vetoes",
            1,
            "origin",
          ],
          "第 2 项“来源”为“rumour”,应为以下之一:card, trigger",
        ],
        [
          "input.expected",
          [
            "assessment",
            "vetoes",
            1,
            "note",
          ],
          "第 2 项“备注”应为文本,实际为数字 4",
        ],
        [
          "input.expected",
          [
            "assessment",
            "issues",
            0,
          ],
          "“问题”第 1 项应为对象,实际为文本“oops”",
        ],
        [
          "input.expected",
          [
            "assessment",
            "issues",
            1,
            "code",
          ],
          "第 2 项“代码”应为文本,实际为数字 5",
        ],
      ]
    `);
  });

  it('compareDistributions says counts that are not an object are not counts', () => {
    const year = { members: 1, graded: 1, counts: { excellent: 1, qualified: 0, basicallyQualified: 0, unqualified: 0 } };
    expect(read(thrown(() => compareDistributions({ graded: 1, counts: null } as never, year)))).toMatchInlineSnapshot(`
      [
        [
          "input.expected",
          [
            "previousYear",
            "counts",
          ],
          "“各等次人数”应为对象,实际为空值 null",
        ],
      ]
    `);
    expect(read(thrown(() => compareDistributions(year, 'last year' as never)))).toMatchInlineSnapshot(`
      [
        [
          "input.expected",
          [
            "currentYear",
          ],
          "“本年度”应为对象,实际为文本“last year”",
        ],
      ]
    `);
  });

  it('assessMember names the wrong fields of the sheets and grades nobody', () => {
    const sheets = [null, { id: 's', title: 2, items: [null, { id: 'i', title: 't', standard: 3, kind: 'extra', maxPoints: '10' }] }];
    const assessment = assessMember({ memberId: 'm', entries: [] }, sheets as never, MEMBER_TIERS_TONGMIN_2015);
    expect([assessment.total, assessment.reasons]).toEqual([null, [{ code: 'notGraded', cause: 'invalidInput' }]]);
    expect(read(assessment.issues)).toMatchInlineSnapshot(`
      [
        [
          "input.expected",
          [
            "sheets",
            0,
          ],
          "“考核表”第 1 项应为对象,实际为空值 null",
        ],
        [
          "input.expected",
          [
            "sheets",
            1,
            "title",
          ],
          "第 2 项“标题”应为文本,实际为数字 2",
        ],
        [
          "input.expected",
          [
            "sheets",
            1,
            "items",
            0,
          ],
          "第 2 项“项目”第 1 项应为对象,实际为空值 null",
        ],
        [
          "input.expected",
          [
            "sheets",
            1,
            "items",
            1,
            "standard",
          ],
          "第 2 项“项目”第 2 项“标准”应为文本,实际为数字 3",
        ],
        [
          "input.notOneOf",
          [
            "sheets",
            1,
            "items",
            1,
            "kind",
          ],
          "第 2 项“项目”第 2 项“类别”为“extra”,应为以下之一:base, bonus, deduction",
        ],
        [
          "input.expected",
          [
            "sheets",
            1,
            "items",
            1,
            "maxPoints",
          ],
          "第 2 项“项目”第 2 项“满分”应为数字,实际为文本“10”",
        ],
      ]
    `);
  });
});

describe('score sheets and a score card with wrong ids and notes', () => {
  const paths = (issues: readonly Issue[]) => issues.map((issue) => [issue.code, issue.path]);

  it('names a sheet’s and an item’s id and title where they are', () => {
    const sheets = json<never>('[{ "id": 1, "title": "目标", "items": [{ "id": 2, "title": 3, "kind": "base", "maxPoints": 10 }] }]');
    expect(paths(assessMember({ memberId: 'm1', entries: [] }, sheets, MEMBER_TIERS_TONGMIN_2015).issues)).toEqual([
      ['input.expected', ['sheets', 0, 'id']],
      ['input.expected', ['sheets', 0, 'items', 0, 'id']],
      ['input.expected', ['sheets', 0, 'items', 0, 'title']],
    ]);
  });

  it('names an entry’s sheet id and note, and a veto’s id and note, where they are', () => {
    const card = json<never>('{ "memberId": "m1", "entries": [{ "sheetId": 4, "itemId": "x", "points": 1, "note": 5 }], "vetoes": [{ "vetoId": 6, "note": 7 }] }');
    expect(paths(assessMember(card, SCORE_SHEETS_EXAMPLE, MEMBER_TIERS_TONGMIN_2015).issues)).toEqual([
      ['input.expected', ['entries', 0, 'sheetId']],
      ['input.expected', ['entries', 0, 'note']],
      ['input.expected', ['vetoes', 0, 'vetoId']],
      ['input.expected', ['vetoes', 0, 'note']],
    ]);
  });
});
