/**
 * Requirement-set checks. Loadline targets ExcelApi 1.7; anything newer is used only behind
 * `supportsExcelApi`, so the add-in still works on hosts that stop at 1.7.
 */

/** True when the host implements ExcelApi `version` (e.g. "1.9"). */
export function supportsExcelApi(version: string): boolean {
  return Office.context.requirements.isSetSupported('ExcelApi', version);
}
