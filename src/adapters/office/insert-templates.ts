/**
 * Insert template sheets: adds the contract's input sheets that the workbook lacks, each with
 * notes, headers and example rows. An existing sheet is never touched.
 */
import { templateContent, templateSheetName, templatesToInsert, type InsertTemplatesResult } from '../../workbook/templates';
import { OPERATION_BYTES } from './request-budget';
import { RequestPacker, sendRequests } from './request-packer';
import { applyFreezePanes, queueSheetContent } from './sheet-writer';
import { WorksheetCache } from './worksheet-cache';


/** Adds the missing template sheets (usually one round trip after the sheet list). */
export async function insertTemplateSheets(budgetBytes: number): Promise<InsertTemplatesResult> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const { insert, skipped } = templatesToInsert(worksheets.items.map((s) => s.name));
    const packer = new RequestPacker(budgetBytes);
    for (const template of insert) {
      const name = templateSheetName(template);
      const content = templateContent(template);
      packer.add(3 * OPERATION_BYTES, (cache) => {
        const sheet = cache.context.workbook.worksheets.add(name);
        cache.set(name, sheet);
        applyFreezePanes(sheet, content.freeze);
      });
      queueSheetContent(packer, name, content);
    }
    await sendRequests(new WorksheetCache(context), packer.requests());
    return { created: insert.map(templateSheetName), skipped: skipped.map(templateSheetName) };
  });
}
