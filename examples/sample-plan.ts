/**
 * The bundled sample plan, as readable data: `npm run sample` turns it into examples/sample.xlsx.
 *
 * A water utility's delivery group of 25 people in four teams (Infrastructure, Engineering,
 * Finance, Digital), working in the UK and Ireland, who run the business (payroll, the service
 * desk, patching, dam safety reports) and deliver capital projects. The projects borrow their
 * register IDs, delivery programmes and budgets from the Melbourne Water capital-project register
 * (CC0; a copy is in test/fixtures/realdata/).
 *
 * Status date 2026-03-02. Every conflict kind is planted on purpose; a comment marked PLANT at
 * each one says which and why it triggers, with the working. Two input problems are planted too
 * (marked INPUT ISSUE) so that the Input Issues sheet is not empty.
 *
 * Conventions: dates are ISO text ("2026-03-02"); percentages are fractions (0.5 = 50 %); money is
 * in pounds; hours are per week unless the field says otherwise. Optional fields left out are
 * blank cells.
 */

/** ISO date text, e.g. "2026-03-02". */
export type IsoDate = string;

/** A row of the Staff sheet. */
export interface StaffRow {
  readonly name: string;
  readonly role: string;
  readonly team: string;
  readonly costCentre: string;
  /** Contracted hours per week; left out on the FTE-only row. */
  readonly hoursPerWeek?: number;
  /** Full-time equivalent, 1 = Standard hours per week. */
  readonly fte?: number;
  /** Loaded cost per hour in pounds. */
  readonly hourlyRate: number;
  readonly startDate?: IsoDate;
  readonly endDate?: IsoDate;
  readonly location: 'UK' | 'IE';
}

/** How often a duty's Hours recur. */
export type Per = 'Day' | 'Week' | 'Month' | 'Quarter' | 'Year';

/** A row of the Ops Duties sheet: either `hours` + `per`, or `hoursPerWeek`. */
export interface DutyRow {
  readonly duty: string;
  readonly owner: string;
  readonly backup?: string;
  readonly hours?: number;
  readonly per?: Per;
  readonly hoursPerWeek?: number;
  readonly start?: IsoDate;
  readonly end?: IsoDate;
  readonly criticality: 'Critical' | 'High' | 'Medium' | 'Low';
  readonly costCentre?: string;
}

/** Where a project came from in the capital-project register. */
export interface RegisterEntry {
  /** The register's ID column, e.g. "F10463". */
  readonly id: string;
  /** The register's Delivery Program column, e.g. "Major Works - Small Scale". */
  readonly deliveryProgram: string;
  /** The register's FFC (forecast final cost) column, as given. */
  readonly ffc: number;
}

/** A row of the Projects sheet. */
export interface ProjectRow {
  readonly register: RegisterEntry;
  readonly manager: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** Estimated effort in hours (the most likely, when a range is given). */
  readonly estimate?: number;
  /** The estimate range in hours: best and worst case around `estimate`. */
  readonly estimateLow?: number;
  readonly estimateHigh?: number;
  /** Capitalisable share of project labour, 0..1. */
  readonly capexShare?: number;
  readonly capitalisationStart?: IsoDate;
  readonly capitalisationEnd?: IsoDate;
  /** % complete as a fraction 0..1. */
  readonly complete?: number;
  readonly actualCost?: number;
  /** Non-labour costs in pounds (contractors, plant, materials). */
  readonly otherCosts?: number;
  readonly status: 'Active' | 'Proposed' | 'On hold' | 'Done' | 'Cancelled';
  readonly priority: number;
}

/** A row of the Assignments sheet: either `hoursPerWeek` or `allocation` (0..1 of the contract). */
export interface AssignmentRow {
  readonly person: string;
  readonly project: string;
  readonly from?: IsoDate;
  readonly to?: IsoDate;
  readonly hoursPerWeek?: number;
  readonly allocation?: number;
  readonly status: 'Confirmed' | 'Tentative';
}

/** A row of the Time Off sheet; `hours` is the total for the entry, left out for whole days. */
export interface TimeOffRow {
  readonly person: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly hours?: number;
}

/** A row of the Holidays sheet. */
export interface HolidayRow {
  readonly date: IsoDate;
  readonly name: string;
  readonly location: 'UK' | 'IE';
}

/** A row of the Settings sheet; `format` is the cell's number format when it is not General. */
export interface SettingRow {
  readonly key: string;
  readonly value: string | number;
  readonly format?: 'date' | 'percent';
}

/** The whole sample plan, one array per input sheet. */
export interface SamplePlan {
  readonly staff: readonly StaffRow[];
  readonly duties: readonly DutyRow[];
  readonly projects: readonly ProjectRow[];
  readonly assignments: readonly AssignmentRow[];
  readonly timeOff: readonly TimeOffRow[];
  readonly holidays: readonly HolidayRow[];
  readonly settings: readonly SettingRow[];
}

/**
 * A project's name built from its register entry: the delivery programme without its
 * "Major Works - " prefix, then "works" and the ID, e.g. "Small Scale works F10463".
 *
 * @example projectName({ id: 'H10382', deliveryProgram: 'Contestable', ffc: 236307.87 }) // "Contestable works H10382"
 */
export function projectName(entry: RegisterEntry): string {
  return `${entry.deliveryProgram.replace(/^Major Works - /, '')} works ${entry.id}`;
}

/** A project's budget: the register's FFC rounded to the nearest £1,000. */
export function projectBudget(entry: RegisterEntry): number {
  return Math.round(entry.ffc / 1000) * 1000;
}

// The register rows the projects borrow: ID, Delivery Program and FFC copied from the CSV (FFC to
// the cent; the CSV carries floating-point noise such as 231693.58999999997).
const F10463: RegisterEntry = { id: 'F10463', deliveryProgram: 'Major Works - Small Scale', ffc: 231693.59 };
const H10934: RegisterEntry = { id: 'H10934', deliveryProgram: 'Major Works - Framework', ffc: 204481.68 };
const H10382: RegisterEntry = { id: 'H10382', deliveryProgram: 'Contestable', ffc: 236307.87 };
const F10832: RegisterEntry = { id: 'F10832', deliveryProgram: 'Major Works - Open Market', ffc: 480813 };
const F10712: RegisterEntry = { id: 'F10712', deliveryProgram: 'Contestable', ffc: 675593.16 };
const F10408: RegisterEntry = { id: 'F10408', deliveryProgram: 'Major Works - Small Scale', ffc: 777573.25 };
const H11894: RegisterEntry = { id: 'H11894', deliveryProgram: 'Major Works - Framework', ffc: 625734.17 };
const F10143: RegisterEntry = { id: 'F10143', deliveryProgram: 'Major Works - Small Scale', ffc: 228427.29 };
const H10908: RegisterEntry = { id: 'H10908', deliveryProgram: 'Contestable', ffc: 232303.35 };

// The projects' names, by the part each plays in the sample.
const ON_TRACK = projectName(F10463);
const UNDER_BOOKED = projectName(H10934);
const OVER_BUDGET = projectName(H10382);
const BEHIND = projectName(F10832);
const PROPOSED = projectName(F10408);
const ON_HOLD = projectName(H11894);
const DONE = projectName(F10143);
const CANCELLED = projectName(H10908);

// Standard hours per week is 37.5 (Settings), so a full-timer has 7.5 h per working day.
const staff: readonly StaffRow[] = [
  // Infrastructure
  { name: 'Alice Hughes', role: 'Head of Infrastructure', team: 'Infrastructure', costCentre: 'CC-INF-410', hoursPerWeek: 37.5, fte: 1, hourlyRate: 68, location: 'UK' },
  { name: 'Ben Carter', role: 'Senior Systems Engineer', team: 'Infrastructure', costCentre: 'CC-INF-410', hoursPerWeek: 37.5, fte: 1, hourlyRate: 55, location: 'IE' },
  { name: 'Chloe Evans', role: 'Systems Engineer', team: 'Infrastructure', costCentre: 'CC-INF-410', hoursPerWeek: 37.5, fte: 1, hourlyRate: 46, location: 'UK' },
  { name: 'Dan Murphy', role: 'Network Engineer', team: 'Infrastructure', costCentre: 'CC-INF-410', hoursPerWeek: 37.5, fte: 1, hourlyRate: 48, location: 'IE' },
  { name: 'Ewa Nowak', role: 'Service Desk Lead', team: 'Infrastructure', costCentre: 'CC-INF-410', hoursPerWeek: 37.5, fte: 1, hourlyRate: 40, location: 'UK' },
  // The part-timer: three days a week.
  { name: 'Farid Khan', role: 'Service Desk Analyst', team: 'Infrastructure', costCentre: 'CC-INF-410', hoursPerWeek: 22.5, fte: 0.6, hourlyRate: 32, location: 'UK' },
  // A contractor whose contract ends mid-horizon (see the OUTSIDE_EMPLOYMENT plants).
  { name: "Grace O'Brien", role: 'Cloud Engineer (contract)', team: 'Infrastructure', costCentre: 'CC-INF-410', hoursPerWeek: 37.5, fte: 1, hourlyRate: 85, endDate: '2026-06-30', location: 'IE' },
  // Engineering
  { name: 'Hamish Reid', role: 'Engineering Manager', team: 'Engineering', costCentre: 'CC-ENG-520', hoursPerWeek: 37.5, fte: 1, hourlyRate: 72, location: 'UK' },
  { name: 'Isla Grant', role: 'Senior Civil Engineer', team: 'Engineering', costCentre: 'CC-ENG-520', hoursPerWeek: 37.5, fte: 1, hourlyRate: 62, location: 'UK' },
  { name: 'Jack Doyle', role: 'Civil Engineer', team: 'Engineering', costCentre: 'CC-ENG-520', hoursPerWeek: 37.5, fte: 1, hourlyRate: 50, location: 'IE' },
  // The FTE-only row: 0.8 × 37.5 = 30 h per week.
  { name: 'Kavya Iyer', role: 'Hydraulic Modeller', team: 'Engineering', costCentre: 'CC-ENG-520', fte: 0.8, hourlyRate: 58, location: 'UK' },
  { name: 'Liam Walsh', role: 'Electrical Engineer', team: 'Engineering', costCentre: 'CC-ENG-520', hoursPerWeek: 37.5, fte: 1, hourlyRate: 54, location: 'IE' },
  // A graduate who joins mid-horizon (see the OUTSIDE_EMPLOYMENT plants).
  { name: 'Maya Patel', role: 'Graduate Engineer', team: 'Engineering', costCentre: 'CC-ENG-520', hoursPerWeek: 37.5, fte: 1, hourlyRate: 34, startDate: '2026-09-07', location: 'UK' },
  { name: 'Noah Fraser', role: 'CAD Technician', team: 'Engineering', costCentre: 'CC-ENG-520', hoursPerWeek: 37.5, fte: 1, hourlyRate: 36, location: 'UK' },
  // Finance
  { name: 'Olivia Bennett', role: 'Finance Manager', team: 'Finance', costCentre: 'CC-FIN-610', hoursPerWeek: 37.5, fte: 1, hourlyRate: 65, location: 'UK' },
  { name: 'Patrick Byrne', role: 'Payroll Officer', team: 'Finance', costCentre: 'CC-FIN-610', hoursPerWeek: 37.5, fte: 1, hourlyRate: 38, location: 'IE' },
  { name: 'Rachel Lewis', role: 'Management Accountant', team: 'Finance', costCentre: 'CC-FIN-610', hoursPerWeek: 37.5, fte: 1, hourlyRate: 52, location: 'UK' },
  { name: 'Sanjay Rao', role: 'Accounts Payable Officer', team: 'Finance', costCentre: 'CC-FIN-610', hoursPerWeek: 37.5, fte: 1, hourlyRate: 30, location: 'UK' },
  { name: 'Tom Ashworth', role: 'Project Accountant', team: 'Finance', costCentre: 'CC-FIN-610', hoursPerWeek: 37.5, fte: 1, hourlyRate: 50, location: 'UK' },
  // Digital
  { name: 'Uma Sheridan', role: 'Head of Digital', team: 'Digital', costCentre: 'CC-DIG-730', hoursPerWeek: 37.5, fte: 1, hourlyRate: 70, location: 'UK' },
  { name: 'Victor Lane', role: 'Data Engineer', team: 'Digital', costCentre: 'CC-DIG-730', hoursPerWeek: 37.5, fte: 1, hourlyRate: 60, location: 'UK' },
  { name: 'Wendy Clarke', role: 'GIS Analyst', team: 'Digital', costCentre: 'CC-DIG-730', hoursPerWeek: 37.5, fte: 1, hourlyRate: 45, location: 'UK' },
  { name: 'Xavier Dunne', role: 'Software Developer', team: 'Digital', costCentre: 'CC-DIG-730', hoursPerWeek: 37.5, fte: 1, hourlyRate: 55, location: 'IE' },
  { name: 'Yusuf Ali', role: 'Business Analyst', team: 'Digital', costCentre: 'CC-DIG-730', hoursPerWeek: 37.5, fte: 1, hourlyRate: 50, location: 'UK' },
  { name: 'Zoe Martin', role: 'Project Manager', team: 'Digital', costCentre: 'CC-DIG-730', hoursPerWeek: 37.5, fte: 1, hourlyRate: 60, location: 'UK' },
];

// Weekly hours by Per: Day ×5, Week ×1, Month ×12/52, Quarter ×4/52, Year ×1/52.
const duties: readonly DutyRow[] = [
  // PLANT COVERAGE_GAP (backup also away): Patrick and his backup Sanjay are both on leave
  // 21–24 Dec 2026 (Time Off), so that week's 6 h (on Mon–Thu; Fri 25 Dec is a holiday) are uncovered.
  { duty: 'Weekly payroll run', owner: 'Patrick Byrne', backup: 'Sanjay Rao', hours: 6, per: 'Week', criticality: 'Critical', costCentre: 'CC-FIN-610' },
  { duty: 'Month-end close', owner: 'Rachel Lewis', backup: 'Olivia Bennett', hours: 24, per: 'Month', criticality: 'Critical', costCentre: 'CC-FIN-610' },
  { duty: 'Supplier payment run', owner: 'Sanjay Rao', backup: 'Tom Ashworth', hours: 1, per: 'Day', criticality: 'High', costCentre: 'CC-FIN-610' },
  { duty: 'Annual statutory accounts', owner: 'Olivia Bennett', backup: 'Rachel Lewis', hours: 120, per: 'Year', criticality: 'Medium', costCentre: 'CC-FIN-610' },
  // The one duty given as Hours per week rather than Hours + Per.
  { duty: 'Service desk rota', owner: 'Ewa Nowak', backup: 'Farid Khan', hoursPerWeek: 20, criticality: 'High' },
  { duty: 'Server patching', owner: 'Ben Carter', backup: 'Chloe Evans', hours: 8, per: 'Month', criticality: 'High' },
  { duty: 'Backup restore test', owner: 'Chloe Evans', hours: 4, per: 'Quarter', criticality: 'Medium' },
  // PLANT COVERAGE_GAP (no backup): Dan is on leave 20–31 Jul 2026 and nobody backs him up, so
  // 2 × 2.5 h are uncovered in the weeks of 20 and 27 Jul.
  { duty: 'Network monitoring', owner: 'Dan Murphy', hours: 0.5, per: 'Day', criticality: 'High' },
  // PLANT OUTSIDE_EMPLOYMENT (duty): Grace's contract ends 30 Jun 2026 but the duty has no end, so
  // every working day from 1 Jul to the horizon's end is outside her employment (Ben covers it as
  // backup, which does not stop the conflict; he works in Ireland too, so no UK bank holiday
  // leaves the review uncovered).
  { duty: 'Cloud cost review', owner: "Grace O'Brien", backup: 'Ben Carter', hours: 6, per: 'Month', criticality: 'Medium' },
  // A duty with a window: only through the winter.
  { duty: 'Winter readiness checks', owner: 'Alice Hughes', backup: 'Ben Carter', hours: 3, per: 'Week', start: '2026-10-05', end: '2027-03-26', criticality: 'Medium' },
  // PLANT OPS_AT_RISK: Isla is over 120 % from 13 Apr to 26 Jun 2026 (see her assignments) while
  // booked on projects, so this High duty is at risk in those weeks.
  { duty: 'Asset data quality checks', owner: 'Isla Grant', backup: 'Jack Doyle', hours: 4, per: 'Week', criticality: 'High', costCentre: 'CC-ENG-520' },
  { duty: 'Dam safety inspection reports', owner: 'Hamish Reid', backup: 'Liam Walsh', hours: 16, per: 'Quarter', criticality: 'Critical', costCentre: 'CC-ENG-520' },
  { duty: 'Hydraulic model maintenance', owner: 'Kavya Iyer', hours: 2, per: 'Week', criticality: 'Low' },
  { duty: 'GIS data publishing', owner: 'Wendy Clarke', backup: 'Yusuf Ali', hours: 3, per: 'Week', criticality: 'Medium' },
  { duty: 'Data pipeline monitoring', owner: 'Victor Lane', backup: 'Xavier Dunne', hours: 1, per: 'Day', criticality: 'Medium' },
  { duty: 'Quarterly access review', owner: 'Uma Sheridan', backup: 'Alice Hughes', hours: 6, per: 'Quarter', criticality: 'Medium' },
];

const projects: readonly ProjectRow[] = [
  // On track: R = 3,000 × (1 − 20 %) = 2,400 h against about 100 booked hours a week for the 35
  // weeks to 30 Oct (about 3,300 effective hours); EV 46,400 for AC 44,000. Estimated as a range,
  // 2,600 to 4,200 h: even the worst case, 4,200 × 0.8 = 3,360 h, is about what the bookings
  // deliver, so the on-time chance is high but not certain.
  {
    register: F10463, manager: 'Hamish Reid', start: '2026-01-05', end: '2026-10-30', estimate: 3000, estimateLow: 2600, estimateHigh: 4200,
    capexShare: 0.8, complete: 0.2, actualCost: 44000, status: 'Active', priority: 1,
  },
  // PLANT SCOPE_AT_RISK and SCHEDULE_SLIP: R = 2,600 × (1 − 10 %) = 2,340 h, but only about
  // 1,350 effective hours are booked from 2 Mar to 31 Jul (coverage about 58 %: red), so the
  // forecast finish lies about 80 working days past the end (red).
  // Its range, 2,200 to 3,400 h, cannot save it: even the best case, 2,200 × 0.9 = 1,980 h, is
  // beyond the 1,350 effective hours, so the on-time chance is 0.
  {
    register: H10934, manager: 'Uma Sheridan', start: '2026-02-02', end: '2026-07-31', estimate: 2600, estimateLow: 2200, estimateHigh: 3400,
    capexShare: 0.6, complete: 0.1, status: 'Active', priority: 1,
  },
  // PLANT OVER_BUDGET and LOW_CPI: EV = 236,000 × 70 % = 165,200 against AC = 215,000, so
  // CPI = 0.77 (red, below 0.9); forecast cost = 215,000 + R 720 h × blended rate about £52.5
  // ≈ 252,800 > budget 236,000 (red).
  {
    register: H10382, manager: 'Alice Hughes', start: '2025-11-03', end: '2026-06-30', estimate: 2400,
    capexShare: 1, complete: 0.7, actualCost: 215000, status: 'Active', priority: 2,
  },
  // PLANT LOW_SPI: started 1 Oct 2025 with much the same bookings every week, so about a third
  // of its booked hours fall before 2 Mar: PV ≈ 481,000 × 0.33 ≈ 159,000, EV = 481,000 × 15 % =
  // 72,150, SPI ≈ 0.45 (red). CPI = 72,150 / 70,000 = 1.03 is fine, and so is scope.
  // CapEx 70 % only inside a capitalisation window that starts mid-month; the one project with
  // other costs (pumps and telemetry hardware), spread over its working days.
  {
    register: F10832, manager: 'Zoe Martin', start: '2025-10-01', end: '2026-12-18', estimate: 3200,
    capexShare: 0.7, capitalisationStart: '2026-04-15', capitalisationEnd: '2026-12-18',
    complete: 0.15, actualCost: 70000, otherCosts: 150000, status: 'Active', priority: 1,
  },
  // PLANT NO_ASSIGNMENTS: Active with an estimate and nobody booked (it also gets SCOPE_AT_RISK
  // and SCHEDULE_SLIP: coverage 0, no forecast).
  {
    register: F10712, manager: 'Zoe Martin', start: '2026-05-04', end: '2026-11-27', estimate: 1200,
    capexShare: 0.9, status: 'Active', priority: 2,
  },
  // Proposed, booked tentatively: counted because Include tentative is yes.
  {
    register: F10408, manager: 'Hamish Reid', start: '2026-07-01', end: '2027-03-31', estimate: 1200,
    capexShare: 0.8, status: 'Proposed', priority: 3,
  },
  // On hold, Done and Cancelled projects are not counted: their bookings load nobody.
  {
    register: H11894, manager: 'Uma Sheridan', start: '2026-04-01', end: '2026-12-31', estimate: 2000,
    capexShare: 0.5, status: 'On hold', priority: 3,
  },
  {
    register: F10143, manager: 'Hamish Reid', start: '2025-06-02', end: '2026-02-27', estimate: 1500,
    capexShare: 0.8, complete: 1, actualCost: 221500, status: 'Done', priority: 2,
  },
  {
    register: H10908, manager: 'Alice Hughes', start: '2026-01-12', end: '2026-09-30', estimate: 900,
    complete: 0.05, actualCost: 6200, status: 'Cancelled', priority: 3,
  },
];

const assignments: readonly AssignmentRow[] = [
  { person: 'Jack Doyle', project: ON_TRACK, hoursPerWeek: 30, status: 'Confirmed' },
  { person: 'Liam Walsh', project: ON_TRACK, hoursPerWeek: 20, status: 'Confirmed' },
  { person: 'Noah Fraser', project: ON_TRACK, hoursPerWeek: 25, status: 'Confirmed' },
  { person: 'Hamish Reid', project: ON_TRACK, allocation: 0.1, status: 'Confirmed' },
  { person: 'Tom Ashworth', project: ON_TRACK, hoursPerWeek: 4, status: 'Confirmed' },
  // INPUT ISSUE: "Jack Doyel" is a misspelling of Jack Doyle → UNKNOWN_PERSON, row skipped.
  { person: 'Jack Doyel', project: ON_TRACK, from: '2026-09-01', hoursPerWeek: 10, status: 'Confirmed' },
  // PLANT OVERALLOCATED (high, above 120 %) and, with her High duty, OPS_AT_RISK: Isla has
  // 50 % × 37.5 = 18.75 h on F10463 all year; from 13 Apr to 26 Jun she is also pulled onto the
  // under-booked H10934 for 25 h: 18.75 + 25 + 4 h duty = 47.75 h / 37.5 = 127 % (in a week with
  // a bank holiday: (15 + 20 + 4) / 30 = 130 %). One high conflict for 13 Apr – 28 Jun.
  { person: 'Isla Grant', project: ON_TRACK, allocation: 0.5, status: 'Confirmed' },
  { person: 'Isla Grant', project: UNDER_BOOKED, from: '2026-04-13', to: '2026-06-26', hoursPerWeek: 25, status: 'Confirmed' },

  { person: 'Kavya Iyer', project: UNDER_BOOKED, hoursPerWeek: 15, status: 'Confirmed' },
  { person: 'Wendy Clarke', project: UNDER_BOOKED, hoursPerWeek: 10, status: 'Confirmed' },
  { person: 'Yusuf Ali', project: UNDER_BOOKED, hoursPerWeek: 10, status: 'Confirmed' },
  { person: 'Uma Sheridan', project: UNDER_BOOKED, hoursPerWeek: 5, status: 'Confirmed' },
  // PLANT OVERALLOCATED (medium, between 100 and 120 %): Victor has 16 + 20 = 36 h of projects
  // plus his 5 h duty from 2 Mar to 31 Jul: 41 / 37.5 = 109 %; in a bank-holiday week
  // (28.8 + 5) / 30 = 113 %. Never above 120 %, so one medium conflict for 2 Mar – 2 Aug.
  { person: 'Victor Lane', project: UNDER_BOOKED, from: '2026-03-02', hoursPerWeek: 16, status: 'Confirmed' },
  { person: 'Victor Lane', project: BEHIND, from: '2026-03-02', to: '2026-07-31', hoursPerWeek: 20, status: 'Confirmed' },

  { person: 'Ben Carter', project: OVER_BUDGET, hoursPerWeek: 15, status: 'Confirmed' },
  // PLANT OUTSIDE_PROJECT: H10382 ends 30 Jun 2026 but Chloe is booked to 31 Jul for
  // hypercare: the 23 working days 1–31 Jul are outside the project's dates.
  { person: 'Chloe Evans', project: OVER_BUDGET, to: '2026-07-31', hoursPerWeek: 15, status: 'Confirmed' },
  { person: 'Xavier Dunne', project: OVER_BUDGET, hoursPerWeek: 25, status: 'Confirmed' },
  { person: 'Dan Murphy', project: OVER_BUDGET, hoursPerWeek: 10, status: 'Confirmed' },
  { person: 'Alice Hughes', project: OVER_BUDGET, allocation: 0.1, status: 'Confirmed' },
  { person: 'Tom Ashworth', project: OVER_BUDGET, hoursPerWeek: 5, status: 'Confirmed' },

  { person: 'Zoe Martin', project: BEHIND, hoursPerWeek: 25, status: 'Confirmed' },
  { person: 'Liam Walsh', project: BEHIND, hoursPerWeek: 10, status: 'Confirmed' },
  { person: 'Uma Sheridan', project: BEHIND, hoursPerWeek: 8, status: 'Confirmed' },
  { person: 'Xavier Dunne', project: BEHIND, hoursPerWeek: 10, status: 'Confirmed' },
  { person: 'Xavier Dunne', project: BEHIND, from: '2026-07-01', hoursPerWeek: 10, status: 'Tentative' },
  { person: 'Yusuf Ali', project: BEHIND, hoursPerWeek: 10, status: 'Confirmed' },
  { person: 'Ewa Nowak', project: BEHIND, hoursPerWeek: 8, status: 'Confirmed' },
  { person: 'Tom Ashworth', project: BEHIND, hoursPerWeek: 5, status: 'Confirmed' },
  { person: 'Olivia Bennett', project: BEHIND, allocation: 0.05, status: 'Confirmed' },
  // PLANT OUTSIDE_EMPLOYMENT (assignment): Grace is booked to 30 Sep 2026 but her contract ends
  // 30 Jun: the working days 1 Jul – 30 Sep are outside her employment.
  { person: "Grace O'Brien", project: BEHIND, to: '2026-09-30', hoursPerWeek: 15, status: 'Confirmed' },

  // PLANT OUTSIDE_EMPLOYMENT (assignment): Maya is pencilled in from 1 Jul 2026 but joins on
  // 7 Sep: the working days 1 Jul – 4 Sep are before her employment.
  { person: 'Maya Patel', project: PROPOSED, from: '2026-07-01', hoursPerWeek: 30, status: 'Tentative' },
  { person: 'Noah Fraser', project: PROPOSED, from: '2026-11-02', hoursPerWeek: 10, status: 'Tentative' },
  { person: 'Jack Doyle', project: PROPOSED, from: '2026-11-02', hoursPerWeek: 20, status: 'Tentative' },
  { person: 'Kavya Iyer', project: PROPOSED, from: '2026-08-03', allocation: 0.4, status: 'Tentative' },

  // Not counted: the project is on hold.
  { person: 'Wendy Clarke', project: ON_HOLD, hoursPerWeek: 10, status: 'Confirmed' },
  { person: 'Chloe Evans', project: ON_HOLD, hoursPerWeek: 10, status: 'Tentative' },
  // Not counted: done, and cancelled.
  { person: 'Noah Fraser', project: DONE, hoursPerWeek: 10, status: 'Confirmed' },
  { person: 'Jack Doyle', project: DONE, hoursPerWeek: 10, status: 'Confirmed' },
  { person: 'Rachel Lewis', project: CANCELLED, hoursPerWeek: 5, status: 'Confirmed' },
  { person: 'Farid Khan', project: CANCELLED, hoursPerWeek: 8, status: 'Confirmed' },
];

const timeOff: readonly TimeOffRow[] = [
  // PLANT COVERAGE_GAP (no backup): see Network monitoring.
  { person: 'Dan Murphy', from: '2026-07-20', to: '2026-07-31' },
  // PLANT COVERAGE_GAP (backup also away): see Weekly payroll run.
  { person: 'Patrick Byrne', from: '2026-12-21', to: '2026-12-24' },
  { person: 'Sanjay Rao', from: '2026-12-21', to: '2026-12-24' },
  // Partial leave: a total of hours spread over the entry's working days.
  { person: 'Kavya Iyer', from: '2026-03-18', to: '2026-03-18', hours: 3.5 },
  { person: 'Sanjay Rao', from: '2026-06-19', to: '2026-06-19', hours: 4 },
  { person: 'Farid Khan', from: '2026-05-11', to: '2026-05-15', hours: 9 },
  // Whole days; each owner's duties pass to a backup who is in.
  { person: 'Olivia Bennett', from: '2026-04-07', to: '2026-04-10' },
  { person: 'Zoe Martin', from: '2026-05-26', to: '2026-05-29' },
  { person: 'Uma Sheridan', from: '2026-07-06', to: '2026-07-10' },
  { person: 'Hamish Reid', from: '2026-08-10', to: '2026-08-21' },
  { person: 'Jack Doyle', from: '2026-08-04', to: '2026-08-14' },
  { person: 'Ewa Nowak', from: '2026-08-10', to: '2026-08-21' },
  { person: 'Xavier Dunne', from: '2026-08-17', to: '2026-08-28' },
  { person: 'Victor Lane', from: '2026-09-07', to: '2026-09-11' },
  { person: 'Isla Grant', from: '2026-09-14', to: '2026-09-18' },
  { person: 'Rachel Lewis', from: '2026-09-28', to: '2026-10-02' },
  { person: 'Alice Hughes', from: '2026-11-02', to: '2026-11-06' },
  // INPUT ISSUE: the dates are the wrong way round → END_BEFORE_START on the To cell, row skipped.
  { person: 'Wendy Clarke', from: '2026-08-14', to: '2026-08-10' },
];

// Bank holidays in England and Wales (gov.uk) and public holidays in Ireland (gov.ie), 2026–2027.
// Irish holidays that fall on a weekend are listed on their date; they cost no working day.
const holidays: readonly HolidayRow[] = [
  { date: '2026-01-01', name: "New Year's Day", location: 'UK' },
  { date: '2026-04-03', name: 'Good Friday', location: 'UK' },
  { date: '2026-04-06', name: 'Easter Monday', location: 'UK' },
  { date: '2026-05-04', name: 'Early May bank holiday', location: 'UK' },
  { date: '2026-05-25', name: 'Spring bank holiday', location: 'UK' },
  { date: '2026-08-31', name: 'Summer bank holiday', location: 'UK' },
  { date: '2026-12-25', name: 'Christmas Day', location: 'UK' },
  { date: '2026-12-28', name: 'Boxing Day (substitute day)', location: 'UK' },
  { date: '2027-01-01', name: "New Year's Day", location: 'UK' },
  { date: '2027-03-26', name: 'Good Friday', location: 'UK' },
  { date: '2027-03-29', name: 'Easter Monday', location: 'UK' },
  { date: '2027-05-03', name: 'Early May bank holiday', location: 'UK' },
  { date: '2027-05-31', name: 'Spring bank holiday', location: 'UK' },
  { date: '2027-08-30', name: 'Summer bank holiday', location: 'UK' },
  { date: '2027-12-27', name: 'Christmas Day (substitute day)', location: 'UK' },
  { date: '2027-12-28', name: 'Boxing Day (substitute day)', location: 'UK' },
  { date: '2026-01-01', name: "New Year's Day", location: 'IE' },
  { date: '2026-02-02', name: "St Brigid's Day", location: 'IE' },
  { date: '2026-03-17', name: "St Patrick's Day", location: 'IE' },
  { date: '2026-04-06', name: 'Easter Monday', location: 'IE' },
  { date: '2026-05-04', name: 'May bank holiday', location: 'IE' },
  { date: '2026-06-01', name: 'June bank holiday', location: 'IE' },
  { date: '2026-08-03', name: 'August bank holiday', location: 'IE' },
  { date: '2026-10-26', name: 'October bank holiday', location: 'IE' },
  { date: '2026-12-25', name: 'Christmas Day', location: 'IE' },
  { date: '2026-12-26', name: "St Stephen's Day", location: 'IE' },
  { date: '2027-01-01', name: "New Year's Day", location: 'IE' },
  { date: '2027-02-01', name: "St Brigid's Day", location: 'IE' },
  { date: '2027-03-17', name: "St Patrick's Day", location: 'IE' },
  { date: '2027-03-29', name: 'Easter Monday', location: 'IE' },
  { date: '2027-05-03', name: 'May bank holiday', location: 'IE' },
  { date: '2027-06-07', name: 'June bank holiday', location: 'IE' },
  { date: '2027-08-02', name: 'August bank holiday', location: 'IE' },
  { date: '2027-10-25', name: 'October bank holiday', location: 'IE' },
  { date: '2027-12-25', name: 'Christmas Day', location: 'IE' },
  { date: '2027-12-26', name: "St Stephen's Day", location: 'IE' },
];

// No horizon keys: the horizon runs from the week of 2 Mar 2026 to the week of the latest counted
// end (the proposed F10408, 31 Mar 2027): 57 weeks, 2 Mar 2026 – 4 Apr 2027.
const settings: readonly SettingRow[] = [
  { key: 'Status date', value: '2026-03-02', format: 'date' },
  { key: 'Currency', value: 'GBP' },
  { key: 'Standard hours per week', value: 37.5 },
  { key: 'Working days', value: 'Mon-Fri' },
  { key: 'Over-allocation threshold', value: 1, format: 'percent' },
  { key: 'Include tentative', value: 'yes' },
  { key: 'Ops first', value: 'yes' },
  { key: 'Budget warning', value: 0.95, format: 'percent' },
  { key: 'CPI/SPI amber', value: 0.95 },
  { key: 'CPI/SPI red', value: 0.9 },
];

/** The sample plan behind examples/sample.xlsx. */
export const SAMPLE_PLAN: SamplePlan = { staff, duties, projects, assignments, timeOff, holidays, settings };
