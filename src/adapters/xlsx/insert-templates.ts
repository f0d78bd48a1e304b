/**
 * Insert template sheets on an ExcelJS workbook: adds the contract's input sheets that the
 * workbook lacks, each with notes, headers and example rows, as the Office.js door does. An
 * existing sheet is never touched.
 */
import type { Workbook } from 'exceljs';
import type { SheetPatch } from '../../workbook/patch';
import { templateContent, templateSheetName, templatesToInsert, type InsertTemplatesResult } from '../../workbook/templates';
import { writeSheetPatch } from './write-sheet-patch';


/**
 * Adds the missing template sheets after the last tab, in the templates' order. A template is
 * skipped when any sheet (hidden ones included) answers to one of its names.
 */
export function insertTemplateSheets(workbook: Workbook): InsertTemplatesResult {
  const { insert, skipped } = templatesToInsert(workbook.worksheets.map((worksheet) => worksheet.name));
  for (const template of insert) {
    const name = templateSheetName(template);
    // writeSheetPatch writes a sheet's content and reads neither `key` nor `title`, which only
    // identify Loadline's summary sheets across runs; a template is the user's sheet and has no key.
    const content = { ...templateContent(template), title: name } as SheetPatch;
    writeSheetPatch(workbook.addWorksheet(name), content);
  }
  return { created: insert.map(templateSheetName), skipped: skipped.map(templateSheetName) };
}
