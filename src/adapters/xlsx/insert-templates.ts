/**
 * Insert template sheets on an .xlsx workbook: adds the contract's input sheets that the
 * workbook lacks, each with notes, headers and example rows, as the Office.js door does. An
 * existing sheet is never touched.
 */
import type { SheetPatch } from '../../workbook/patch';
import { templateContent, templateSheetName, templatesToInsert, type InsertTemplatesResult } from '../../workbook/templates';
import { writeWorksheet } from './write-worksheet';
import type { XlsxWorkbook } from './xlsx-workbook';

/**
 * Adds the missing template sheets after the last tab, in the templates' order. A template is
 * skipped when any sheet (hidden ones included) answers to one of its names.
 */
export function insertTemplateSheets(workbook: XlsxWorkbook): InsertTemplatesResult {
  const { insert, skipped } = templatesToInsert(workbook.sheets.map((sheet) => sheet.name));
  for (const template of insert) {
    const name = templateSheetName(template);
    // The writer reads neither `key` nor `title`, which only identify Loadline's summary sheets
    // across runs; a template is the user's sheet and has no key.
    writeWorksheet(workbook, name, { ...templateContent(template), title: name } as SheetPatch);
  }
  return { created: insert.map(templateSheetName), skipped: skipped.map(templateSheetName) };
}
