/**
 * The finance ledger: amounts per month, accumulated in full precision, rounded once at the end
 * to cents by largest remainder, so printed rows add up to printed totals and every month
 * CapEx + OpEx + Idle = paid + other costs, to the cent.
 */
import type { FinanceReport, FinanceRow } from './report';
import { allocateCents } from './money';

interface LedgerRow {
  readonly kind: 'project' | 'ops' | 'idle';
  readonly name: string;
  readonly costCentre: string | null;
  readonly capex: Float64Array;
  readonly opex: Float64Array;
}

/** Accumulates labour and other costs per month; one instance per check. */
export class FinanceLedger {
  private readonly rows = new Map<string, LedgerRow>();
  /** Σ capacity × rate per month (labour paid). */
  readonly paid: Float64Array;
  /** Other (non-labour) project costs per month. */
  readonly other: Float64Array;

  constructor(readonly months: readonly string[]) {
    this.paid = new Float64Array(months.length);
    this.other = new Float64Array(months.length);
  }

  /** The row for a project, an ops cost centre or an idle cost centre, created on first use. */
  row(kind: LedgerRow['kind'], name: string, costCentre: string | null): LedgerRow {
    const key = `${kind}\u0000${name}`;
    let row = this.rows.get(key);
    if (!row) {
      row = { kind, name, costCentre, capex: new Float64Array(this.months.length), opex: new Float64Array(this.months.length) };
      this.rows.set(key, row);
    }
    return row;
  }

  /** Rounds to cents by largest remainder, month by month. Rows: projects, ops, idle, each by name. */
  toReport(): FinanceReport {
    const kindOrder = { project: 0, ops: 1, idle: 2 };
    const rows = [...this.rows.values()].sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || compareText(a.name, b.name));
    const m = this.months.length;
    const capex = rows.map(() => new Array<number>(m).fill(0));
    const opex = rows.map(() => new Array<number>(m).fill(0));
    const totals = {
      capex: new Array<number>(m).fill(0), opex: new Array<number>(m).fill(0), idle: new Array<number>(m).fill(0),
      paid: new Array<number>(m).fill(0), other: new Array<number>(m).fill(0),
    };
    for (let month = 0; month < m; month++) {
      // Every cell of the month shares one rounded total, so the month adds up to the cent.
      const exact: number[] = [];
      for (const row of rows) exact.push(row.capex[month], row.opex[month]);
      const total = this.paid[month] + this.other[month];
      const cents = allocateCents(Math.round(total * 100), exact);
      const [paidCents, otherCents] = allocateCents(Math.round(total * 100), [this.paid[month], this.other[month]]);
      rows.forEach((row, r) => {
        capex[r][month] = cents[2 * r] / 100;
        opex[r][month] = cents[2 * r + 1] / 100;
        if (row.kind === 'idle') totals.idle[month] += cents[2 * r] + cents[2 * r + 1];
        else {
          totals.capex[month] += cents[2 * r];
          totals.opex[month] += cents[2 * r + 1];
        }
      });
      totals.capex[month] /= 100;
      totals.opex[month] /= 100;
      totals.idle[month] /= 100;
      totals.paid[month] = paidCents / 100;
      totals.other[month] = otherCents / 100;
    }
    const reportRows: FinanceRow[] = rows.map((row, r) => ({
      kind: row.kind, name: row.name, costCentre: row.costCentre, capex: capex[r], opex: opex[r],
    }));
    return { months: [...this.months], rows: reportRows, totals };
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
