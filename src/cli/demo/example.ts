import { FIVE_GOODS, FIVE_LEADS, type Campaign } from '../../campaign';
import type { FunctionalGroup, Member, PartyOrganization } from '../../organization';
import { EXAMPLE_PERIOD, EXAMPLE_PHASES } from './schedule';

/**
 * The embedded example: a vocational school's Party branch running its 2010 创先争优 campaign,
 * modelled on the 南郊职业中学 plan in the seeds. Every name is invented.
 */
export const EXAMPLE_ORGANIZATIONS: readonly PartyOrganization[] = [
  { id: 'district-education', name: '南郊区教育体育局党委', kind: 'committee' },
  { id: 'vocational-branch', name: '南郊职业中学党支部', kind: 'branch', parentId: 'district-education' },
];

const member = (id: string, name: string, extra: Partial<Member> = {}): Member => ({
  id,
  name,
  organizationId: 'vocational-branch',
  status: 'full',
  roles: [],
  ...extra,
});

export const EXAMPLE_MEMBERS: readonly Member[] = [
  member('m01', '王建国', { roles: ['secretary'] }),
  member('m02', '李秀兰', { roles: ['deputySecretary', 'groupLeader'] }),
  member('m03', '张卫东', { roles: ['committeeMember', 'groupLeader'] }),
  member('m04', '刘芳', { roles: ['committeeMember', 'partyAffairsWorker'] }),
  member('m05', '陈志强', { roles: ['groupLeader'] }),
  member('m06', '杨丽'),
  member('m07', '赵海波'),
  member('m08', '黄晓燕'),
  member('m09', '周明'),
  member('m10', '吴静', { status: 'probationary' }),
  member('m11', '徐磊'),
  member('m12', '孙婷'),
];

export const EXAMPLE_FUNCTIONAL_GROUPS: readonly FunctionalGroup[] = [
  { id: 'teaching', name: '教学科研功能党小组', focus: '教学科研', leaderId: 'm02', memberIds: ['m02', 'm06', 'm07', 'm08'] },
  { id: 'moral', name: '德育工作功能党小组', focus: '德育工作', leaderId: 'm03', memberIds: ['m03', 'm09', 'm10', 'm01'] },
  { id: 'campus', name: '平安校园功能党小组', focus: '校园平安', leaderId: 'm05', memberIds: ['m05', 'm04', 'm11', 'm12'] },
];

export const EXAMPLE_CAMPAIGN: Campaign = {
  id: 'nanjiao-vocational-2010',
  title: '南郊职业中学党支部深入开展创先争优活动实施方案',
  theme: '深入开展创先争优活动,加快南郊职业教育发展',
  organizerId: 'vocational-branch',
  period: EXAMPLE_PERIOD,
  basis: ['南郊区委《关于转发<关于全市创先争优活动第一阶段的指导意见>的通知》(南创组发[2010]8号)'],
  phases: EXAMPLE_PHASES,
  standards: [FIVE_GOODS, FIVE_LEADS],
  activities: [
    { id: 'responsibility', title: '强化责任意识,展现模范作用' },
    { id: 'integrity', title: '树正气做好事' },
  ],
};
