import { describe, expectTypeOf, it } from 'vitest';
import {
  rectificationStatus,
  rectifyUnqualified,
  type LimitedCorrection,
  type RectificationIssueCode,
  type RectificationItem,
  type RectificationReport,
} from '../../src/rectification';
import type { InputIssueCode } from '../../src/i18n';
import { isoDate } from '../../src/schedule';

describe('rectification types', () => {
  it('returns typed reports', () => {
    expectTypeOf(rectificationStatus([], isoDate('2011-06-01'))).toEqualTypeOf<RectificationReport>();
    expectTypeOf(rectifyUnqualified({ memberId: 'm', tier: 'unqualified' }, isoDate('2011-06-01'))).toEqualTypeOf<LimitedCorrection>();
    expectTypeOf<RectificationReport['issues'][number]['code']>().toEqualTypeOf<RectificationIssueCode | InputIssueCode>();
  });

  it('requires disclosure to be stated, and a known tier', () => {
    // @ts-expect-error — processDisclosed and resultDisclosed must be given
    const item: RectificationItem = { id: 'r', problem: 'p', source: 'other', measure: 'm', target: 't', due: isoDate('2011-06-01'), ownerId: 'o', status: 'open' };
    // @ts-expect-error — 'failed' is not a tier
    rectifyUnqualified({ memberId: 'm', tier: 'failed' }, isoDate('2011-06-01'));
    expectTypeOf(item).toEqualTypeOf<RectificationItem>();
  });
});
