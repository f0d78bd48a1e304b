import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSnapshot } from '../../../src/adapters/xlsx';
import { loadWorkbookFile, saveWorkbookFile } from '../../../src/adapters/xlsx/node-file';
import { xlsxFrom } from '../../fixtures/xlsx-helpers';

describe('saveWorkbookFile and loadWorkbookFile', () => {
  let dir: string;
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'loadline-xlsx-')); });
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  it('write an .xlsx file that loads back with its sheets and values', async () => {
    const workbook = await xlsxFrom((wb) => { wb.addWorksheet('Staff').getCell('B2').value = 'Ann'; });
    const path = join(dir, 'plan.xlsx');
    await saveWorkbookFile(workbook, path);
    // an .xlsx file is a zip archive: it starts with "PK"
    expect((await readFile(path)).subarray(0, 2).toString('latin1')).toBe('PK');
    const loaded = await loadWorkbookFile(path);
    expect(readSnapshot(loaded).raw.sheets).toEqual([{ name: 'Staff', values: [['Ann']], numberFormats: [[null]], originRow: 1, originCol: 1 }]);
  });

  it('rejects when the file is not there', async () => {
    await expect(loadWorkbookFile(join(dir, 'missing.xlsx'))).rejects.toThrow(/ENOENT/);
  });
});
