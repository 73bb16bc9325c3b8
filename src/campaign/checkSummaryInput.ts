/**
 * The entry check of `summarizeCampaign` (private).
 */
import { expectList, expectNumber, expectObject, expectText, inputIssue, type InputIssues } from '../core/input';
import type { IssuePath } from '../core/issue';
import { isIsoDate } from '../core/isoDate';
import { MEMBER_TIERS } from '../core/tiers';

/**
 * Checks the arguments of `summarizeCampaign` before any part is made: the campaign (an object
 * with a text `id` and `title` and a list of phase objects), the records (an object whose parts,
 * when present, are lists or objects as `CampaignRecords` says: tier distributions of whole
 * numbers, an evaluation record of subject ids and results, nominations), `asOf` (a `YYYY-MM-DD`
 * date) and the options (an object, its `deadlines` an object when given). Paths start with the
 * parameter's name: `['records', 'tiers', 'current', 'members']`. What the modules' own functions
 * check (a phase's dates, a commitment's items, a commendation rule) is left to them.
 *
 * @param issues - where the problems go.
 */
export function checkSummaryInput(campaign: unknown, records: unknown, asOf: unknown, options: unknown, issues: InputIssues): void {
  if (expectObject(campaign, ['campaign'], issues)) {
    expectText(campaign['id'], ['campaign', 'id'], issues);
    expectText(campaign['title'], ['campaign', 'title'], issues);
    listOfObjects(campaign['phases'], ['campaign', 'phases'], issues);
  }
  if (expectObject(records, ['records'], issues)) {
    for (const part of ['commitments', 'rectification']) if (records[part] !== undefined) listOfObjects(records[part], ['records', part], issues);
    const tiers = records['tiers'];
    if (tiers !== undefined && expectObject(tiers, ['records', 'tiers'], issues)) {
      distribution(tiers['current'], ['records', 'tiers', 'current'], issues);
      if (tiers['previous'] !== undefined) distribution(tiers['previous'], ['records', 'tiers', 'previous'], issues);
    }
    const evaluation = records['evaluation'];
    if (evaluation !== undefined && expectObject(evaluation, ['records', 'evaluation'], issues)) {
      const ids = evaluation['expectedSubjectIds'];
      const idsPath = ['records', 'evaluation', 'expectedSubjectIds'];
      if (expectList(ids, idsPath, issues)) for (let index = 0; index < ids.length; index += 1) expectText(ids[index], [...idsPath, index], issues);
      const results = evaluation['results'];
      const resultsPath = ['records', 'evaluation', 'results'];
      if (expectList(results, resultsPath, issues)) {
        for (let index = 0; index < results.length; index += 1) {
          const result: unknown = results[index];
          if (!expectObject(result, [...resultsPath, index], issues)) continue;
          expectText(result['subjectId'], [...resultsPath, index, 'subjectId'], issues);
          if (result['combined'] !== null) expectNumber(result['combined'], [...resultsPath, index, 'combined'], issues);
        }
      }
    }
    const commendation = records['commendation'];
    if (commendation !== undefined && expectObject(commendation, ['records', 'commendation'], issues)) {
      expectList(commendation['candidates'], ['records', 'commendation', 'candidates'], issues);
    }
  }
  if (asOf === undefined || !isIsoDate(asOf)) issues.push(inputIssue(asOf === undefined ? 'input.missing' : 'input.expected', ['asOf'], { expected: 'date' }, asOf));
  if (expectObject(options, ['options'], issues) && options['deadlines'] !== undefined) expectObject(options['deadlines'], ['options', 'deadlines'], issues);
}

function listOfObjects(value: unknown, path: IssuePath, issues: InputIssues): void {
  if (!expectList(value, path, issues)) return;
  for (let index = 0; index < value.length; index += 1) expectObject(value[index], [...path, index], issues);
}

/** A `TierDistribution`: whole numbers of members, graded members and each tier. */
function distribution(value: unknown, path: IssuePath, issues: InputIssues): void {
  if (!expectObject(value, path, issues)) return;
  const whole = { integer: true, min: 0, max: Number.MAX_SAFE_INTEGER };
  expectNumber(value['members'], [...path, 'members'], issues, whole);
  expectNumber(value['graded'], [...path, 'graded'], issues, whole);
  const counts = value['counts'];
  if (expectObject(counts, [...path, 'counts'], issues)) {
    for (const tier of MEMBER_TIERS) expectNumber(counts[tier], [...path, 'counts', tier], issues, whole);
  }
}
