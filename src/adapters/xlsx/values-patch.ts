/**
 * A sheet's content given as values only, for sheets that are not summary sheets (the state
 * sheet, templates, a new Settings sheet).
 */
import type { PatchValue, SheetPatch } from '../../workbook/patch';

/** A SheetPatch holding just these values from A1. */
export function valuesPatch(values: readonly (readonly PatchValue[])[]): SheetPatch {
  return {
    key: 'issues', title: '', values, numberFormats: [], styles: [], columnWidths: [],
    freeze: { rows: 0, cols: 0 }, conditionalFormats: [], links: [],
  };
}
