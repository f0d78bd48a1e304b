/**
 * Workaround for how ExcelJS 4.4 reads Excel tables, so that saving a workbook keeps the user's
 * tables as Excel made them.
 *
 * Excel leaves out attributes that have their default value; ExcelJS 4.4 reads two of them
 * wrongly and writes its misreading back: a table without `headerRowCount` (that is, with a
 * header row) is saved with `headerRowCount="0"`, and columns without a `filterColumn` entry
 * (that is, showing their filter button) are saved with hidden buttons. And a table with no
 * `tableStyleInfo` (LibreOffice writes none) makes ExcelJS's save throw "Cannot read properties
 * of null (reading 'theme')". Remove this file when ExcelJS applies the schema defaults.
 */
import type { Workbook } from 'exceljs';
import { hasHeaderRow, tableBounds, tableModels } from './table-header';

/**
 * Corrects the table models of a freshly loaded workbook: a table whose first row spells its
 * column names has a header row; when the file listed filter settings for fewer columns than the
 * table has (Excel lists only filtered or hidden-button columns), the unlisted columns show
 * their filter button.
 */
export function repairLoadedTables(workbook: Workbook): void {
  for (const worksheet of workbook.worksheets) {
    for (const model of tableModels(worksheet)) {
      const bounds = tableBounds(model);
      if (bounds && !model.headerRow && hasHeaderRow(worksheet, model, bounds)) model.headerRow = true;
      const listed = model.columns.filter((column) => column.filterButton !== undefined).length;
      if (model.autoFilterRef && listed < model.columns.length) {
        for (const column of model.columns) if (column.filterButton === undefined) column.filterButton = true;
      }
      // No style element means no table style: say so explicitly (a nameless tableStyleInfo).
      if (!model.style) model.style = { theme: null, showFirstColumn: false, showLastColumn: false, showRowStripes: false, showColumnStripes: false };
    }
  }
}
