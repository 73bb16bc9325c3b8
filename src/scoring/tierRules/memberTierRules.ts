import type { TierRule } from './types';

/**
 * The 2015 rule of 同民镇中学党支部 (seed 002), as written: "年终,支部对两个责任书将进行考核,
 * 得分在100分以上者,推荐为本年度优秀党员,支部给予表彰奖励;总分在80—100分的为合格党员;总分在
 * 60—80分的为基本合格党员;总分在60分以下的为不合格党员".
 *
 * Read as the law reads boundary words (民法典 第一千二百五十九条: 以上、以下 include the number),
 * 100 lies in both `100分以上` and `80—100分`, 80 in `80—100分` and `60—80分`, 60 in `60—80分` and
 * `60分以下`. The rule gives such a score the better tier (`overlap: 'higherTier'`): 100 → 优秀,
 * 80 → 合格, 60 → 基本合格, 59.99 → 不合格. Spread it with `overlap: 'lowerTier'` for the other reading.
 * Probationary members are not graded; the plan sets no quota and names no veto.
 *
 * @example
 * ```ts
 * import { classify, MEMBER_TIERS_TONGMIN_2015 } from 'cxzy/scoring';
 * classify(100, MEMBER_TIERS_TONGMIN_2015)?.tier; // 'excellent'
 * classify(79.99, MEMBER_TIERS_TONGMIN_2015)?.tier; // 'basicallyQualified'
 * classify(100, { ...MEMBER_TIERS_TONGMIN_2015, overlap: 'lowerTier' })?.tier; // 'qualified'
 * ```
 */
export const MEMBER_TIERS_TONGMIN_2015 = {
  id: 'tongmin-2015',
  label: { 'zh-CN': '同民镇中学党支部党员年度考核(2015)', en: 'Tongmin Town Middle School annual member assessment (2015)' },
  source: '同民镇中学王代彬《创新学校党建工作方式,打造党建工作亮点》(2015):两个责任书年终考核',
  bands: [
    { tier: 'excellent', min: { value: 100, inclusive: true }, text: '100分以上' },
    { tier: 'qualified', min: { value: 80, inclusive: true }, max: { value: 100, inclusive: true }, text: '80—100分' },
    { tier: 'basicallyQualified', min: { value: 60, inclusive: true }, max: { value: 80, inclusive: true }, text: '60—80分' },
    { tier: 'unqualified', max: { value: 60, inclusive: true }, text: '60分以下' },
  ],
  overlap: 'higherTier',
  gradeProbationary: false,
} as const satisfies TierRule;

/**
 * A generic 民主评议党员 rule on a hundred-point 民主测评 score, to adapt: 90分以上 优秀, 70—90分
 * 合格, 60—70分 基本合格, 60分以下 不合格, shared boundaries to the better tier. From the guidance
 * on 民主评议党员: "预备党员参加民主评议,但不评定等次" (not graded) and "评定为优秀的党员比例一般不
 * 超过党员总数的三分之一" (a quota of one third of all members, ties at the cut left to the branch).
 * Its veto, common in branches' own rules: a member disciplined by the Party this year may not be
 * 优秀. The band scores are this library's choice, not a national standard: write your own.
 *
 * @example
 * ```ts
 * import { classify, MEMBER_TIERS_DEMOCRATIC_REVIEW } from 'cxzy/scoring';
 * classify(90, MEMBER_TIERS_DEMOCRATIC_REVIEW)?.tier; // 'excellent'
 * MEMBER_TIERS_DEMOCRATIC_REVIEW.excellentQuota.share; // { numerator: 1, denominator: 3 }
 * ```
 */
export const MEMBER_TIERS_DEMOCRATIC_REVIEW = {
  id: 'democratic-review',
  label: { 'zh-CN': '民主评议党员(百分制测评)', en: 'Democratic review of members (hundred-point score)' },
  source: '民主评议党员:按照“优秀”“合格”“基本合格”“不合格”评定等次;优秀比例一般不超过党员总数的三分之一;预备党员参加评议但不评定等次',
  bands: [
    { tier: 'excellent', min: { value: 90, inclusive: true }, text: '90分以上' },
    { tier: 'qualified', min: { value: 70, inclusive: true }, max: { value: 90, inclusive: true }, text: '70—90分' },
    { tier: 'basicallyQualified', min: { value: 60, inclusive: true }, max: { value: 70, inclusive: true }, text: '60—70分' },
    { tier: 'unqualified', max: { value: 60, inclusive: true }, text: '60分以下' },
  ],
  overlap: 'higherTier',
  gradeProbationary: false,
  vetoes: [
    {
      id: 'disciplinaryAction',
      label: { 'zh-CN': '当年受到党纪处分的,不得评为优秀', en: 'Disciplined by the Party this year: may not be excellent' },
      atMost: 'qualified',
    },
  ],
  excellentQuota: { share: { numerator: 1, denominator: 3 }, of: 'allMembers', tieBreak: 'excludeTied' },
} as const satisfies TierRule;
