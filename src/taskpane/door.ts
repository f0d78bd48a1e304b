/**
 * What the pane needs from the place it runs: inside Excel (Office.js) or in a browser tab on an
 * .xlsx file (the .xlsx adapter). The pane's buttons work the same through either.
 */
import type { ProtectedSheetCells } from '../adapters/office';
import type { WorkbookPort, WorkbookWatcher } from '../app/ports';
import type { CellTarget } from '../workbook/patch';
import type { SettingsValues } from './settings-values';

/** A workbook the pane can check, plus the actions that depend on where it lives. */
export interface Door {
  readonly kind: 'excel' | 'standalone';
  /**
   * The door's default locale for text numbers and dates when Settings has no Locale: the
   * browser's language standalone; undefined in Excel, where the workbook's culture comes with it.
   */
  readonly defaultLocale?: string;
  /** The open workbook; undefined until one is open (standalone, before a file is chosen). */
  port(): WorkbookPort | undefined;
  /** Selects a cell in the workbook on screen; undefined where no workbook is on screen. */
  readonly selectCell?: (target: CellTarget) => Promise<void>;
  /** The workbook's Settings sheet as form values (defaults when it has none). */
  readSettings(): Promise<SettingsValues>;
  /** Writes form values to the Settings sheet, creating it when missing. */
  writeSettings(values: SettingsValues): Promise<void>;
  /** Adds the input sheets Loadline reads (with headers) that the workbook lacks; returns their names. */
  insertTemplateSheets(): Promise<readonly string[]>;
  /**
   * The protected sheets whose highlights the last successful check or clear left as they were;
   * taking them forgets them. Undefined where sheets cannot be protected (a file in the browser).
   */
  takeProtectedSheets?(): readonly ProtectedSheetCells[];
  /** True where the pane offers Apply and Undo on suggestions (both doors do). */
  readonly canApply?: boolean;
  /** Edits as they happen, for the live check; undefined where there are none (a file). */
  readonly watcher?: WorkbookWatcher;
  /** Told after an action changed the workbook, so a standalone download stays in step. */
  workbookChanged?(): void;
}
