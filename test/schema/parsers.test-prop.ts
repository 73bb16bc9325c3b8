import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { parseCampaign, parseMembers, parseOrganizations } from '../../src/schema';
import { deepFreeze } from '../_helpers/deepFreeze';

const parsers = [parseCampaign, parseMembers, parseOrganizations];

test.prop([fc.jsonValue()])('never throws on any JSON, and every issue has a path and both messages', (input) => {
  for (const parse of parsers) {
    const result = parse(deepFreeze(input));
    if (result.success) continue;
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(Array.isArray(issue.path)).toBe(true);
      expect(issue.message['zh-CN']).not.toBe('');
      expect(issue.message.en).not.toBe('');
    }
  }
});

const member = fc.record({
  id: fc.string({ minLength: 1 }).filter((id) => id.trim() !== ''),
  name: fc.string(),
  organizationId: fc.constant('b'),
  status: fc.constantFrom('full', 'probationary'),
  roles: fc.uniqueArray(fc.constantFrom('secretary', 'deputySecretary', 'committeeMember', 'groupLeader', 'partyAffairsWorker')),
});

test.prop([fc.uniqueArray(member, { selector: (m) => m.id, maxLength: 30 })])(
  'returns valid members unchanged, as new data',
  (members) => {
    const result = parseMembers(deepFreeze(members));
    expect(result).toEqual({ success: true, data: members });
  },
);

test.prop([fc.array(member, { minLength: 1, maxLength: 30 })])('reports one issue per repeated id', (members) => {
  const repeats = members.length - new Set(members.map((m) => m.id)).size;
  const result = parseMembers(members);
  const duplicates = result.success ? 0 : result.issues.filter((issue) => issue.code === 'schema.duplicateId').length;
  expect(duplicates).toBe(repeats);
});
