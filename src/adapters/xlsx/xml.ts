/**
 * The little XML the .xlsx door needs: escaping, entity decoding, attributes of one start tag,
 * and finding elements by local name. Package parts are small, regular XML written by machines;
 * a full parser would cost more time than the whole check (see the README, "The .xlsx door").
 */

/** Text escaped for element content. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : '&gt;'));
}

/** Text escaped for a double-quoted attribute value. */
export function escapeAttr(text: string): string {
  return text.replace(/[&<>"'\n\r\t]/g, (ch) => ATTR_ESCAPES[ch]);
}
const ATTR_ESCAPES: Record<string, string> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;',
};

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five named entities and numeric character references. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, body: string) => {
    if (body[0] !== '#') return NAMED_ENTITIES[body] ?? whole;
    const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Excel's escape for characters XML cannot hold: `_x0001_` is U+0001, and a literal "_x0041_"
 * is stored as "_x005F_x0041_". Applied to cell text after entity decoding.
 */
export function decodeExcelEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The inverse of decodeExcelEscapes, for cell text Loadline writes. */
export function encodeExcelEscapes(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding the control characters XML 1.0 cannot hold is the point
  if (!/[\u0000-\u001f_\ufffe\uffff]/.test(text)) return text;
  // eslint-disable-next-line no-control-regex -- as above
  return text.replace(/_x(?=[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (match) => (
    match === '_x' ? '_x005F_x' : `_x${match.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`
  ));
}

/** The attributes of a start tag such as `<sheet name="A &amp; B" r:id="rId1"/>`, decoded, by qualified name. */
export function attributes(tag: string): Record<string, string> {
  const result: Record<string, string> = {};
  const pattern = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  // Skip the element name so that `<x:c` is not read as an attribute.
  const start = tag.search(/[\s/>]/);
  pattern.lastIndex = start < 0 ? tag.length : start;
  for (let match = pattern.exec(tag); match; match = pattern.exec(tag)) {
    result[match[1]] = decodeEntities(match[3] ?? match[4]);
  }
  return result;
}

/** An element found in a part: its start tag, inner XML and where it sits. */
export interface XmlElement {
  /** The start tag, `<…>` or `<…/>`. */
  readonly tag: string;
  /** The XML between the start and end tags ('' for an empty element). */
  readonly inner: string;
  readonly start: number;
  /** Just past the end tag. */
  readonly end: number;
}

/**
 * Every element with this local name (any prefix), in document order, from `from`. Elements of
 * that name nested inside each other are not expected in the parts this is used on.
 */
export function findElements(xml: string, localName: string, from = 0, to = xml.length): XmlElement[] {
  const found: XmlElement[] = [];
  const open = new RegExp(`<((?:[\\w.-]+:)?${localName})(?=[\\s/>])`, 'g');
  open.lastIndex = from;
  for (let match = open.exec(xml); match && match.index < to; match = open.exec(xml)) {
    const tagEnd = xml.indexOf('>', match.index);
    if (tagEnd < 0) break;
    const tag = xml.slice(match.index, tagEnd + 1);
    if (tag.endsWith('/>')) {
      found.push({ tag, inner: '', start: match.index, end: tagEnd + 1 });
      open.lastIndex = tagEnd + 1;
      continue;
    }
    const close = `</${match[1]}>`;
    const closeAt = xml.indexOf(close, tagEnd + 1);
    if (closeAt < 0) break;
    found.push({ tag, inner: xml.slice(tagEnd + 1, closeAt), start: match.index, end: closeAt + close.length });
    open.lastIndex = closeAt + close.length;
  }
  return found;
}

/** The first element of that local name, or undefined. */
export function findElement(xml: string, localName: string, from = 0): XmlElement | undefined {
  return findElements(xml, localName, from)[0];
}

/** The text of every `<t>` in a run of text (shared string item, inline string), phonetic runs left out. */
export function stringItemText(inner: string): string {
  if (!inner.includes('<')) return '';
  const withoutPhonetic = inner.includes('rPh') ? inner.replace(/<(?:[\w.-]+:)?rPh[\s>][^]*?<\/(?:[\w.-]+:)?rPh>/g, '') : inner;
  let text = '';
  const pattern = /<(?:[\w.-]+:)?t(?:\s[^>]*)?(?:\/>|>([^<]*)<\/(?:[\w.-]+:)?t>)/g;
  for (let match = pattern.exec(withoutPhonetic); match; match = pattern.exec(withoutPhonetic)) text += match[1] ?? '';
  return decodeExcelEscapes(decodeEntities(text));
}
