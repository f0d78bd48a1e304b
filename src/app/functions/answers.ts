/**
 * The LOADLINE worksheet functions, answered from the latest check's figures. Pure: the Office
 * layer (src/adapters/office/functions) only passes the arguments in and the answers out.
 *
 * Arguments are read first (a wrong kind is #VALUE!), then looked up (a name or week the check
 * does not know is #N/A); every message says what was asked for.
 */
import { isoDate, isoWeekName, mondayOf, parseIsoDay, weekday, type Day } from '../../core/calendar';
import type { Rag } from '../../core/report';
import { serialFromDay } from '../../workbook/coerce';
import { invalidValue, isFunctionError, notAvailable, type FunctionAnswer } from './answer';
import { readDay, readName, readWeek, type ArgumentValue } from './arguments';
import type { FigureIndex } from './figure-index';

/** The 1904 system counts days from 1904-01-01: its serials are 1,462 below the 1900 system's. */
const OFFSET_1904 = 1462;

/** The answer of every function before any check has run in or been saved with the workbook. */
export const NO_CHECK = notAvailable('Loadline has not checked this workbook yet: open Loadline and choose Check capacity.');

/**
 * LOADLINE.UTILISATION(person, week): (ops + booked project hours) / capacity of the person in
 * that week, as the check computed it (4 decimals). #DIV/0! when they have no capacity that week.
 */
export function utilisation(index: FigureIndex, person: ArgumentValue, week: ArgumentValue): FunctionAnswer<number> {
  const key = readName(person, 'person');
  const monday = readWeek(week, index.figures.date1904);
  if (isFunctionError(key)) return key;
  if (isFunctionError(monday)) return monday;
  const found = index.person(key);
  if (!found) return noPerson(person);
  const w = index.weekIndex(monday);
  if (w === undefined) return outsideWeeks(index, `The week of ${isoDate(monday)}`);
  const ratio = found.utilization[w];
  if (ratio === null) return { error: 'divisionByZero', message: `${found.name} has no capacity in ${isoWeekName(monday)}.` };
  return ratio;
}

/**
 * LOADLINE.FREEHOURS(person, from, to): spare hours Σ max(0, capacity − ops − booked) over the
 * checked weeks, from `from` to `to` inclusive. A week only partly inside the range counts its
 * spare hours × (its working weekdays inside the range) / (working weekdays per week); days
 * outside the checked weeks count nothing. Rounded to 2 decimals.
 *
 * @example
 * // Mon–Fri week of 2 March with 30 spare hours; from Wed 4 March to Sun 8 March:
 * // Wed, Thu, Fri are 3 of 5 working days → 30 × 3 / 5 = 18
 */
export function freeHours(index: FigureIndex, person: ArgumentValue, from: ArgumentValue, to: ArgumentValue): FunctionAnswer<number> {
  const key = readName(person, 'person');
  const first = readDay(from, '"from"', index.figures.date1904);
  const last = readDay(to, '"to"', index.figures.date1904);
  if (isFunctionError(key)) return key;
  if (isFunctionError(first)) return first;
  if (isFunctionError(last)) return last;
  if (first > last) return invalidValue(`"from" (${isoDate(first)}) is after "to" (${isoDate(last)}).`);
  const found = index.person(key);
  if (!found) return noPerson(person);
  const start = Math.max(first, index.firstDay);
  const end = Math.min(last, index.lastDay);
  if (!(start <= end)) return outsideWeeks(index, `${isoDate(first)} to ${isoDate(last)}`);
  const perWeek = index.workingDaysPerWeek;
  if (perWeek === 0) return 0;
  const workingDays = index.figures.workingDays;
  let hours = 0;
  for (let monday = mondayOf(start); monday <= end; monday += 7) {
    const spare = found.spare[index.weekIndex(monday) as number];
    if (spare === 0) continue;
    let days = 0;
    for (let day: Day = Math.max(monday, start); day <= Math.min(monday + 6, end); day++) if (workingDays[weekday(day)]) days++;
    hours += (spare * days) / perWeek;
  }
  return Math.round(hours * 100) / 100;
}

/**
 * LOADLINE.CONFLICTS(name): how many of the check's conflicts are about the person, project or
 * duty of that name (0 when none are; #N/A when the check knows no such name).
 */
export function conflictCount(index: FigureIndex, name: ArgumentValue): FunctionAnswer<number> {
  const key = readName(name, 'person, project or duty');
  if (isFunctionError(key)) return key;
  if (!index.isKnownName(key)) return notAvailable(`No person, checked project or duty is named "${String(name).trim()}" in the latest check.`);
  return index.conflictCount(key);
}

/** The three sides of a project's check STATUS accepts. */
const ASPECTS = ['scope', 'time', 'cost'] as const;

/** LOADLINE.STATUS(project, "scope"|"time"|"cost"): the project's RAG on that side, "green", "amber" or "red". */
export function projectStatus(index: FigureIndex, project: ArgumentValue, aspect: ArgumentValue): FunctionAnswer<Rag> {
  const key = readName(project, 'project');
  if (isFunctionError(key)) return key;
  const side = typeof aspect === 'string' ? ASPECTS.find((a) => a === aspect.trim().toLowerCase()) : undefined;
  if (side === undefined) return invalidValue('Ask for "scope", "time" or "cost".');
  const found = index.project(key);
  if (!found) return noProject(project);
  return found.rag[side];
}

/**
 * LOADLINE.FORECAST(project, "finish"|"cost"): the forecast finish as a date serial (in the
 * workbook's date system: format the cell as a date), or the forecast cost in the workbook's
 * currency. #N/A for a finish when the check has none (nobody effectively works on it).
 */
export function projectForecast(index: FigureIndex, project: ArgumentValue, what: ArgumentValue): FunctionAnswer<number> {
  const key = readName(project, 'project');
  if (isFunctionError(key)) return key;
  const asked = typeof what === 'string' ? what.trim().toLowerCase() : undefined;
  if (asked !== 'finish' && asked !== 'cost') return invalidValue('Ask for "finish" or "cost".');
  const found = index.project(key);
  if (!found) return noProject(project);
  if (asked === 'cost') return found.forecastCost;
  if (found.forecastFinish === null) return notAvailable(`${found.name} has no forecast finish: no effective hours are booked on it.`);
  const finish = parseIsoDay(found.forecastFinish);
  if (finish === undefined) return notAvailable(`${found.name} has no readable forecast finish: choose Check capacity again.`);
  const serial = serialFromDay(finish);
  return index.figures.date1904 ? serial - OFFSET_1904 : serial;
}

function noPerson(person: ArgumentValue): FunctionAnswer<never> {
  return notAvailable(`No person named "${String(person).trim()}" in the latest check.`);
}

function noProject(project: ArgumentValue): FunctionAnswer<never> {
  return notAvailable(`No checked project named "${String(project).trim()}" (only Active projects, and Proposed ones when tentative work is included, are checked).`);
}

function outsideWeeks(index: FigureIndex, what: string): FunctionAnswer<never> {
  const weeks = index.figures.weeks;
  if (weeks.length === 0) return notAvailable('The latest check has no weeks.');
  return notAvailable(`${what} is outside the checked weeks (${weeks[0]} to ${isoDate(index.lastDay)}).`);
}
