/**
 * One cell as XML, as Loadline writes it. Text is always an inline string, never a formula:
 * "=SUM(A1)" typed by a user stays that text. No shared string is added, so the workbook's
 * sharedStrings part is carried over untouched.
 */
import { encodeExcelEscapes, escapeText } from './xml';

/** The `<c>` element of a cell at `ref` ("B4") with format `style` (0: none) holding `value`. */
export function cellXml(ref: string, style: number, value: string | number | boolean | null): string {
  const s = style > 0 ? ` s="${style}"` : '';
  if (value === null || value === '') return `<c r="${ref}"${s}/>`;
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${Number.isFinite(value) ? String(value) : 0}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is>${textElement(value)}</is></c>`;
}

/** A `<t>` element, keeping leading and trailing spaces. */
export function textElement(text: string): string {
  const escaped = escapeText(encodeExcelEscapes(text));
  return /^\s|\s$/.test(text) ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}
