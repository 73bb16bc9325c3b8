import { expectTypeOf, test } from 'vitest';
import { SCHOOL_FOUR_SIDED_EVALUATION } from '../../src/evaluation';
import { MEMBER_TIERS_TONGMIN_2015 } from '../../src/scoring';
import { compileEvaluationQuery, compileTierQuery, readEvaluationRows, type SqlGroupFigure, type SqlQuery } from '../../src/sql';

test('the group codes of a policy type the compiled query and the rows read back', () => {
  const query = compileEvaluationQuery(SCHOOL_FOUR_SIDED_EVALUATION, { table: 'ballots', columns: { position: 'id' } });
  expectTypeOf(query.groups[0]!.group).toEqualTypeOf<'leadership' | 'peer' | 'teachersStudents' | 'parents'>();
  const [subject] = readEvaluationRows([], query);
  expectTypeOf(subject!.groups.peer).toEqualTypeOf<SqlGroupFigure>();
  // @ts-expect-error: the policy has no group `masses`
  void subject!.groups.masses;
});

test('a compiled query is text and values, the shape pg and PGlite take', () => {
  expectTypeOf(compileTierQuery(MEMBER_TIERS_TONGMIN_2015, { table: 'totals', score: 'total' })).toEqualTypeOf<SqlQuery>();
  // @ts-expect-error: the table is required
  compileTierQuery(MEMBER_TIERS_TONGMIN_2015, { score: 'total' });
});
