/** Turns a checked plan into the WorkbookPatch every adapter applies. (Being written.) */
import type { Plan } from '../../core/model';
import type { Report } from '../../core/report';
import type { WorkbookPatch } from '../patch';

export function buildWorkbookPatch(plan: Plan, report: Report): WorkbookPatch {
  void plan; void report;
  throw new Error('buildWorkbookPatch: not implemented yet');
}
