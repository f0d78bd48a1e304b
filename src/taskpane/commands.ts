/**
 * The ribbon's function file (commands.html), for hosts without the shared runtime: registers
 * Check capacity (ribbon-check.ts) under the manifest's FunctionName.
 */
import { registerRibbonAction } from './host';
import { CHECK_CAPACITY_FUNCTION, checkCapacity } from './ribbon-check';

registerRibbonAction(CHECK_CAPACITY_FUNCTION, (event) => void checkCapacity(event));
