/**
 * Deleting a worksheet, very hidden ones included.
 */

/**
 * Queues the deletion of `sheet`, whose visibility was `visibility` when the workbook was read.
 * Excel refuses to delete a very hidden sheet (InvalidOperation; "by design", office-js issue
 * #365 and the Worksheet.delete reference), so such a sheet is first made merely hidden, in the
 * same request. Loadline's state sheet and its temporary sheets are very hidden.
 */
export function deleteWorksheet(sheet: Excel.Worksheet, visibility: string | undefined): void {
  if (visibility === 'VeryHidden') sheet.visibility = 'Hidden';
  sheet.delete();
}
