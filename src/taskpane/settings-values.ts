/**
 * The four settings the pane edits, as form values, read with the engine's own Settings reader
 * (so the pane shows exactly what the check will use) and turned back into Settings rows.
 */
import { isoDate, parseIsoDay } from '../core/calendar';
import { DEFAULT_SETTINGS, type Settings } from '../core/model';
import type { RawWorkbook } from '../workbook/grid';
import { findBlock, locateSheet } from '../workbook/locate';
import { readSettings } from '../workbook/read-settings';
import { SETTINGS } from '../workbook/schema';
import type { SettingValue } from '../workbook/settings-sheet';

/** What the Settings form shows. */
export interface SettingsValues {
  /** ISO date, or null for "today". */
  readonly statusDate: string | null;
  /** Over-allocation threshold in percent (100 = at full capacity). */
  readonly thresholdPercent: number;
  readonly includeTentative: boolean;
  readonly opsFirst: boolean;
}

/** Keys as Loadline writes them; the reader matches keys case- and space-insensitively. */
export const SETTING_KEYS = {
  statusDate: 'Status date',
  thresholdPercent: 'Over-allocation threshold',
  includeTentative: 'Include tentative',
  opsFirst: 'Ops first',
} as const;

/** The form values of checked Settings. */
export function settingsValues(settings: Settings): SettingsValues {
  return {
    statusDate: settings.statusDate === null ? null : isoDate(settings.statusDate),
    // Percent to 2 decimals: 1.1 × 100 is 110.00000000000001 in floating point.
    thresholdPercent: Math.round(settings.overallocationThreshold * 10_000) / 100,
    includeTentative: settings.includeTentative,
    opsFirst: settings.opsFirst,
  };
}

/** The form values when the workbook has no Settings sheet. */
export const DEFAULT_SETTINGS_VALUES: SettingsValues = settingsValues(DEFAULT_SETTINGS);

/** The form values of a workbook's Settings sheet, read as the check reads it; defaults when it has none. */
export function settingsValuesFromWorkbook(raw: RawWorkbook): SettingsValues {
  const found = findBlock(raw, SETTINGS);
  return settingsValues(readSettings(found ? locateSheet(found, SETTINGS) : undefined, [], raw.date1904));
}

/** Why a form value cannot be saved, in words for the user; undefined when all are fine. */
export function settingsProblem(values: SettingsValues): string | undefined {
  if (values.statusDate !== null && parseIsoDay(values.statusDate) === undefined) {
    return 'The status date is not a date. Pick one from the calendar, or leave it blank for today.';
  }
  if (!Number.isFinite(values.thresholdPercent) || values.thresholdPercent <= 0 || values.thresholdPercent > 1000) {
    return 'The over-allocation threshold must be a percentage above 0, such as 100.';
  }
  return undefined;
}

/**
 * The Settings changes for form values, keyed as the Settings sheet spells them: text every
 * door reads back the same ("2026-03-09", "110%", "yes"); a blank status date is written blank.
 * The threshold is text, not 1.1: a plain number above 1 in a percent column reads as a
 * percentage, so 1.1 would mean 1.1 %.
 *
 * @example
 * settingsChanges({ statusDate: null, thresholdPercent: 110, includeTentative: true, opsFirst: false })
 * // { 'Status date': '', 'Over-allocation threshold': '110%', 'Include tentative': 'yes', 'Ops first': 'no' }
 */
export function settingsChanges(values: SettingsValues): Record<string, SettingValue> {
  return {
    [SETTING_KEYS.statusDate]: values.statusDate ?? '',
    [SETTING_KEYS.thresholdPercent]: `${values.thresholdPercent}%`,
    [SETTING_KEYS.includeTentative]: values.includeTentative ? 'yes' : 'no',
    [SETTING_KEYS.opsFirst]: values.opsFirst ? 'yes' : 'no',
  };
}
