/** Exact comparisons with fractions (private): "more than half" never depends on a float. */
import type { Fraction } from '../../core/fraction';
import type { Issue, IssuePath } from '../../core/issue';
import { createIssue } from '../../core/message';
import { EVALUATION_MESSAGES, type EvaluationIssueCode } from '../messages';
import type { ShareThreshold } from './types';

/** Whether `part` out of `whole` reaches the threshold. */
export function reaches(part: number, whole: number, threshold: ShareThreshold): boolean {
  const left = part * threshold.share.denominator;
  const right = threshold.share.numerator * whole;
  return threshold.inclusive ? left >= right : left > right;
}

/** The fewest of `whole` that reach the threshold. */
export function fewestReaching(whole: number, threshold: ShareThreshold): number {
  const { numerator, denominator }: Fraction = threshold.share;
  const exact = numerator * whole;
  const floor = Math.floor(exact / denominator);
  if (threshold.inclusive) return floor * denominator === exact ? floor : floor + 1;
  return floor + 1;
}


/**
 * The issue with a threshold's share, if it is not a fraction of whole numbers from 0/1 to 1/1
 * (a denominator of 0 would ask for infinitely many members); `undefined` for a valid share.
 */
export function shareIssue(threshold: ShareThreshold | undefined, path: IssuePath): Issue<EvaluationIssueCode> | undefined {
  const share: Partial<Fraction> | undefined = threshold?.share;
  const numerator = share?.numerator;
  const denominator = share?.denominator;
  const valid =
    Number.isSafeInteger(numerator) &&
    Number.isSafeInteger(denominator) &&
    (numerator as number) >= 0 &&
    (denominator as number) >= 1 &&
    (numerator as number) <= (denominator as number);
  if (valid) return undefined;
  return createIssue(EVALUATION_MESSAGES, 'evaluation.invalidShare', 'error', [...path, 'share'], {
    numerator: String(numerator),
    denominator: String(denominator),
  });
}
