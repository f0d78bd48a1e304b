"""
Makes the corpus workbooks that LibreOffice Calc produces, from examples/sample.xlsx, through UNO.

Run with Debian's python (it has the `uno` module of the installed LibreOffice):
    /usr/bin/python3 scripts/corpus/libreoffice_producers.py examples/sample.xlsx test/fixtures/corpus
It starts its own headless soffice with a throwaway profile, and stops it (by its pid) at the end.

(LibreOffice 7.4 does not write a password-encrypted .xlsx through UNO: the `Password` and
`EncryptionData` store options give a plain zip or an I/O error; encrypted.xlsx is made by
encrypt_package.py instead.)

Every workbook keeps the sample's input sheets at the same cells with the same values, so Loadline's
report on it is the sample's.
"""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.awt import Rectangle
from com.sun.star.beans import PropertyValue
from com.sun.star.table import CellAddress, CellRangeAddress

XLSX = 'Calc MS Excel 2007 XML'
XLSM = 'Calc MS Excel 2007 VBA XML'
# com.sun.star.sheet.GeneralFunction.SUM and DataPilotFieldOrientation ROW / DATA.
SUM, ROW, DATA = 2, 1, 4
# com.sun.star.script.ModuleType.NORMAL: a standard (not a document or class) module.
STANDARD_MODULE = 1


def props(**values):
    out = []
    for name, value in values.items():
        p = PropertyValue()
        p.Name, p.Value = name, value
        out.append(p)
    return tuple(out)


def url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def load(desktop, path):
    return desktop.loadComponentFromURL(url(path), '_blank', 0, props(Hidden=True))


def save(doc, path, filter_name, **extra):
    doc.storeToURL(url(path), props(FilterName=filter_name, Overwrite=True, **extra))
    doc.close(True)


def used_rows(sheet):
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    return cursor.RangeAddress.EndRow + 1


def add_chart(sheet, name, sheet_index, label_col, value_col, x):
    """A column chart of one column against the names in another, placed right of the data."""
    rows = used_rows(sheet)
    ranges = (
        CellRangeAddress(sheet_index, label_col, 0, label_col, rows - 1),
        CellRangeAddress(sheet_index, value_col, 0, value_col, rows - 1),
    )
    sheet.Charts.addNewByName(name, Rectangle(x, 1000, 14000, 8000), ranges, True, True)


def libreoffice_charts(desktop, sample, out):
    """The sample with two charts (Staff hours, project budgets), saved by Calc as .xlsx."""
    doc = load(desktop, sample)
    sheets = doc.Sheets
    add_chart(sheets.getByName('Staff'), 'StaffHours', 0, 0, 4, 52000)
    add_chart(sheets.getByName('Projects'), 'ProjectBudgets', 2, 0, 4, 70000)
    save(doc, out, XLSX)


def pivot(desktop, sample, out):
    """
    The sample plus a DataPilot (pivot table) on a new last sheet: hours per week booked per
    project, over Assignments. Calc writes it as pivotTable + pivotCacheDefinition/Records parts.
    """
    doc = load(desktop, sample)
    sheets = doc.Sheets
    assignments = sheets.getByName('Assignments')
    rows = used_rows(assignments)
    sheets.insertNewByName('Hours by project', sheets.Count)
    target = sheets.getByName('Hours by project')
    tables = target.DataPilotTables
    descriptor = tables.createDataPilotDescriptor()
    descriptor.SourceRange = CellRangeAddress(3, 0, 0, 6, rows - 1)
    fields = descriptor.DataPilotFields
    fields.getByIndex(1).Orientation = ROW  # Project
    hours = fields.getByIndex(4)  # Hours per week
    hours.Orientation = DATA
    hours.Function = SUM
    tables.insertNewByName('HoursByProject', CellAddress(sheets.Count - 1, 0, 0), descriptor)
    save(doc, out, XLSX)


def xlsm_macro(desktop, sample, out):
    """
    The sample with a Basic module in VBA-compatible mode, saved by Calc as .xlsm: Calc's VBA
    export writes it as xl/vbaProject.bin: a VBA project storage (PROJECT, PROJECTwm, VBA/dir,
    VBA/_VBA_PROJECT and the module stream), not tried in Excel here.
    """
    doc = load(desktop, sample)
    libraries = doc.BasicLibraries
    libraries.VBACompatibilityMode = True
    # The VBA export writes the library whose name is the project's name, and each module with
    # its module info (a standard module here).
    libraries.ProjectName = 'Standard'
    library = libraries.getByName('Standard') if libraries.hasByName('Standard') else libraries.createLibrary('Standard')
    info = uno.createUnoStruct('com.sun.star.script.ModuleInfo')
    info.ModuleType = STANDARD_MODULE
    library.insertModuleInfo('LoadlineCorpus', info)
    library.insertByName('LoadlineCorpus', (
        'Rem Attribute VBA_ModuleType=VBAModule\n'
        'Option VBASupport 1\n'
        'Sub ShowStaffCount()\n'
        '    MsgBox "Staff rows: " & (Worksheets("Staff").UsedRange.Rows.Count - 1)\n'
        'End Sub\n'))
    save(doc, out, XLSM)


def excel97(desktop, sample, out):
    """The sample saved by Calc in the old binary format (Excel 97-2003 .xls): not a package at all."""
    save(load(desktop, sample), out, 'MS Excel 97')


def libreoffice_date1904(desktop, date1904_xlsx, out):
    """
    date1904.xlsx (openpyxl's, 1904 date system) opened and saved again by Calc, which writes
    date1904="true" where Excel and openpyxl write "1".
    """
    save(load(desktop, date1904_xlsx), out, XLSX)


def main(sample, outdir):
    os.makedirs(outdir, exist_ok=True)
    profile = tempfile.mkdtemp(prefix='loadline-corpus-lo-')
    pipe = f'loadlinecorpus{os.getpid()}'
    office = subprocess.Popen([
        'soffice', '--headless', '--invisible', '--norestore', '--nologo',
        f'-env:UserInstallation={uno.systemPathToFileUrl(profile)}',
        f'--accept=pipe,name={pipe};urp;StarOffice.ComponentContext',
    ], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    desktop = None
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
        for _ in range(120):
            try:
                context = resolver.resolve(f'uno:pipe,name={pipe};urp;StarOffice.ComponentContext')
                break
            except Exception:
                time.sleep(0.5)
        else:
            raise RuntimeError('soffice did not start')
        desktop = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
        libreoffice_charts(desktop, sample, os.path.join(outdir, 'libreoffice-charts.xlsx'))
        pivot(desktop, sample, os.path.join(outdir, 'pivot.xlsx'))
        xlsm_macro(desktop, sample, os.path.join(outdir, 'xlsm-macro.xlsm'))
        excel97(desktop, sample, os.path.join(outdir, 'excel-97.xls'))
        # Made from python_producers.py's date1904.xlsx: run that first.
        libreoffice_date1904(desktop, os.path.join(outdir, 'date1904.xlsx'), os.path.join(outdir, 'libreoffice-date1904.xlsx'))
    finally:
        try:
            if desktop is not None:
                desktop.terminate()
        except Exception:
            pass  # the bridge drops as soffice exits
        try:
            office.wait(timeout=60)
        except subprocess.TimeoutExpired:
            pass
        # soffice is a launcher whose soffice.bin child can outlive it: end the whole session we
        # started (its own process group), never anything else.
        try:
            os.killpg(office.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
