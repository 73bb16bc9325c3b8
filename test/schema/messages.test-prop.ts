import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { EXAMPLE_CAMPAIGN } from '../../src/cli/demo/example';
import type { Issue } from '../../src/i18n';
import { parseCampaign, parseCandidates, parseMember, parseRectificationItems, parseScoreCards } from '../../src/schema';
import { deepFreeze } from '../_helpers/deepFreeze';

const parsers = [parseCampaign, parseCandidates, parseMember, parseRectificationItems, parseScoreCards];

/** What a reader must be able to rely on in every message, whatever the input. */
function expectReadable(issue: Issue): void {
  for (const text of [issue.message['zh-CN'], issue.message.en]) {
    expect(text).not.toBe('');
    // No placeholder left unfilled, and none of zod's own wording.
    expect(text).not.toMatch(/\{(?:subject|found|expected|value|options|min|max|keys)[|}]/);
    expect(text).not.toMatch(/Invalid input|expected \w+, received|无效输入|期望|实际接收/);
  }
  // A message shows a list position counted from 1: never `第 0 项` or `item 0`.
  expect(issue.message['zh-CN']).not.toMatch(/第 0 项/);
  expect(issue.message.en).not.toMatch(/\bitem 0\b/i);
  for (const value of Object.values(issue.params)) expect(['string', 'number']).toContain(typeof value);
}

const hostileKey = fc.constantFrom('__proto__', 'constructor', 'toString', 'id', 'name', 'entries', 'points', 'period', 'phases');
const anyValue = fc.anything({ key: fc.oneof(fc.string(), hostileKey), withNullPrototype: true, withSparseArray: true, maxDepth: 2, maxKeys: 4 });

test.prop([anyValue])('never throws, and every message is readable, whatever it is given', (input) => {
  for (const parse of parsers) {
    const result = parse(input);
    if (!result.success) for (const issue of result.issues) expectReadable(issue);
  }
});

/** A valid campaign with one field somewhere replaced: the near-valid input a user sends. */
const campaign = JSON.parse(JSON.stringify(EXAMPLE_CAMPAIGN)) as Record<string, unknown>;
const nearValid = fc
  .tuple(fc.constantFrom('id', 'title', 'period', 'phases', 'standards', 'activities', 'basis'), fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.double()))
  .map(([key, value]) => ({ ...campaign, [key]: value }));

test.prop([nearValid])('a campaign with one field replaced: every problem readable, at a path into the data', (input) => {
  const result = parseCampaign(deepFreeze(input));
  if (result.success) return;
  for (const issue of result.issues) {
    expectReadable(issue);
    expect(issue.path.every((segment) => typeof segment === 'string' || (Number.isInteger(segment) && segment >= 0))).toBe(true);
  }
});
