/** Decides sheet names and fills to restore for a patch, given the workbook's state. (Being written.) */
import type { WorkbookPatch } from '../workbook/patch';
import type { WorkbookSnapshot, WritePlan } from './ports';

export function planWrite(patch: WorkbookPatch, snapshot: WorkbookSnapshot): WritePlan {
  void patch; void snapshot;
  throw new Error('planWrite: not implemented yet');
}
