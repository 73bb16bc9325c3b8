import { describe, expect, it } from 'vitest';
import { addBallots, aggregateEvaluations, createAccumulator, finalizeAccumulator, THREE_SIDED_EVALUATION, type ScoreBallot } from '../../src/evaluation';
import { csvBatches, readScoreBallots } from '../../src/tables';

const ballots: readonly ScoreBallot[] = [
  { subjectId: 'm01', evaluatorId: 'l1', group: 'leadership', score: 92 },
  { subjectId: 'm01', evaluatorId: 'p1', group: 'peer', score: 88 },
  { subjectId: 'm02', evaluatorId: 'p1', group: 'peer', score: 101 },
  { subjectId: 'm01', evaluatorId: 'm1', group: 'masses', score: 90 },
];

function* oneByOne<T>(items: readonly T[]): Generator<T, void, undefined> {
  yield* items;
}

describe('ballots given one at a time (a generator, a Set), as a large file is read', () => {
  it('give the result a list gives, issues and their positions included', () => {
    const fromList = aggregateEvaluations(ballots, THREE_SIDED_EVALUATION);
    expect(aggregateEvaluations(oneByOne(ballots), THREE_SIDED_EVALUATION)).toEqual(fromList);
    expect(aggregateEvaluations(new Set(ballots), THREE_SIDED_EVALUATION)).toEqual(fromList);
    expect(fromList.issues.map((issue) => issue.path)).toEqual([['ballots', 2, 'score']]);
  });

  it('are added to an accumulator after its earlier ballots, counted and positioned', () => {
    const first = addBallots(createAccumulator(THREE_SIDED_EVALUATION), ballots.slice(0, 1));
    const rest = addBallots(first, oneByOne(ballots.slice(1)));
    expect([rest.ballotCount, rest.nextIndex]).toEqual([4, 4]);
    expect(finalizeAccumulator(rest)).toEqual(aggregateEvaluations(ballots, THREE_SIDED_EVALUATION));
  });

  it('are read from a CSV text in batches through cxzy/tables, with the figures of the whole list', () => {
    const text = `被评价人编号,评价人编号,评价主体,分数\n${ballots.map((ballot) => `${ballot.subjectId},${ballot.evaluatorId},${ballot.group},${ballot.score}`).join('\n')}\n`;
    function* read(): Generator<ScoreBallot, void, undefined> {
      for (const batch of csvBatches(text, 3)) {
        const result = readScoreBallots(batch.rows, { headers: batch.headers, startRow: batch.startRow });
        expect(result.issues).toEqual([]);
        yield* result.data ?? [];
      }
    }
    expect(aggregateEvaluations(read(), THREE_SIDED_EVALUATION)).toEqual(aggregateEvaluations(ballots, THREE_SIDED_EVALUATION));
  });

  it('are refused when what is given is neither a list nor iterable, a text included', () => {
    for (const wrong of [{ length: 1, 0: ballots[0] }, 'm01', 42]) {
      const result = aggregateEvaluations(wrong as never, THREE_SIDED_EVALUATION);
      expect(result.subjects).toEqual([]);
      expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([['input.expected', ['ballots']]]);
      expect(() => addBallots(createAccumulator(THREE_SIDED_EVALUATION), wrong as never)).toThrow(/ballots/i);
    }
  });

  it('are still counted, not read, under a policy with problems', () => {
    const broken = { ...THREE_SIDED_EVALUATION, groups: {} } as never;
    const accumulator = addBallots(createAccumulator(broken), oneByOne(ballots));
    expect(accumulator.ballotCount).toBe(4);
    expect(finalizeAccumulator(accumulator).subjects).toEqual([]);
  });
});
