import { describe, expect, it } from 'vitest';
import { parseTierRule } from '../../src/scoring';

// Plans number their clauses in every way a word processor offers: circled numbers from ① to ⒛
// and from ❶ to ➓, and "1." before a score (1.90分以上, which is item 1 and 90 points, not 1.9).

const PLAIN = '90分以上为优秀；80—89分为合格；60—79分为基本合格；59分以下为不合格';
const bands = (text: string) => {
  const read = parseTierRule(text);
  return read.success ? read.data.bands : read.issues.map((issue) => issue.code);
};

describe('parseTierRule reads numbered clauses as the clauses alone', () => {
  it.each([
    ['circled numbers up to ⒛', '①90分以上为优秀；②80—89分为合格；③60—79分为基本合格；⒛59分以下为不合格'],
    ['negative circled numbers from ❶ to ➓', '❶90分以上为优秀；❷80—89分为合格；❸60—79分为基本合格；➓59分以下为不合格'],
    ['"1." before each score', '1.90分以上为优秀 2.80—89分为合格 3.60—79分为基本合格 4.59分以下为不合格'],
  ])('%s', (_, text) => {
    expect(bands(text)).toEqual(bands(PLAIN));
  });
});
