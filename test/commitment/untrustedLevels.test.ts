import { describe, expect, it } from 'vitest';
import { checkDecomposition, fulfilment, type Commitment } from '../../src/commitment';
import { isoDate } from '../../src/schedule';

/** Commitments as an app may pass them from JSON it did not parse first. */
const fromJson = (json: string): Commitment[] => JSON.parse(json) as Commitment[];
const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();

const POISONED = fromJson(
  JSON.stringify([
    { id: 'p', level: '__proto__', makerId: 'm1', audiences: [], items: [{ id: 'p1', title: 'x', due: '2011-01-31', status: 'pending', decomposedFrom: 'c1' }] },
    { id: 'c', level: 'constructor', makerId: 'm2', audiences: [], items: [{ id: 'c1', title: 'y', due: '2011-01-31', status: 'fulfilled', fulfilledOn: '2011-01-02' }] },
    { id: 'ok', level: 'member', makerId: 'm3', audiences: ['group'], items: [{ id: 'k1', title: 'z', due: '2011-01-31', status: 'pending' }] },
  ]),
);

describe('commitments whose level is not branch, group or member', () => {
  it('fulfilment reports the unknown level, leaves those commitments out, and adds nothing to Object.prototype', () => {
    const before = prototypeKeys();
    const result = fulfilment(POISONED, isoDate('2011-03-01'));
    expect(prototypeKeys()).toEqual(before);
    expect(({} as Record<string, unknown>)['items']).toBeUndefined();
    expect(result.issues.map((issue) => [issue.code, issue.severity, issue.path, issue.params])).toEqual([
      ['commitment.unknownLevel', 'error', [0, 'level'], { commitmentId: 'p', level: '__proto__' }],
      ['commitment.unknownLevel', 'error', [1, 'level'], { commitmentId: 'c', level: 'constructor' }],
    ]);
    expect(result.issues[0]?.message['zh-CN']).toBe('承诺“p”的层级“__proto__”未知,不计入统计');
    expect(result.overall).toMatchObject({ items: 1, overdue: 1 });
    expect(result.byLevel.member.items).toBe(1);
    expect(result.byMaker.map((maker) => maker.makerId)).toEqual(['m3']);
  });

  it('checkDecomposition reports a level that is not a level, leaves it out, and adds nothing to Object.prototype', () => {
    const before = prototypeKeys();
    const issues = checkDecomposition(POISONED, []);
    expect(issues.slice(0, 2).map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['input.notOneOf', 'commitments.0.level'],
      ['input.notOneOf', 'commitments.1.level'],
    ]);
    expect(prototypeKeys()).toEqual(before);
    for (const issue of issues) {
      for (const value of Object.values(issue.params)) expect(['string', 'number']).toContain(typeof value);
      expect(issue.message.en).not.toContain('[object Object]');
    }
  });
});
