/** Conditional fills that colour status words ("red", "amber", "green"; "high", "medium"). */
import type { CellRange, Rgb, TextEqualsFormat } from '../patch';

/** Fill and font of a status word: Excel's built-in Bad, Neutral and Good cell styles. */
export interface WordColours {
  readonly fill: Rgb;
  readonly fontColor: Rgb;
}

/** Light red with dark red text ("Bad"); its fill is the high-severity highlight's. */
export const BAD_COLOURS: WordColours = { fill: 'FFC7CE', fontColor: '9C0006' };
/** Light amber with brown text ("Neutral"); its fill is the medium-severity highlight's. */
export const NEUTRAL_COLOURS: WordColours = { fill: 'FFEB9C', fontColor: '9C5700' };
/** Light green with dark green text ("Good"). */
export const GOOD_COLOURS: WordColours = { fill: 'C6EFCE', fontColor: '006100' };

/** The RAG words as the report spells them, with their colours. */
export const RAG_COLOURS: Readonly<Record<'red' | 'amber' | 'green', WordColours>> = {
  red: BAD_COLOURS,
  amber: NEUTRAL_COLOURS,
  green: GOOD_COLOURS,
};

/**
 * One textEquals format per word over `range`, in the order of `colours`. Conditional formats
 * rather than static fills so a user who sorts or filters the sheet keeps the colours right.
 */
export function wordFormats(
  range: CellRange,
  colours: Readonly<Record<string, WordColours>>,
): TextEqualsFormat[] {
  if (range.rowCount <= 0 || range.colCount <= 0) return [];
  return Object.entries(colours).map(([text, { fill, fontColor }]) => ({
    type: 'textEquals', range, text, fill, fontColor,
  }));
}
