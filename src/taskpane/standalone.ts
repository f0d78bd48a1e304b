/**
 * The pane in a plain browser: the user opens an .xlsx (or the bundled sample), the same check
 * runs on it through the .xlsx adapter, settings can be saved and template sheets inserted
 * into it, and the changed workbook can be downloaded. This module is loaded by a dynamic
 * import() so the .xlsx code never reaches the bundle Excel loads.
 */
import { loadWorkbook, saveWorkbook, UnreadableWorkbookError, XlsxWorkbookPort } from '../adapters/xlsx';
import type { Door } from './door';
import { byId } from './dom';
import { PaneError } from './error-text';
import { mountPane } from './pane';
import { settingsChanges, settingsValuesFromWorkbook } from './settings-values';

/** Where the build puts the sample workbook, next to taskpane.html. */
export const SAMPLE_URL = 'sample.xlsx';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The workbook open in the page. */
interface OpenWorkbook {
  readonly name: string;
  readonly workbook: Awaited<ReturnType<typeof loadWorkbook>>;
  readonly port: XlsxWorkbookPort;
}

async function openBytes(name: string, bytes: ArrayBuffer): Promise<OpenWorkbook> {
  try {
    const workbook = await loadWorkbook(bytes);
    return { name, workbook, port: new XlsxWorkbookPort(workbook) };
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) {
      throw new PaneError(`"${name}" could not be opened as an Excel workbook.`, sentence(error.reason), { cause: error });
    }
    throw new PaneError(
      `"${name}" could not be opened as an Excel workbook.`,
      'Open an .xlsx file saved by Excel (not .xls, .xlsb or .csv). If Excel opens it, save a copy as Excel Workbook (.xlsx) and try that.',
      { cause: error },
    );
  }
}

/** A reason ("it is an old .xls file; open it …") as a sentence for the pane: "It is an old .xls file; open it …." */
function sentence(reason: string): string {
  return `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;
}

/** The name offered for the download: "plan.xlsx" → "plan (Loadline).xlsx". */
export function annotatedFileName(name: string): string {
  const base = name.replace(/\.xlsx$/i, '');
  return `${base} (Loadline).xlsx`;
}

/** Starts the standalone pane: shows the Workbook card and wires its buttons. */
export function startStandalone(): void {
  let open: OpenWorkbook | undefined;
  const openWorkbook = (): OpenWorkbook => {
    if (!open) throw new PaneError('No workbook is open yet.', 'Open an .xlsx file or the sample first.');
    return open;
  };
  const downloadButton = byId<HTMLButtonElement>('download-button');
  const workbookName = byId('workbook-name');

  const door: Door = {
    kind: 'standalone',
    defaultLocale: navigator.language,
    // Apply and Undo patch the open file in memory; Download annotated workbook saves them.
    canApply: true,
    port: () => open?.port,
    async readSettings() {
      return settingsValuesFromWorkbook((await openWorkbook().port.read()).raw);
    },
    async writeSettings(values) {
      const result = await openWorkbook().port.writeSettings(settingsChanges(values));
      if (!result.ok) throw new PaneError(result.message, 'Put "Key" and "Value" headers above the settings on the Settings sheet, then save again.');
    },
    async insertTemplateSheets() {
      return (await openWorkbook().port.insertTemplateSheets()).created;
    },
    workbookChanged() {
      downloadButton.disabled = false;
    },
  };
  const pane = mountPane(door);

  async function show(next: OpenWorkbook): Promise<void> {
    open = next;
    pane.resetResults();
    downloadButton.disabled = true;
    workbookName.textContent = `Open: ${next.name}`;
    await pane.refreshSettings();
    pane.announce(`Opened ${next.name}. Choose Check capacity.`);
  }

  const fileInput = byId<HTMLInputElement>('file-input');
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    void pane.run('open', async () => {
      await show(await openBytes(file.name, await file.arrayBuffer()));
      // Clear the input so choosing the same file again reloads it.
      fileInput.value = '';
    });
  });

  byId('sample-button').addEventListener('click', () => void pane.run('sample', async () => {
    const response = await fetch(SAMPLE_URL);
    if (!response.ok) {
      throw new PaneError('The sample workbook is missing from this copy of Loadline.', 'Open one of your own .xlsx files instead.');
    }
    await show(await openBytes('sample.xlsx', await response.arrayBuffer()));
  }));

  downloadButton.addEventListener('click', () => void pane.run('download', async () => {
    const { name, workbook } = openWorkbook();
    const bytes = await saveWorkbook(workbook);
    // A copy typed as a plain ArrayBuffer view, which is what Blob accepts.
    const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: XLSX_TYPE }));
    const link = document.createElement('a');
    link.href = url;
    link.download = annotatedFileName(name);
    document.body.append(link);
    link.click();
    link.remove();
    // Revoke later: some browsers read the blob after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    pane.announce(`Downloaded ${link.download}.`);
  }));

  byId('standalone').hidden = false;
  // Saved settings and inserted sheets live in the open copy until it is downloaded.
  byId('settings-source').textContent = "Read from and saved to the open workbook's Settings sheet; download the workbook to keep them.";
}
