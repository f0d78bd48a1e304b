/**
 * Print setup of a summary sheet through Worksheet.pageLayout (ExcelApi 1.9): orientation, fit
 * to pages wide, print titles and the centre footer. Hosts without ExcelApi 1.9 (Excel 2016 and
 * 2019 bought outright) keep Excel's default page setup: everything else of the check still works.
 */
import { columnLetters } from '../../workbook/address';
import type { PrintSetup } from '../../workbook/patch';
import { jsonBytes, OPERATION_BYTES } from './request-budget';
import type { RequestPacker } from './request-packer';
import { supportsExcelApi } from './requirements';

/**
 * Text as an Excel header/footer shows it literally: "&" starts a format code there (&D is the
 * date, &P the page), so a literal ampersand is written "&&".
 *
 * @example footerText('R&D plan') // 'R&&D plan'
 */
export function footerText(text: string): string {
  return text.replace(/&/g, '&&');
}

/** Queues the print setup of the sheet called `sheetName` (nothing on hosts below ExcelApi 1.9). */
export function queuePrintSetup(packer: RequestPacker, sheetName: string, print: PrintSetup | undefined): void {
  if (!print || !supportsExcelApi('1.9')) return;
  const footer = footerText(print.footer);
  // Fit to N pages wide and as many pages down as it takes: 0 is "automatic" (fitToHeight="0").
  const zoom = { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: 0 };
  const rows = print.repeatRows > 0 ? `$1:$${print.repeatRows}` : undefined;
  const columns = print.repeatCols > 0 ? `$A:$${columnLetters(print.repeatCols - 1)}` : undefined;
  packer.add(7 * OPERATION_BYTES + jsonBytes(zoom) + footer.length, (sheets) => {
    const layout = sheets.get(sheetName).pageLayout;
    layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    layout.zoom = zoom;
    if (rows) layout.setPrintTitleRows(rows);
    if (columns) layout.setPrintTitleColumns(columns);
    layout.headersFooters.defaultForAllPages.centerFooter = footer;
  });
}
