/**
 * The shared string table (sharedStrings.xml): each `<si>` as plain text, rich text runs joined
 * and phonetic guides left out.
 */
import { stringItemText } from './xml';

/** The strings of a shared string part, by index ([] when there is none). */
export function parseSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const strings: string[] = [];
  const prefix = /<([\w.-]+:)?sst[\s>]/.exec(xml)?.[1] ?? '';
  const open = `<${prefix}si`;
  const close = `</${prefix}si>`;
  let at = 0;
  for (;;) {
    const start = xml.indexOf(open, at);
    if (start < 0) break;
    const tagEnd = xml.indexOf('>', start) + 1;
    if (xml.charCodeAt(tagEnd - 2) === 47) { // <si/>
      strings.push('');
      at = tagEnd;
      continue;
    }
    const end = xml.indexOf(close, tagEnd);
    if (end < 0) break;
    strings.push(stringItemText(xml.slice(tagEnd, end)));
    at = end + close.length;
  }
  return strings;
}
