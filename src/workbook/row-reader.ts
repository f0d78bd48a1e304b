/**
 * Reads the cells of one row by column key, coercing each and recording a Diagnostic for every
 * problem. A row with any error-level problem is marked failed and is skipped by the caller; the
 * reader still reads the rest of the row so the user sees every problem at once.
 */
import type { Diagnostic, DiagnosticCode, Severity } from '../core/diagnostics';
import type { CellRef } from '../core/model';
import { a1 } from './address';
import {
  coerceDate, coerceNumber, coercePercent, coerceText, coerceYesNo, isBlank, showNumber, showPercent, type CellReadingOptions, type Coerced,
} from './coerce';
import type { CellValue } from './grid';
import { isCellError } from './grid';
import type { LocatedSheet } from './locate';
import type { SheetSpec } from './schema';

/** Options shared by every cell read. */
export interface CellReadOptions {
  readonly required?: boolean;
}

export class RowReader {
  /** True once an error-level problem was found: the row is skipped. */
  failed = false;
  private readonly row: readonly CellValue[];
  private readonly formats: readonly (string | null)[] | undefined;

  constructor(
    private readonly located: LocatedSheet,
    private readonly spec: SheetSpec,
    /** Index into located.block.values. */
    readonly index: number,
    private readonly diagnostics: Diagnostic[],
    private readonly reading: CellReadingOptions,
  ) {
    this.row = located.block.values[index] ?? [];
    this.formats = located.block.numberFormats?.[index];
  }

  /** True when every required cell of the row is blank: such rows are skipped silently. */
  isBlankRow(): boolean {
    return this.spec.columns.filter((c) => c.required).every((c) => isBlank(this.value(c.key)));
  }

  /** True when the sheet has the column. */
  has(key: string): boolean {
    return this.located.columns.has(key);
  }

  /** The raw value of a column in this row (undefined when the column is absent, or past the row's last cell). */
  value(key: string): CellValue | undefined {
    const col = this.located.columns.get(key);
    // Rows stop at their last non-blank cell: checked here, since V8 throws away code it
    // optimised for reads inside an array the first time one falls past its end.
    return col === undefined || col >= this.row.length ? undefined : this.row[col];
  }

  /** Where a column's cell is; for an absent column, the row's first required cell. */
  ref(key: string): CellRef {
    const col = this.located.columns.get(key) ?? this.located.columns.get(this.spec.columns[0].key) ?? 0;
    return { sheet: this.located.sheet, cell: a1(this.located.block.originRow + this.index, this.located.block.originCol + col) };
  }

  /** The header text of a column, as the user wrote it, for messages. */
  header(key: string): string {
    const col = this.located.columns.get(key);
    const header = col === undefined ? undefined : this.located.block.values[this.located.headerIndex][col];
    return typeof header === 'string' ? header.trim() : this.spec.columns.find((c) => c.key === key)?.aliases[0] ?? key;
  }

  /** Records a problem at a column's cell; errors fail the row. */
  report(severity: Severity, code: DiagnosticCode, key: string, message: string): void {
    const ref = this.ref(key);
    this.diagnostics.push({ severity, code, sheet: ref.sheet, cell: ref.cell, message });
    if (severity === 'error') this.failed = true;
  }

  text(key: string, options: CellReadOptions = {}): string | null {
    return this.take(key, coerceText(this.value(key)), options);
  }

  /** A number; `min` rejects smaller values with NEGATIVE_VALUE (for min 0), `max` larger ones with VALUE_OUT_OF_RANGE. */
  number(key: string, options: CellReadOptions & { min?: number; max?: number } = {}): number | null {
    const value = this.take(key, coerceNumber(this.value(key), this.reading.locale), options);
    if (value !== null && options.min !== undefined && value < options.min) {
      this.report('error', 'NEGATIVE_VALUE', key, `${this.header(key)} is ${showNumber(value)}: it cannot be negative`);
      return null;
    }
    if (value !== null && options.max !== undefined && value > options.max) {
      this.report('error', 'VALUE_OUT_OF_RANGE', key, `${this.header(key)} is ${showNumber(value)}: at most ${options.max.toLocaleString('en-GB')} makes sense`);
      return null;
    }
    return value;
  }

  /** A fraction (0.5 = 50 %); `max` rejects larger values. */
  percent(key: string, options: CellReadOptions & { max?: number } = {}): number | null {
    const value = this.take(key, coercePercent(this.value(key), this.format(key), this.reading.locale), options);
    if (value === null) return null;
    if (value < 0) {
      this.report('error', 'NEGATIVE_VALUE', key, `${this.header(key)} is ${showPercent(value)}: it cannot be negative`);
      return null;
    }
    if (options.max !== undefined && value > options.max + 1e-12) {
      this.report('error', 'VALUE_OUT_OF_RANGE', key, `${this.header(key)} is ${showPercent(value)}: at most ${showPercent(options.max)} makes sense`);
      return null;
    }
    return value;
  }

  date(key: string, options: CellReadOptions = {}): number | null {
    return this.take(key, coerceDate(this.value(key), this.reading), options);
  }

  yesNo(key: string, options: CellReadOptions = {}): boolean | null {
    return this.take(key, coerceYesNo(this.value(key)), options);
  }

  private format(key: string): string | null {
    const col = this.located.columns.get(key);
    return col === undefined ? null : this.formats?.[col] ?? null;
  }

  private take<T>(key: string, coerced: Coerced<T>, options: CellReadOptions): T | null {
    const raw = this.value(key);
    if (coerced.ok) {
      if (coerced.value === null && options.required) {
        this.report('error', 'REQUIRED_BLANK', key, `${this.header(key)} is required but blank`);
      }
      return coerced.value;
    }
    if (isCellError(raw) && !options.required) {
      // An error value in an optional cell counts as blank: the rest of the row is still good.
      this.report('warning', 'CELL_ERROR_VALUE', key, `${this.header(key)} holds ${raw.error}: read as blank`);
      return null;
    }
    this.report('error', coerced.code, key, `${this.header(key)}: ${coerced.message}`);
    return null;
  }
}
