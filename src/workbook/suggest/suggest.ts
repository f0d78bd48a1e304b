/**
 * Suggestions (DESIGN.md "Suggestions"): for each conflict of the kinds that have them, up to
 * three fixes, best first, each proved by the law on the user's own plan before it is offered.
 *
 * Proof is a re-check (core/recheck.ts) of the candidate's plan change: the same person pass and
 * project check as the analysis, on just the people, duties and projects the edits touch, so the
 * verdict is the one a full re-run of the edited workbook gives. Work is bounded: a few candidates
 * per conflict, and at most `maxRechecks` re-checks per check, spent on the most severe conflicts
 * first; a conflict past the budget gets no suggestions (never unproved ones).
 */
import type { AnalyseOptions, DetailedAnalysis } from '../../core/analyse';
import type { Booking } from '../../core/load';
import type { Person, Plan } from '../../core/model';
import { isInScope, Rechecker, type RecheckResult } from '../../core/recheck';
import type { Conflict, ConflictKind, Report, Suggestion } from '../../core/report';
import { judge } from '../../core/suggestion-law';
import { parseIsoDay } from '../../core/calendar';
import type { RawWorkbook } from '../grid';
import { ASSIGNMENTS, DUTIES } from '../schema';
import { candidatesFor, supportedDeadline, type Candidate, type CandidateContext } from './candidates';
import { findInputSheet } from './input-sheet';
import { SpareCapacity } from './spare-capacity';

/** The conflict kinds that get suggestions. */
export const SUGGESTED_KINDS: ReadonlySet<ConflictKind> = new Set<ConflictKind>([
  'OVERALLOCATED', 'OPS_AT_RISK', 'COVERAGE_GAP', 'SCOPE_AT_RISK', 'SCHEDULE_SLIP', 'NO_ASSIGNMENTS', 'FLEX_INFEASIBLE',
]);

/** How many suggestions a conflict shows at most. */
export const MAX_SUGGESTIONS = 3;

/** Re-checks one check may spend on suggestions by default. */
export const DEFAULT_RECHECKS = 120;

// Candidates re-checked per conflict: enough for three good ones among a few that fail the law.
const CANDIDATES_PER_CONFLICT = 4;
// Peers (same team, then same role) a move looks at: the nearest colleagues, not the whole firm.
const PEERS_LOOKED_AT = 40;

export interface SuggestOptions {
  /**
   * Re-checks allowed in one check (default DEFAULT_RECHECKS: suggestions then stay under half
   * the analysis time at 2,000 people, and every over-allocation and coverage gap of the bench's
   * 500-person plan gets one; npm run bench measures both).
   */
  readonly maxRechecks?: number;
}

/** A fix that passed the law, with what ranks it. */
interface Proven {
  readonly candidate: Candidate;
  readonly hoursRemoved: number;
  readonly peak: number;
}

/**
 * The report with `suggestions` filled in on every conflict. Pure and deterministic: the same
 * workbook gives the same suggestions. `analysis` must be the analysis of `plan` read from `raw`.
 */
export function addSuggestions(raw: RawWorkbook, plan: Plan, analysis: DetailedAnalysis, analyseOptions: AnalyseOptions, options: SuggestOptions = {}): Report {
  const { report } = analysis;
  const context = candidateContext(raw, plan, analysis);
  const rechecker = new Rechecker(plan, analysis, analyseOptions);
  let budget = options.maxRechecks ?? DEFAULT_RECHECKS;
  const cache = new Map<string, RecheckResult>();
  const recheck = (candidate: Candidate): RecheckResult | undefined => {
    const key = JSON.stringify(candidate.edits);
    let result = cache.get(key);
    if (!result) {
      if (budget <= 0) return undefined;
      budget--;
      result = rechecker.recheck(candidate.change);
      cache.set(key, result);
    }
    return result;
  };

  // The base conflicts by subject, so each verdict looks only at the subjects a re-check speaks for.
  const bySubject = new Map<string, Conflict[]>();
  for (const conflict of report.conflicts) {
    for (const key of [conflict.person && `p:${conflict.person}`, conflict.duty && `d:${conflict.duty}`, conflict.project && `j:${conflict.project}`]) {
      if (!key) continue;
      const list = bySubject.get(key) ?? [];
      list.push(conflict);
      bySubject.set(key, list);
    }
  }
  const conflictsAbout = (scope: RecheckResult['scope']): Conflict[] => {
    if (scope.people.size + scope.duties.size + scope.projects.size > bySubject.size) return [...report.conflicts];
    const found = new Set<Conflict>();
    for (const name of scope.people) for (const c of bySubject.get(`p:${name}`) ?? []) found.add(c);
    for (const name of scope.duties) for (const c of bySubject.get(`d:${name}`) ?? []) found.add(c);
    for (const name of scope.projects) for (const c of bySubject.get(`j:${name}`) ?? []) found.add(c);
    return [...found];
  };

  // Most severe first, so a spent budget leaves the least important conflicts without suggestions.
  const order = report.conflicts.map((conflict, index) => ({ conflict, index }))
    .filter(({ conflict }) => SUGGESTED_KINDS.has(conflict.kind))
    .sort((a, b) => severityRank(a.conflict) - severityRank(b.conflict) || a.index - b.index);
  // Two rounds: first one proved fix for as many conflicts as the budget allows (candidates in
  // order until one passes), then the rest of each conflict's candidates with what is left.
  const tried = order.map(({ conflict }) => ({
    conflict, candidates: [] as Candidate[], next: 0, proven: [] as Proven[], generated: false,
  }));
  const tryNext = (entry: (typeof tried)[number]): boolean => {
    if (!entry.generated) {
      entry.generated = true;
      entry.candidates = budget > 0 ? candidatesFor(context, entry.conflict, CANDIDATES_PER_CONFLICT) : [];
    }
    const candidate = entry.candidates[entry.next];
    if (!candidate) return false;
    const result = recheck(candidate);
    if (!result) return false;
    entry.next++;
    const before = conflictsAbout(result.scope).filter((c) => isInScope(c, result.scope));
    const after = result.conflicts.filter((c) => isInScope(c, result.scope));
    const verdict = judge(entry.conflict, before, after);
    if (verdict.passes) entry.proven.push({ candidate, hoursRemoved: verdict.hoursRemoved, peak: result.peakUtilisation });
    return true;
  };
  for (const entry of tried) while (entry.proven.length === 0 && tryNext(entry));
  for (const entry of tried) while (tryNext(entry));

  const found = new Map<number, Suggestion[]>();
  tried.forEach((entry, k) => {
    const suggestions: Suggestion[] = rank(entry.proven).slice(0, MAX_SUGGESTIONS).map(({ candidate }) => ({ text: candidate.text, edits: candidate.edits }));
    const info = supportedDeadline(context, entry.conflict);
    if (info && suggestions.length < MAX_SUGGESTIONS) suggestions.push(info);
    if (suggestions.length > 0) found.set(order[k].index, suggestions);
  });
  return { ...report, conflicts: report.conflicts.map((conflict, index) => ({ ...conflict, suggestions: found.get(index) ?? [] })) };
}

/** Best first: most hours removed, then fewer edits, then the lowest peak utilisation caused, then the text. */
function rank(proven: readonly Proven[]): Proven[] {
  return [...proven].sort((a, b) =>
    Math.round((b.hoursRemoved - a.hoursRemoved) * 100) || a.candidate.edits.length - b.candidate.edits.length
    || a.peak - b.peak || (a.candidate.text < b.candidate.text ? -1 : a.candidate.text > b.candidate.text ? 1 : 0));
}

function severityRank(conflict: Conflict): number {
  return conflict.severity === 'high' ? 0 : conflict.severity === 'medium' ? 1 : 2;
}

function candidateContext(raw: RawWorkbook, plan: Plan, analysis: DetailedAnalysis): CandidateContext {
  const { model } = analysis;
  const wd = plan.settings.workingDays.filter(Boolean).length;
  const bookingsOf = new Map<string, Booking[]>();
  for (const booking of model.bookings) {
    const list = bookingsOf.get(booking.person.name) ?? [];
    list.push(booking);
    bookingsOf.set(booking.person.name, list);
  }
  const byRole = new Map<string, Person[]>();
  const byTeam = new Map<string, Person[]>();
  const add = (map: Map<string, Person[]>, key: string | null, person: Person) => {
    if (key === null) return;
    const list = map.get(key.toLowerCase());
    if (list) list.push(person);
    else map.set(key.toLowerCase(), [person]);
  };
  for (const person of plan.people) {
    add(byRole, person.role, person);
    add(byTeam, person.team, person);
  }
  const peers = new Map<string, Person[]>();
  return {
    raw, plan, model, checks: new Map(analysis.checks.map((c) => [c.project.name, c])),
    spare: new SpareCapacity(model, plan.settings.overallocationThreshold, wd),
    assignments: findInputSheet(raw, ASSIGNMENTS), duties: findInputSheet(raw, DUTIES),
    assignmentIndex: new Map(plan.assignments.map((a, i) => [a, i])), bookingsOf,
    dutyIndex: new Map(plan.duties.map((d, i) => [d.name, i])),
    peersOf: (person) => {
      let list = peers.get(person.name);
      if (!list) {
        // Team mates first, then others of the same role, each in plan order; at most PEERS_LOOKED_AT.
        const set = new Set([...(person.team ? byTeam.get(person.team.toLowerCase()) ?? [] : []), ...(person.role ? byRole.get(person.role.toLowerCase()) ?? [] : [])]);
        set.delete(person);
        list = [...set].slice(0, PEERS_LOOKED_AT);
        peers.set(person.name, list);
      }
      return list;
    },
    statusDay: parseIsoDay(analysis.report.asOf) as number,
    threshold: plan.settings.overallocationThreshold, wd,
  };
}
