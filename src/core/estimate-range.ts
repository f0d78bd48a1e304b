/**
 * The probabilistic forecast of a project with an estimate range (DESIGN.md "Estimate ranges"):
 * total effort ~ Triangular(low, Estimate, high). The deterministic forecast finish and cost are
 * monotone in the remaining effort R, so the quantiles of finish and cost are the rules applied
 * to the effort quantiles R_p = E_p × (1 − c): exact, no sampling.
 */
import type { Day } from './calendar';
import type { Project } from './model';
import { round2 } from './money';
import { triangularCdf, triangularQuantile, type Triangular } from './triangular';

/** The deterministic forecast rules of one project as functions of its remaining effort (hours). */
export interface RemainingEffortForecast {
  /** The forecast finish for remaining effort `R`; null when there is no rate to reach it. */
  finish(R: number): Day | null;
  /** The forecast cost for remaining effort `R`, in the workbook's currency. */
  cost(R: number): number;
}

/** Finish and cost at one probability: what can be promised with that confidence. */
export interface RangePoint {
  readonly finish: Day | null;
  readonly cost: number;
}

/** The range forecast, in full precision; chances are probabilities in [0, 1]. */
export interface EstimateRange {
  readonly p50: RangePoint;
  readonly p80: RangePoint;
  readonly p90: RangePoint;
  /** P(finish ≤ End) = F(H / (1 − c)), H = effective hours from s to End; 1 when c = 1. */
  readonly onTime: number;
  /** P(cost ≤ Budget); null without a budget or without a blended rate above 0. */
  readonly withinBudget: number | null;
}

/** The triangular effort distribution of a project, or null when it has no (valid) range. */
export function effortDistribution(project: Project): Triangular | null {
  const { estimateLow: a, estimate: m, estimateHigh: b } = project;
  if (a === null || m === null || b === null || !(a <= m && m <= b)) return null;
  return { a, m, b };
}

/**
 * The range forecast of a project, or null when it has no range.
 *
 * @param effectiveHours H: effective hours on the project from the status date to its End
 * @param blendedRate the project's blended hourly rate (the cost rule's)
 */
export function estimateRange(
  project: Project, forecast: RemainingEffortForecast, effectiveHours: number, blendedRate: number,
): EstimateRange | null {
  const effort = effortDistribution(project);
  if (effort === null) return null;
  const c = project.complete ?? 0;
  const point = (p: number): RangePoint => {
    const remaining = triangularQuantile(effort, p) * (1 - c);
    return { finish: forecast.finish(remaining), cost: forecast.cost(remaining) };
  };
  // The total effort that spends exactly `remaining` more hours: remaining / (1 − c). With c = 1
  // nothing remains whatever the effort, so the outcome is certain.
  const chance = (remainingHours: number): number => clamp01(triangularCdf(effort, remainingHours / (1 - c)));
  const onTime = c >= 1 ? 1 : chance(effectiveHours);
  let withinBudget: number | null = null;
  if (project.budget !== null && blendedRate > 0) {
    const fixed = (project.actualCost ?? 0) + (project.otherCosts ?? 0) * (1 - c);
    // c = 1: the cost is the fixed part alone, compared in cents as the cost RAG does.
    withinBudget = c >= 1 ? (round2(fixed) <= round2(project.budget) ? 1 : 0) : chance((project.budget - fixed) / blendedRate);
  }
  return { p50: point(0.5), p80: point(0.8), p90: point(0.9), onTime, withinBudget };
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
