/**
 * Workaround for how ExcelJS 4.4 stores links to cells in the same workbook.
 *
 * Excel stores such a link as `<hyperlink ref="B2" location="'Ops Duties'!B4"/>`. ExcelJS 4.4
 * writes a link given as `#'Ops Duties'!B4` with both an external relationship to
 * "#'Ops Duties'!B4" and `location="#'Ops Duties'!B4"`, which Excel joins into a broken address
 * (exceljs issues #749, #1893, #3027); and when reading it drops links that have only a
 * `location` (#920), so a user's own in-workbook links would vanish on the next save.
 *
 * The two hooks below wrap one ExcelJS workbook's xlsx reader and writer (per instance, nothing
 * global) to store such links the way Excel does and read them back as `#…` hyperlinks. They
 * use two internal ExcelJS methods; if a future ExcelJS renames them the hooks step aside and
 * ExcelJS's own behaviour applies. Remove this file when ExcelJS writes `location` without the
 * '#' and without a relationship.
 */
import type { Workbook } from 'exceljs';

const HYPERLINK_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
/** The form ExcelJS's writer accepts for a `location` (it tests this before writing one). */
const CELL_LOCATION = /^[^!]+![a-zA-Z]+\d+$/;

interface LinkModel {
  address: string;
  target?: string;
  rId?: string;
}
interface Relationship {
  Id: string;
  Type: string;
  Target: string;
  TargetMode?: string;
}
interface SheetModelForWrite {
  hyperlinks?: LinkModel[];
  rels?: Relationship[];
}
interface SheetModelForRead {
  sheetNo?: string | number;
  hyperlinks?: LinkModel[];
}
const HOOKED = Symbol('loadline internal links');
type Hookable = Record<string, unknown> & { [HOOKED]?: true };

/**
 * Installs both hooks on a workbook (once; later calls do nothing). Call it before loading a
 * file into the workbook and before saving it.
 */
export function useExcelInternalLinks(workbook: Workbook): void {
  const xlsx = workbook.xlsx as unknown as Hookable;
  if (xlsx[HOOKED]) return;
  const addWorksheets = xlsx.addWorksheets;
  const reconcile = xlsx.reconcile;
  if (typeof addWorksheets !== 'function' || typeof reconcile !== 'function') return;
  xlsx[HOOKED] = true;

  xlsx.addWorksheets = function (this: unknown, zip: unknown, model: { worksheets?: SheetModelForWrite[] }) {
    for (const sheet of model.worksheets ?? []) storeAsLocations(sheet);
    return addWorksheets.call(this, zip, model);
  };
  xlsx.reconcile = function (this: unknown, model: { worksheets?: SheetModelForRead[]; worksheetRels?: Record<string, Relationship[] | undefined> }, options: unknown) {
    const rels = model.worksheetRels;
    if (rels) for (const sheet of model.worksheets ?? []) readLocations(sheet, rels);
    return reconcile.call(this, model, options);
  };
}

/** Turns each `#Sheet!A1` link into a bare `location`, dropping its external relationship. */
function storeAsLocations(sheet: SheetModelForWrite): void {
  const dropped = new Set<string>();
  for (const link of sheet.hyperlinks ?? []) {
    const location = link.target?.startsWith('#') ? link.target.slice(1) : undefined;
    if (!location || !CELL_LOCATION.test(location) || !link.rId) continue;
    dropped.add(link.rId);
    link.target = location;
    delete link.rId;
  }
  if (dropped.size > 0) sheet.rels = (sheet.rels ?? []).filter((rel) => !dropped.has(rel.Id));
}

/** Gives each location-only link a relationship to `#location`, which ExcelJS then reads. */
function readLocations(sheet: SheetModelForRead, rels: Record<string, Relationship[] | undefined>): void {
  const links = (sheet.hyperlinks ?? []).filter((link) => !link.rId && typeof link.target === 'string');
  if (links.length === 0 || sheet.sheetNo === undefined) return;
  const sheetRels = (rels[sheet.sheetNo] ??= []);
  links.forEach((link, i) => {
    const id = `loadlineLocation${i + 1}`;
    sheetRels.push({ Id: id, Type: HYPERLINK_REL, Target: `#${link.target}`, TargetMode: 'External' });
    link.rId = id;
  });
}
