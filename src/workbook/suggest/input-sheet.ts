/**
 * The input sheets as suggestions see them: the header text the user wrote for each column (an
 * appended row is keyed by those texts) and the value a cell holds now (an edit's `before`).
 */
import type { CellRef } from '../../core/model';
import type { EditValue } from '../../core/report';
import { parseA1 } from '../address';
import { isCellError, type RawWorkbook } from '../grid';
import { findBlock, locateSheet } from '../locate';
import type { SheetSpec } from '../schema';

/** An input sheet found in the workbook, with its header texts by column key. */
export interface InputSheet {
  /** The worksheet the rows live on. */
  readonly sheet: string;
  /** The header text of a column as the user wrote it (trimmed), or undefined when the sheet has no such column. */
  header(key: string): string | undefined;
}

/** The input sheet of a spec, or undefined when the workbook has none with a header row. */
export function findInputSheet(raw: RawWorkbook, spec: SheetSpec): InputSheet | undefined {
  const found = findBlock(raw, spec);
  if (!found) return undefined;
  const located = locateSheet(found, spec);
  if (located.headerIndex < 0) return undefined;
  const headerRow = located.block.values[located.headerIndex];
  return {
    sheet: located.sheet,
    header(key) {
      const col = located.columns.get(key);
      const text = col === undefined ? undefined : headerRow[col];
      return typeof text === 'string' ? text.trim() : undefined;
    },
  };
}

/**
 * The value a cell holds now, as an edit's `before` (blank: null); undefined when the cell holds an
 * Excel error value (Loadline does not overwrite those) or lies on no sheet read.
 */
export function currentValue(raw: RawWorkbook, ref: CellRef): EditValue | undefined {
  const at = parseA1(ref.cell);
  if (!at) return undefined;
  const block = raw.tables.find((t) => t.sheet === ref.sheet && at.row >= t.originRow && at.row < t.originRow + t.values.length)
    ?? raw.sheets.find((s) => s.name === ref.sheet);
  if (!block) return undefined;
  const value = block.values[at.row - block.originRow]?.[at.col - block.originCol] ?? null;
  return isCellError(value) ? undefined : value;
}
