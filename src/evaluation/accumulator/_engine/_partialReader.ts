/**
 * Reading a partial's untrusted form (private): the JSON, columns and bytes readers stop at the
 * first part that is not a partial by throwing {@link InvalidPartial}, which each turns into one
 * `evaluation.invalidPartial` issue naming that part's path.
 */
import type { IssuePath } from '../../../core/issue';
import { createIssue } from '../../../core/message';
import { isWholeAtLeast } from '../../_arithmetic';
import { EVALUATION_MESSAGES, type EvaluationIssueCode } from '../../messages';
import type { IssueRecordJson } from '../types';

/** Thrown inside the reader to stop at the first problem; never escapes it. */
export class InvalidPartial {
  constructor(readonly path: IssuePath) {}
}

export function fail(path: IssuePath): never {
  throw new InvalidPartial(path);
}

export function objectAt(value: unknown, path: IssuePath): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(path);
  return value as Record<string, unknown>;
}

export function arrayAt(value: unknown, path: IssuePath): readonly unknown[] {
  if (!Array.isArray(value)) fail(path);
  return value;
}

export function wholeAt(value: unknown, path: IssuePath, min = 0): number {
  if (!isWholeAtLeast(value, min)) fail(path);
  return value;
}

export function integerAt(value: unknown, path: IssuePath): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) fail(path);
  return value;
}

/** A list of kept extremes, most extreme first: `direction` 1 for the highest, -1 for the lowest. */
export function extremesAt(value: unknown, path: IssuePath, length: number, direction: 1 | -1): number[] {
  const list = arrayAt(value, path).map((item, index) => integerAt(item, [...path, index]));
  if (list.length !== length) fail(path);
  list.forEach((item, index) => {
    if (index > 0 && (item - list[index - 1]!) * direction > 0) fail([...path, index]);
  });
  return list;
}

/** The input codes `addBallots` records for a ballot's field. */
const BALLOT_INPUT_CODES: readonly string[] = ['input.missing', 'input.expected'];

export function readRecord(value: unknown, path: IssuePath): IssueRecordJson {
  const data = objectAt(value, path);
  const { code, field, subjectId } = data;
  if (typeof code !== 'string' || !(Object.hasOwn(EVALUATION_MESSAGES, code) || BALLOT_INPUT_CODES.includes(code))) fail([...path, 'code']);
  // A ballot's field that was missing or of the wrong kind is a run's issue, never a subject's.
  if (subjectId !== undefined && !Object.hasOwn(EVALUATION_MESSAGES, code)) fail([...path, 'subjectId']);
  if (typeof field !== 'string') fail([...path, 'field']);
  if (subjectId !== undefined && typeof subjectId !== 'string') fail([...path, 'subjectId']);
  const params = objectAt(data.params, [...path, 'params']);
  for (const [key, param] of Object.entries(params)) {
    if (typeof param !== 'string' && typeof param !== 'number') fail([...path, 'params', key]);
  }
  const record = {
    code: code as IssueRecordJson['code'],
    position: wholeAt(data.position, [...path, 'position']),
    field,
    params: params as IssueRecordJson['params'],
  };
  return subjectId === undefined ? record : { ...record, subjectId };
}

/** The issue of a part that is not a partial. */
export function invalidPartialIssue(path: IssuePath) {
  return createIssue(EVALUATION_MESSAGES, 'evaluation.invalidPartial' satisfies EvaluationIssueCode, 'error', path, { at: path.join('.') || '(root)' });
}
