/**
 * Cell borders between Excel's API and Loadline's record. The record is door-neutral: the
 * spreadsheet file's own description (the shape ExcelJS uses), `{ top?: { style: "dotted",
 * color: { argb: "FFFF0000" } }, left?, bottom?, right? }` with an edge absent when it has no
 * line, so a mark drawn in Excel can be cleared by the CLI and the other way round.
 */
import { ISSUE_BORDER } from '../../workbook/patch';
import { excelColor } from './fill-colors';

/** One edge as the file describes it. */
export interface FileBorderLine {
  readonly style: string;
  readonly color?: { readonly argb: string };
}

/** A cell's four edges as the file describes them; an absent edge has no line. */
export type FileBorders = Partial<Record<FileEdge, FileBorderLine>>;

type FileEdge = 'top' | 'bottom' | 'left' | 'right';

/** The four edges, Excel.BorderIndex → the file's name. */
export const EDGES: readonly (readonly [string, FileEdge])[] = [
  ['EdgeTop', 'top'], ['EdgeBottom', 'bottom'], ['EdgeLeft', 'left'], ['EdgeRight', 'right'],
];

/** An edge as Excel.RangeBorder describes it. */
export interface OfficeBorderLine {
  readonly style: string;
  readonly weight: string;
  readonly color: string;
}

/** The file's line styles → Excel.BorderLineStyle and Excel.BorderWeight. */
const TO_OFFICE: Readonly<Record<string, { readonly style: string; readonly weight: string }>> = {
  hair: { style: 'Continuous', weight: 'Hairline' },
  thin: { style: 'Continuous', weight: 'Thin' },
  medium: { style: 'Continuous', weight: 'Medium' },
  thick: { style: 'Continuous', weight: 'Thick' },
  dashed: { style: 'Dash', weight: 'Thin' },
  mediumDashed: { style: 'Dash', weight: 'Medium' },
  dashDot: { style: 'DashDot', weight: 'Thin' },
  mediumDashDot: { style: 'DashDot', weight: 'Medium' },
  dashDotDot: { style: 'DashDotDot', weight: 'Thin' },
  mediumDashDotDot: { style: 'DashDotDot', weight: 'Medium' },
  dotted: { style: 'Dot', weight: 'Thin' },
  double: { style: 'Double', weight: 'Thick' },
  slantDashDot: { style: 'SlantDashDot', weight: 'Medium' },
};

/** The file's style of an Excel edge; "thin" for a combination the file has no name for. */
function fileStyle(style: string, weight: string): string {
  const heavy = weight === 'Medium' || weight === 'Thick';
  switch (style) {
    case 'Continuous': return weight === 'Hairline' ? 'hair' : weight === 'Medium' ? 'medium' : weight === 'Thick' ? 'thick' : 'thin';
    case 'Dash': return heavy ? 'mediumDashed' : 'dashed';
    case 'DashDot': return heavy ? 'mediumDashDot' : 'dashDot';
    case 'DashDotDot': return heavy ? 'mediumDashDotDot' : 'dashDotDot';
    case 'Dot': return 'dotted';
    case 'Double': return 'double';
    case 'SlantDashDot': return 'slantDashDot';
    default: return 'thin';
  }
}

/** The record of a cell's edges read from Excel, in EDGES order. */
export function fileBorders(lines: readonly OfficeBorderLine[]): FileBorders {
  const borders: { [edge in FileEdge]?: FileBorderLine } = {};
  EDGES.forEach(([, edge], i) => {
    const line = lines[i];
    if (!line || line.style === 'None' || typeof line.style !== 'string') return;
    const rgb = typeof line.color === 'string' ? line.color.replace(/^#/, '').toUpperCase() : '000000';
    borders[edge] = { style: fileStyle(line.style, line.weight), color: { argb: `FF${rgb}` } };
  });
  return borders;
}

/** How to draw a recorded edge in Excel; style "None" for no line. Unknown records draw no line. */
export function officeLine(line: FileBorderLine | undefined): OfficeBorderLine {
  const office = line === undefined ? undefined : TO_OFFICE[line.style];
  if (!office) return { style: 'None', weight: 'Thin', color: '#000000' };
  const argb = line?.color?.argb;
  const color = typeof argb === 'string' && /^[0-9A-Fa-f]{8}$/.test(argb) ? excelColor(argb.slice(2)) : '#000000';
  return { ...office, color };
}

/** The input-issue mark's edge: ISSUE_BORDER (dotted red) as Excel draws it. */
export const ISSUE_LINE: OfficeBorderLine = officeLine({ style: ISSUE_BORDER.style, color: { argb: `FF${ISSUE_BORDER.color}` } });

/**
 * The record of a cell's border, or undefined when it is not a recognisable record. Besides this
 * door's own form it reads the .xlsx door's (`{ borderId, border: "<border>…</border>" }`, the
 * file's XML), so Clear highlights in Excel restores a mark the CLI drew.
 */
export function asFileBorders(recorded: unknown): FileBorders | undefined {
  if (recorded === null) return {};
  if (typeof recorded !== 'object' || recorded === undefined) return undefined;
  const xml = (recorded as { border?: unknown }).border;
  if (typeof xml === 'string') return bordersOfXml(xml);
  return recorded as FileBorders;
}

/** The edges of a styles.xml <border> element: <left style="thin"><color rgb="FF00B050"/></left>… */
function bordersOfXml(xml: string): FileBorders {
  const borders: { [edge in FileEdge]?: FileBorderLine } = {};
  for (const [, edge] of EDGES) {
    const match = new RegExp(`<${edge}\\b([^>]*?)(?:/>|>(.*?)</${edge}>)`).exec(xml);
    const style = match ? /\bstyle="([^"]+)"/.exec(match[1])?.[1] : undefined;
    if (!style || style === 'none') continue;
    const argb = /\brgb="([0-9A-Fa-f]{8})"/.exec(match?.[2] ?? '')?.[1];
    borders[edge] = argb ? { style, color: { argb: argb.toUpperCase() } } : { style };
  }
  return borders;
}

/** Draws `line` on one edge of a range (style None removes the edge). */
export function drawEdge(border: Excel.RangeBorder, line: OfficeBorderLine): void {
  if (line.style === 'None') {
    border.style = 'None';
    return;
  }
  border.style = line.style as Excel.BorderLineStyle;
  border.weight = line.weight as Excel.BorderWeight;
  border.color = line.color;
}
