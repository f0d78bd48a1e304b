/**
 * An .xlsx workbook as the door keeps it: the package's parts, the sheets in tab order, and
 * Loadline's changes. Every part that no change touches is saved with the bytes it was read
 * with: charts, drawings, images, pivots, notes, macros, custom XML, unknown parts.
 */
import { CONTENT_TYPE, removeOverride, setOverride } from './content-types';
import { XlsxPackage, type DeferredPart } from './package';
import { relsPartOf, relativeTarget, resolveTarget, folderOf } from './part-names';
import { addRelationship, freeRelId, isRelType, parseRelationships, relType, removeRelationship, type Relationship } from './relationships';
import { parseSharedStrings } from './shared-strings';
import { DEFAULT_STYLES, Styles } from './styles';
import { UnreadableWorkbookError } from './unreadable';
import { parseWorkbookXml, renderWorkbookXml, setAttribute, type SheetState } from './workbook-xml';
import { attributes, findElement } from './xml';
import type { DeflatedWithCrc, ZipCodec } from './zip';

/** One tab of the workbook. `part` is undefined for a tab that is not a worksheet (a chart sheet). */
export interface SheetEntry {
  name: string;
  state: SheetState;
  readonly sheetId: number;
  readonly relId: string;
  readonly part: string | undefined;
  /** The `<sheet>` element as read; undefined once Loadline has (re)written the tab. */
  element?: string;
}

/** A defined name, kept as written; `sheet` is the tab it is scoped to. */
interface DefinedName {
  readonly element: string;
  readonly sheet?: SheetEntry;
}

/** A table part to write with a sheet. */
export interface NewTablePart {
  /** The table XML, given the workbook-unique id the table gets. */
  readonly xml: (id: number) => string;
}

const CONTENT_TYPES = '[Content_Types].xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** The workbook in one package. */
export class XlsxWorkbook {
  readonly sheets: SheetEntry[];
  readonly date1904: boolean;
  private readonly workbookXml: string;
  private readonly definedNames: DefinedName[];
  private activeTab: number;
  private changed = false;
  /** Parts Loadline deleted; their content types go when saving, unless written again. */
  private readonly removedParts = new Set<string>();
  private stylesPart: string | undefined;
  private stylesCache: Styles | undefined;
  private sharedStringsCache: string[] | undefined;

  private constructor(readonly pkg: XlsxPackage, readonly workbookPart: string) {
    this.workbookXml = pkg.text(workbookPart)!;
    const info = parseWorkbookXml(this.workbookXml);
    const rels = this.relationships(workbookPart);
    this.sheets = info.sheets.map((sheet) => {
      const rel = rels.find((r) => r.id === sheet.relId);
      const isWorksheet = rel !== undefined && isRelType(rel.type, 'worksheet');
      const part = isWorksheet ? pkg.find(resolveTarget(workbookPart, rel.target)) : undefined;
      return { name: sheet.name, state: sheet.state, sheetId: sheet.sheetId, relId: sheet.relId, part, element: sheet.element };
    });
    this.date1904 = info.date1904;
    this.activeTab = info.activeTab;
    this.definedNames = info.definedNames.map((name) => ({ element: name.element, sheet: name.localSheetId === undefined ? undefined : this.sheets[name.localSheetId] }));
    const styles = rels.find((r) => isRelType(r.type, 'styles'));
    this.stylesPart = styles ? pkg.find(resolveTarget(workbookPart, styles.target)) : undefined;
  }

  /** Opens .xlsx (or .xlsm) bytes (compression by `codec`, fflate by default); throws UnreadableWorkbookError with what to do when they are not a workbook. */
  static open(bytes: Uint8Array, codec?: ZipCodec): XlsxWorkbook {
    const pkg = XlsxPackage.open(bytes, codec);
    const officeDocument = parseRelationships(pkg.text('_rels/.rels')).find((r) => isRelType(r.type, 'officeDocument'));
    const target = officeDocument ? resolveTarget('', officeDocument.target) : 'xl/workbook.xml';
    if (/\.bin$/i.test(target)) throw new UnreadableWorkbookError('it is an Excel binary workbook (.xlsb); open it in Excel and save it as .xlsx (Excel Workbook)');
    const workbookPart = pkg.find(target);
    if (workbookPart === undefined) {
      if (pkg.text('mimetype')?.includes('opendocument.spreadsheet')) {
        throw new UnreadableWorkbookError('it is an OpenDocument spreadsheet (.ods); save it as .xlsx (Excel Workbook) and check that');
      }
      throw new UnreadableWorkbookError('it is a zip file but holds no Excel workbook; save the plan from Excel as .xlsx and check that');
    }
    return new XlsxWorkbook(pkg, workbookPart);
  }

  /** The relationships of a part. */
  relationships(part: string): Relationship[] {
    return parseRelationships(this.pkg.text(relsPartOf(part)));
  }

  /** The tab of that name (Excel ignores case), or undefined. */
  findSheet(name: string): SheetEntry | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === key);
  }

  /** The styles, read once. */
  styles(): Styles {
    return (this.stylesCache ??= new Styles((this.stylesPart && this.pkg.text(this.stylesPart)) || DEFAULT_STYLES));
  }

  /** The shared strings, read once. */
  sharedStrings(): readonly string[] {
    if (!this.sharedStringsCache) {
      const rel = this.relationships(this.workbookPart).find((r) => isRelType(r.type, 'sharedStrings'));
      this.sharedStringsCache = parseSharedStrings(rel ? this.pkg.text(resolveTarget(this.workbookPart, rel.target)) : undefined);
    }
    return this.sharedStringsCache;
  }

  /** A worksheet's XML ('' for a tab that is not a worksheet or whose part is missing). */
  sheetXml(sheet: SheetEntry): string {
    return sheet.part === undefined ? '' : this.pkg.text(sheet.part) ?? '';
  }

  /** Replaces a worksheet's XML (an input sheet whose cells Loadline restyles). */
  setSheetXml(sheet: SheetEntry, xml: string): void {
    if (sheet.part !== undefined) this.pkg.set(sheet.part, xml);
  }

  /** The tab index Excel opens on. */
  get activeSheet(): number {
    return this.activeTab;
  }

  set activeSheet(index: number) {
    this.activeTab = index;
    this.changed = true;
  }

  /**
   * Writes a worksheet: over `replace` (same tab, same part; its old relationships, table parts
   * and scoped names go) or as a new tab before `before` (after the last tab when not given).
   * `content` is the sheet XML (or makes it when saved), given the relationship id of each
   * table part in order.
   */
  writeSheet(name: string, state: SheetState, content: (tableRelIds: readonly string[]) => string | DeferredPart, tables: readonly NewTablePart[], replace?: SheetEntry, before?: SheetEntry): SheetEntry {
    this.changed = true;
    let sheet: SheetEntry;
    if (replace?.part !== undefined) {
      this.dropSheetParts(replace);
      replace.name = name;
      replace.state = state;
      replace.element = undefined;
      sheet = replace;
    } else {
      if (replace) this.removeSheet(replace);
      sheet = this.addSheetEntry(name, state, before);
    }
    const part = sheet.part!;
    const relIds: string[] = [];
    let rels: string | undefined;
    for (const table of tables) {
      const tablePart = this.freePartName(`${folderOf(this.workbookPart)}tables/table`, '.xml');
      const id = this.nextTableId();
      this.pkg.set(tablePart, table.xml(id));
      this.setContentType(tablePart, CONTENT_TYPE.table);
      const relId = `rId${relIds.length + 1}`;
      rels = addRelationship(rels, { id: relId, type: relType('table'), target: relativeTarget(part, tablePart) });
      relIds.push(relId);
    }
    if (rels !== undefined) this.pkg.set(relsPartOf(part), rels);
    this.pkg.set(part, content(relIds));
    return sheet;
  }

  /** Removes a tab with its part, relationships, table parts, content types and scoped names. */
  removeSheet(sheet: SheetEntry): void {
    const index = this.sheets.indexOf(sheet);
    if (index < 0) return;
    this.changed = true;
    this.dropSheetParts(sheet);
    if (sheet.part !== undefined) this.deletePart(sheet.part);
    const relsPart = relsPartOf(this.workbookPart);
    this.pkg.set(relsPart, removeRelationship(this.pkg.text(relsPart) ?? '', sheet.relId));
    this.sheets.splice(index, 1);
    if (this.activeTab > index) this.activeTab--;
  }

  /** Adds a name scoped to a sheet (e.g. its print titles), replacing one of the same name and scope. */
  addDefinedName(sheet: SheetEntry, name: string, element: string): void {
    this.changed = true;
    const key = `name="${name}"`;
    const kept = this.definedNames.filter((n) => !(n.sheet === sheet && n.element.includes(key)));
    this.definedNames.splice(0, this.definedNames.length, ...kept, { element, sheet });
  }

  /** The package as bytes, with workbook.xml, its relationships, the content types and styles updated when changed. */
  toBytes(): Uint8Array {
    // Loadline's sheets first: making them adds the cell formats styles.xml must then list.
    this.pkg.compressDeferred();
    return this.finishBytes();
  }

  /**
   * The same as toBytes, with Loadline's sheets deflated by `deflateRaw` (in the browser, the
   * native CompressionStream, several times faster than deflate in JavaScript).
   */
  async toBytesWith(deflateRaw: (data: Uint8Array) => Promise<Uint8Array | DeflatedWithCrc>): Promise<Uint8Array> {
    await this.pkg.compressDeferredWith(deflateRaw);
    return this.finishBytes();
  }

  private finishBytes(): Uint8Array {
    if (this.changed) {
      const definedNames = this.definedNames.filter((n) => n.sheet === undefined || this.sheets.includes(n.sheet)).map((n) => ({
        name: '',
        element: n.sheet === undefined ? n.element : this.withLocalSheetId(n.element, this.sheets.indexOf(n.sheet)),
      }));
      const sheets = this.sheets.map((s) => ({ name: s.name, sheetId: s.sheetId, relId: s.relId, state: s.state, element: s.element }));
      const activeTab = Math.max(0, Math.min(this.activeTab, this.sheets.length - 1));
      this.pkg.set(this.workbookPart, renderWorkbookXml(this.workbookXml, { sheets, definedNames, activeTab }));
    }
    this.dropStaleContentTypes();
    if (this.stylesCache?.changed) {
      if (this.stylesPart === undefined) {
        this.stylesPart = `${folderOf(this.workbookPart)}styles.xml`;
        const relsPart = relsPartOf(this.workbookPart);
        const rels = this.pkg.text(relsPart);
        const id = freeRelId(parseRelationships(rels));
        this.pkg.set(relsPart, addRelationship(rels, { id, type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles', target: relativeTarget(this.workbookPart, this.stylesPart) }));
        this.setContentType(this.stylesPart, STYLES_TYPE);
      }
      this.pkg.set(this.stylesPart, this.stylesCache.render());
    }
    return this.pkg.toBytes();
  }

  private withLocalSheetId(element: string, index: number): string {
    const start = element.slice(0, element.indexOf('>') + 1);
    const current = attributes(start).localSheetId;
    if (current === String(index)) return element;
    return setAttribute(start, 'localSheetId', String(index)) + element.slice(start.length);
  }

  /** Drops a sheet's relationships part, its table parts and the names scoped to it. */
  private dropSheetParts(sheet: SheetEntry): void {
    const kept = this.definedNames.filter((n) => n.sheet !== sheet);
    this.definedNames.splice(0, this.definedNames.length, ...kept);
    if (sheet.part === undefined) return;
    for (const rel of this.relationships(sheet.part)) {
      if (rel.external || !isRelType(rel.type, 'table')) continue;
      this.deletePart(resolveTarget(sheet.part, rel.target));
    }
    this.deletePart(relsPartOf(sheet.part));
  }

  private deletePart(part: string): void {
    const actual = this.pkg.find(part);
    if (actual === undefined) return;
    this.pkg.delete(actual);
    this.removedParts.add(actual);
  }

  private addSheetEntry(name: string, state: SheetState, before?: SheetEntry): SheetEntry {
    const part = this.freePartName(`${folderOf(this.workbookPart)}worksheets/sheet`, '.xml');
    const relsPart = relsPartOf(this.workbookPart);
    const rels = this.pkg.text(relsPart);
    const relId = freeRelId(parseRelationships(rels));
    this.pkg.set(relsPart, addRelationship(rels, { id: relId, type: relType('worksheet'), target: relativeTarget(this.workbookPart, part) }));
    this.setContentType(part, CONTENT_TYPE.worksheet);
    const sheetId = Math.max(0, ...this.sheets.map((s) => s.sheetId)) + 1;
    const sheet: SheetEntry = { name, state, sheetId, relId, part };
    const at = before === undefined ? -1 : this.sheets.indexOf(before);
    if (at < 0) this.sheets.push(sheet);
    else {
      this.sheets.splice(at, 0, sheet);
      if (this.activeTab >= at) this.activeTab++;
    }
    return sheet;
  }

  private freePartName(prefix: string, suffix: string): string {
    for (let n = 1; ; n++) if (!this.pkg.has(`${prefix}${n}${suffix}`)) return `${prefix}${n}${suffix}`;
  }

  /** One more than the largest id of any table in the package (ids are workbook-unique). */
  private nextTableId(): number {
    let max = 0;
    for (const name of this.pkg.names()) {
      if (!/\/tables\/[^/]+\.xml$/i.test(name)) continue;
      const root = findElement(this.pkg.text(name) ?? '', 'table');
      const id = root ? Number(attributes(root.tag).id) : 0;
      if (Number.isFinite(id)) max = Math.max(max, id);
    }
    return max + 1;
  }

  private setContentType(part: string, type: string): void {
    this.pkg.set(CONTENT_TYPES, setOverride(this.pkg.text(CONTENT_TYPES) ?? '', part, type));
  }

  /**
   * Drops the content types of parts Loadline removed. Done once when saving, so that a part
   * removed and written again (a rewritten sheet's table) keeps its line where it was.
   */
  private dropStaleContentTypes(): void {
    const xml = this.pkg.text(CONTENT_TYPES);
    if (xml === undefined || this.removedParts.size === 0) return;
    let result = xml;
    for (const part of this.removedParts) if (!this.pkg.has(part)) result = removeOverride(result, part);
    if (result !== xml) this.pkg.set(CONTENT_TYPES, result);
  }
}
