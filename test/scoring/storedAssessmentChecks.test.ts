import { describe, expect, it } from 'vitest';
import { assessMember, decideTier, explainAssessment, InvalidInputError, MEMBER_TIERS_TONGMIN_2015, type MemberAssessment } from '../../src/scoring';
import { thrownIssues } from '../_helpers/thrownIssues';

// An assessment stored as JSON and read back (a 公示 archived in a database) is checked before it
// is explained or decided on: every wrong field of every kind of reason, sheet subtotal, veto and
// decision is named where it is.

const sheets = [{ id: 's', title: '目标管理责任书', items: [{ id: 'i', title: '工作', kind: 'base', maxPoints: 100 }] }] as const;
const stored = JSON.parse(JSON.stringify(assessMember({ memberId: 'm1', entries: [{ sheetId: 's', itemId: 'i', points: 90 }] }, sheets, MEMBER_TIERS_TONGMIN_2015))) as Record<string, unknown>;
const as = (fields: Record<string, unknown>) => ({ ...stored, ...fields }) as unknown as MemberAssessment;
const paths = (run: () => unknown) => thrownIssues(run, InvalidInputError).map((issue) => issue.path.join('.'));

describe('explaining a stored assessment', () => {
  it('names every wrong field of every kind of reason', () => {
    const reasons = [
      { code: 'band', tier: 1, bandIndex: 'x', band: { min: { value: 'a', inclusive: true }, max: { value: 'b', inclusive: true } } },
      { code: 'overlap', bands: 5, bandIndexes: ['a'], chosen: 'c', resolution: 'x' },
      { code: 'veto', vetoId: 1, label: 'x', from: 'bogus', to: 'bogus' },
      { code: 'quota', outcome: 'x', cap: 'c', rank: 'r', from: 'bogus', to: 'bogus' },
      { code: 'bonus', sheetId: 1, itemId: 2, itemTitle: 3, points: 'p' },
      { code: 'deduction', sheetId: 1, itemId: 2, itemTitle: 3, points: 'p' },
      { code: 'notGraded', cause: 'cardRejected', items: [5, { sheetId: 1, itemId: 2, itemTitle: 3 }] },
    ];
    const at = (index: number, fields: string) => fields.split(' ').map((field) => `assessment.reasons.${index}.${field}`);
    expect(paths(() => explainAssessment(as({ reasons })))).toEqual([
      ...at(0, 'tier bandIndex band.tier band.min.value band.max.value'),
      ...at(1, 'bands bandIndexes.0 chosen resolution'),
      ...at(2, 'vetoId label from to'),
      ...at(3, 'outcome cap rank from to'),
      ...at(4, 'sheetId itemId itemTitle points'),
      ...at(5, 'sheetId itemId itemTitle points'),
      ...at(6, 'items.0 items.1.sheetId items.1.itemId items.1.itemTitle'),
    ]);
  });

  it('names a reason that is not an object, an unknown reason, positions that are not whole and bounds that are not finite', () => {
    const band = { tier: 'qualified', min: { value: Number.NaN, inclusive: true }, max: { value: Number.POSITIVE_INFINITY, inclusive: true } };
    const reasons = [
      null,
      { code: 'nope' },
      { code: 'band', tier: 'qualified', bandIndex: 1.5, band },
      { code: 'overlap', bands: [], bandIndexes: [0.5], chosen: 0.5, resolution: 'higherTier' },
    ];
    expect(paths(() => explainAssessment(as({ reasons })))).toEqual([
      'assessment.reasons.0',
      'assessment.reasons.1.code',
      'assessment.reasons.2.bandIndex',
      'assessment.reasons.2.band.min.value',
      'assessment.reasons.2.band.max.value',
      'assessment.reasons.3.bandIndexes.0',
      'assessment.reasons.3.chosen',
    ]);
  });

  it('names a wrong sheet subtotal, decision, tier set and option where they are', () => {
    expect(paths(() => explainAssessment(as({ bySheet: [{ sheetId: 1 }, 5] })))).toEqual([
      'assessment.bySheet.0.sheetId',
      'assessment.bySheet.0.base',
      'assessment.bySheet.0.bonus',
      'assessment.bySheet.0.deduction',
      'assessment.bySheet.0.total',
      'assessment.bySheet.1',
    ]);
    expect(paths(() => explainAssessment(as({ decision: { tier: 'qualified', decidedBy: 'x', decidedOn: '2016-01-01', reason: 5 } })))).toEqual(['assessment.decision.reason']);
    expect(paths(() => explainAssessment(as({ decision: 7 })))).toEqual(['assessment.decision']);
    expect(paths(() => explainAssessment(as({ tierSet: 5 })))).toEqual(['assessment.tierSet']);
    expect(paths(() => explainAssessment(as({}), 5 as never))).toEqual(['options']);
    expect(paths(() => explainAssessment(as({}), { sheets: [{ id: 1, title: 't', items: [] }] } as never))).toEqual(['options.sheets.0.id']);
  });
});

describe('deciding on a stored assessment', () => {
  it('names a wrong subtotal by standard, veto and stored issue where they are', () => {
    const assessment = as({ vetoes: [{ vetoId: 1, atMost: 'qualified', origin: 'card', note: 2 }], byStandard: [{ standard: 1, total: 't' }], issues: [{ code: 1 }] });
    expect(paths(() => decideTier(assessment, { tier: 'qualified', decidedBy: '支部委员会', decidedOn: '2016-01-12' } as never))).toEqual([
      'assessment.byStandard.0.standard',
      'assessment.byStandard.0.total',
      'assessment.vetoes.0.vetoId',
      'assessment.vetoes.0.note',
      'assessment.issues.0.code',
    ]);
  });

  it('reports a decision that is not an object among the assessment’s issues', () => {
    expect(decideTier(as({}), 5 as never).issues.map((issue) => issue.path)).toEqual([['decision']]);
  });
});
