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


def excel_features(sample, out):
    """
    The sample (ExcelJS writes Excel's own layout: shared strings, relative part names) with the
    features Excel writes that no producer here makes, added to its XML as Excel writes them:
    shared formulas with cached values (Staff!E2:E11 and E13:E26 = FTE * 37.5), plain formulas on
    cells Loadline highlights (Assignments!E9, E14, E15), a rich-text name (Staff!A2, "Alice" in
    bold), a hidden sheet "Notes" holding a formula that reads another workbook through an external
    link, a very hidden sheet "Lookup", defined names (one through the link, a print area) and a
    custom XML part. Every cached value is the sample's value, so the report is the sample's.
    """
    ns_r = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
    main_ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
    sheet_type = f'{ns_r}/worksheet'
    notes = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<worksheet xmlns="{main_ns}" xmlns:r="{ns_r}"><dimension ref="A1:B2"/><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Contractor day rate from rates.xlsx</t></is></c></row>'
        '<row r="2"><c r="A2" t="inlineStr"><is><t>Rate</t></is></c><c r="B2"><f>[1]Rates!$B$2</f><v>68</v></c></row>'
        '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
    )
    lookup = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<worksheet xmlns="{main_ns}" xmlns:r="{ns_r}"><dimension ref="A1:A4"/><sheetData>'
        + ''.join(f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>{team}</t></is></c></row>'
                  for i, team in enumerate(['Infrastructure', 'Engineering', 'Finance', 'Digital'], 1))
        + '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
    )
    external = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<externalLink xmlns="{main_ns}" xmlns:r="{ns_r}"><externalBook r:id="rId1"><sheetNames><sheetName val="Rates"/></sheetNames>'
        '<sheetDataSet><sheetData sheetId="0"><row r="2"><cell r="B2"><v>68</v></cell></row></sheetData></sheetDataSet>'
        '</externalBook></externalLink>'
    )
    external_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{ns_r}/externalLinkPath" Target="rates.xlsx" TargetMode="External"/></Relationships>'
    )
    item_id = '{5C4F3A2B-1D0E-4F9A-8B7C-6D5E4F3A2B1C}'
    custom_item = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<planInfo xmlns="urn:example:loadline-corpus"><owner>PMO</owner></planInfo>'
    custom_props = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        f'<ds:datastoreItem ds:itemID="{item_id}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
        '<ds:schemaRefs><ds:schemaRef ds:uri="urn:example:loadline-corpus"/></ds:schemaRefs></ds:datastoreItem>'
    )
    custom_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{ns_r}/customXmlProps" Target="itemProps1.xml"/></Relationships>'
    )

    def staff(xml):
        for row in list(range(2, 12)) + list(range(13, 27)):
            master = row in (2, 13)
            ref = 'E2:E11' if row < 12 else 'E13:E26'
            si = 0 if row < 12 else 1
            formula = f'<f t="shared" ref="{ref}" si="{si}">F{row}*37.5</f>' if master else f'<f t="shared" si="{si}"/>'
            fte = float(re.search(rf'<c r="F{row}"[^>]*><v>([^<]*)</v>', xml).group(1))
            cell = re.search(rf'<c r="E{row}"([^>]*)><v>([^<]*)</v></c>', xml)
            assert float(cell.group(2)) == fte * 37.5, f'Staff!E{row} is not FTE * 37.5'
            xml = xml.replace(cell.group(0), f'<c r="E{row}"{cell.group(1)}>{formula}<v>{cell.group(2)}</v></c>')
        return xml

    def assignments(xml):
        for ref, formula, value in (('E9', 'E2-5', '25'), ('E14', '8*2', '16'), ('E15', 'SUM(10,10)', '20')):
            cell = re.search(rf'<c r="{ref}"([^>]*)><v>{value}</v></c>', xml)
            assert cell, f'Assignments!{ref} is not {value}'
            xml = xml.replace(cell.group(0), f'<c r="{ref}"{cell.group(1)}><f>{formula}</f><v>{value}</v></c>')
        return xml

    def shared_strings(xml):
        rich = ('<si><r><rPr><b/><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr>'
                '<t>Alice</t></r><r><rPr><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr>'
                '<t xml:space="preserve"> Hughes</t></r></si>')
        assert xml.count('<si><t>Alice Hughes</t></si>') == 1
        return xml.replace('<si><t>Alice Hughes</t></si>', rich)

    def workbook(xml):
        xml = xml.replace('</sheets>', (
            '<sheet sheetId="8" name="Notes" state="hidden" r:id="rId11"/>'
            '<sheet sheetId="9" name="Lookup" state="veryHidden" r:id="rId12"/></sheets>'
            '<externalReferences><externalReference r:id="rId13"/></externalReferences>'
            '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">Staff!$A$1:$J$26</definedName>'
            '<definedName name="ContractorRate">[1]Rates!$B$2</definedName>'
            '<definedName name="Teams">Lookup!$A$1:$A$4</definedName></definedNames>'))
        return xml

    def workbook_rels(xml):
        return xml.replace('</Relationships>', (
            f'<Relationship Id="rId11" Type="{sheet_type}" Target="worksheets/sheet8.xml"/>'
            f'<Relationship Id="rId12" Type="{sheet_type}" Target="worksheets/sheet9.xml"/>'
            f'<Relationship Id="rId13" Type="{ns_r}/externalLink" Target="externalLinks/externalLink1.xml"/>'
            f'<Relationship Id="rId14" Type="{ns_r}/customXml" Target="../customXml/item1.xml"/></Relationships>'))

    def content_types(xml):
        ws = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml'
        return xml.replace('</Types>', (
            f'<Override PartName="/xl/worksheets/sheet8.xml" ContentType="{ws}"/>'
            f'<Override PartName="/xl/worksheets/sheet9.xml" ContentType="{ws}"/>'
            '<Override PartName="/xl/externalLinks/externalLink1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>'
            '<Override PartName="/customXml/itemProps1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/></Types>'))

    edits = {
        'xl/worksheets/sheet1.xml': staff, 'xl/worksheets/sheet4.xml': assignments,
        'xl/sharedStrings.xml': shared_strings, 'xl/workbook.xml': workbook,
        'xl/_rels/workbook.xml.rels': workbook_rels, '[Content_Types].xml': content_types,
    }
    added = {
        'xl/worksheets/sheet8.xml': notes, 'xl/worksheets/sheet9.xml': lookup,
        'xl/externalLinks/externalLink1.xml': external, 'xl/externalLinks/_rels/externalLink1.xml.rels': external_rels,
        'customXml/item1.xml': custom_item, 'customXml/itemProps1.xml': custom_props,
        'customXml/_rels/item1.xml.rels': custom_rels,
    }
    with zipfile.ZipFile(sample) as zin, zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name in edits:
                data = edits[name](data.decode('utf8')).encode('utf8')
            zout.writestr(_fixed_info(name), data)
        for name, text in added.items():
            zout.writestr(_fixed_info(name), text)


def pandas_to_excel(sample, out):
    """
    What a pandas user does: every sheet read with `pandas.read_excel(sheet_name=None)` and
    written back with `DataFrame.to_excel(index=False)` (openpyxl engine). pandas drops the
    Assignments table and the number formats, writes dates as datetimes in its own format and
    blanks as empty cells, but every value stays in its cell.
    """
    import pandas
    frames = pandas.read_excel(sample, sheet_name=None)
    with pandas.ExcelWriter(out, engine='openpyxl') as writer:
        for name, frame in frames.items():
            frame.to_excel(writer, sheet_name=name, index=False)
        _stamp(writer.book)


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
    pandas_to_excel(sample, os.path.join(outdir, 'pandas.xlsx'))
    openpyxl_extras(sample, os.path.join(outdir, 'openpyxl-extras.xlsx'))
    threaded_comments(os.path.join(outdir, 'openpyxl-extras.xlsx'), os.path.join(outdir, 'threaded-comments.xlsx'))
    date1904(sample, os.path.join(outdir, 'date1904.xlsx'))
    xlsxwriter_tables(sample, os.path.join(outdir, 'xlsxwriter-tables.xlsx'), png)
    quirks(sample, os.path.join(outdir, 'sheets-quirks.xlsx'))
    excel_features(sample, os.path.join(outdir, 'excel-features.xlsx'))
    not_a_workbook(os.path.join(outdir, 'not-a-workbook.xlsx'))
    shutil.rmtree(work)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
