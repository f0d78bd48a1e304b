/**
 * What "the workbook is consistent" means after any Loadline action in Excel, a fault included,
 * checked on a picture of the strict Excel fake — taken in Node, or in a browser page whose fake
 * is `globalThis.excelFake`.
 */
import type { Page } from 'playwright-core';
import { HIGHLIGHT_FILL } from '../../src/workbook/patch';
import { decodeState, STATE_SHEET } from '../../src/workbook/state';
import type { ExcelFake } from '../fakes/excel-fake';

/** One sheet as a user (or an inspector with VBA) could see it. */
export interface SheetPicture {
  readonly name: string;
  readonly visibility: string;
  readonly protected: boolean;
  readonly values: (string | number | boolean | null)[][];
  /** Filled cells, { "B4": "FFC7CE" }. */
  readonly fills: Record<string, string>;
}

/** Every sheet of a workbook in tab order. */
export type WorkbookPicture = SheetPicture[];

/**
 * The picture of a fake workbook. Self-contained (no imports, no closures): a page runs its
 * source text on its own fake, see pictureInPage.
 */
export function pictureOf(fake: ExcelFake): WorkbookPicture {
  return fake.sheetNames().map((name) => {
    const sheet = fake.sheet(name);
    return { name, visibility: sheet.visibility, protected: sheet.protected, values: sheet.values(), fills: sheet.fills() };
  });
}

/** The picture of the fake installed in a browser page. */
export function pictureInPage(page: Page): Promise<WorkbookPicture> {
  return page.evaluate(`(${pictureOf.toString()})(globalThis.excelFake)`) as Promise<WorkbookPicture>;
}

const TEMPORARY = /^Loadline temp \d+$/;
const HIGHLIGHT_COLORS = new Set(Object.values(HIGHLIGHT_FILL));

/**
 * Every way the workbook breaks Loadline's promises after an action, in words ([] when none):
 * a leftover temporary sheet; a state sheet that is not very hidden; a sheet the state says
 * Loadline owns that is missing or not visible; a recorded fill whose cell no longer carries a
 * highlight colour (a record without its highlight); a cell in a highlight colour on a sheet
 * Loadline does not own with no record (a highlight without its record, which Clear could
 * never undo). Whether each owned sheet is whole is for the caller to compare with what the
 * check wrote. Assumes the user's own fills never use the exact highlight colours.
 */
export function consistencyProblems(picture: WorkbookPicture): string[] {
  const problems: string[] = [];
  const byName = new Map(picture.map((sheet) => [sheet.name.toLowerCase(), sheet]));
  for (const sheet of picture) {
    if (TEMPORARY.test(sheet.name)) problems.push(`leftover temporary sheet "${sheet.name}" (${sheet.visibility})`);
  }
  const stateSheet = byName.get(STATE_SHEET.toLowerCase());
  if (stateSheet && stateSheet.visibility !== 'VeryHidden') problems.push(`the state sheet is ${stateSheet.visibility}`);
  const state = decodeState(stateSheet?.values);

  const owned = new Set<string>();
  for (const { name } of state.owned) {
    const sheet = byName.get(name.toLowerCase());
    if (!sheet) problems.push(`owned sheet "${name}" is missing`);
    else if (sheet.visibility !== 'Visible') problems.push(`owned sheet "${name}" is ${sheet.visibility}`);
    owned.add(name.toLowerCase());
  }

  const recorded = new Set<string>();
  for (const fill of state.fills) {
    const id = `${fill.sheet.toLowerCase()}!${fill.cell}`;
    if (recorded.has(id)) problems.push(`${fill.sheet}!${fill.cell} is recorded twice`);
    recorded.add(id);
    const sheet = byName.get(fill.sheet.toLowerCase());
    const color = sheet?.fills[fill.cell];
    if (sheet && (color === undefined || !HIGHLIGHT_COLORS.has(color))) {
      problems.push(`record without highlight: ${fill.sheet}!${fill.cell} is ${color ?? 'not filled'}`);
    }
  }

  for (const sheet of picture) {
    const id = sheet.name.toLowerCase();
    if (owned.has(id) || id === STATE_SHEET.toLowerCase() || TEMPORARY.test(sheet.name)) continue;
    for (const [cell, color] of Object.entries(sheet.fills)) {
      if (HIGHLIGHT_COLORS.has(color) && !recorded.has(`${id}!${cell}`)) problems.push(`highlight without record: ${sheet.name}!${cell}`);
    }
  }
  return problems;
}

/** The highlighted cells of a picture's input sheets as "Sheet!A1" (sorted), for comparisons. */
export function highlightedCells(picture: WorkbookPicture): string[] {
  const state = decodeState(picture.find((s) => s.name === STATE_SHEET)?.values);
  const owned = new Set(state.owned.map((o) => o.name.toLowerCase()));
  return picture
    .filter((sheet) => !owned.has(sheet.name.toLowerCase()) && sheet.name !== STATE_SHEET)
    .flatMap((sheet) => Object.entries(sheet.fills).filter(([, color]) => HIGHLIGHT_COLORS.has(color)).map(([cell]) => `${sheet.name}!${cell}`))
    .sort();
}
