/**
 * The state sheet's content (see workbook/state.ts) as sheet content the writer understands:
 * every cell is text, so a sheet name such as "=evil" stays a name.
 */
import { encodeState, type LoadlineState } from '../../workbook/state';
import type { SheetContent } from './sheet-writer';

/** The content of the state sheet for `state`. */
export function stateContent(state: LoadlineState): SheetContent {
  return { values: encodeState(state), numberFormats: [], styles: [], columnWidths: [], conditionalFormats: [], links: [] };
}
