/**
 * Builds examples/sample.xlsx from examples/sample-plan.ts: `npm run sample`.
 * An optional argument writes elsewhere: `tsx examples/build-sample.ts /tmp/sample.xlsx`.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SAMPLE_PLAN } from './sample-plan';
import { sampleWorkbook } from './sample-sheets';
import { writeXlsx } from './write-xlsx';

/** Where `npm run sample` writes the workbook. */
export const SAMPLE_PATH = path.join(__dirname, 'sample.xlsx');

/** Writes the sample workbook to `outputPath`. */
export async function buildSample(outputPath: string = SAMPLE_PATH): Promise<void> {
  const { raw, layouts } = sampleWorkbook(SAMPLE_PLAN);
  await writeFile(outputPath, await writeXlsx(raw, { layouts, author: 'Loadline sample' }));
}

if (require.main === module) {
  const outputPath = process.argv[2] ? path.resolve(process.argv[2]) : SAMPLE_PATH;
  buildSample(outputPath).then(
    () => console.log(`Wrote ${path.relative(process.cwd(), outputPath)}`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
