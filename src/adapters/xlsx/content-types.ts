/**
 * [Content_Types].xml: the content type of each part. Loadline adds an Override for each part it
 * adds and drops the Overrides of the parts it removes; every other line stays as it was.
 */
import { attributes, escapeAttr, findElements } from './xml';

/** The content types of the parts Loadline writes. */
export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
} as const;

/** The XML with an Override for `part` (a zip entry name): in place when it had one, else added at the end. */
export function setOverride(xml: string, part: string, contentType: string): string {
  const element = `<Override PartName="/${escapeAttr(part)}" ContentType="${escapeAttr(contentType)}"/>`;
  for (const found of findElements(xml, 'Override')) {
    const name = attributes(found.tag).PartName ?? '';
    if (name.replace(/^\//, '').toLowerCase() === part.toLowerCase()) return xml.slice(0, found.start) + element + xml.slice(found.end);
  }
  const close = xml.lastIndexOf('</');
  return xml.slice(0, close) + element + xml.slice(close);
}

/** The XML without the Override of `part`. */
export function removeOverride(xml: string, part: string): string {
  for (const element of findElements(xml, 'Override')) {
    const name = attributes(element.tag).PartName ?? '';
    if (name.replace(/^\//, '').toLowerCase() === part.toLowerCase()) return xml.slice(0, element.start) + xml.slice(element.end);
  }
  return xml;
}
