/**
 * The .xlsx door on workbooks made by real producers (test/fixtures/corpus, how each was made is
 * in its README.md): each one is the bundled sample's plan saved by openpyxl, xlsxwriter or
 * LibreOffice, with the charts, notes, tables, pivots, macros and quirks those producers write.
 * For each, through the CLI in-process:
 *   (a) the JSON report is the sample's, whole;
 *   (b) the annotated copy holds every part of the input, byte for byte except the few the door may
 *       patch, and every input cell keeps its value and formula;
 *   (c) LibreOffice opens the annotated copy (converts it to PDF);
 *   (d) `clear` on the annotated copy gives back the input's parts and no highlight, and checking
 *       the annotated copy again gives the same package, part for part;
 *   (e) a file that is not a workbook, or is password-encrypted, gets exit 2 and one line saying
 *       what to do.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../src/cli/main';
import { describeWithLibreOffice, soffice } from './support/libreoffice';
import {
  attribute, contentType, firstDifference, openPackage, outsideSheetData, partHashes, partText, sheets, storedCells, styleLooks,
  storedRows, stylesPart, workbookLinks, workbookPart, type Package,
} from './helpers/ooxml-package';

const CORPUS = join(__dirname, 'fixtures', 'corpus');
const SAMPLE = join(__dirname, '..', 'examples', 'sample.xlsx');
const AS_OF = '2026-03-02';
const INPUT_SHEETS = ['Staff', 'Ops Duties', 'Projects', 'Assignments', 'Time Off', 'Holidays', 'Settings'];

/** One corpus workbook and what makes it what it is in the corpus. */
interface CorpusCase {
  readonly file: string;
  /**
   * Part names the input has, and [part, pattern] pairs its XML shows: checked on the input, so
   * a remade fixture cannot silently lose the feature it is in the corpus for.
   */
  readonly has: readonly RegExp[];
  readonly shows?: readonly (readonly [string, RegExp])[];
}

const CASES: readonly CorpusCase[] = [
  // The bundled sample itself, written by ExcelJS in Excel's own layout: the baseline.
  { file: 'sample.xlsx', has: [/^xl\/tables\/table1\.xml$/, /^xl\/sharedStrings\.xml$/] },
  {
    file: 'openpyxl-plain.xlsx',
    has: [/^xl\/tables\/table1\.xml$/],
    shows: [['xl/_rels/workbook.xml.rels', /Target="\/xl\/worksheets\/sheet1\.xml"/], ['xl/worksheets/sheet1.xml', /t="inlineStr"/]],
  },
  {
    file: 'pandas.xlsx',
    has: [],
    shows: [['xl/styles.xml', /formatCode="YYYY-MM-DD HH:MM:SS"/], ['xl/_rels/workbook.xml.rels', /Target="\/xl\/worksheets\/sheet4\.xml"/]],
  },
  {
    file: 'openpyxl-extras.xlsx',
    has: [/^xl\/charts\/chart\d+\.xml$/, /^xl\/drawings\/drawing\d+\.xml$/, /^xl\/comments\/comment\d+\.xml$/, /\.vml$/],
    shows: [['xl/workbook.xml', /<definedName name="StaffNames">/], ['xl/worksheets/sheet4.xml', /<dataValidation\b/], ['xl/worksheets/sheet1.xml', /<drawing\b[^>]*r:id=/]],
  },
  {
    file: 'threaded-comments.xlsx',
    has: [/^xl\/threadedComments\/threadedComment1\.xml$/, /^xl\/persons\/person\.xml$/, /^xl\/comments\/comment\d+\.xml$/],
  },
  {
    file: 'xlsxwriter-tables.xlsx',
    has: [/^xl\/tables\/table7\.xml$/, /^xl\/charts\/chart1\.xml$/, /^xl\/media\/image1\.png$/, /^xl\/drawings\/drawing2\.xml$/],
  },
  {
    file: 'libreoffice-charts.xlsx',
    has: [/^xl\/charts\/chart2\.xml$/, /^xl\/drawings\/drawing2\.xml$/, /^docProps\/custom\.xml$/],
  },
  {
    file: 'pivot.xlsx',
    has: [/^xl\/pivotTables\/pivotTable1\.xml$/, /^xl\/pivotCache\/pivotCacheDefinition1\.xml$/, /^xl\/pivotCache\/pivotCacheRecords1\.xml$/],
  },
  {
    file: 'xlsm-macro.xlsm',
    has: [/^xl\/vbaProject\.bin$/],
    shows: [['[Content_Types].xml', /application\/vnd\.ms-excel\.sheet\.macroEnabled\.main\+xml/]],
  },
  { file: 'date1904.xlsx', has: [], shows: [['xl/workbook.xml', /date1904="1"/]] },
  { file: 'libreoffice-date1904.xlsx', has: [], shows: [['xl/workbook.xml', /date1904="true"/]] },
  {
    file: 'excel-features.xlsx',
    has: [/^xl\/externalLinks\/externalLink1\.xml$/, /^customXml\/item1\.xml$/, /^customXml\/itemProps1\.xml$/],
    shows: [
      ['xl/workbook.xml', /name="Notes" state="hidden"/], ['xl/workbook.xml', /name="Lookup" state="veryHidden"/],
      ['xl/worksheets/sheet1.xml', /<f t="shared" ref="E2:E11" si="0">F2\*37\.5<\/f>/], ['xl/sharedStrings.xml', /<r><rPr><b\/>/],
      ['xl/worksheets/sheet4.xml', /<f>8\*2<\/f><v>16<\/v>/], ['xl/worksheets/sheet8.xml', /<f>\[1\]Rates!\$B\$2<\/f>/],
    ],
  },
  { file: 'sheets-quirks.xlsx', has: [], shows: [['xl/worksheets/sheet1.xml', /<row><c t="inlineStr">|<row [^>]*><c s="\d+" t="inlineStr">/]] },
];

/** Where a case's workbook is: the corpus folder, or examples/ for the sample. */
function pathOf(file: string): string {
  return file === 'sample.xlsx' ? SAMPLE : join(CORPUS, file);
}

/** The parts of the JSON report the highlight check reads. */
interface SampleReport {
  readonly conflicts: readonly { readonly cells: readonly string[] }[];
  readonly diagnostics: readonly { readonly severity: string; readonly sheet: string; readonly cell: string }[];
}

interface Run {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

async function cli(...argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => { out += t; }, err: (t) => { err += t; } }, '2026-11-23');
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'loadline-corpus-'));
let sampleReport: unknown;

/** The annotated and cleared copies of one corpus workbook, made once for all its checks. */
interface Outcome {
  readonly input: Package;
  readonly check: Run;
  readonly annotated?: Package;
  readonly clear?: Run;
  readonly cleared?: Package;
  /** The annotated copy checked again. */
  readonly twice?: Package;
}
const outcomes = new Map<string, Outcome>();

async function annotateAndClear(file: string): Promise<Outcome> {
  const source = pathOf(file);
  const input = await openPackage(readFileSync(source));
  const stem = file.replace(/\.xls[xm]$/, '');
  const extension = file.slice(file.lastIndexOf('.'));
  const annotatedPath = join(dir, `${stem}-annotated${extension}`);
  const clearedPath = join(dir, `${stem}-cleared${extension}`);
  const check = await cli('check', source, '--json', join(dir, `${stem}.json`), '--out', annotatedPath, '--as-of', AS_OF);
  if (check.code !== 0) return { input, check };
  const annotated = await openPackage(readFileSync(annotatedPath));
  const clear = await cli('clear', annotatedPath, '--out', clearedPath);
  const cleared = clear.code === 0 ? await openPackage(readFileSync(clearedPath)) : undefined;
  const twicePath = join(dir, `${stem}-twice${extension}`);
  const again = await cli('check', annotatedPath, '--out', twicePath, '--as-of', AS_OF);
  const twice = again.code === 0 ? await openPackage(readFileSync(twicePath)) : undefined;
  return { input, check, annotated, clear, cleared, twice };
}

/** Why a case has no outcome: the door threw, or wrote something that is not a zip. */
const failures = new Map<string, string>();

function outcomeOf(file: string): Outcome {
  const outcome = outcomes.get(file);
  if (!outcome) throw new Error(`no outcome for ${file}: ${failures.get(file) ?? 'not run'}`);
  return outcome;
}

/**
 * The parts the door may change: the workbook part, its relationships, [Content_Types].xml, the
 * styles part, and the worksheet parts of the input sheets (only the `s` of highlighted cells,
 * checked cell by cell below). Every other input part must come out byte for byte.
 */
function patchableParts(input: Package): Set<string> {
  const workbook = workbookPart(input);
  const folder = workbook.slice(0, workbook.lastIndexOf('/') + 1);
  const inputSheetParts = sheets(input).filter((s) => INPUT_SHEETS.includes(s.name)).map((s) => s.part);
  return new Set(['[Content_Types].xml', workbook, `${folder}_rels/${workbook.slice(folder.length)}.rels`, stylesPart(input), ...inputSheetParts]);
}

/** Input parts (outside `allowed`) missing from `output` or different there, as "part: why". */
function partsNotKept(input: Package, output: Package, allowed: ReadonlySet<string>): string[] {
  const before = partHashes(input);
  const after = partHashes(output);
  const problems: string[] = [];
  for (const [name, hash] of before) {
    if (!after.has(name)) problems.push(`${name}: missing`);
    else if (!allowed.has(name) && after.get(name) !== hash) problems.push(`${name}: changed`);
  }
  return problems;
}

/**
 * What the workbook part pointed at in the input and no longer does in `output` (a relationship
 * of the workbook — vbaProject, pivot cache, persons, theme — or an `r:id` in workbook.xml), input
 * sheets that lost their name, state (hidden, very hidden) or part, and input parts whose content
 * type changed, as lines.
 */
function linksLost(input: Package, output: Package): string[] {
  const links = workbookLinks(output);
  const lost = workbookLinks(input).filter((link) => !links.includes(link));
  const outputSheets = sheets(output).map((sheet) => JSON.stringify(sheet));
  lost.push(...sheets(input).map((sheet) => JSON.stringify(sheet)).filter((sheet) => !outputSheets.includes(sheet)));
  const retyped = [...input.parts.keys()].filter((part) => contentType(output, part) !== contentType(input, part)).map((part) => `${part}: type ${contentType(output, part)}`);
  return [...lost, ...retyped];
}

/**
 * Differences in the input sheets' cells between two packages, as "Sheet!A1: why": a value,
 * type, formula or inline string that changed, a cell that went missing, a new cell with a value,
 * or anything outside <sheetData> that changed. Style indexes are compared by `looks`, if given.
 */
function cellDifferences(input: Package, output: Package, compareLooks: boolean): string[] {
  const problems: string[] = [];
  const outputSheets = new Map(sheets(output).map((s) => [s.name, s]));
  const lookBefore = styleLooks(input);
  const lookAfter = styleLooks(output);
  for (const sheet of sheets(input).filter((s) => INPUT_SHEETS.includes(s.name))) {
    const target = outputSheets.get(sheet.name);
    if (!target) {
      problems.push(`${sheet.name}: sheet missing`);
      continue;
    }
    if (target.part !== sheet.part || target.state !== sheet.state) problems.push(`${sheet.name}: now ${target.part} (${target.state})`);
    const [kept, now] = [outsideSheetData(input, sheet.part), outsideSheetData(output, target.part)];
    if (now !== kept) problems.push(`${sheet.name}: XML outside sheetData changed ${firstDifference(kept, now)}`);
    const rowsAfter = storedRows(output, target.part);
    for (const [row, attributes] of storedRows(input, sheet.part)) {
      if (rowsAfter.get(row) !== attributes) problems.push(`${sheet.name}!${row}:${row}: row <${attributes}> became <${rowsAfter.get(row)}>`);
    }
    const before = storedCells(input, sheet.part);
    const after = storedCells(output, target.part);
    for (const [address, cell] of before) {
      const now = after.get(address);
      const where = `${sheet.name}!${address}`;
      if (!now) problems.push(`${where}: missing`);
      else if (now.type !== cell.type || now.value !== cell.value || now.formula !== cell.formula || now.inline !== cell.inline) {
        problems.push(`${where}: ${JSON.stringify(cell)} became ${JSON.stringify(now)}`);
      } else if (compareLooks && lookAfter(now.style) !== lookBefore(cell.style)) {
        problems.push(`${where}: still looks ${lookAfter(now.style)}, was ${lookBefore(cell.style)}`);
      }
    }
    for (const [address, now] of after) {
      if (!before.has(address) && (now.value !== undefined || now.formula !== undefined || now.inline !== undefined)) {
        problems.push(`${sheet.name}!${address}: new value ${JSON.stringify(now)}`);
      }
    }
  }
  return problems;
}

/** Input cells whose fill or border differs between the two packages: the highlights. */
function highlightedCells(input: Package, output: Package): string[] {
  const lookBefore = styleLooks(input);
  const lookAfter = styleLooks(output);
  const outputParts = new Map(sheets(output).map((s) => [s.name, s.part]));
  const changed: string[] = [];
  for (const sheet of sheets(input).filter((s) => INPUT_SHEETS.includes(s.name))) {
    const before = storedCells(input, sheet.part);
    for (const [address, now] of storedCells(output, outputParts.get(sheet.name) ?? sheet.part)) {
      if (lookAfter(now.style) !== lookBefore(before.get(address)?.style ?? 0)) changed.push(`${sheet.name}!${address}`);
    }
  }
  return changed;
}

/** Loadline's summary sheets, under their titles or the names Loadline takes beside a user's sheet. */
const LOADLINE_SHEET = /^(Capacity|Conflicts|Projects Check|OpEx CapEx|Input Issues|Finance Ledger)( \(Loadline( \d+)?\))?$/;

/**
 * The workbook part's settings a copy must keep: defined names, the date system, calc settings.
 * Names scoped to Loadline's own sheets (their print titles) are Loadline's, not the user's.
 */
function workbookSettings(pkg: Package): { definedNames: string[]; date1904: boolean } {
  const xml = partText(pkg, workbookPart(pkg));
  const workbookPr = /<workbookPr\b[^>]*>/.exec(xml)?.[0] ?? '';
  const date1904 = attribute(workbookPr, 'date1904');
  const tabs = sheets(pkg).map((sheet) => sheet.name);
  const onLoadlineSheet = (name: string) => {
    const local = /localSheetId="(\d+)"/.exec(name)?.[1];
    return local !== undefined && LOADLINE_SHEET.test(tabs[Number(local)] ?? '');
  };
  return {
    definedNames: [...xml.matchAll(/<definedName\b[^>]*>[\s\S]*?<\/definedName>/g)].map((m) => m[0]).filter((d) => !/_xlnm\._FilterDatabase|Loadline/i.test(d) && !onLoadlineSheet(d)),
    date1904: date1904 === '1' || date1904 === 'true',
  };
}

beforeAll(async () => {
  const sample = await cli('check', SAMPLE, '--json', '-', '--as-of', AS_OF);
  expect([sample.code, sample.err]).toEqual([0, '']);
  sampleReport = JSON.parse(sample.out);
  for (const { file } of CASES) {
    // One case going wrong must not hide how the others fare.
    await annotateAndClear(file).then(
      (outcome) => outcomes.set(file, outcome),
      (error: unknown) => failures.set(file, error instanceof Error ? error.message : String(error)),
    );
  }
}, 300_000);

describe.each(CASES)('the corpus workbook $file', ({ file, has, shows }) => {
  it('is the producer\'s package it claims to be', async () => {
    const input = await openPackage(readFileSync(pathOf(file)));
    for (const pattern of has) expect({ pattern, parts: [...input.parts.keys()].filter((name) => pattern.test(name)).length }).toEqual({ pattern, parts: 1 });
    for (const [part, pattern] of shows ?? []) expect({ part, pattern, shown: pattern.test(partText(input, part)) }).toEqual({ part, pattern, shown: true });
    expect(sheets(input).map((s) => s.name).slice(0, INPUT_SHEETS.length)).toEqual(INPUT_SHEETS);
  });

  it('gives the same JSON report as the sample', async () => {
    const { check } = outcomeOf(file);
    expect([check.code, check.err]).toEqual([0, '']);
    const stem = file.replace(/\.xls[xm]$/, '');
    // A suggestion's `before` is the cell as the file holds it (a 1904 workbook's date serial is
    // another number): every other field, the suggestions' lines and new values included, agrees.
    const withoutBefore = (json: string): unknown => JSON.parse(json, (key, value: unknown) => (key === 'before' ? undefined : value));
    expect(withoutBefore(readFileSync(join(dir, `${stem}.json`), 'utf8'))).toEqual(withoutBefore(JSON.stringify(sampleReport)));
  });

  it('keeps every input part in the annotated copy, byte for byte outside the parts the door patches', () => {
    const { input, annotated } = outcomeOf(file);
    if (!annotated) throw new Error(`check did not write ${file}: ${outcomeOf(file).check.err}`);
    expect(partsNotKept(input, annotated, patchableParts(input))).toEqual([]);
    expect(workbookSettings(annotated)).toEqual(workbookSettings(input));
    expect(linksLost(input, annotated)).toEqual([]);
    // The copy is the same kind of package: a macro workbook stays one.
    const mainType = (pkg: Package) => /PartName="\/xl\/workbook\.xml" ContentType="([^"]+)"/.exec(partText(pkg, '[Content_Types].xml'))?.[1];
    expect(mainType(annotated)).toBe(mainType(input));
  });

  it('keeps every input cell\'s value and formula and highlights only by style', () => {
    const { input, annotated } = outcomeOf(file);
    if (!annotated) throw new Error(`check did not write ${file}`);
    expect(cellDifferences(input, annotated, false)).toEqual([]);
    // Highlighted: every conflict's cells, and nothing but those and the error diagnostics' cells
    // (their input-issue mark), whoever made the workbook.
    const report = JSON.parse(readFileSync(join(dir, `${file.replace(/\.xls[xm]$/, '')}.json`), 'utf8')) as SampleReport;
    const conflictCells = new Set(report.conflicts.flatMap((c) => c.cells));
    const issueCells = new Set(report.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.sheet}!${d.cell}`));
    const highlighted = highlightedCells(input, annotated);
    expect(conflictCells.size).toBeGreaterThan(0);
    expect([...conflictCells].filter((cell) => !highlighted.includes(cell))).toEqual([]);
    expect(highlighted.filter((cell) => !conflictCells.has(cell) && !issueCells.has(cell))).toEqual([]);
    const names = sheets(annotated).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Capacity', 'Conflicts', 'Projects Check', 'OpEx CapEx', 'Input Issues']));
  });

  it('gives the same package, part for part, when the annotated copy is checked again', () => {
    const { annotated, twice } = outcomeOf(file);
    if (!annotated || !twice) throw new Error(`check did not write ${file} twice`);
    expect(Object.fromEntries(partHashes(twice))).toEqual(Object.fromEntries(partHashes(annotated)));
  });

  it('clear gives back the input\'s parts and cells with no highlight left', () => {
    const { input, clear, cleared } = outcomeOf(file);
    expect([clear?.code, clear?.err]).toEqual([0, '']);
    if (!cleared) throw new Error(`clear did not write ${file}`);
    expect(partsNotKept(input, cleared, patchableParts(input))).toEqual([]);
    expect(linksLost(input, cleared)).toEqual([]);
    expect(cellDifferences(input, cleared, true)).toEqual([]);
    expect(highlightedCells(input, cleared)).toEqual([]);
  });
});

describeWithLibreOffice('the annotated corpus in LibreOffice Calc', () => {
  const pdfDir = join(dir, 'pdf');

  beforeAll(() => {
    if (!soffice) return; // describeWithLibreOffice skips the suite
    const annotated = CASES.map((c) => join(dir, c.file.replace(/\.(xls[xm])$/, '-annotated.$1'))).filter((p) => existsSync(p));
    // One soffice for every copy: starting it is most of the time.
    execFileSync(soffice, ['--headless', '--norestore', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', pdfDir, ...annotated], { timeout: 600_000, stdio: 'ignore' });
  }, 660_000);

  it.each(CASES.map((c) => c.file))('opens the annotated %s and prints it to PDF', (file) => {
    const pdf = join(pdfDir, file.replace(/\.xls[xm]$/, '-annotated.pdf'));
    expect(existsSync(pdf)).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
  });
});

describe('files the door cannot read', () => {
  /** The CLI's message with the file's path taken out, so a pattern cannot match the file name. */
  async function reasonFor(file: string): Promise<string> {
    const path = join(CORPUS, file);
    const { err } = await cli('check', path);
    return err.replace(path, '<file>');
  }

  it.each(['not-a-workbook.xlsx', 'encrypted.xlsx', 'excel-97.xls'])('exits 2 with one line and no stack trace for %s', async (file) => {
    const { code, out, err } = await cli('check', join(CORPUS, file));
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^loadline: [^\n]+\n$/);
    expect(err).toContain(file);
  });

  it('says a file that is not a workbook should be saved from Excel as .xlsx', async () => {
    const reason = await reasonFor('not-a-workbook.xlsx');
    expect(reason).toMatch(/not an? .*workbook/i);
    expect(reason).toMatch(/save|export/i);
  });

  it('says an encrypted workbook needs an unprotected copy', async () => {
    const reason = await reasonFor('encrypted.xlsx');
    expect(reason).toMatch(/password|encrypted/i);
    expect(reason).toMatch(/remove|save|without|unprotected/i);
  });

  it('says an Excel 97-2003 .xls file should be saved as .xlsx', async () => {
    const reason = await reasonFor('excel-97.xls');
    expect(reason).toMatch(/\.xls\b|97|old/i);
    expect(reason).not.toMatch(/password/i);
    expect(reason).toMatch(/save/i);
  });
});

describe('the corpus checks themselves (so a pass means something)', () => {
  const withPart = (pkg: Package, part: string, edit: (xml: string) => string): Package => {
    const parts = new Map(pkg.parts);
    parts.set(part, Buffer.from(edit(partText(pkg, part)), 'utf8'));
    return { parts };
  };
  const load = async (file: string) => openPackage(readFileSync(pathOf(file)));

  it.each(CASES.map((c) => c.file))('find nothing to report when %s is compared with itself', async (file) => {
    const input = await load(file);
    expect(partsNotKept(input, input, new Set())).toEqual([]);
    expect(cellDifferences(input, input, true)).toEqual([]);
    expect(highlightedCells(input, input)).toEqual([]);
  });

  it('report a chart part that changed or went missing', async () => {
    const input = await load('openpyxl-extras.xlsx');
    const changed = withPart(input, 'xl/charts/chart1.xml', (xml) => xml.replace('Hours per week', 'Hours'));
    expect(partsNotKept(input, changed, patchableParts(input))).toEqual(['xl/charts/chart1.xml: changed']);
    const parts = new Map(input.parts);
    parts.delete('xl/charts/chart1.xml');
    expect(partsNotKept(input, { parts }, patchableParts(input))).toEqual(['xl/charts/chart1.xml: missing']);
  });

  it('report a macro project the workbook no longer points at, or whose type went', async () => {
    const input = await load('xlsm-macro.xlsm');
    const unlinked = withPart(input, 'xl/_rels/workbook.xml.rels', (xml) => xml.replace(/<Relationship [^>]*vbaProject[^>]*\/>/, ''));
    expect(linksLost(input, unlinked)).toEqual(['http://schemas.microsoft.com/office/2006/relationships/vbaProject → xl/vbaProject.bin']);
    const untyped = withPart(input, '[Content_Types].xml', (xml) => xml.replace(/<Override PartName="\/xl\/vbaProject\.bin"[^>]*\/>/, ''));
    expect(linksLost(input, untyped)).toEqual(['xl/vbaProject.bin: type undefined']);
  });

  it('report a hidden sheet made visible', async () => {
    const input = await load('excel-features.xlsx');
    const shown = withPart(input, 'xl/workbook.xml', (xml) => xml.replace('state="veryHidden"', 'state="visible"'));
    expect(linksLost(input, shown)).toEqual(['{"name":"Lookup","state":"veryHidden","part":"xl/worksheets/sheet9.xml"}']);
  });

  it('take a new style on an input cell as a highlight, and a new value as a change', async () => {
    const input = await load('openpyxl-plain.xlsx');
    // Style 2 is the sample's hourly-rate format (#,##0.00): a different look from A2's style 0.
    const restyled = withPart(input, 'xl/worksheets/sheet1.xml', (xml) => xml.replace('<c r="A2" t="inlineStr">', '<c r="A2" s="2" t="inlineStr">'));
    expect(highlightedCells(input, restyled)).toEqual(['Staff!A2']);
    expect(cellDifferences(input, restyled, false)).toEqual([]);
    expect(cellDifferences(input, restyled, true)).toEqual([expect.stringMatching(/^Staff!A2: still looks/)]);
    const revalued = withPart(input, 'xl/worksheets/sheet1.xml', (xml) => xml.replace('<c r="E2" t="n"><v>37.5</v>', '<c r="E2" t="n"><v>38</v>'));
    expect(cellDifferences(input, revalued, false)).toEqual([expect.stringMatching(/^Staff!E2: /)]);
    const reformulated = withPart(input, 'xl/worksheets/sheet1.xml', (xml) => xml.replace('<c r="E2" t="n"><v>37.5</v>', '<c r="E2" t="n"><f>F2*37.5</f><v>37.5</v>'));
    expect(cellDifferences(input, reformulated, false)).toEqual([expect.stringMatching(/^Staff!E2: .*"formula":"<f>F2\*37\.5<\/f>"/)]);
    const hidden = withPart(input, 'xl/worksheets/sheet1.xml', (xml) => xml.replace('<row r="5">', '<row r="5" hidden="1">'));
    expect(cellDifferences(input, hidden, false)).toEqual(['Staff!5:5: row <> became <hidden="1">']);
    const moved = withPart(input, 'xl/worksheets/sheet1.xml', (xml) => xml.replace('<pageMargins left="0.7"', '<pageMargins left="0.2"'));
    expect(cellDifferences(input, moved, false)).toEqual([expect.stringMatching(/^Staff: XML outside sheetData changed at \d+: ".*left="0\.7"/)]);
  });

  it('place cells without r attributes where the sample has them', async () => {
    const [sample, quirks] = await Promise.all([openPackage(readFileSync(SAMPLE)), load('sheets-quirks.xlsx')]);
    const filled = (pkg: Package) => sheets(pkg).map((s) => [...storedCells(pkg, s.part)].filter(([, c]) => c.value !== undefined || c.inline !== undefined).map(([a]) => a));
    expect(filled(quirks)).toEqual(filled(sample));
    expect(filled(sample)[0]).toContain('J26');
  });
});
