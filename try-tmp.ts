import { readFileSync, writeFileSync } from 'fs';
import { loadWorkbook, saveWorkbook, XlsxWorkbookPort } from './src/adapters/xlsx';
import { runCheck } from './src/app/run-check';
(async () => {
  const file = process.argv[2];
  let t = Date.now();
  const wb = await loadWorkbook(readFileSync(file));
  const port = new XlsxWorkbookPort(wb);
  const outcome = await runCheck(port, { asOf: '2026-03-02', today: '2026-03-02' });
  console.log('check', Date.now() - t, outcome.ok && outcome.result.report.conflicts.length);
  t = Date.now();
  const bytes = await saveWorkbook(wb);
  console.log('save', Date.now() - t, bytes.length);
  writeFileSync(process.argv[3], bytes);
})();
