import { describe, expect, it } from 'vitest';
import { checkOrganizationTree, type PartyOrganization } from '../../src/organization';
import { deepFreeze } from '../_helpers/deepFreeze';

const committee: PartyOrganization = { id: 'committee', name: '南郊区教育体育局党委', kind: 'committee' };
const general: PartyOrganization = { id: 'general', name: '某中学党总支', kind: 'generalBranch', parentId: 'committee' };
const branch: PartyOrganization = { id: 'branch', name: '南郊职业中学党支部', kind: 'branch', parentId: 'committee' };

describe('checkOrganizationTree', () => {
  it('accepts a committee over a general branch over a branch', () => {
    const tree = deepFreeze([committee, general, { ...branch, parentId: 'general' }]);
    expect(checkOrganizationTree(tree)).toEqual([]);
  });

  it('accepts a committee under a committee (区教育党委 under 区委) and several trees', () => {
    const tree = [
      { id: 'district', name: '南郊区委', kind: 'committee' as const },
      { ...committee, parentId: 'district' },
      { id: 'other', name: '另一党委', kind: 'committee' as const },
    ];
    expect(checkOrganizationTree(tree)).toEqual([]);
  });

  it('reports an unknown parent with its path and both messages', () => {
    const [issue, ...rest] = checkOrganizationTree([{ ...branch, parentId: 'ghost' }]);
    expect(rest).toEqual([]);
    expect(issue).toEqual({
      code: 'organization.unknownParent',
      severity: 'error',
      path: [0, 'parentId'],
      message: {
        'zh-CN': '组织“branch”的上级组织“ghost”不存在',
        en: 'Organization "branch" names an unknown parent "ghost"',
      },
      params: { id: 'branch', parentId: 'ghost' },
    });
  });

  it('reports a duplicate id at the second use', () => {
    const issues = checkOrganizationTree([committee, { ...committee, name: '同名' }]);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([['organization.duplicateId', [1, 'id']]]);
  });

  it('reports an organization that is its own parent', () => {
    const issues = checkOrganizationTree([{ ...committee, parentId: 'committee' }]);
    expect(issues.map((issue) => issue.code)).toEqual(['organization.cycle']);
    expect(issues[0]?.message.en).toBe('Organization "committee" is its own superior through committee → committee');
  });

  it('reports a cycle once, not once per organization in or below it', () => {
    const issues = checkOrganizationTree([
      { id: 'a', name: 'A', kind: 'committee', parentId: 'c' },
      { id: 'b', name: 'B', kind: 'committee', parentId: 'a' },
      { id: 'c', name: 'C', kind: 'committee', parentId: 'b' },
      { id: 'below', name: 'D', kind: 'branch', parentId: 'a' },
    ]);
    expect(issues.map((issue) => issue.code)).toEqual(['organization.cycle']);
    expect(issues[0]?.params['chain']).toBe('a → c → b → a');
  });

  it.each([
    ['a branch above a committee', 'branch', 'committee'],
    ['a branch above a general branch', 'branch', 'generalBranch'],
    ['a branch above a branch', 'branch', 'branch'],
    ['a general branch above a committee', 'generalBranch', 'committee'],
    ['a general branch above a general branch', 'generalBranch', 'generalBranch'],
  ] as const)('reports a kind inversion: %s', (_name, parentKind, childKind) => {
    const issues = checkOrganizationTree([
      { id: 'parent', name: '上级', kind: parentKind },
      { id: 'child', name: '下级', kind: childKind, parentId: 'parent' },
    ]);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([['organization.kindInversion', [1, 'parentId']]]);
  });

  it('names the kinds in the message', () => {
    const [issue] = checkOrganizationTree([
      { id: 'b', name: '党支部', kind: 'branch' },
      { id: 'c', name: '党委', kind: 'committee', parentId: 'b' },
    ]);
    expect(issue?.message['zh-CN']).toBe('党委“c”不能隶属于党支部“b”');
    expect(issue?.message.en).toBe('A party committee ("c") cannot be under a party branch ("b")');
  });

  it('checks a chain 100,000 levels deep without overflowing the stack', () => {
    const depth = 100_000;
    const chain: PartyOrganization[] = Array.from({ length: depth }, (_, index) => ({
      id: `c${index}`,
      name: `党委 ${index}`,
      kind: 'committee',
      ...(index > 0 ? { parentId: `c${index - 1}` } : {}),
    }));
    expect(checkOrganizationTree(chain)).toEqual([]);
    const closed = [{ ...chain[0]!, parentId: `c${depth - 1}` }, ...chain.slice(1)];
    expect(checkOrganizationTree(closed).map((issue) => issue.code)).toEqual(['organization.cycle']);
  });

  it('returns issues in input order', () => {
    const issues = checkOrganizationTree([
      { id: 'x', name: 'X', kind: 'branch', parentId: 'ghost' },
      { id: 'y', name: 'Y', kind: 'committee', parentId: 'y' },
      { id: 'x', name: 'X again', kind: 'branch' },
    ]);
    expect(issues.map((issue) => issue.path[0])).toEqual([0, 1, 2]);
  });
});
