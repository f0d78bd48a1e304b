/**
 * Entry point for a browser page: bundle this file (webpack or esbuild) into one script and load
 * it before the task pane. It installs `Excel` and `Office` on globalThis from a fake built with
 * `globalThis.__excelFakeOptions` (if the page set it), and exposes the fake as
 * `globalThis.excelFake` and the factory as `globalThis.createExcelFake`, for the test to inspect
 * or replace.
 */
import { createExcelFake, type ExcelFakeOptions } from './index';

const page = globalThis as typeof globalThis & {
  __excelFakeOptions?: ExcelFakeOptions;
  excelFake?: ReturnType<typeof createExcelFake>;
  createExcelFake?: typeof createExcelFake;
};

page.createExcelFake = createExcelFake;
page.excelFake = createExcelFake(page.__excelFakeOptions ?? {});
page.excelFake.install(page);
