#!/bin/sh
# Remakes test/fixtures/corpus (or the folder given) from examples/sample.xlsx: the workbooks of
# real producers that the .xlsx door is tested on (test/xlsx-corpus.test.ts; the corpus README
# says how each is made). Needs Debian's python3 with python3-openpyxl, python3-pandas,
# python3-xlsxwriter, python3-uno, python3-cryptography and python3-msoffcrypto-tool, and
# LibreOffice Calc:
#   apt-get install -y --no-install-recommends python3-openpyxl python3-pandas python3-xlsxwriter \
#     python3-uno python3-msoffcrypto-tool libreoffice-calc
# Producers stamp their own times and ids into some parts, so a remade file differs in bytes from
# the committed one; the test compares every copy with its own input, never with fixed hashes.
set -eu
cd "$(dirname "$0")/../.."
PY=/usr/bin/python3
OUT=${1:-test/fixtures/corpus}
SAMPLE=examples/sample.xlsx
$PY scripts/corpus/python_producers.py "$SAMPLE" "$OUT"
$PY scripts/corpus/libreoffice_producers.py "$SAMPLE" "$OUT"
$PY scripts/corpus/encrypt_package.py "$SAMPLE" "$OUT/encrypted.xlsx"
ls -l "$OUT"
