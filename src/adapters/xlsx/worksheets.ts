/**
 * Finding, replacing and removing worksheets by name, as Excel names them.
 */
import type { Workbook, Worksheet } from 'exceljs';

/** ExcelJS keeps a sheet's tab position in `orderNo`, which its typings leave out. */
type OrderedWorksheet = Worksheet & { orderNo: number };

/** True when two sheet names are the same to Excel, which ignores case. */
export function isSameSheetName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The worksheet of that name (case-insensitive), or undefined. */
export function findWorksheet(workbook: Workbook, name: string): Worksheet | undefined {
  return workbook.worksheets.find((worksheet) => isSameSheetName(worksheet.name, name));
}

/**
 * A lookup of worksheets by name (case-insensitive) over the sheets as they are now; built once
 * for work that looks up many cells, since `workbook.worksheets` sorts a fresh copy on each call.
 */
export function worksheetLookup(workbook: Workbook): (name: string) => Worksheet | undefined {
  const byName = new Map(workbook.worksheets.map((worksheet) => [worksheet.name.toLowerCase(), worksheet]));
  return (name) => byName.get(name.toLowerCase());
}

/** Removes the worksheet of that name, if any. */
export function removeWorksheet(workbook: Workbook, name: string): void {
  const worksheet = findWorksheet(workbook, name);
  if (worksheet) workbook.removeWorksheet(worksheet.id);
}

/**
 * A new, empty worksheet named `name`: when a sheet of that name exists it is deleted and the new
 * one takes its tab position, so no stale cell, format or rule survives; otherwise the new sheet
 * is added after the last tab.
 */
export function replaceWorksheet(workbook: Workbook, name: string): Worksheet {
  const existing = findWorksheet(workbook, name) as OrderedWorksheet | undefined;
  const orderNo = existing?.orderNo;
  if (existing) workbook.removeWorksheet(existing.id);
  const worksheet = workbook.addWorksheet(name) as OrderedWorksheet;
  if (orderNo !== undefined) worksheet.orderNo = orderNo;
  return worksheet;
}
