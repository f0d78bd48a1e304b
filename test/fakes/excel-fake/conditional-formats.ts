/**
 * Range.conditionalFormats for the fake. Formats are recorded, not evaluated: a test reads back
 * the type, the range and what was set (criteria, rule, formula, fill and font colours).
 */
import { FakeClientObject } from './client-object';
import { FakeErrorCode, FakeOfficeError, propertyNotLoaded } from './errors';
import type { ModelConditionalFormat } from './model';
import { normaliseColor } from './range-format';
import type { FakeRequestContext } from './context';
import type { FakeRange } from './range';

/** Excel.ConditionalFormatType values the fake accepts. */
export const CONDITIONAL_FORMAT_TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];

type Recorded = { format: ModelConditionalFormat | undefined };

/** Range.conditionalFormats: add() records a new format on the range's sheet. */
export class FakeConditionalFormatCollection extends FakeClientObject {
  protected readonly scalarNames: readonly string[] = [];

  constructor(ctx: FakeRequestContext, private readonly range: FakeRange) {
    super(ctx);
  }

  protected readScalar(name: string): unknown {
    throw new FakeOfficeError(FakeErrorCode.invalidArgument, `Unknown property '${name}'.`);
  }

  /** Adds a conditional format of `type` to the range. */
  add(type: string): FakeConditionalFormat {
    const recorded: Recorded = { format: undefined };
    this.queueCall(type, () => {
      if (!CONDITIONAL_FORMAT_TYPES.includes(type)) throw new FakeOfficeError(FakeErrorCode.invalidArgument, `'${type}' is not a conditional format type.`);
      const { sheet, rect } = this.range.requirePlace();
      recorded.format = this.ctx.host.model.addConditionalFormat(sheet, type, rect);
    });
    return new FakeConditionalFormat(this.ctx, type, recorded);
  }
}

/** Sets one field of the recorded format at sync time, checking the format's type first. */
function setField(ctx: FakeRequestContext, recorded: Recorded, type: string, key: 'criteria' | 'formula' | 'rule' | 'fill' | 'fontColor', value: unknown): void {
  const format = recorded.format;
  if (!format) throw new FakeOfficeError(FakeErrorCode.invalidOperation, 'The conditional format was never added.');
  if (format.type !== type) {
    throw new FakeOfficeError(FakeErrorCode.invalidArgument, `A ${format.type} conditional format has no ${type} part.`);
  }
  const stored = key === 'fill' || key === 'fontColor' ? normaliseColor(value) : JSON.parse(JSON.stringify(value)) as unknown;
  ctx.host.model.setConditionalFormatField(format, key, stored as never);
}

/** One conditional format; its colorScale, custom and textComparison parts are write-only. */
export class FakeConditionalFormat extends FakeClientObject {
  protected readonly scalarNames = ['type'];
  readonly colorScale: { criteria: unknown };
  readonly custom: { rule: { formula: string }; format: ConditionalRangeFormat };
  readonly textComparison: { rule: unknown; format: ConditionalRangeFormat };

  constructor(ctx: FakeRequestContext, readonly typeName: string, recorded: Recorded) {
    super(ctx);
    const queue = (part: string, key: 'criteria' | 'formula' | 'rule' | 'fill' | 'fontColor', value: unknown) => {
      this.queueCall(value, () => setField(ctx, recorded, part, key, value));
    };
    this.colorScale = { set criteria(value: unknown) { queue('ColorScale', 'criteria', value); }, get criteria(): unknown { throw propertyNotLoaded('criteria'); } };
    this.custom = {
      rule: { set formula(value: string) { queue('Custom', 'formula', value); }, get formula(): string { throw propertyNotLoaded('formula'); } },
      format: conditionalRangeFormat((key, value) => queue('Custom', key, value)),
    };
    this.textComparison = {
      set rule(value: unknown) { queue('ContainsText', 'rule', value); },
      get rule(): unknown { throw propertyNotLoaded('rule'); },
      format: conditionalRangeFormat((key, value) => queue('ContainsText', key, value)),
    };
  }

  protected readScalar(): unknown {
    return this.typeName;
  }

  get type(): string { return this.loaded('type'); }
}

/** ConditionalRangeFormat: the fill and font a conditional format applies. */
export interface ConditionalRangeFormat {
  readonly fill: { color: string };
  readonly font: { color: string };
}

function conditionalRangeFormat(set: (key: 'fill' | 'fontColor', value: unknown) => void): ConditionalRangeFormat {
  return {
    fill: { set color(value: string) { set('fill', value); }, get color(): string { throw propertyNotLoaded('color'); } },
    font: { set color(value: string) { set('fontColor', value); }, get color(): string { throw propertyNotLoaded('color'); } },
  };
}
