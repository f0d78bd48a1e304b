/**
 * Conditional formats of a summary sheet, as ExcelJS rules.
 */
import type { ConditionalFormattingRule, Worksheet } from 'exceljs';
import { a1, a1Range } from '../../workbook/address';
import type { ConditionalFormat } from '../../workbook/patch';

/**
 * Adds each conditional format to the worksheet, in order (the first has the highest priority).
 * A colour scale has three fixed numeric points. "Text equals" is an expression on the range's
 * top-left cell, which Excel shifts across the range; Excel's `=` ignores case, as the RAG
 * words need.
 *
 * @example
 * // { type: 'textEquals', range: C2:C9, text: 'red', fill: 'FFC7CE' } becomes the rule
 * // C2="red" on C2:C9 with a light red fill
 */
export function addConditionalFormats(worksheet: Worksheet, formats: readonly ConditionalFormat[]): void {
  formats.forEach((format, i) => {
    const { row, col, rowCount, colCount } = format.range;
    worksheet.addConditionalFormatting({
      ref: a1Range(row, col, rowCount, colCount),
      rules: [toRule(format, a1(row, col), i + 1)],
    });
  });
}

function toRule(format: ConditionalFormat, topLeft: string, priority: number): ConditionalFormattingRule {
  if (format.type === 'colorScale') {
    const points = [format.min, format.mid, format.max];
    return {
      type: 'colorScale',
      priority,
      cfvo: points.map((point) => ({ type: 'num' as const, value: point.value })),
      color: points.map((point) => ({ argb: `FF${point.color.toUpperCase()}` })),
    };
  }
  return {
    type: 'expression',
    priority,
    formulae: [`${topLeft}="${format.text.replace(/"/g, '""')}"`],
    style: {
      // Differential (conditional) fills are painted with the background colour.
      fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${format.fill.toUpperCase()}` } },
      ...(format.fontColor ? { font: { color: { argb: `FF${format.fontColor.toUpperCase()}` } } } : {}),
    },
  };
}
