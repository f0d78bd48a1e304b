/** The Capacity sheet: utilisation per person and week, with team totals. */
import { isoWeekName, parseIsoDay } from '../../core/calendar';
import type { Plan } from '../../core/model';
import type { Report } from '../../core/report';
import type { ColorScaleFormat, PatchValue, SheetPatch, StyleBlock } from '../patch';
import { fitColumnWidths } from './column-widths';
import { summaryPrintSetup } from './print-setup';
import { cellNumber, cellRange, cellText, hasCells, headerStyle, padRows, TOTAL_FILL } from './sheet-parts';
import { groupUtilisation, teamUtilisations } from './team-totals';

/** Rows above the people: ISO week names, then column names with each week's Monday. */
export const CAPACITY_HEADER_ROWS = 2;

/** Name, Team, Role come before the weeks. */
export const CAPACITY_FIRST_WEEK_COL = 3;

/**
 * Colours of the utilisation scale: a diverging scale centred on the over-allocation threshold.
 * Slack fades to blue at 0 %, the threshold is white (planned as intended: nothing to look at),
 * and over-allocation turns red by 120 %, where an over-allocation becomes high severity.
 */
export const UTILISATION_COLORS = { idle: '9BC2E6', planned: 'FFFFFF', over: 'F8696B' } as const;

/** Utilisation at which the scale is fully red: the high-severity line of OVERALLOCATED. */
const HIGH_UTILISATION = 1.2;

/** Builds the Capacity sheet. Role comes from the plan (by name); everything else from the report. */
export function buildCapacitySheet(plan: Plan, report: Report): SheetPatch {
  const weekCount = report.weeks.length;
  const roleByName = new Map(plan.people.map((person) => [person.name, person.role]));
  const rows: PatchValue[][] = [
    [null, null, 'ISO week', ...report.weeks.map(weekName)],
    ['Name', 'Team', 'Role', ...report.weeks],
  ];
  for (const person of report.people) {
    const row: PatchValue[] = [person.name, cellText(person.team), cellText(roleByName.get(person.name))];
    for (let week = 0; week < weekCount; week++) row.push(cellNumber(person.utilization[week]));
    rows.push(row);
  }
  const peopleEnd = rows.length;
  for (const { team, utilisation } of teamUtilisations(report.people, weekCount)) {
    rows.push(['Team total', team, null, ...utilisation]);
  }
  rows.push(['Total (everyone)', null, null, ...groupUtilisation(report.people, weekCount)]);

  const colCount = CAPACITY_FIRST_WEEK_COL + weekCount;
  const utilisationBlock = cellRange(
    CAPACITY_HEADER_ROWS, CAPACITY_FIRST_WEEK_COL, rows.length - CAPACITY_HEADER_ROWS, weekCount,
  );
  const totalsStyle: StyleBlock = {
    range: cellRange(peopleEnd, 0, rows.length - peopleEnd, colCount), bold: true, fill: TOTAL_FILL,
  };
  const values = padRows(rows);
  const numberFormats = hasCells(utilisationBlock) ? [{ range: utilisationBlock, format: '0%' }] : [];
  const styles = [headerStyle(colCount, CAPACITY_HEADER_ROWS), totalsStyle];
  return {
    key: 'capacity',
    title: 'Capacity',
    values,
    numberFormats,
    styles,
    columnWidths: fitColumnWidths({ values, numberFormats, styles }),
    freeze: { rows: CAPACITY_HEADER_ROWS, cols: 1 },
    conditionalFormats: hasCells(utilisationBlock)
      ? [utilisationScale(utilisationBlock, plan.settings.overallocationThreshold)]
      : [],
    links: [],
    print: summaryPrintSetup(report.asOf, CAPACITY_HEADER_ROWS, 1),
  };
}

/** "2026-W10" for the week starting "2026-03-02". A week that is not an ISO date is a bug in the engine. */
function weekName(weekStart: string): string {
  const monday = parseIsoDay(weekStart);
  if (monday === undefined) throw new Error(`buildCapacitySheet: week "${weekStart}" is not an ISO date`);
  return isoWeekName(monday);
}

function utilisationScale(range: ColorScaleFormat['range'], threshold: number): ColorScaleFormat {
  // Excel needs min < mid < max: a threshold of 120 % or more moves the red end past it.
  const planned = threshold > 0 ? threshold : 1;
  const over = planned < HIGH_UTILISATION ? HIGH_UTILISATION : Math.round((planned + 0.2) * 10_000) / 10_000;
  return {
    type: 'colorScale',
    range,
    min: { value: 0, color: UTILISATION_COLORS.idle },
    mid: { value: planned, color: UTILISATION_COLORS.planned },
    max: { value: over, color: UTILISATION_COLORS.over },
  };
}
