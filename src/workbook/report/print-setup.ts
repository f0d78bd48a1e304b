/** How a summary sheet prints: landscape, one page wide, headings repeated, status date below. */
import type { PrintSetup } from '../patch';

/**
 * The print setup of a summary sheet: landscape, fitted to one page wide (as many pages down as
 * it takes), the first `repeatRows` rows and `repeatCols` columns on every page, and the status
 * date in the footer so a printout says which plan it shows.
 *
 * @example
 * summaryPrintSetup('2026-03-02', 1, 1).footer // 'Loadline check, status date 2026-03-02'
 */
export function summaryPrintSetup(asOf: string, repeatRows: number, repeatCols: number): PrintSetup {
  return {
    orientation: 'landscape',
    fitToPagesWide: 1,
    repeatRows,
    repeatCols,
    footer: `Loadline check, status date ${asOf}`,
  };
}
