/**
 * The `Excel` and `Office` globals the fake installs: Excel.run, the enums the adapter may name,
 * and the parts of Office the task pane uses (onReady, requirements, actions.associate, and the
 * dialogs of context.ui when the host claims DialogApi).
 */
import { BORDER_STYLES, BORDER_WEIGHTS } from './borders';
import { fakeRun } from './context';
import { CONDITIONAL_FORMAT_TYPES } from './conditional-formats';
import { DIALOG_EVENT_RECEIVED, DIALOG_MESSAGE_RECEIVED, displayDialogAsync, type FakeAsyncResult } from './dialog';
import { FakeErrorCode } from './errors';
import type { FakeHost } from './host';

const camel = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);
const enumOf = (values: readonly string[]) => Object.fromEntries(values.map((v) => [camel(v), v]));

/** The `Excel` global. */
export function createExcelGlobal(host: FakeHost): Record<string, unknown> {
  return {
    run: (...args: unknown[]) => fakeRun(host, ...args),
    ConditionalFormatType: enumOf(CONDITIONAL_FORMAT_TYPES),
    ConditionalFormatColorCriterionType: enumOf(['Invalid', 'LowestValue', 'HighestValue', 'Number', 'Percent', 'Formula', 'Percentile']),
    ConditionalTextOperator: enumOf(['Invalid', 'Contains', 'NotContains', 'BeginsWith', 'EndsWith']),
    SheetVisibility: enumOf(['Visible', 'Hidden', 'VeryHidden']),
    BorderLineStyle: enumOf(BORDER_STYLES),
    BorderWeight: enumOf(BORDER_WEIGHTS),
    BorderIndex: enumOf(['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp']),
    PageOrientation: enumOf(['Portrait', 'Landscape']),
    ClearApplyTo: enumOf(['All', 'Formats', 'Contents', 'Hyperlinks', 'RemoveHyperlinks']),
    ErrorCodes: Object.fromEntries(Object.entries(FakeErrorCode)),
  };
}

/** The `Office` global, claiming to be Excel on the web. */
export function createOfficeGlobal(host: FakeHost): Record<string, unknown> {
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  return {
    HostType: { Word: 'Word', Excel: 'Excel', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
    EventType: { DialogMessageReceived: DIALOG_MESSAGE_RECEIVED, DialogEventReceived: DIALOG_EVENT_RECEIVED },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      host: 'Excel',
      platform: 'OfficeOnline',
      requirements: { isSetSupported: (name: string, version?: string) => host.isSetSupported(name, version) },
      ...(host.options.dialogApi === null ? {} : { ui: createUi(host) }),
    },
    onReady: (callback?: (value: typeof info) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    actions: {
      associate: (actionId: string, handler: (...args: unknown[]) => unknown) => {
        host.associatedActions.set(actionId, handler);
      },
    },
  };
}

/** Office.context.ui: opening dialogs (the opener's side) and messageParent (the dialog's side). */
function createUi(host: FakeHost): Record<string, unknown> {
  const page = (globalThis as { location?: { origin?: string } }).location;
  return {
    displayDialogAsync: (url: string, options?: Record<string, unknown>, callback?: (result: FakeAsyncResult) => void) => {
      displayDialogAsync(host.dialogs, page?.origin, url, options, callback);
    },
    messageParent: (message: unknown) => {
      if (typeof message !== 'string' && typeof message !== 'boolean') throw new Error('messageParent takes a string or a boolean.');
      host.parentMessages.push(String(message));
    },
  };
}
