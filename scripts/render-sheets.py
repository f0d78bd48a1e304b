#!/usr/bin/python3
"""
Renders chosen sheets of a workbook to PDF through LibreOffice Calc, as they would print.

    /usr/bin/python3 scripts/render-sheets.py <in.xlsx> <out.pdf> "<sheet>" ["<sheet>" ...]

Starts a private headless LibreOffice (its own profile, so it never meets a user's running
office), opens the workbook hidden, deletes every other sheet from the open copy (the file on
disk is not touched), and exports the rest to PDF with each sheet's own page setup. Used by the
LibreOffice tests (no ### in any printed summary sheet) and by `npm run pictures`.

Needs Debian's LibreOffice with its Python bridge (python3-uno), hence /usr/bin/python3.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, process):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    deadline = time.time() + 60
    while True:
        try:
            return resolver.resolve(f'uno:pipe,name={pipe};urp;StarOffice.ComponentContext')
        except Exception:
            if process.poll() is not None or time.time() > deadline:
                raise RuntimeError('LibreOffice did not start')
            time.sleep(0.25)


def main(argv):
    if len(argv) < 4:
        sys.stderr.write(__doc__)
        return 2
    source, target, keep = os.path.abspath(argv[1]), os.path.abspath(argv[2]), argv[3:]
    profile = tempfile.mkdtemp(prefix='loadline-lo-')
    pipe = f'loadline{os.getpid()}'
    process = subprocess.Popen([
        'soffice', '--headless', '--invisible', '--norestore', '--nologo', '--nodefault',
        f'-env:UserInstallation=file://{profile}', f'--accept=pipe,name={pipe};urp;',
    ], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        context = connect(pipe, process)
        desktop = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), '_blank', 0, (prop('Hidden', True),))
        sheets = document.Sheets
        missing = [name for name in keep if not sheets.hasByName(name)]
        if missing:
            raise RuntimeError(f'no sheet named {missing} in {source}')
        for name in list(sheets.ElementNames):
            if name not in keep:
                sheets.removeByName(name)
        # Tab order of `keep`, so pages come out in the order asked for.
        for position, name in enumerate(keep):
            sheets.moveByName(name, position)
        document.storeToURL(uno.systemPathToFileUrl(target), (prop('FilterName', 'calc_pdf_Export'),))
        document.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge drops as LibreOffice quits
        return 0
    finally:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main(sys.argv))
