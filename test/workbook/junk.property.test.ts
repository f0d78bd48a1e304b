/**
 * Junk never throws: random grids of anything a hand-typed workbook can hold go through the
 * reader, the whole check and the report builder. No exception; every diagnostic names a real
 * sheet and a cell inside its grid; no NaN, Infinity, undefined or Invalid Date anywhere.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../src/app/check';
import { buildWorkbookPatch } from '../../src/workbook/report/build-patch';
import { parseA1 } from '../../src/workbook/address';
import type { CellValue, RawSheet, RawWorkbook } from '../../src/workbook/grid';
import { ASSIGNMENT_HEADER, DUTY_HEADER, HOLIDAY_HEADER, PROJECT_HEADER, STAFF_HEADER, TIME_OFF_HEADER } from '../helpers/grids';

export const JUNK_RUNS = 300;

const names = ['Ann', 'Bob', 'P1', 'P2', 'Desk'];
const junkCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...names),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom('=SUM(A1)', '<img src=x onerror=alert(1)>', '40h', '1,234.50', '€12,000', '50%', '03/04/2026', '2026-02-30', '2026-03-02', 'Week', 'Day', 'Tentative', 'yes', 'Critical', 'x'.repeat(5000)),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: 1, max: 80000 }), // Excel serials, dates from 1900 to 2119
  fc.constantFrom(0, 60, -1, 2958466, Number.MAX_VALUE, -Number.MAX_VALUE, 1e308, 5e-324),
  fc.boolean(),
  fc.constantFrom({ error: '#N/A' }, { error: '#REF!' }, { error: '#DIV/0!' }, { error: '#VALUE!' }),
);

const row = (width: number) => fc.array(junkCell, { minLength: 0, maxLength: width });
const sheet = (name: string, header: string[]) => fc.record({
  name: fc.constant(name),
  // Most grids keep the real header so that rows are actually read; some lose or shift it.
  values: fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constant([header as CellValue[]]) }, { weight: 1, arbitrary: fc.array(row(header.length), { maxLength: 3 }) }),
    fc.array(row(header.length + 2), { maxLength: 12 })).map(([head, rows]) => [...head, ...rows]),
  originRow: fc.nat(5),
  originCol: fc.nat(3),
});

const junkWorkbook: fc.Arbitrary<RawWorkbook> = fc.record({
  sheets: fc.tuple(
    sheet('Staff', STAFF_HEADER), sheet('Ops Duties', DUTY_HEADER), sheet('Projects', PROJECT_HEADER),
    sheet('Assignments', ASSIGNMENT_HEADER), sheet('Time Off', TIME_OFF_HEADER), sheet('Holidays', HOLIDAY_HEADER),
    sheet('Settings', ['Key', 'Value']).map((s) => ({ ...s, values: [['Key', 'Value'], ...[
      ['Status date', '2026-03-02'], ['Working days', 'Sun-Thu'], ['Ops first', 'maybe'], ['Horizon end', 99999], ['Over-allocation threshold', 0],
      ['CPI/SPI red', 'x'], ['Standard hours per week', -4],
    ].slice(0, s.values.length)] })),
  ).map((sheets) => sheets as RawSheet[]),
  tables: fc.constant([]),
  date1904: fc.boolean(),
});

/** Every value in a JSON-able tree that must never reach a report or a cell. */
function badValues(value: unknown, path = '$', out: string[] = []): string[] {
  if (value === undefined) out.push(`${path} is undefined`);
  else if (typeof value === 'number' && !Number.isFinite(value)) out.push(`${path} is ${value}`);
  else if (value instanceof Date && Number.isNaN(value.getTime())) out.push(`${path} is Invalid Date`);
  else if (typeof value === 'string' && /Invalid Date|NaN|undefined/.test(value)) out.push(`${path} says "${value.slice(0, 40)}"`);
  else if (Array.isArray(value)) value.forEach((v, i) => badValues(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (v !== undefined || !isOptional(k)) badValues(v, `${path}.${k}`, out);
  return out;
}

// Optional properties that are simply absent in some objects (conflict subjects, patch extras).
const isOptional = (key: string) => ['person', 'project', 'duty', 'autoFilter', 'activate', 'bold', 'fill', 'fontColor', 'wrap', 'numberFormats'].includes(key);

describe('junk never throws', () => {
  it('checks any grid without an exception, naming real cells, with no NaN, Infinity or undefined', () => {
    fc.assert(fc.property(junkWorkbook, (raw) => {
      const result = checkWorkbook(raw, { asOf: '2026-03-02', today: '2026-11-23' });
      if (!result.ok) {
        expect(result.message.length).toBeGreaterThan(0);
        return;
      }
      for (const d of result.report.diagnostics) {
        if (d.cell === '') continue; // a missing sheet has no cell
        const sheetGrid = raw.sheets.find((s) => s.name === d.sheet);
        expect(sheetGrid).toBeDefined();
        const at = parseA1(d.cell);
        expect(at).toBeDefined();
        const grid = sheetGrid as RawSheet;
        const width = Math.max(1, ...grid.values.map((r) => r.length));
        expect(at?.row).toBeGreaterThanOrEqual(grid.originRow);
        expect(at?.row).toBeLessThan(grid.originRow + Math.max(1, grid.values.length));
        expect(at?.col).toBeGreaterThanOrEqual(grid.originCol);
        expect(at?.col).toBeLessThan(grid.originCol + width);
      }
      expect(badValues(result.report)).toEqual([]);
      expect(badValues(buildWorkbookPatch(result.plan, result.report))).toEqual([]);
    }), { numRuns: JUNK_RUNS });
  });
});
