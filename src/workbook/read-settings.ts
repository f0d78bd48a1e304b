/**
 * The Settings sheet: Key / Value rows. Unknown keys are reported and ignored; a bad value keeps
 * the default and is reported.
 */
import type { Diagnostic } from '../core/diagnostics';
import { DEFAULT_SETTINGS, type Settings } from '../core/model';
import { coerceText, effectiveDateOrder, type CellReadingOptions } from './coerce';
import { localeRules, supportedLocale } from './locale-rules';
import type { LocatedSheet } from './locate';
import { RowReader } from './row-reader';
import { normaliseName, SETTINGS } from './schema';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Parses "Mon-Fri", "Sun–Thu", "Mon, Tue, Thu" into working flags (0 = Monday); undefined when unreadable. */
export function parseWorkingDays(text: string): boolean[] | undefined {
  const flags = [false, false, false, false, false, false, false];
  const parts = text.toLowerCase().split(/[,;\s]+/).filter((p) => p !== '');
  if (parts.length === 0) return undefined;
  for (const part of parts) {
    const range = part.split(/[-–—]|to/).map((p) => p.trim()).filter((p) => p !== '');
    const indices = range.map((name) => WEEKDAYS.indexOf(name.slice(0, 3)));
    if (indices.some((i) => i < 0) || indices.length < 1 || indices.length > 2) return undefined;
    const [from, to] = [indices[0], indices[indices.length - 1]];
    for (let i = from; ; i = (i + 1) % 7) {
      flags[i] = true;
      if (i === to) break;
    }
  }
  return flags.some(Boolean) ? flags : undefined;
}

/**
 * Reads the Settings rows into Settings, reporting what it cannot use. `defaultLocale` is the
 * door's (Excel's culture, the CLI's --locale, the browser's language): a Settings "Locale"
 * replaces it, and `settings.locale` is the one in force.
 */
export function readSettings(located: LocatedSheet | undefined, diagnostics: Diagnostic[], date1904: boolean, defaultLocale: string | null = null): Settings {
  const settings: Mutable<Settings> = { ...DEFAULT_SETTINGS, locale: defaultLocale === null ? null : supportedLocale(defaultLocale) ?? null };
  if (!located || located.headerIndex < 0) return settings;
  const rows: RowReader[] = [];
  // Date order and Locale first: they decide how the other settings (and every sheet) read text.
  for (let index = located.headerIndex + 1; index < located.block.values.length; index++) {
    const row = new RowReader(located, SETTINGS, index, diagnostics, { date1904, dateOrder: null, locale: null });
    if (row.isBlankRow()) continue;
    const key = normaliseName(coerceText(row.value('key')).ok ? String(row.value('key')) : '');
    if (key === 'dateorder') {
      const order = String(row.value('value') ?? '').trim().toUpperCase().replace(/[^A-Z]/g, '');
      if (order === 'DMY' || order === 'DAYFIRST') settings.dateOrder = 'DMY';
      else if (order === 'MDY' || order === 'MONTHFIRST') settings.dateOrder = 'MDY';
      else if (order !== '') row.report('warning', 'UNKNOWN_VALUE', 'value', `Date order "${row.value('value')}" is not DMY or MDY: ignored`);
    } else if (key === 'locale') {
      const tag = row.text('value');
      const supported = tag === null ? undefined : supportedLocale(tag);
      if (supported !== undefined) settings.locale = supported;
      else if (tag !== null) row.report('warning', 'UNKNOWN_VALUE', 'value', `Locale "${tag}" is not a language tag such as de-DE or en-GB: ignored`);
    } else {
      rows.push(row);
    }
  }
  const locale = settings.locale === null ? null : localeRules(settings.locale) ?? null;
  const reading: CellReadingOptions = { date1904, dateOrder: effectiveDateOrder(settings.dateOrder, locale), locale };
  for (const first of rows) {
    const row = new RowReader(located, SETTINGS, first.index, diagnostics, reading);
    const keyText = row.text('key');
    if (keyText === null) continue;
    applySetting(settings, normaliseName(keyText), keyText, row);
  }
  return settings;
}

function applySetting(settings: Mutable<Settings>, key: string, keyText: string, row: RowReader): void {
  const keep = <T>(value: T | null, set: (v: T) => void): void => {
    if (value !== null) set(value);
  };
  switch (key) {
    case 'standardhoursperweek':
      return keep(row.number('value', { min: 0, max: 168 }), (v) => { settings.standardHoursPerWeek = v; });
    case 'workingdays': {
      const text = row.text('value');
      if (text === null) return;
      const flags = parseWorkingDays(text);
      if (flags) settings.workingDays = flags;
      else row.report('warning', 'UNKNOWN_VALUE', 'value', `Working days "${text}" is not like "Mon-Fri": Mon-Fri is used`);
      return;
    }
    case 'statusdate':
      return keep(row.date('value'), (v) => { settings.statusDate = v; });
    case 'horizonstart':
      return keep(row.date('value'), (v) => { settings.horizonStart = v; });
    case 'horizonend':
      return keep(row.date('value'), (v) => { settings.horizonEnd = v; });
    case 'overallocationthreshold':
      return keep(row.percent('value'), (v) => { settings.overallocationThreshold = v; });
    case 'includetentative':
      return keep(row.yesNo('value'), (v) => { settings.includeTentative = v; });
    case 'opsfirst':
      return keep(row.yesNo('value'), (v) => { settings.opsFirst = v; });
    case 'budgetwarning':
      return keep(row.percent('value'), (v) => { settings.budgetWarning = v; });
    case 'cpispiamber':
      return keep(row.percent('value'), (v) => { settings.cpiSpiAmber = v; });
    case 'cpispired':
      return keep(row.percent('value'), (v) => { settings.cpiSpiRed = v; });
    case 'currency':
      return keep(row.text('value'), (v) => { settings.currency = v; });
    default:
      row.report('warning', 'UNKNOWN_SETTING', 'key', `"${keyText}" is not a setting Loadline knows: ignored`);
  }
}
