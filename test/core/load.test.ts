/**
 * The load model against figures worked out by hand. Status date 2026-03-02 is a Monday, so
 * week 0 is 2–8 March 2026 and every week has 5 working days (Mon–Fri) unless a case says not.
 */
import { check, personOf, plan } from '../helpers/grids';

// Staff columns: Name, Team, Cost centre, Hours per week, FTE, Hourly rate, Start date, End date, Location
describe('capacity', () => {
  it('is the contract hours per week for a part-timer', () => {
    const report = check(plan({ staff: [['Pat', 'T', 'CC', 20, null, 50]] }));
    // 20 h / 5 days × 5 working days = 20 h every week.
    expect(personOf(report, 'Pat').capacity.slice(0, 3)).toEqual([20, 20, 20]);
  });

  it('is FTE × standard hours when only FTE is given', () => {
    const report = check(plan({
      staff: [['Fay', 'T', 'CC', null, 0.5, 50], ['Sol', 'T', 'CC', null, null, 50]],
      settings: [['Standard hours per week', 37.5]],
    }));
    // 0.5 × 37.5 = 18.75 h; no hours and no FTE works the standard 37.5 h.
    expect(personOf(report, 'Fay').capacity[0]).toBe(18.75);
    expect(personOf(report, 'Sol').capacity[0]).toBe(37.5);
  });

  it('drops a mid-week public holiday only for people at its location', () => {
    const report = check(plan({
      staff: [['Ann', 'T', 'CC', 40, null, 50, null, null, 'UK'], ['Bo', 'T', 'CC', 40, null, 50, null, null, 'IE'], ['Cy', 'T', 'CC', 40, null, 50]],
      holidays: [['2026-03-04', 'Some day', 'uk'], ['2026-03-10', 'Everyone day', null]],
    }));
    // Week 0: Ann loses Wednesday 4 March (8 h): 32 h. Week 1: everyone loses Tuesday 10 March.
    expect(personOf(report, 'Ann').capacity.slice(0, 2)).toEqual([32, 32]);
    expect(personOf(report, 'Bo').capacity.slice(0, 2)).toEqual([40, 32]);
    // No location: only blank-location holidays apply.
    expect(personOf(report, 'Cy').capacity.slice(0, 2)).toEqual([40, 32]);
  });

  it('spreads partial time off over the entry\'s working days and removes whole days', () => {
    const report = check(plan({
      staff: [['Ann', 'T', 'CC', 40, null, 50]],
      timeOff: [['Ann', '2026-03-03', '2026-03-04', 6], ['Ann', '2026-03-12', '2026-03-13', null]],
    }));
    // Week 0: 6 h over Tue and Wed (3 h each): 40 − 6 = 34. Week 1: Thu and Fri off: 40 − 16 = 24.
    expect(personOf(report, 'Ann').capacity.slice(0, 3)).toEqual([34, 24, 40]);
  });

  it('never goes below 0 when partial leave exceeds a day', () => {
    const report = check(plan({ staff: [['Ann', 'T', 'CC', 40, null, 50]], timeOff: [['Ann', '2026-03-02', '2026-03-02', 12]] }));
    // Monday has 8 h; 12 h of leave takes it to 0, not −4.
    expect(personOf(report, 'Ann').capacity[0]).toBe(32);
  });

  it('counts only days inside employment when it starts and ends inside the horizon', () => {
    const report = check(plan({
      staff: [['New', 'T', 'CC', 40, null, 50, '2026-03-04'], ['Leaver', 'T', 'CC', 40, null, 50, null, '2026-03-10']],
    }));
    // New starts Wednesday: Wed–Fri = 24 h. Leaver ends Tuesday of week 1: 16 h, then nothing.
    expect(personOf(report, 'New').capacity.slice(0, 2)).toEqual([24, 40]);
    expect(personOf(report, 'Leaver').capacity.slice(0, 3)).toEqual([40, 16, 0]);
    expect(personOf(report, 'Leaver').utilization[2]).toBeNull();
  });
});

describe('operations demand', () => {
  it('converts Per = Day, Week, Month, Quarter and Year to weekly hours', () => {
    const report = check(plan({
      staff: [['Ann', 'T', 'CC', 40, null, 50]],
      duties: [
        ['Daily', 'Ann', null, 1, 'Day'], // 1 × 5 = 5 h a week
        ['Weekly', 'Ann', null, 5, 'Week'], // 5 h
        ['Monthly', 'Ann', null, 52, 'Month'], // 52 × 12 / 52 = 12 h
        ['Quarterly', 'Ann', null, 13, 'Quarter'], // 13 × 4 / 52 = 1 h
        ['Yearly', 'Ann', null, 52, 'Year'], // 52 / 52 = 1 h
      ],
    }));
    const duties = Object.fromEntries(report.duties.map((d) => [d.name, d]));
    expect(Object.keys(duties)).toHaveLength(5);
    // 5 + 5 + 12 + 1 + 1 = 24 h a week.
    expect(personOf(report, 'Ann').ops.slice(0, 2)).toEqual([24, 24]);
  });

  it('keeps a week\'s duty hours when the owner has a public holiday, on the other days', () => {
    const report = check(plan({
      staff: [['Ann', 'T', 'CC', 40, null, 50, null, null, 'UK']],
      duties: [['Support', 'Ann', null, 10, 'Week']],
      holidays: [['2026-03-04', 'Holiday', 'UK']],
    }));
    // 10 h fall on the 4 non-holiday days (2.5 h each): the week still carries 10 h, all covered.
    expect(personOf(report, 'Ann').ops[0]).toBe(10);
    expect(report.duties[0].uncovered[0]).toBe(0);
  });

  it('is pro rata in a week where the duty window starts mid-week', () => {
    const report = check(plan({ staff: [['Ann', 'T', 'CC', 40, null, 50]], duties: [['Audit', 'Ann', null, 10, 'Week', '2026-03-05']] }));
    // Starts Thursday: 2 of 5 working days carry 10 / 5 = 2 h each: 4 h in week 0.
    expect(personOf(report, 'Ann').ops.slice(0, 2)).toEqual([4, 10]);
  });

  it('goes to the backup when the owner is on leave, and is uncovered without a backup', () => {
    const report = check(plan({
      staff: [['Ann', 'T', 'CC', 40, null, 50], ['Bob', 'T', 'CC', 40, null, 50]],
      duties: [['Payroll', 'Ann', 'Bob', 10, 'Week', null, null, 'Critical'], ['Backups', 'Ann', null, 5, 'Week', null, null, 'Low']],
      timeOff: [['Ann', '2026-03-09', '2026-03-13', null], ['Ann', '2026-03-16', '2026-03-16', null], ['Bob', '2026-03-16', '2026-03-16', null]],
    }));
    // Week 1 Ann away all week: Payroll's 10 h go to Bob, Backups' 5 h are uncovered.
    expect(personOf(report, 'Ann').ops.slice(0, 3)).toEqual([15, 0, 12]);
    expect(personOf(report, 'Bob').ops.slice(0, 3)).toEqual([0, 10, 0]);
    const payroll = report.duties.find((d) => d.name === 'Payroll');
    const backups = report.duties.find((d) => d.name === 'Backups');
    // Week 2 Monday both away: Payroll's 2 h and Backups' 1 h that day are uncovered.
    expect(payroll?.uncovered.slice(0, 3)).toEqual([0, 0, 2]);
    expect(backups?.uncovered.slice(0, 3)).toEqual([0, 5, 1]);
    const gaps = report.conflicts.filter((c) => c.kind === 'COVERAGE_GAP');
    expect(gaps.map((c) => [c.duty, c.from, c.to, c.hours, c.severity])).toEqual([
      ['Backups', '2026-03-09', '2026-03-22', 6, 'medium'],
      ['Payroll', '2026-03-16', '2026-03-22', 2, 'high'],
    ]);
    expect(gaps[1].cells).toEqual(['Ops Duties!A2', 'Ops Duties!C2']);
  });
});

describe('project demand', () => {
  const projects = [['Atlas', '2026-03-02', '2026-05-29', 100000, 1000]];

  it('books Allocation % of the contract hours, in any of its three forms', () => {
    const report = check(plan({
      staff: [['A', 'T', 'CC', 30, null, 50], ['B', 'T', 'CC', 30, null, 50], ['C', 'T', 'CC', 30, null, 50], ['D', 'T', 'CC', 30, null, 50]],
      projects,
      assignments: [['A', 'Atlas', null, null, null, 0.5], ['B', 'Atlas', null, null, null, '50%'], ['C', 'Atlas', null, null, null, 50], ['D', 'Atlas', null, null, 12]],
    }));
    // 50 % × 30 h = 15 h for A, B and C; D books 12 h directly.
    expect(['A', 'B', 'C', 'D'].map((n) => personOf(report, n).project[0])).toEqual([15, 15, 15, 12]);
  });

  it('counts tentative assignments and proposed projects only when Include tentative is yes', () => {
    const rows = {
      staff: [['Ann', 'T', 'CC', 40, null, 50]],
      projects: [...projects, ['Maybe', '2026-03-02', '2026-05-29', null, null, null, null, null, null, null, null, 'Proposed'],
        ['Paused', '2026-03-02', '2026-05-29', null, null, null, null, null, null, null, null, 'On hold']],
      assignments: [['Ann', 'Atlas', null, null, 10, null, 'Tentative'], ['Ann', 'Maybe', null, null, 5], ['Ann', 'Paused', null, null, 7]],
    };
    // Yes (the default): 10 + 5; On hold never counts.
    expect(personOf(check(plan(rows)), 'Ann').project[0]).toBe(15);
    const off = check(plan({ ...rows, settings: [['Include tentative', 'no']] }));
    expect(personOf(off, 'Ann').project[0]).toBe(0);
    expect(off.projects.map((p) => p.name)).toEqual(['Atlas']);
  });

  it('loses booked hours on days the person is not available', () => {
    const report = check(plan({
      staff: [['Ann', 'T', 'CC', 40, null, 50]], projects,
      assignments: [['Ann', 'Atlas', null, null, 20]], timeOff: [['Ann', '2026-03-04', '2026-03-04', null]],
    }));
    // 20 h / 5 = 4 h a day; Wednesday off: 16 h booked in week 0.
    expect(personOf(report, 'Ann').project.slice(0, 2)).toEqual([16, 20]);
  });
});

describe('utilisation and over-allocation', () => {
  const projects = [['Atlas', '2026-03-02', '2026-05-29']];

  it('is (ops + project) / capacity and flags runs above the threshold as one conflict', () => {
    const report = check(plan({
      staff: [['Ann', 'T', 'CC', 40, null, 50], ['Bob', 'T', 'CC', 40, null, 50], ['Cat', 'T', 'CC', 40, null, 50]],
      duties: [['Desk', 'Ann', null, 4, 'Week']],
      projects,
      assignments: [
        ['Ann', 'Atlas', '2026-03-02', '2026-03-20', 40], // 44 / 40 = 110 % in weeks 0–2
        ['Bob', 'Atlas', '2026-03-02', '2026-03-13', 50], // 125 % in weeks 0–1
        ['Cat', 'Atlas', null, null, 40], // exactly 100 %: fine
      ],
    }));
    expect(personOf(report, 'Ann').utilization.slice(0, 4)).toEqual([1.1, 1.1, 1.1, 0.1]);
    const over = report.conflicts.filter((c) => c.kind === 'OVERALLOCATED');
    expect(over.map((c) => [c.person, c.severity, c.from, c.to, c.hours])).toEqual([
      ['Ann', 'medium', '2026-03-02', '2026-03-22', 12], // 3 weeks × 4 h over
      ['Bob', 'high', '2026-03-02', '2026-03-15', 20], // 2 weeks × 10 h over
    ]);
    expect(over[0].cells).toEqual(['Staff!A2', 'Assignments!E2']);
  });

  it('is null with capacity 0, and demand then over-allocates (high)', () => {
    const report = check(plan({
      staff: [['Zed', 'T', 'CC', 0, null, 50]], projects, assignments: [['Zed', 'Atlas', null, null, 10]],
    }));
    const zed = personOf(report, 'Zed');
    expect([zed.capacity[0], zed.project[0], zed.utilization[0]]).toEqual([0, 10, null]);
    const over = report.conflicts.filter((c) => c.kind === 'OVERALLOCATED');
    expect(over).toHaveLength(1);
    expect(over[0].severity).toBe('high');
    // Atlas ends Friday 29 May: weeks 0..12 over, 13 × 10 h.
    expect([over[0].from, over[0].to, over[0].hours]).toEqual(['2026-03-02', '2026-05-31', 130]);
  });

  it('reads the over-allocation threshold from Settings', () => {
    const report = check(plan({
      staff: [['Ann', 'T', 'CC', 40, null, 50]], projects, assignments: [['Ann', 'Atlas', null, null, 44]],
      settings: [['Over-allocation threshold', '115%']],
    }));
    // 110 % is under a 115 % threshold.
    expect(report.conflicts.filter((c) => c.kind === 'OVERALLOCATED')).toEqual([]);
  });
});

describe('effective hours', () => {
  const rows = {
    staff: [['Ann', 'T', 'CC', 40, null, 50]],
    duties: [['Desk', 'Ann', null, 30, 'Week']],
    projects: [['P', '2026-03-02', '2026-05-22', null, 100], ['Q', '2026-03-02', '2026-05-22', null, 100]],
    assignments: [['Ann', 'P', null, null, 10], ['Ann', 'Q', null, null, 20]],
  };

  it('give capacity to ops first and share the rest in proportion to bookings', () => {
    const report = check(plan(rows));
    // 40 − 30 ops = 10 h a week left for 30 h booked: P gets 10/30 × 10 = 3.33 h, Q 6.67 h a week,
    // over the 12 weeks 2 March – 22 May: P 40 h, Q 80 h.
    const effective = Object.fromEntries(report.projects.map((p) => [p.name, p.effectiveHours]));
    expect(effective).toEqual({ P: 40, Q: 80 });
  });

  it('share capacity between ops and bookings in proportion when Ops first is no', () => {
    const report = check(plan({ ...rows, settings: [['Ops first', 'no']] }));
    // Demand 60 h for 40 h: everything gets 2/3: P 6.67 h and Q 13.33 h a week: 80 h and 160 h.
    const effective = Object.fromEntries(report.projects.map((p) => [p.name, p.effectiveHours]));
    expect(effective).toEqual({ P: 80, Q: 160 });
  });
});

describe('conflicts about dates', () => {
  it('reports OUTSIDE_EMPLOYMENT for a booking and a duty after the person leaves, as one run each', () => {
    const report = check(plan({
      staff: [['Lee', 'T', 'CC', 40, null, 50, null, '2026-03-11'], ['Max', 'T', 'CC', 40, null, 50]],
      duties: [['Desk', 'Lee', 'Max', 5, 'Week', null, '2026-03-27']],
      projects: [['Atlas', '2026-03-02', '2026-03-27']],
      assignments: [['Lee', 'Atlas', null, null, 20]],
    }));
    const outside = report.conflicts.filter((c) => c.kind === 'OUTSIDE_EMPLOYMENT');
    // Lee leaves Wednesday 11 March: Thu 12 – Fri 27 March = 12 working days, weekends do not break the run.
    expect(outside.map((c) => [c.project ?? c.duty, c.from, c.to, c.hours])).toEqual([
      ['Desk', '2026-03-12', '2026-03-27', 12], // 12 days × 1 h, though Max covers it
      ['Atlas', '2026-03-12', '2026-03-27', 48], // 12 days × 4 h
    ]);
    expect(personOf(report, 'Max').ops.slice(0, 4)).toEqual([0, 2, 5, 5]);
  });

  it('reports OUTSIDE_PROJECT for the working days of a booking beyond the project\'s end', () => {
    const report = check(plan({
      staff: [['Ann', 'T', 'CC', 40, null, 50]],
      projects: [['Atlas', '2026-03-02', '2026-03-13', null, 100]],
      assignments: [['Ann', 'Atlas', '2026-03-02', '2026-03-20', 20]],
    }));
    const outside = report.conflicts.filter((c) => c.kind === 'OUTSIDE_PROJECT');
    expect(outside.map((c) => [c.from, c.to, c.hours, c.cells])).toEqual([['2026-03-16', '2026-03-20', 20, ['Assignments!D2']]]);
    // The week outside still loads Ann but not the project: effective hours are the 2 weeks inside, 40 h.
    expect(personOf(report, 'Ann').project.slice(0, 3)).toEqual([20, 20, 20]);
    expect(report.projects[0].effectiveHours).toBe(40);
  });

  it('reports OPS_AT_RISK when a critical duty\'s owner is over-allocated with project bookings', () => {
    const report = check(plan({
      staff: [['Ann', 'T', 'CC', 40, null, 50]],
      duties: [['Payroll', 'Ann', null, 10, 'Week', null, null, 'Critical'], ['Filing', 'Ann', null, 2, 'Week', null, null, 'Low']],
      projects: [['Atlas', '2026-03-02', '2026-05-29']],
      assignments: [['Ann', 'Atlas', '2026-03-09', '2026-03-20', 32]],
    }));
    const risk = report.conflicts.filter((c) => c.kind === 'OPS_AT_RISK');
    // Weeks 1–2: 12 + 32 = 44 h > 40 h; only the Critical duty is at risk.
    expect(risk.map((c) => [c.duty, c.severity, c.from, c.to, c.hours])).toEqual([['Payroll', 'high', '2026-03-09', '2026-03-22', 20]]);
  });
});

describe('horizon', () => {
  it('runs at least 12 weeks from the Monday of the status date', () => {
    const report = check(plan({ staff: [['Ann', 'T', 'CC', 40, null, 50]] }), '2026-03-04');
    expect(report.weeks).toHaveLength(12);
    expect(report.weeks[0]).toBe('2026-03-02');
    expect(report.asOf).toBe('2026-03-04');
  });

  it('is cut at 156 weeks with a warning naming the end that drove it', () => {
    const report = check(plan({ staff: [['Ann', 'T', 'CC', 40, null, 50]], projects: [['Long', '2026-03-02', '2031-12-31']] }));
    expect(report.weeks).toHaveLength(156);
    expect(report.diagnostics.filter((d) => d.code === 'HORIZON_CUT'))
      .toEqual([expect.objectContaining({ severity: 'warning', sheet: 'Projects', cell: 'C2' })]);
  });

  it('follows Settings Horizon start and end, snapped to whole weeks', () => {
    const report = check(plan({ staff: [['Ann', 'T', 'CC', 40, null, 50]], settings: [['Horizon start', '2026-04-01'], ['Horizon end', '2026-08-01']] }));
    // Wed 1 April → Monday 30 March; Sat 1 August → Sunday 2 August: 18 weeks.
    expect(report.weeks[0]).toBe('2026-03-30');
    expect(report.weeks).toHaveLength(18);
  });
});
