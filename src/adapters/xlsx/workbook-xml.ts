/**
 * workbook.xml: the sheets in tab order, the date system, the defined names and the active tab;
 * and the same part written back with only those elements changed.
 */
import { attributes, escapeAttr, findElement, findElements } from './xml';

/** Whether a sheet's tab shows. */
export type SheetState = 'visible' | 'hidden' | 'veryHidden';

/** A `<sheet>` of workbook.xml. `element` is its XML as read (undefined for a sheet Loadline adds). */
export interface SheetElement {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  readonly state: SheetState;
  readonly element?: string;
}

/** A `<definedName>`, kept as written; `localSheetId` is the tab index it is scoped to, if any. */
export interface DefinedNameElement {
  readonly name: string;
  readonly localSheetId?: number;
  readonly element: string;
}

/** What Loadline reads from workbook.xml. */
export interface WorkbookInfo {
  readonly sheets: SheetElement[];
  readonly date1904: boolean;
  readonly definedNames: DefinedNameElement[];
  readonly activeTab: number;
}

/** Reads workbook.xml (transitional or strict, any prefix). */
export function parseWorkbookXml(xml: string): WorkbookInfo {
  const sheetsElement = findElement(xml, 'sheets');
  const sheets = (sheetsElement ? findElements(sheetsElement.inner, 'sheet') : []).map(({ tag }): SheetElement => {
    const a = attributes(tag);
    const relKey = Object.keys(a).find((key) => /:id$/.test(key)) ?? 'id';
    const state = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
    return { name: a.name ?? '', sheetId: Number(a.sheetId) || 0, relId: a[relKey] ?? '', state, element: tag };
  });
  const pr = findElement(xml, 'workbookPr');
  const date1904Attr = pr ? attributes(pr.tag).date1904 : undefined;
  const names = findElement(xml, 'definedNames');
  const definedNames = (names ? findElements(names.inner, 'definedName') : []).map((element): DefinedNameElement => {
    const a = attributes(element.tag);
    const local = a.localSheetId === undefined ? undefined : Number(a.localSheetId);
    return { name: a.name ?? '', localSheetId: Number.isInteger(local) ? local : undefined, element: names!.inner.slice(element.start, element.end) };
  });
  const view = findElement(xml, 'workbookView');
  const activeTab = Number(view ? attributes(view.tag).activeTab ?? 0 : 0);
  return { sheets, date1904: date1904Attr === '1' || date1904Attr === 'true', definedNames, activeTab: Number.isInteger(activeTab) ? activeTab : 0 };
}

/** What changes in workbook.xml when Loadline writes. */
export interface WorkbookXmlChanges {
  readonly sheets: readonly SheetElement[];
  readonly definedNames: readonly DefinedNameElement[];
  readonly activeTab: number;
}

/** workbook.xml with its `<sheets>`, `<definedNames>` and active tab replaced; the rest as it was. */
export function renderWorkbookXml(xml: string, changes: WorkbookXmlChanges): string {
  let result = xml;
  const relPrefix = relationshipsPrefix(result);
  if (relPrefix === undefined) {
    result = result.replace(/<((?:[\w.-]+:)?workbook)(?=[\s>])/, '<$1 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
  }
  const r = relPrefix ?? 'r';
  const sheetsXml = changes.sheets.map((sheet) => sheet.element ?? (
    `<sheet name="${escapeAttr(sheet.name)}" sheetId="${sheet.sheetId}"${sheet.state === 'visible' ? '' : ` state="${sheet.state}"`} ${r}:id="${escapeAttr(sheet.relId)}"/>`
  )).join('');
  const sheets = findElement(result, 'sheets');
  if (!sheets) throw new Error('workbook.xml has no <sheets>');
  const sheetsName = /^<([\w.:-]+)/.exec(sheets.tag)![1];
  result = `${result.slice(0, sheets.start)}<${sheetsName}>${sheetsXml}</${sheetsName}>${result.slice(sheets.end)}`;

  const names = findElement(result, 'definedNames');
  const namesXml = changes.definedNames.length === 0 ? '' : `<definedNames>${changes.definedNames.map((n) => n.element).join('')}</definedNames>`;
  if (names) {
    const tagName = /^<([\w.:-]+)/.exec(names.tag)![1];
    const inner = changes.definedNames.map((n) => n.element).join('');
    result = result.slice(0, names.start) + (inner === '' ? '' : `<${tagName}>${inner}</${tagName}>`) + result.slice(names.end);
  } else if (namesXml !== '') {
    const after = ['externalReferences', 'functionGroups', 'sheets'].map((name) => findElement(result, name)).find((found) => found !== undefined)!;
    result = result.slice(0, after.end) + namesXml + result.slice(after.end);
  }
  return setActiveTab(result, changes.activeTab);
}

/** The prefix bound to the relationships namespace on the root element, if any. */
function relationshipsPrefix(xml: string): string | undefined {
  const root = /<(?:[\w.-]+:)?workbook[\s>][^>]*>/.exec(xml)?.[0] ?? '';
  for (const [key, value] of Object.entries(attributes(root))) {
    if (key.startsWith('xmlns:') && /\/relationships$/.test(value)) return key.slice('xmlns:'.length);
  }
  return undefined;
}

function setActiveTab(xml: string, activeTab: number): string {
  const view = findElement(xml, 'workbookView');
  if (!view) {
    const sheets = findElement(xml, 'sheets')!;
    const prefix = /^<([\w.-]+:)?/.exec(sheets.tag)![1] ?? '';
    return `${xml.slice(0, sheets.start)}<${prefix}bookViews><${prefix}workbookView activeTab="${activeTab}"/></${prefix}bookViews>${xml.slice(sheets.start)}`;
  }
  const a = attributes(view.tag);
  let tag = view.tag;
  tag = setAttribute(tag, 'activeTab', String(activeTab));
  if (a.firstSheet !== undefined && Number(a.firstSheet) > activeTab) tag = setAttribute(tag, 'firstSheet', String(activeTab));
  return xml.slice(0, view.start) + tag + xml.slice(view.start + view.tag.length);
}

/** A start tag with one attribute set (added before the tag's end when missing). */
export function setAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, `$1"${escapeAttr(value)}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${escapeAttr(value)}"$1`);
}
