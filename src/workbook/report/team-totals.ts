/** Utilisation of a group of people, week by week: the totals rows of the Capacity sheet. */
import type { PersonReport } from '../../core/report';
import { compareText } from './compare-text';

/** A team's name and its utilisation per week (null when the team has no capacity that week). */
export interface TeamUtilisation {
  readonly team: string;
  readonly utilisation: readonly (number | null)[];
}

/**
 * Utilisation of a group per week: Σ (ops + project hours) / Σ capacity over its people, so a
 * big team weighs more than a part-timer (not a mean of ratios). Null when the group's capacity
 * that week is 0, as for one person. Rounded to 4 decimals like every ratio in the report.
 *
 * @example
 * // capacities 40 and 20 h, demand 30 and 25 h: 55 / 60
 * groupUtilisation(people, 1) // [0.9167]
 */
export function groupUtilisation(people: readonly PersonReport[], weekCount: number): (number | null)[] {
  return utilisationOf(groupHours(people, weekCount));
}

/** A group's capacity and demand (ops + project) hours per week, summed over its people in order. */
export function groupHours(people: readonly PersonReport[], weekCount: number): { readonly capacity: number[]; readonly demand: number[] } {
  // Person by person, each running along its own weeks (a week at a time across thousands of
  // people jumps through memory); each week's sums still add the people in the same order.
  const capacity = new Array<number>(weekCount).fill(0);
  const demand = new Array<number>(weekCount).fill(0);
  for (const person of people) {
    for (let week = 0; week < weekCount; week++) {
      capacity[week] += person.capacity[week] ?? 0;
      demand[week] += (person.ops[week] ?? 0) + (person.project[week] ?? 0);
    }
  }
  return { capacity, demand };
}

/** Σ demand / Σ capacity per week, to 4 decimals; null where the capacity is 0. */
export function utilisationOf(hours: { readonly capacity: readonly number[]; readonly demand: readonly number[] }): (number | null)[] {
  const { capacity, demand } = hours;
  return capacity.map((weekCapacity, week) => {
    if (!(weekCapacity > 0) || !Number.isFinite(demand[week])) return null;
    return Math.round((demand[week] / weekCapacity) * 10_000) / 10_000;
  });
}

/**
 * One entry per named team, in text order. People without a team count only in the everyone
 * row, which the caller adds with `groupUtilisation(report.people, …)`.
 */
export function teamUtilisations(people: readonly PersonReport[], weekCount: number): TeamUtilisation[] {
  const members = new Map<string, PersonReport[]>();
  for (const person of people) {
    if (person.team === null || person.team === '') continue;
    const team = members.get(person.team) ?? [];
    team.push(person);
    members.set(person.team, team);
  }
  return [...members.keys()]
    .sort(compareText)
    .map((team) => ({ team, utilisation: groupUtilisation(members.get(team) ?? [], weekCount) }));
}
