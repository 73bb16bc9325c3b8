/**
 * A reference implementation of `aggregateEvaluations`, written to be obviously correct rather
 * than fast: plain arrays and maps, one ballot at a time, every score in integer hundredths and
 * every rounding in BigInt. It states the rule as DESIGN.md and the TSDoc do, independently of the
 * library's engine, so that a property test can hold the two equal. It assumes a valid policy
 * (the library reports an invalid one before computing anything).
 */
import type { AggregationPolicy, GroupRule, ScoreBallot } from '../../src/evaluation';

export interface ReferenceFigure {
  readonly value: number | null;
  readonly count: number;
  readonly status: 'counted' | 'missing' | 'underfilled';
  readonly combinedAs: 'value' | 'zero' | 'excluded';
  readonly dropped: { readonly highest: readonly number[]; readonly lowest: readonly number[] };
}

export interface ReferenceSubject {
  readonly subjectId: string;
  readonly groups: Record<string, ReferenceFigure>;
  readonly combined: number | null;
  /** Each issue as `code @ path`, in order. */
  readonly issues: readonly string[];
}

export interface ReferenceResult {
  readonly subjects: readonly ReferenceSubject[];
  readonly issues: readonly string[];
}

interface Counted {
  readonly evaluatorId: string;
  readonly hundredths: number;
  readonly position: number;
}

export function referenceAggregate(ballots: readonly ScoreBallot[], policy: AggregationPolicy<string>): ReferenceResult {
  const codes = Object.keys(policy.groups).sort();
  const runIssues: string[] = [];
  // Subjects in the order of the first ballot naming them, counted or not; per subject and group, its ballots.
  const subjects = new Map<string, { ballots: Map<string, Counted[]>; issues: { position: number; text: string }[] }>();

  ballots.forEach((ballot, position) => {
    const named = typeof ballot.subjectId === 'string' && ballot.subjectId !== '';
    if (named && !subjects.has(ballot.subjectId)) subjects.set(ballot.subjectId, { ballots: new Map(codes.map((code) => [code, []])), issues: [] });
    const problem = ballotProblem(ballot, codes, policy);
    if (problem !== undefined) {
      runIssues.push(`${problem[0]} @ ballots.${position}.${problem[1]}`);
      return;
    }
    const subject = subjects.get(ballot.subjectId)!;
    if (policy.excludeSelfFromPeer && ballot.group === 'peer' && ballot.evaluatorId === ballot.subjectId) {
      subject.issues.push({ position, text: `evaluation.selfBallotExcluded @ ballots.${position}.evaluatorId` });
      return;
    }
    subject.ballots.get(ballot.group)!.push({ evaluatorId: ballot.evaluatorId, hundredths: Math.round(ballot.score * 100), position });
  });

  const scale = 10n ** BigInt(policy.precision);
  const result: ReferenceSubject[] = [];
  for (const [subjectId, subject] of subjects) {
    const issues = [...subject.issues];
    const groups: Record<string, ReferenceFigure> = {};
    const figures: { code: string; weight: bigint; units: bigint | null; count: number; status: ReferenceFigure['status'] }[] = [];
    for (const code of codes) {
      const rule = policy.groups[code]!;
      const counted = withoutDuplicates(subject.ballots.get(code)!, policy.duplicateBallot);
      for (const dropped of counted.dropped) {
        const code = policy.duplicateBallot === 'lastWins' ? 'evaluation.ballotReplaced' : 'evaluation.duplicateBallot';
        issues.push({ position: dropped.position, text: `${code} @ ballots.${dropped.position}.evaluatorId` });
      }
      const scores = counted.kept.map((ballot) => ballot.hundredths).sort((a, b) => a - b);
      const { units, dropped } = figure(scores, rule, scale);
      const status = scores.length === 0 ? 'missing' : scores.length < required(rule) ? 'underfilled' : 'counted';
      figures.push({ code, weight: BigInt(Math.round(rule.weight * 10_000)), units, count: scores.length, status });
      groups[code] = { value: units === null ? null : Number(units) / Number(scale), count: scores.length, status, combinedAs: 'excluded', dropped };
    }
    issues.sort((a, b) => a.position - b.position);

    let numerator = 0n;
    let denominator = 0n;
    const blocked = policy.missingGroup === 'error' && figures.some((entry) => entry.status !== 'counted');
    const groupIssues: string[] = [];
    for (const entry of figures) {
      if (entry.status === 'counted') {
        numerator += entry.weight * entry.units!;
        denominator += entry.weight;
      } else {
        if (policy.missingGroup === 'zero') denominator += entry.weight;
        groupIssues.push(`evaluation.${entry.status === 'missing' ? 'missingGroup' : 'underfilledGroup'} @ policy.groups.${entry.code}`);
      }
      const combinedAs = blocked ? 'excluded' : entry.status === 'counted' ? 'value' : policy.missingGroup === 'zero' ? 'zero' : 'excluded';
      groups[entry.code] = { ...groups[entry.code]!, combinedAs };
    }
    // Nothing counted: no combined score under any treatment, and an error saying why.
    const noneCounted = figures.every((entry) => entry.status !== 'counted');
    if (noneCounted) {
      const code = figures.every((entry) => entry.count === 0) ? 'noValidBallots' : 'noCountedGroup';
      groupIssues.push(`evaluation.${code} @ `);
      for (const entry of figures) groups[entry.code] = { ...groups[entry.code]!, combinedAs: 'excluded' };
    }
    // Short of the policy's minimum (checked only where there would be a figure): the groups with
    // a figure of their own, by number and by their share of the total weight; a group entered as
    // 0 under 'zero' is not one of them.
    let short = false;
    if (!blocked && !noneCounted && policy.minimum !== undefined) {
      const counted = figures.filter((entry) => entry.status === 'counted');
      const countedWeight = counted.reduce((total, entry) => total + entry.weight, 0n);
      const totalWeight = figures.reduce((total, entry) => total + entry.weight, 0n);
      const { countedGroups, countedWeight: share } = policy.minimum;
      if (countedGroups !== undefined && counted.length < countedGroups) {
        groupIssues.push('evaluation.belowMinimumGroups @ policy.minimum.countedGroups');
        short = true;
      }
      // countedWeight ÷ totalWeight < share, with the share in ten-thousandths, cross-multiplied.
      if (share !== undefined && countedWeight * 10_000n < BigInt(Math.round(share * 10_000)) * totalWeight) {
        groupIssues.push('evaluation.belowMinimumWeight @ policy.minimum.countedWeight');
        short = true;
      }
      if (short) for (const entry of figures) groups[entry.code] = { ...groups[entry.code]!, combinedAs: 'excluded' };
    }
    const combined = blocked || noneCounted || short || denominator === 0n ? null : Number(roundHalfAway(numerator, denominator)) / Number(scale);
    result.push({ subjectId, groups, combined, issues: [...issues.map((issue) => issue.text), ...groupIssues] });
  }
  return { subjects: result, issues: runIssues };
}

/** What is wrong with a ballot, in the order the library checks: `[code, field]`. */
function ballotProblem(ballot: ScoreBallot, codes: readonly string[], policy: AggregationPolicy<string>): [string, string] | undefined {
  if (typeof ballot.subjectId !== 'string' || ballot.subjectId === '') return ['evaluation.missingId', 'subjectId'];
  if (typeof ballot.evaluatorId !== 'string' || ballot.evaluatorId === '') return ['evaluation.missingId', 'evaluatorId'];
  // A field that is missing or of the wrong kind is an input issue; a value that is there but wrong, the domain's.
  if (typeof ballot.group !== 'string') return [ballot.group === undefined ? 'input.missing' : 'input.expected', 'group'];
  if (!codes.includes(ballot.group)) return ['evaluation.unknownGroup', 'group'];
  if (typeof ballot.score !== 'number') return [ballot.score === undefined ? 'input.missing' : 'input.expected', 'score'];
  if (!Number.isFinite(ballot.score)) return ['evaluation.scoreNotFinite', 'score'];
  // Without a scale, the 100-point scale.
  const { min, max } = policy.scale ?? { min: 0, max: 100 };
  if (ballot.score < min || ballot.score > max) return ['evaluation.scoreOutOfRange', 'score'];
  // At most two decimals, float noise read as the decimal it stands for (0.1 + 0.2 is 0.3).
  if (Math.abs(ballot.score * 100 - Math.round(ballot.score * 100)) > 1e-9 * Math.max(1, Math.abs(ballot.score * 100))) return ['evaluation.scoreTooPrecise', 'score'];
  return undefined;
}

/** Of each evaluator's ballots (in ballot order), the first ('error') or the last ('lastWins') counts. */
function withoutDuplicates(ballots: readonly Counted[], treatment: AggregationPolicy<string>['duplicateBallot']) {
  if (treatment === 'unchecked') return { kept: ballots, dropped: [] };
  const chosen = new Map<string, Counted>();
  for (const ballot of ballots) if (treatment === 'lastWins' || !chosen.has(ballot.evaluatorId)) chosen.set(ballot.evaluatorId, ballot);
  const kept = ballots.filter((ballot) => chosen.get(ballot.evaluatorId) === ballot);
  return { kept, dropped: ballots.filter((ballot) => chosen.get(ballot.evaluatorId) !== ballot) };
}

function required(rule: GroupRule): number {
  const drops = rule.method === 'trimmedMean' ? (rule.dropHighest ?? 1) + (rule.dropLowest ?? 1) : 0;
  return Math.max(rule.minBallots ?? 1, drops + 1);
}

/** A group's figure in units of 1 ÷ scale from its scores in hundredths, sorted ascending. */
function figure(scores: readonly number[], rule: GroupRule, scale: bigint): { units: bigint | null; dropped: ReferenceFigure['dropped'] } {
  const none = { highest: [], lowest: [] };
  const mean = (list: readonly number[]) => roundHalfAway(BigInt(list.reduce((sum, score) => sum + score, 0)) * scale, BigInt(list.length) * 100n);
  if (scores.length === 0) return { units: null, dropped: none };
  if (rule.method !== 'trimmedMean') {
    if (rule.method === 'mean') return { units: mean(scores), dropped: none };
    const middle = Math.floor(scores.length / 2);
    return { units: mean(scores.length % 2 === 1 ? [scores[middle]!] : [scores[middle - 1]!, scores[middle]!]), dropped: none };
  }
  const dropHighest = rule.dropHighest ?? 1;
  const dropLowest = rule.dropLowest ?? 1;
  if (scores.length <= dropHighest + dropLowest) return { units: null, dropped: none };
  return {
    units: mean(scores.slice(dropLowest, scores.length - dropHighest)),
    dropped: {
      highest: scores.slice(scores.length - dropHighest).reverse().map((score) => score / 100),
      lowest: scores.slice(0, dropLowest).map((score) => score / 100),
    },
  };
}

/** `numerator ÷ denominator` rounded half away from zero (四舍五入); `denominator` is positive. */
function roundHalfAway(numerator: bigint, denominator: bigint): bigint {
  if (numerator < 0n) return -roundHalfAway(-numerator, denominator);
  return (2n * numerator + denominator) / (2n * denominator);
}
