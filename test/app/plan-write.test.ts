import { planWrite } from '../../src/app/plan-write';
import type { WorkbookSnapshot } from '../../src/app/ports';
import type { Highlight, SheetKey, SheetPatch, WorkbookPatch } from '../../src/workbook/patch';
import { EMPTY_STATE, type LoadlineState } from '../../src/workbook/state';

function sheetPatch(key: SheetKey, title: string): SheetPatch {
  return {
    key, title, values: [['x']], numberFormats: [], styles: [], columnWidths: [],
    freeze: { rows: 0, cols: 0 }, conditionalFormats: [], links: [],
  };
}

function snapshot(sheetNames: string[], state: LoadlineState = EMPTY_STATE): WorkbookSnapshot {
  return { raw: { sheets: [], tables: [], date1904: false }, state, sheetNames };
}

function patch(sheets: SheetPatch[], highlights: Highlight[] = [], activate?: SheetKey): WorkbookPatch {
  return { sheets, highlights, ...(activate ? { activate } : {}) };
}

const conflicts = sheetPatch('conflicts', 'Conflicts');
const capacity = sheetPatch('capacity', 'Capacity');

describe('planWrite', () => {
  it('names each sheet by its title when no sheet has that name', () => {
    const plan = planWrite(patch([capacity, conflicts]), snapshot(['Staff', 'Projects']));
    expect(plan.sheets.map((s) => s.name)).toEqual(['Capacity', 'Conflicts']);
    expect(plan.sheets[0].patch).toBe(capacity);
    expect(plan.removeSheets).toEqual([]);
  });

  it('picks "<title> (Loadline)" when a user sheet has the title, ignoring case', () => {
    const plan = planWrite(patch([conflicts]), snapshot(['Staff', 'conflicts']));
    expect(plan.sheets.map((s) => s.name)).toEqual(['Conflicts (Loadline)']);
  });

  it('counts on with "(Loadline 2)" when the first fallback is taken too', () => {
    const plan = planWrite(patch([conflicts]), snapshot(['Conflicts', 'CONFLICTS (LOADLINE)']));
    expect(plan.sheets[0].name).toBe('Conflicts (Loadline 2)');
  });

  it('reuses the sheet Loadline owned for the key when it still exists', () => {
    const state: LoadlineState = { owned: [{ name: 'Conflicts (Loadline)', key: 'conflicts' }], fills: [] };
    const plan = planWrite(patch([conflicts]), snapshot(['Conflicts', 'Conflicts (Loadline)'], state));
    expect(plan.sheets[0].name).toBe('Conflicts (Loadline)');
    expect(plan.removeSheets).toEqual([]);
  });

  it('uses the workbook spelling of an owned sheet whose case the user changed', () => {
    const state: LoadlineState = { owned: [{ name: 'Capacity', key: 'capacity' }], fills: [] };
    const plan = planWrite(patch([capacity]), snapshot(['CAPACITY'], state));
    expect(plan.sheets[0].name).toBe('CAPACITY');
  });

  it('takes the title again when the owned sheet was deleted by the user', () => {
    const state: LoadlineState = { owned: [{ name: 'Conflicts (Loadline)', key: 'conflicts' }], fills: [] };
    const plan = planWrite(patch([conflicts]), snapshot(['Staff'], state));
    expect(plan.sheets[0].name).toBe('Conflicts');
    expect(plan.removeSheets).toEqual([]);
  });

  it('removes owned sheets that still exist and are not written this time', () => {
    const state: LoadlineState = {
      owned: [
        { name: 'Capacity', key: 'capacity' },
        { name: 'OpEx CapEx', key: 'finance' },
        { name: 'Input Issues', key: 'issues' }, // already gone from the workbook
      ],
      fills: [],
    };
    const plan = planWrite(patch([capacity]), snapshot(['Staff', 'Capacity', 'OpEx CapEx'], state));
    expect(plan.sheets.map((s) => s.name)).toEqual(['Capacity']);
    expect(plan.removeSheets).toEqual(['OpEx CapEx']);
  });

  it('restores the fills recorded by the previous run', () => {
    const state: LoadlineState = {
      owned: [],
      fills: [{ sheet: 'Staff', cell: 'B4', original: { color: null } }, { sheet: 'Staff', cell: 'C9', original: { color: 'FFFF00' } }],
    };
    expect(planWrite(patch([]), snapshot(['Staff'], state)).restoreFills).toEqual(state.fills);
  });

  it('keeps highlights on existing user sheets only, in the workbook spelling and plain A1', () => {
    const state: LoadlineState = { owned: [{ name: 'Capacity', key: 'capacity' }], fills: [] };
    const highlights: Highlight[] = [
      { sheet: 'staff', cell: '$B$4', level: 'medium' },
      { sheet: 'Capacity', cell: 'A2', level: 'high' }, // Loadline's own sheet
      { sheet: 'Gone', cell: 'A2', level: 'high' }, // no such sheet
      { sheet: 'Loadline State', cell: 'A1', level: 'high' }, // the state sheet
      { sheet: 'Assignments', cell: 'c7', level: 'high' },
    ];
    const plan = planWrite(patch([capacity], highlights), snapshot(['Staff', 'Assignments', 'Capacity', 'Loadline State'], state));
    expect(plan.highlights).toEqual([
      { sheet: 'Staff', cell: 'B4', level: 'medium' },
      { sheet: 'Assignments', cell: 'C7', level: 'high' },
    ]);
  });

  it('highlights a cell named twice once, at the more severe level', () => {
    const highlights: Highlight[] = [
      { sheet: 'Staff', cell: 'B4', level: 'medium' },
      { sheet: 'Staff', cell: 'C5', level: 'high' },
      { sheet: 'STAFF', cell: 'B4', level: 'high' },
      { sheet: 'Staff', cell: 'C5', level: 'medium' },
    ];
    const plan = planWrite(patch([], highlights), snapshot(['Staff']));
    expect(plan.highlights).toEqual([
      { sheet: 'Staff', cell: 'B4', level: 'high' },
      { sheet: 'Staff', cell: 'C5', level: 'high' },
    ]);
  });

  it('keeps an input-issue mark beside the conflict highlight of the same cell, once each', () => {
    const highlights: Highlight[] = [
      { sheet: 'Staff', cell: 'B4', level: 'issue' },
      { sheet: 'Staff', cell: 'B4', level: 'medium' },
      { sheet: 'staff', cell: '$B$4', level: 'issue' },
      { sheet: 'Staff', cell: 'D2', level: 'issue' },
    ];
    const plan = planWrite(patch([], highlights), snapshot(['Staff']));
    expect(plan.highlights).toEqual([
      { sheet: 'Staff', cell: 'B4', level: 'issue' },
      { sheet: 'Staff', cell: 'B4', level: 'medium' },
      { sheet: 'Staff', cell: 'D2', level: 'issue' },
    ]);
  });

  it('writes the Finance Ledger as an owned sheet and finds it again by its key on the next run', () => {
    const ledger = { ...capacity, key: 'ledger' as const, title: 'Finance Ledger' };
    const first = planWrite(patch([ledger]), snapshot(['Staff', 'Finance Ledger']));
    // A user's own "Finance Ledger" is never taken over.
    expect(first.sheets.map((s) => s.name)).toEqual(['Finance Ledger (Loadline)']);
    const state = { owned: [{ name: 'Finance Ledger (Loadline)', key: 'ledger' as const }], fills: [] };
    const second = planWrite(patch([ledger]), snapshot(['Staff', 'Finance Ledger', 'Finance Ledger (Loadline)'], state));
    expect(second.sheets.map((s) => s.name)).toEqual(['Finance Ledger (Loadline)']);
    expect(second.removeSheets).toEqual([]);
  });

  it('activates the resolved name of the requested key', () => {
    const plan = planWrite(patch([capacity, conflicts], [], 'conflicts'), snapshot(['Conflicts']));
    expect(plan.activate).toBe('Conflicts (Loadline)');
  });

  it('activates nothing when the requested key is not written', () => {
    const plan = planWrite(patch([capacity], [], 'conflicts'), snapshot([]));
    expect(plan.activate).toBeUndefined();
  });

  it('shortens names to 31 characters, suffix included', () => {
    const title = 'Utilisation by person and week of the plan'; // 42 characters
    // the first 31 characters end in a space, which is dropped
    const first = planWrite(patch([sheetPatch('capacity', title)]), snapshot([]));
    expect(first.sheets[0].name).toBe('Utilisation by person and week');
    // ' (Loadline)' is 11 characters, leaving 20 for the title: 'Utilisation by perso'
    const second = planWrite(patch([sheetPatch('capacity', title)]), snapshot(['Utilisation by person and week']));
    expect(second.sheets[0].name).toBe('Utilisation by perso (Loadline)');
    expect(second.sheets[0].name).toHaveLength(31);
  });

  it('replaces the characters Excel forbids in sheet names', () => {
    const plan = planWrite(patch([sheetPatch('finance', "'Q1: Plan/Actual [v2]?'")]), snapshot([]));
    expect(plan.sheets[0].name).toBe('Q1 Plan Actual v2');
  });

  it('never uses the name of the state sheet or the name Excel reserves', () => {
    const plan = planWrite(
      patch([sheetPatch('issues', 'History'), sheetPatch('finance', 'Loadline State')]),
      snapshot([]),
    );
    expect(plan.sheets.map((s) => s.name)).toEqual(['History (Loadline)', 'Loadline State (Loadline)']);
  });

  it('gives two sheets with the same title different names', () => {
    const plan = planWrite(patch([sheetPatch('capacity', 'Report'), sheetPatch('issues', 'report')]), snapshot([]));
    expect(plan.sheets.map((s) => s.name)).toEqual(['Report', 'report (Loadline)']);
  });

  it('throws when the patch holds two sheets with the same key', () => {
    expect(() => planWrite(patch([capacity, capacity]), snapshot([]))).toThrow(/two "capacity" sheets/);
  });

  it('throws when a highlight cell is not an A1 address', () => {
    expect(() => planWrite(patch([], [{ sheet: 'Staff', cell: 'B4:C5', level: 'high' }]), snapshot(['Staff']))).toThrow(/not an A1 address/);
  });
});
