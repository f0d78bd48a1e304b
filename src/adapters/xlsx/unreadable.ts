/**
 * Why a file is not an .xlsx workbook Loadline can open, in words that say what to do.
 */

/**
 * A file the door cannot open as a workbook. `reason` completes "cannot read <file> as an .xlsx
 * workbook: …" and says what to do; it is the user's situation, not a bug.
 */
export class UnreadableWorkbookError extends Error {
  constructor(readonly reason: string, options?: { cause?: unknown }) {
    super(reason, options);
    this.name = 'UnreadableWorkbookError';
  }
}

/** The signature of a Compound File (OLE2): legacy .xls files and password-encrypted .xlsx files. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Throws UnreadableWorkbookError when the bytes cannot be a zip package: an encrypted workbook
 * (Excel wraps a password-protected .xlsx in a Compound File holding "EncryptionInfo"), a
 * legacy .xls, or anything else that is not a zip.
 */
export function assertZipPackage(bytes: Uint8Array): void {
  if (CFB_SIGNATURE.every((byte, i) => bytes[i] === byte)) {
    if (containsUtf16(bytes, 'EncryptionInfo')) {
      throw new UnreadableWorkbookError('it is password-protected; open it in Excel, save an unprotected copy and check that');
    }
    throw new UnreadableWorkbookError('it is an old .xls file; open it in Excel and save it as .xlsx (Excel Workbook)');
  }
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
  if (!isZip) throw new UnreadableWorkbookError('it is not an Excel workbook; save it from Excel as .xlsx (Excel Workbook) and check that');
}

/** True when the UTF-16LE spelling of `text` (how Compound Files name their streams) is in the bytes. */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Array.from(text).flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
