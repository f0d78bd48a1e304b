"""
Makes the corpus workbooks that openpyxl and xlsxwriter produce, from examples/sample.xlsx.

Run with Debian's python (it has openpyxl 3.0.9 and xlsxwriter 3.0.2):
    /usr/bin/python3 scripts/corpus/python_producers.py examples/sample.xlsx test/fixtures/corpus
scripts/corpus/make-corpus.sh runs this and the LibreOffice producers together.

Every workbook keeps the sample's input sheets at the same cells with the same values, so Loadline's
report on it is the sample's; what differs is how the producer writes the package.
"""
import datetime
import os
import re
import shutil
import struct
import sys
import zipfile
import zlib

import openpyxl
import xlsxwriter
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

INPUT_SHEETS = ['Staff', 'Ops Duties', 'Projects', 'Assignments', 'Time Off', 'Holidays', 'Settings']
# A fixed date for every zip entry and document property, so a rerun only changes what changed.
FIXED = datetime.datetime(2026, 1, 1)


def openpyxl_plain(sample, out):
    """The sample opened and saved unchanged by openpyxl (absolute part names in the rels)."""
    book = openpyxl.load_workbook(sample)
    _stamp(book)
    book.save(out)


def openpyxl_extras(sample, out):
    """openpyxl with a chart on Staff, a note on an input cell, a data validation and a defined name."""
    book = openpyxl.load_workbook(sample)
    staff = book['Staff']
    last = staff.max_row
    chart = BarChart()
    chart.title = 'Hours per week'
    chart.add_data(Reference(staff, min_col=5, min_row=1, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(staff, min_col=1, min_row=2, max_row=last))
    staff.add_chart(chart, 'L2')
    staff['A2'].comment = Comment('Team lead: confirm hours with HR each quarter.', 'Planner')
    assignments = book['Assignments']
    status = DataValidation(type='list', formula1='"Confirmed,Tentative"', allow_blank=True)
    assignments.add_data_validation(status)
    status.add(f'G2:G{assignments.max_row}')
    book.defined_names.append(DefinedName('StaffNames', attr_text=f"Staff!$A$2:$A${last}"))
    _stamp(book)
    book.save(out)


def date1904(sample, out):
    """
    The sample in the 1904 date system, saved by openpyxl. openpyxl reads the date-formatted cells
    as dates and writes them as 1904 serials (1462 less than the 1900 serial of the same day), so
    every date is the same day and the report is the sample's.
    """
    book = openpyxl.load_workbook(sample)
    book.epoch = CALENDAR_MAC_1904
    _stamp(book)
    book.save(out)


def xlsxwriter_tables(sample, out, png):
    """
    The sample's sheets written by xlsxwriter, every input block an Excel table, with a chart on
    Projects and an image on Staff.
    """
    source = openpyxl.load_workbook(sample)
    book = xlsxwriter.Workbook(out)
    book.set_properties({'author': 'Loadline corpus', 'created': FIXED})
    formats = {}
    for name in INPUT_SHEETS:
        sheet = source[name]
        rows = [[cell for cell in row] for row in sheet.iter_rows()]
        target = book.add_worksheet(name)
        header = [cell.value for cell in rows[0]]
        columns = []
        for c, title in enumerate(header):
            number_format = next((r[c].number_format for r in rows[1:] if r[c].value is not None), 'General')
            if number_format not in formats:
                formats[number_format] = book.add_format({'num_format': number_format})
            columns.append({'header': title, 'format': formats[number_format]})
            width = sheet.column_dimensions[openpyxl.utils.get_column_letter(c + 1)].width
            target.set_column(c, c, width or 10)
        data = [[cell.value for cell in row] for row in rows[1:]]
        table_name = 'Assignments' if name == 'Assignments' else name.replace(' ', '')
        target.add_table(0, 0, len(rows) - 1, len(header) - 1, {
            'name': table_name, 'columns': columns, 'data': data, 'style': 'Table Style Medium 2',
        })
        target.freeze_panes(1, 0)
        if name == 'Projects':
            chart = book.add_chart({'type': 'column'})
            chart.add_series({
                'name': 'Budget', 'categories': ['Projects', 1, 0, len(rows) - 1, 0],
                'values': ['Projects', 1, 4, len(rows) - 1, 4],
            })
            chart.set_title({'name': 'Budget by project'})
            target.insert_chart('Q2', chart)
        if name == 'Staff':
            target.insert_image('L2', png)
    book.close()


def quirks(sample, out):
    """
    Google-Sheets-like and Numbers-like quirks, made by rewriting the sample's XML: every string
    inline (t="inlineStr", no shared strings part in use), and no r attribute on any row or cell
    (each cell is the next column; gaps are filled with empty <c/> so every value keeps its cell).
    """
    with zipfile.ZipFile(sample) as zin:
        strings = _shared_strings(zin.read('xl/sharedStrings.xml').decode('utf8'))
        with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                data = zin.read(info.filename)
                if re.match(r'xl/worksheets/sheet\d+\.xml$', info.filename):
                    data = _quirky_sheet(data.decode('utf8'), strings).encode('utf8')
                zout.writestr(_fixed_info(info.filename), data)


def threaded_comments(extras, out):
    """
    openpyxl-extras plus an Excel threaded comment (xl/threadedComments + xl/persons) on the cell
    that already has the legacy note, as Excel 365 writes both: the note is the fallback for older
    readers.
    """
    person_id = '{6B2C4F0A-1D2E-4C3B-9A8F-0123456789AB}'
    comment_id = '{0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0}'
    thread = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" '
        'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<threadedComment ref="A2" dT="2026-01-01T09:00:00.00" personId="{person_id}" id="{comment_id}">'
        '<text>Team lead: confirm hours with HR each quarter.</text></threadedComment></ThreadedComments>'
    )
    persons = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" '
        'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<person displayName="Planner" id="{person_id}" userId="planner@example.com" providerId="None"/></personList>'
    )
    with zipfile.ZipFile(extras) as zin:
        names = zin.namelist()
        with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
            for name in names:
                data = zin.read(name).decode('utf8') if name.endswith(('.xml', '.rels')) else zin.read(name)
                if name == '[Content_Types].xml':
                    data = data.replace('</Types>', (
                        '<Override PartName="/xl/threadedComments/threadedComment1.xml" '
                        'ContentType="application/vnd.ms-excel.threadedcomments+xml"/>'
                        '<Override PartName="/xl/persons/person.xml" '
                        'ContentType="application/vnd.ms-excel.person+xml"/></Types>'))
                elif name == 'xl/_rels/workbook.xml.rels':
                    data = data.replace('</Relationships>', (
                        '<Relationship Id="rIdPersons" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" '
                        'Target="/xl/persons/person.xml"/></Relationships>'))
                elif name == _staff_rels(names, zin):
                    data = data.replace('</Relationships>', (
                        '<Relationship Id="rIdThread" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" '
                        'Target="/xl/threadedComments/threadedComment1.xml"/></Relationships>'))
                zout.writestr(_fixed_info(name), data)
            zout.writestr(_fixed_info('xl/threadedComments/threadedComment1.xml'), thread)
            zout.writestr(_fixed_info('xl/persons/person.xml'), persons)


def not_a_workbook(out):
    """A text file named .xlsx, as when a CSV or a note is renamed by mistake."""
    with open(out, 'w') as f:
        f.write('Name,Team\nAnn,Infrastructure\n')


def small_png(out):
    """A 16 x 16 PNG in Loadline's amber, written by hand so no image library is needed."""
    width = height = 16
    raw = b''.join(b'\x00' + bytes([255, 235, 156]) * width for _ in range(height))

    def chunk(kind, body):
        return struct.pack('>I', len(body)) + kind + body + struct.pack('>I', zlib.crc32(kind + body) & 0xffffffff)

    with open(out, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n')
        f.write(chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0)))
        f.write(chunk(b'IDAT', zlib.compress(raw, 9)))
        f.write(chunk(b'IEND', b''))


def _stamp(book):
    book.properties.created = FIXED
    book.properties.modified = FIXED
    book.properties.creator = 'Loadline corpus'


def _fixed_info(name):
    info = zipfile.ZipInfo(name, date_time=FIXED.timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _staff_rels(names, zin):
    """The rels part of the Staff sheet (openpyxl numbers sheets in order, so sheet1)."""
    return 'xl/worksheets/_rels/sheet1.xml.rels'


def _shared_strings(xml):
    """The shared strings, as their raw <t>…</t> runs, in order (the sample has no rich text)."""
    return [m.group(1) for m in re.finditer(r'<si>(.*?)</si>', xml, re.S)]


def _column_number(ref):
    letters = re.match(r'[A-Z]+', ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _quirky_sheet(xml, strings):
    def row_sub(match):
        attrs, body = match.group(1), match.group(2) or ''
        attrs = re.sub(r'\s+r="\d+"', '', attrs)
        cells = []
        next_col = 1
        for cell in re.finditer(r'<c\b([^>]*?)(?:/>|>(.*?)</c>)', body, re.S):
            cattrs, cbody = cell.group(1), cell.group(2)
            col = _column_number(re.search(r'\br="([A-Z]+\d+)"', cattrs).group(1))
            cells.extend(['<c/>'] * (col - next_col))
            next_col = col + 1
            cattrs = re.sub(r'\s+r="[A-Z]+\d+"', '', cattrs)
            if cbody is None:
                cells.append(f'<c{cattrs}/>')
            elif re.search(r'\bt="s"', cattrs):
                index = int(re.search(r'<v>(\d+)</v>', cbody).group(1))
                cattrs = re.sub(r'\bt="s"', 't="inlineStr"', cattrs)
                cells.append(f'<c{cattrs}><is>{strings[index]}</is></c>')
            else:
                cells.append(f'<c{cattrs}>{cbody}</c>')
        return f'<row{attrs}>{"".join(cells)}</row>'

    def sheet_data_sub(match):
        rows = list(re.finditer(r'<row\b([^>]*?)(?:/>|>(.*?)</row>)', match.group(1), re.S))
        numbers = [int(re.search(r'\br="(\d+)"', r.group(1)).group(1)) for r in rows]
        out = []
        expected = 1
        for row, number in zip(rows, numbers):
            out.extend(['<row/>'] * (number - expected))
            expected = number + 1
            out.append(row_sub(row))
        return f'<sheetData>{"".join(out)}</sheetData>'

    xml = re.sub(r'<sheetData>(.*?)</sheetData>', sheet_data_sub, xml, flags=re.S)
    # The <dimension> element is optional and Google Sheets writes its own; drop it with the r's.
    return re.sub(r'<dimension\b[^>]*/>', '', xml)


def main(sample, outdir):
    os.makedirs(outdir, exist_ok=True)
    work = os.path.join(outdir, '.work')
    os.makedirs(work, exist_ok=True)
    png = os.path.join(work, 'amber.png')
    small_png(png)
    openpyxl_plain(sample, os.path.join(outdir, 'openpyxl-plain.xlsx'))
    openpyxl_extras(sample, os.path.join(outdir, 'openpyxl-extras.xlsx'))
    threaded_comments(os.path.join(outdir, 'openpyxl-extras.xlsx'), os.path.join(outdir, 'threaded-comments.xlsx'))
    date1904(sample, os.path.join(outdir, 'date1904.xlsx'))
    xlsxwriter_tables(sample, os.path.join(outdir, 'xlsxwriter-tables.xlsx'), png)
    quirks(sample, os.path.join(outdir, 'sheets-quirks.xlsx'))
    not_a_workbook(os.path.join(outdir, 'not-a-workbook.xlsx'))
    shutil.rmtree(work)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
