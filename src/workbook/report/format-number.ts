/**
 * The text a number shows under an Excel number format, for the formats Loadline writes (money,
 * percentages, fixed decimals, ISO dates). Used to size columns to what the user will see.
 */
import { isoDateOfSerial } from '../excel-date';

interface Section {
  readonly color: boolean;
  readonly parts: readonly Part[];
}

type Part =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'number'; readonly decimals: number; readonly grouped: boolean; readonly percent: boolean }
  | { readonly kind: 'date' };

/**
 * `value` formatted by `format` as Excel shows it in a wide enough column ("General" and an
 * empty format give up to 10 significant digits). Sections follow Excel: positive; negative (the
 * format writes its own minus); zero. Quoted text, backslash escapes and other characters are
 * literal; [Red]-style colours are dropped; "yyyy-mm-dd" shows the serial as an ISO date.
 *
 * @example
 * formatNumber(-1234.5, '"£"#,##0.00;[Red]-"£"#,##0.00;"–"') // '-£1,234.50'
 * formatNumber(0.125, '0%')                                  // '13%'
 */
export function formatNumber(value: number, format: string | null): string {
  if (format === null || format === '' || format.toLowerCase() === 'general') return generalText(value);
  const sections = parsedSections(format);
  let section = sections[0];
  let shown = value;
  if (value < 0 && sections.length >= 2) {
    section = sections[1];
    shown = -value;
  } else if (value === 0 && sections.length >= 3) {
    section = sections[2];
  }
  const negativeSign = value < 0 && sections.length < 2 ? '-' : '';
  const hasPercent = section.parts.some((part) => part.kind === 'number' && part.percent);
  const text = section.parts.map((part) => {
    if (part.kind === 'literal') return part.text;
    if (part.kind === 'date') return isoDateOfSerial(shown) ?? generalText(shown);
    return numberText(hasPercent ? shown * 100 : shown, part.decimals, part.grouped);
  }).join('');
  return negativeSign === '' || text.startsWith('-') ? text : negativeSign + text;
}

/**
 * Parsed sections per format code: a summary sheet formats hundreds of thousands of cells with a
 * handful of codes. The cache only ever holds pure results, so it changes no answer.
 */
const PARSED = new Map<string, readonly Section[]>();

function parsedSections(format: string): readonly Section[] {
  let sections = PARSED.get(format);
  if (!sections) {
    sections = splitSections(format).map(parseSection);
    if (PARSED.size < 1000) PARSED.set(format, sections);
  }
  return sections;
}

/** General: up to 10 significant digits, as Excel shows a number in a column wide enough. */
function generalText(value: number): string {
  return String(Number(value.toPrecision(10)));
}

function numberText(value: number, decimals: number, grouped: boolean): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.');
  const wholeText = grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return sign + wholeText + (fraction === undefined ? '' : `.${fraction}`);
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const char = format[i];
    if (char === '"') quoted = !quoted;
    if (char === '\\' && !quoted) {
      current += char + (format[i + 1] ?? '');
      i++;
      continue;
    }
    if (char === ';' && !quoted) {
      sections.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  sections.push(current);
  return sections;
}

function parseSection(section: string): Section {
  const parts: Part[] = [];
  let color = false;
  let i = 0;
  const literal = (text: string) => {
    const last = parts[parts.length - 1];
    if (last?.kind === 'literal') parts[parts.length - 1] = { kind: 'literal', text: last.text + text };
    else parts.push({ kind: 'literal', text });
  };
  while (i < section.length) {
    const char = section[i];
    if (char === '"') {
      const end = section.indexOf('"', i + 1);
      literal(section.slice(i + 1, end < 0 ? section.length : end));
      i = end < 0 ? section.length : end + 1;
    } else if (char === '\\') {
      literal(section[i + 1] ?? '');
      i += 2;
    } else if (char === '[') {
      // [Red], [Color10], [$-409]: never shown.
      color = true;
      const end = section.indexOf(']', i);
      i = end < 0 ? section.length : end + 1;
    } else if (/[yY]/.test(char)) {
      const match = /^[ymdYMD\-/]+/.exec(section.slice(i));
      parts.push({ kind: 'date' });
      i += match ? match[0].length : 1;
    } else if (/[#0,.]/.test(char)) {
      const match = /^[#0,]*(\.0*)?/.exec(section.slice(i));
      const token = match ? match[0] : char;
      parts.push({
        kind: 'number',
        decimals: token.includes('.') ? token.length - token.indexOf('.') - 1 : 0,
        grouped: token.includes(','),
        percent: section.includes('%'),
      });
      i += Math.max(1, token.length);
    } else {
      literal(char);
      i++;
    }
  }
  return { color, parts };
}
