/**
 * The heatmap's figures: utilisation by team and week (pure, no DOM). A team's utilisation is
 * its people's demand over their capacity, the same rule as the Capacity sheet's team rows.
 */
import type { PersonReport, Report } from '../core/report';
import { groupHours, utilisationOf } from '../workbook/report/team-totals';
import { compareText } from '../workbook/report/compare-text';

/** How a cell is coloured; see the legend in the pane. */
export type LoadBand = 'none' | 'light' | 'moderate' | 'full' | 'over' | 'severe';

/** One team-week. Hours are per week; `utilisation` is null when the team has no capacity. */
export interface HeatmapCell {
  readonly weekStart: string;
  readonly capacityHours: number;
  readonly demandHours: number;
  readonly utilisation: number | null;
  readonly band: LoadBand;
}

/** One row of the heatmap: a team, or everyone. */
export interface HeatmapRow {
  readonly label: string;
  readonly people: number;
  readonly cells: readonly HeatmapCell[];
}

/** Label of the row that totals everyone, teams or not. */
export const EVERYONE_LABEL = 'Everyone';

/** Hours of demand above threshold × capacity that still count as fine (the model's tolerance). */
const TOLERANCE_HOURS = 0.01;

/** Above this utilisation an over-allocation is severe (the model's "high" conflicts). */
const SEVERE_UTILISATION = 1.2;

/** The band of a week's load, given the over-allocation threshold (1 = 100 %). */
export function loadBand(demandHours: number, capacityHours: number, threshold: number): LoadBand {
  const over = demandHours > threshold * capacityHours + TOLERANCE_HOURS;
  if (!(capacityHours > 0)) return over ? 'severe' : 'none';
  const utilisation = demandHours / capacityHours;
  if (over) return utilisation > SEVERE_UTILISATION ? 'severe' : 'over';
  if (utilisation < 0.5) return 'light';
  if (utilisation < 0.8) return 'moderate';
  return 'full';
}

function round2(hours: number): number {
  return Math.round(hours * 100) / 100;
}

function rowOf(label: string, people: readonly PersonReport[], weeks: readonly string[], threshold: number): HeatmapRow {
  // The same sums as the Capacity sheet's team rows, added once for the hours and the utilisation.
  const hours = groupHours(people, weeks.length);
  const utilisation = utilisationOf(hours);
  const cells = weeks.map((weekStart, week) => {
    const capacityHours = hours.capacity[week];
    const demandHours = hours.demand[week];
    return {
      weekStart,
      capacityHours: round2(capacityHours),
      demandHours: round2(demandHours),
      utilisation: utilisation[week],
      band: loadBand(demandHours, capacityHours, threshold),
    };
  });
  return { label, people: people.length, cells };
}

/**
 * Rows for the heatmap: each named team in text order, then everyone. People without a team
 * appear only in the everyone row.
 *
 * @example
 * heatmapRows(report, 1).map((r) => r.label) // ['Finance', 'IT', 'Everyone']
 */
export function heatmapRows(report: Report, threshold: number): HeatmapRow[] {
  const teams = new Map<string, PersonReport[]>();
  for (const person of report.people) {
    if (person.team === null || person.team.trim() === '') continue;
    const members = teams.get(person.team) ?? [];
    members.push(person);
    teams.set(person.team, members);
  }
  const rows = [...teams.keys()].sort(compareText).map((team) => rowOf(team, teams.get(team) ?? [], report.weeks, threshold));
  rows.push(rowOf(EVERYONE_LABEL, report.people, report.weeks, threshold));
  return rows;
}
