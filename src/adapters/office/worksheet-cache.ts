/**
 * One worksheet proxy per sheet name within an Excel.run, so that queuing a thousand operations
 * on a sheet does not queue a thousand getItem calls.
 */

export class WorksheetCache {
  private readonly sheets = new Map<string, Excel.Worksheet>();

  constructor(readonly context: Excel.RequestContext) {}

  /** The proxy for a sheet (Excel matches names case-insensitively, and so does the cache). */
  get(name: string): Excel.Worksheet {
    const key = name.toLowerCase();
    let sheet = this.sheets.get(key);
    if (!sheet) {
      sheet = this.context.workbook.worksheets.getItem(name);
      this.sheets.set(key, sheet);
    }
    return sheet;
  }

  /** Remembers a proxy under a name (a sheet just added, or just renamed). */
  set(name: string, sheet: Excel.Worksheet): void {
    this.sheets.set(name.toLowerCase(), sheet);
  }
}
