/**
 * Watches the input sheets for edits, for the live check: Worksheet.onChanged on each sheet the
 * reader took input from, plus WorksheetCollection.onAdded (a new sheet may be a new input sheet).
 *
 * Why per sheet and not workbook.worksheets.onChanged: the collection's event is ExcelApi 1.9,
 * and Loadline must run on 1.7 hosts, where Worksheet.onChanged is available; per sheet also
 * means edits to the summary sheets and everything else never wake the add-in at all.
 *
 * A sheet added counts only when its name is one the reader looks for: Loadline's own writes add
 * (temporary) sheets too, and those must not mark the input as changed.
 *
 * Handlers are removed through the context that registered them (Office.js refuses any other).
 * Watching only registers handlers and reads names: it never changes the workbook.
 */
import type { WorkbookWatcher } from '../../app/ports';
import { isContractName } from './contract-probes';

/** A WorkbookWatcher for the workbook open in Excel. */
export class OfficeSheetWatcher implements WorkbookWatcher {
  private handlers: OfficeExtension.EventHandlerResult<unknown>[] = [];
  private context: Excel.RequestContext | undefined;

  /** Watches `sheetNames` (as the workbook spells them; missing ones are skipped) and sheet additions. */
  async watch(sheetNames: readonly string[], onEdit: (sheet: string) => void): Promise<void> {
    await this.stop();
    await Excel.run(async (context) => {
      const worksheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      const wanted = new Set(sheetNames.map((name) => name.toLowerCase()));
      const handlers: OfficeExtension.EventHandlerResult<unknown>[] = [];
      for (const worksheet of worksheets.items) {
        if (!wanted.has(worksheet.name.toLowerCase())) continue;
        const name = worksheet.name;
        handlers.push(worksheet.onChanged.add(async () => onEdit(name)));
      }
      handlers.push(context.workbook.worksheets.onAdded.add(async (event) => {
        const name = await Excel.run(async (lookup) => {
          const added = lookup.workbook.worksheets.getItemOrNullObject(event.worksheetId).load('name');
          await lookup.sync();
          return added.isNullObject ? undefined : added.name;
        });
        if (name !== undefined && isContractName(name)) onEdit(name);
      }));
      await context.sync();
      this.handlers = handlers;
      this.context = context;
    });
  }

  /** Removes every handler this watcher registered. */
  async stop(): Promise<void> {
    const { handlers, context } = this;
    this.handlers = [];
    this.context = undefined;
    if (!context || handlers.length === 0) return;
    await Excel.run(context, async (same) => {
      for (const handler of handlers) handler.remove();
      await same.sync();
    });
  }
}
