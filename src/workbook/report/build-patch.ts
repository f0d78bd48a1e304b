/**
 * Turns a checked plan into the WorkbookPatch every adapter applies: six summary sheets and the
 * highlights on the input sheets. Pure: the same plan and report always give a deep-equal patch.
 *
 * ## The sheets Loadline writes
 *
 * Every sheet has a bold header row with a light blue fill, frozen so it stays in view, and
 * columns at least as wide as their widest formatted value in Calibri 11 (no ###). Capacity,
 * Conflicts, Projects Check and OpEx CapEx print landscape, one page wide, headings repeated, the
 * status date in the footer. Money uses the Settings currency's symbol in an accounting-style
 * format with a dash for zero (`"£"#,##0.00;[Red]-"£"#,##0.00;"–"`). Dates are ISO text ("2026-03-02"): text reads the same in a
 * workbook on the 1904 date system and still sorts and filters in date order. Text from the
 * plan (names, messages) is written as text, never as a formula.
 *
 * **Capacity** — utilisation per person and week.
 * - Row 1: "ISO week" over the ISO week of each column (2026-W10). Row 2: Name, Team, Role, then
 *   each week's Monday (2026-03-02). Both rows and the Name column are frozen.
 * - One row per person: utilisation = (ops + project hours) / capacity, shown as 0 %; blank
 *   when the person has no capacity that week.
 * - Below the people, one "Team total" row per team (teams in alphabetical order), then
 *   "Total (everyone)": Σ (ops + project) / Σ capacity of the group's people that week, blank
 *   when the group has no capacity. People without a team count only in the everyone row.
 * - A colour scale over all utilisation cells: blue at 0 % (slack), white at the
 *   over-allocation threshold (100 % by default: planned as intended), red from 120 % (where an
 *   over-allocation becomes high severity).
 *
 * **Conflicts** — one row per conflict: Severity, Kind, Person, Project, Duty, From, To, Hours,
 * Message, Cells. Worst first: severity (high, medium, low), then kind (over-allocation,
 * ops at risk, coverage gap, outside employment, outside project, no assignments, scope,
 * schedule, budget, CPI, SPI), then From, then person / project / duty. The Cells column lists
 * the source cells and links to the first. Severity is coloured (high red, medium amber). The
 * header and rows carry an autofilter.
 *
 * **Projects Check** — one row per checked project: Project, Scope (red / amber / green),
 * Coverage (%), Time (RAG), Forecast finish, Slip (working days), Cost (RAG), Forecast cost,
 * Budget, then the earned-value figures PV, EV, AC, SV, CV, SPI, CPI, EAC, ETC, VAC, TCPI (blank
 * when the project has no actuals or a figure would divide by zero). RAG words are coloured
 * red / amber / green. Amounts use the money format.
 *
 * **OpEx CapEx** — months across (2026-03, …); Kind, Name, Cost centre and Type are frozen on
 * the left. Rows: per project a CapEx and an OpEx row; per cost centre an Operations OpEx row;
 * per cost centre an Idle row (paid hours nobody worked); then the totals CapEx, OpEx, Idle,
 * Paid (capacity × rate) and Other costs; last the check row "CapEx + OpEx + Idle − Paid −
 * Other", which is 0 in every month when every paid hour and cost is accounted for.
 *
 * **Finance Ledger** — the same amounts in long form, one row per non-zero amount, in the table
 * LoadlineLedger: Month (the month's first day, a date), Kind (Project, Ops, Idle), Name, Cost
 * centre, Type (CapEx, OpEx, Idle), Amount. Each month's amounts add up to CapEx + OpEx + Idle.
 *
 * **Input Issues** — every diagnostic: Severity, Code, Sheet, Cell, Message; the Cell links to
 * the cell to fix. Errors are coloured red, warnings amber; the rows carry an autofilter.
 *
 * ## Highlights
 *
 * Each cell named by a high-severity conflict is filled red, by a medium one amber (a cell named
 * by both is red); low conflicts fill nothing. The cell of every error diagnostic gets an
 * input-issue mark (light red fill, red dotted border); a conflict's colour wins over the mark's
 * fill, and the cell keeps the dotted border. After a check, Conflicts is the active sheet.
 */
import type { Plan } from '../../core/model';
import type { Report } from '../../core/report';
import type { WorkbookPatch } from '../patch';
import { buildCapacitySheet } from './capacity-sheet';
import { buildConflictsSheet } from './conflicts-sheet';
import { buildFinanceSheet } from './finance-sheet';
import { buildHighlights } from './highlights';
import { buildIssuesSheet } from './issues-sheet';
import { buildLedgerSheet } from './ledger-sheet';
import { buildProjectsSheet } from './projects-sheet';

/** What the builder needs to know about the workbook it writes into. */
export interface BuildWorkbookPatchOptions {
  /** The workbook counts dates from 1904 (the ledger's Month serials must follow it). */
  readonly date1904?: boolean;
}

/**
 * The patch for a checked plan: the sheets Capacity, Conflicts, Projects Check, OpEx CapEx,
 * Finance Ledger and Input Issues (in that tab order), the highlights, and Conflicts to activate.
 *
 * @example
 * const patch = buildWorkbookPatch(result.plan, result.report);
 * patch.sheets.map((sheet) => sheet.title)
 * // ['Capacity', 'Conflicts', 'Projects Check', 'OpEx CapEx', 'Finance Ledger', 'Input Issues']
 */
export function buildWorkbookPatch(plan: Plan, report: Report, options: BuildWorkbookPatchOptions = {}): WorkbookPatch {
  return {
    sheets: [
      buildCapacitySheet(plan, report),
      buildConflictsSheet(report),
      buildProjectsSheet(plan, report),
      buildFinanceSheet(plan, report),
      buildLedgerSheet(plan, report, options.date1904 ?? false),
      buildIssuesSheet(report),
    ],
    highlights: buildHighlights(report.conflicts, report.diagnostics),
    activate: 'conflicts',
  };
}
