/**
 * What Excel does with a value written through Range.values: it parses it as if a person typed
 * it. A string beginning with "=" becomes a formula (and "+", "-", "@" followed by non-numbers
 * too), numeric, percent, boolean and ISO-date text becomes a number, boolean or date — unless
 * the cell's number format is Text ("@") or the string starts with an apostrophe. null leaves
 * the cell unchanged. The fake does not evaluate formulas: their value is "#NAME?", which is what
 * a user's name such as "=evil" turns into in Excel.
 */
import { FakeErrorCode, FakeOfficeError } from './errors';
import type { ModelCell } from './model';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The cell after `input` is written into it as Range.values does. */
export function applyTypedValue(cell: ModelCell, input: unknown): ModelCell {
  if (input === null || input === undefined) return cell;
  const base = { ...cell, formula: undefined };
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new FakeOfficeError(FakeErrorCode.invalidArgument, `${input} is not a value Excel can store.`);
    return { ...base, value: input };
  }
  if (typeof input === 'boolean') return { ...base, value: input };
  if (typeof input !== 'string') {
    throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Range.values takes strings, numbers and booleans, not ${typeof input}.`);
  }
  if (input === '') return { ...base, value: null };
  if (cell.numberFormat === '@') return { ...base, value: input };
  if (input.startsWith("'")) return { ...base, value: input.slice(1) };
  if (input.startsWith('=')) return { ...base, formula: input, value: '#NAME?' };
  const trimmed = input.trim();
  if (NUMBER.test(trimmed) || GROUPED_NUMBER.test(trimmed)) return { ...base, value: Number(trimmed.replace(/,/g, '')) };
  if (/^[+\-@]/.test(input)) return { ...base, formula: `=${input.replace(/^[+@]/, '')}`, value: '#NAME?' };
  if (PERCENT.test(trimmed)) {
    return { ...base, value: Number(trimmed.slice(0, -1)) / 100, numberFormat: cell.numberFormat ?? '0%' };
  }
  if (/^(true|false)$/i.test(trimmed)) return { ...base, value: trimmed.toLowerCase() === 'true' };
  const date = ISO_DATE.exec(trimmed);
  if (date) {
    const serial = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])) / 86_400_000 + 25_569;
    return { ...base, value: serial, numberFormat: cell.numberFormat ?? 'yyyy-mm-dd' };
  }
  return { ...base, value: input };
}

/** The cell after `input` is written through Range.numberFormat (null leaves it unchanged). */
export function applyNumberFormat(cell: ModelCell, input: unknown): ModelCell {
  if (input === null || input === undefined) return cell;
  if (typeof input !== 'string') {
    throw new FakeOfficeError(FakeErrorCode.invalidArgument, 'A number format must be a string.');
  }
  return { ...cell, numberFormat: input === 'General' ? undefined : input };
}
