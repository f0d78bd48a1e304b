/**
 * Part names inside an OPC package (the zip of an .xlsx) and relationship targets between them.
 * Zip entry names have no leading slash; relationship targets may be absolute ("/xl/worksheets/sheet1.xml",
 * as openpyxl writes them) or relative to the source part's folder, with or without "./" and "../".
 */

/** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The folder of a part, with a trailing slash ("xl/" for "xl/workbook.xml", "" at the root). */
export function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf('/') + 1);
}

/** The part a relationship target names, as a zip entry name. */
export function resolveTarget(sourcePart: string, target: string): string {
  const decoded = safeDecode(target.split('#')[0]);
  const path = decoded.startsWith('/') ? decoded.slice(1) : folderOf(sourcePart) + decoded;
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return out.join('/');
}

/** A relative target from `sourcePart` to `targetPart`, e.g. "../tables/table1.xml". */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = folderOf(sourcePart).split('/').filter(Boolean);
  const to = targetPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
