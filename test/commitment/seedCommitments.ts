import type { Commitment } from '../../src/commitment';
import type { FunctionalGroup } from '../../src/organization';
import { isoDate } from '../../src/schedule';

/**
 * Seed 001's 三级双向承诺, written out: "党支部向党员群众、教体局党委承诺、功能党小组向党员师生、党支部
 * 承诺、党员个人向党小组和群众承诺". The branch's items follow the groups the seed suggests
 * (教学科研、德育工作、校园平安); the dates are the 组织实施阶段 of the seed's plan.
 */
export const SEED_GROUPS: readonly FunctionalGroup[] = [
  { id: 'teaching', name: '教学科研功能党小组', focus: '教学科研', leaderId: 'm1', memberIds: ['m1', 'm2'] },
  { id: 'moral', name: '德育工作功能党小组', focus: '德育工作', leaderId: 'm3', memberIds: ['m3', 'm4'] },
  { id: 'safety', name: '校园平安功能党小组', focus: '校园平安', leaderId: 'm5', memberIds: ['m5'] },
];

const due = isoDate('2011-05-31');

export const SEED_COMMITMENTS: readonly Commitment[] = [
  {
    id: 'branch-2010',
    level: 'branch',
    makerId: 'school-branch',
    audiences: ['members', 'masses', 'superiorCommittee'],
    items: [
      { id: 'b-quality', title: '贯彻党的教育方针,提高教育教学质量', due, status: 'inProgress', decomposedFrom: 'committee-key-work-1' },
      { id: 'b-ethics', title: '加强师德师风、校纪校风建设', due, status: 'inProgress' },
      { id: 'b-safety', title: '创建和谐校园、平安校园', due, status: 'inProgress' },
    ],
  },
  {
    id: 'teaching-2010',
    level: 'group',
    makerId: 'teaching',
    audiences: ['members', 'teachersStudents', 'branch'],
    items: [
      { id: 't-demo', title: '党员教师每学期上一节示范课', due, status: 'fulfilled', fulfilledOn: isoDate('2011-01-10'), decomposedFrom: 'b-quality' },
      { id: 't-research', title: '完成一项校级教研课题', due, status: 'inProgress', decomposedFrom: 'b-quality' },
    ],
  },
  {
    id: 'moral-2010',
    level: 'group',
    makerId: 'moral',
    audiences: ['members', 'teachersStudents', 'branch'],
    items: [
      { id: 'd-ethics', title: '开展师德承诺、评议活动', due, status: 'fulfilled', fulfilledOn: isoDate('2010-12-01'), decomposedFrom: 'b-ethics' },
      { id: 'd-parents', title: '每学期召开一次家长会', due, status: 'pending', own: true },
    ],
  },
  {
    id: 'safety-2010',
    level: 'group',
    makerId: 'safety',
    audiences: ['members', 'teachersStudents', 'branch'],
    items: [{ id: 's-patrol', title: '党员轮流值守校园安全岗', due, status: 'inProgress', decomposedFrom: 'b-safety' }],
  },
  {
    id: 'm1-2010',
    level: 'member',
    makerId: 'm1',
    audiences: ['group', 'masses'],
    items: [{ id: 'm1-demo', title: '上一节信息技术示范课', due: isoDate('2010-12-31'), status: 'fulfilled', fulfilledOn: isoDate('2010-12-20'), decomposedFrom: 't-demo' }],
  },
  {
    id: 'm2-2010',
    level: 'member',
    makerId: 'm2',
    audiences: ['group', 'masses'],
    items: [{ id: 'm2-help', title: '结对帮扶两名学困生', due: isoDate('2011-01-15'), status: 'pending' }],
  },
  {
    id: 'm3-2010',
    level: 'member',
    makerId: 'm3',
    audiences: ['group', 'masses'],
    items: [{ id: 'm3-home', title: '走访二十户学生家庭', due: isoDate('2011-01-15'), status: 'fulfilled', fulfilledOn: isoDate('2011-01-20'), decomposedFrom: 'd-parents' }],
  },
];
