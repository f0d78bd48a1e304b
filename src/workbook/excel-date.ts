/**
 * Excel date serials (1900 date system) for the dates Loadline writes. From 1900-03-01 on, a
 * serial is the count of days since 1899-12-30 (Excel's fictitious 1900-02-29 absorbs the
 * difference), which is the calendar's Day + 25569.
 */
import { isoDate, parseIsoDay } from '../core/calendar';

/** Serial of 1970-01-01, Day 0 of the calendar. */
const SERIAL_OF_DAY_ZERO = 25_569;

/** The serial of an ISO day ("2026-03-01" → 46082), or undefined for text that is not one. */
export function serialOfIsoDate(iso: string): number | undefined {
  const day = parseIsoDay(iso);
  return day === undefined ? undefined : day + SERIAL_OF_DAY_ZERO;
}

/** The ISO day of a serial (its whole part), or undefined outside 1900-03-01…9999-12-31. */
export function isoDateOfSerial(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2_958_465) return undefined;
  return isoDate(Math.floor(serial) - SERIAL_OF_DAY_ZERO);
}
