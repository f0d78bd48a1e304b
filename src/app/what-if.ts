/**
 * What-if: the check re-run in the pane on the plan last read, with tentative bookings or
 * Proposed projects counted or not, another over-allocation threshold, or projects left out.
 * Nothing is written: the workbook changes only when the user chooses Check capacity.
 */
import { analyse } from '../core/analyse';
import type { Diagnostic } from '../core/diagnostics';
import type { Plan } from '../core/model';
import type { Report } from '../core/report';

/** The what-if choices; each starts from the workbook's own Settings. */
export interface WhatIfChoices {
  /** Count assignments whose Status is Tentative. */
  readonly tentativeBookings: boolean;
  /** Count projects whose Status is Proposed. */
  readonly proposedProjects: boolean;
  /** Over-allocation threshold as a ratio (1 = 100 %). */
  readonly threshold: number;
  /** Projects left out, by name: as if they were cancelled. */
  readonly excludedProjects: readonly string[];
}

/** The choices that reproduce the workbook's own check. */
export function choicesOf(plan: Plan): WhatIfChoices {
  const { includeTentative, overallocationThreshold } = plan.settings;
  return { tentativeBookings: includeTentative, proposedProjects: includeTentative, threshold: overallocationThreshold, excludedProjects: [] };
}

/**
 * The plan as the choices see it. Include tentative covers both tentative bookings and Proposed
 * projects in the workbook's Settings; here they are separate, so the plan counts both and
 * leaves out what the choices do not: tentative bookings dropped, Proposed or excluded projects
 * marked Cancelled (so their bookings do not count either).
 */
export function planWithChoices(plan: Plan, choices: WhatIfChoices): Plan {
  const excluded = new Set(choices.excludedProjects);
  const projects = plan.projects.map((project) => (excluded.has(project.name) || (project.status === 'Proposed' && !choices.proposedProjects)
    ? { ...project, status: 'Cancelled' as const } : project));
  const assignments = choices.tentativeBookings ? plan.assignments : plan.assignments.filter((a) => a.status !== 'Tentative');
  return { ...plan, projects, assignments, settings: { ...plan.settings, includeTentative: true, overallocationThreshold: choices.threshold } };
}

/** The report under the choices (no suggestions: a what-if is a view, not a plan to fix). */
export function whatIf(plan: Plan, diagnostics: readonly Diagnostic[], choices: WhatIfChoices, options: { asOf?: string; today: string }): Report {
  return analyse(planWithChoices(plan, choices), diagnostics, options);
}
