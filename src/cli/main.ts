/**
 * The CLI door: `loadline check <in.xlsx> [--out <annotated.xlsx>] [--json <file>|-] [--as-of YYYY-MM-DD] [--locale <tag>]`
 * and `loadline clear <in.xlsx> --out <file>`. Exit codes: 0 done, 2 the input or the arguments
 * cannot be used (one clear message, no stack trace), 1 an internal error.
 */
import { promises as fs } from 'fs';
import { parseArgs } from 'util';
import { parseIsoDay } from '../core/calendar';
import { supportedLocale } from '../workbook/locale-rules';
import { clearHighlights, runCheck } from '../app/run-check';
import { UnreadableWorkbookError, XlsxWorkbookPort } from '../adapters/xlsx';
import { loadWorkbookFile, saveWorkbookFile } from '../adapters/xlsx/node-file';
import { formatSummary } from './summary';

const USAGE = `Usage:
  loadline check <in.xlsx> [--out <annotated.xlsx>] [--json <file>|-] [--as-of YYYY-MM-DD] [--locale <tag>]
  loadline clear <in.xlsx> --out <file>

  check   reads the workbook, prints a summary (or the JSON report with --json), and with --out
          writes a copy with the summary sheets and highlights. The input file is never changed.
          --locale (e.g. de-DE) says how text numbers and dates are written when the workbook's
          Settings sheet has no Locale.
  clear   writes a copy with Loadline's highlights removed and the original fills restored.`;

/** A problem with the input or the arguments: reported in one line, exit code 2. */
class UsageError extends Error {}

/** Where output goes; tests pass their own. */
export interface Streams {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const PROCESS_STREAMS: Streams = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Today as an ISO date in the user's time zone: the status date when nothing else gives one. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Runs the CLI and returns the exit code. */
export async function main(argv: readonly string[], streams: Streams = PROCESS_STREAMS, today = localToday()): Promise<number> {
  try {
    return await run(argv, streams, today);
  } catch (error) {
    if (error instanceof UsageError) {
      streams.err(`loadline: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    streams.err(`loadline: internal error: ${message}\nPlease report this with the workbook if you can share it.\n`);
    if (process.env.LOADLINE_DEBUG && error instanceof Error) streams.err(`${error.stack}\n`);
    return 1;
  }
}

async function run(argv: readonly string[], streams: Streams, today: string): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv], allowPositionals: true, strict: true,
      options: {
        out: { type: 'string' }, json: { type: 'string' }, 'as-of': { type: 'string' }, locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' }, version: { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    streams.out(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    streams.out('loadline 0.1.0\n');
    return 0;
  }
  const [command, input, ...extra] = positionals;
  if ((command !== 'check' && command !== 'clear') || !input || extra.length > 0) throw new UsageError(`expected a command and one workbook\n${USAGE}`);
  const asOf = values['as-of'];
  if (asOf !== undefined && parseIsoDay(asOf) === undefined) throw new UsageError(`--as-of needs a date as YYYY-MM-DD, got "${asOf}"`);
  const locale = values.locale === undefined ? undefined : supportedLocale(values.locale);
  if (values.locale !== undefined && locale === undefined) throw new UsageError(`--locale needs a language tag such as de-DE or en-GB, got "${values.locale}"`);
  if (command === 'clear' && !values.out) throw new UsageError('clear needs --out <file>: the input workbook is never changed');

  const workbook = await loadInput(input);
  const port = new XlsxWorkbookPort(workbook);
  // Parts are inflated when first read: a damaged one is found during the check, not at opening.
  const unreadable = (error: unknown): never => {
    if (error instanceof UnreadableWorkbookError) throw new UsageError(`cannot read ${input} as an .xlsx workbook: ${error.reason}`);
    throw error;
  };
  if (command === 'clear') {
    const restored = await clearHighlights(port).catch(unreadable);
    await save(workbook, values.out as string);
    streams.out(`Restored ${restored} highlighted cells; wrote ${values.out}\n`);
    return 0;
  }

  const outcome = await runCheck(port, { asOf, today, locale, write: values.out !== undefined }).catch(unreadable);
  if (!outcome.ok) throw new UsageError(`${input}: ${outcome.message}`);
  const { report, plan } = outcome.result;
  if (values.out) await save(workbook, values.out);
  if (values.json !== undefined) {
    const json = `${JSON.stringify(report, null, 2)}\n`;
    if (values.json === '-') streams.out(json);
    else await fs.writeFile(values.json, json).catch((e: NodeJS.ErrnoException) => { throw new UsageError(`cannot write ${values.json}: ${e.message}`); });
  }
  if (values.json !== '-') {
    streams.out(`${formatSummary(report, input, plan.settings.currency)}\n`);
    if (values.out) streams.out(`\nWrote the annotated workbook to ${values.out}\n`);
    if (values.json && values.json !== '-') streams.out(`Wrote the JSON report to ${values.json}\n`);
  }
  return 0;
}

async function loadInput(path: string) {
  try {
    await fs.access(path);
  } catch {
    throw new UsageError(`cannot find ${path}`);
  }
  try {
    return await loadWorkbookFile(path);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw new UsageError(`cannot read ${path} as an .xlsx workbook: ${error.reason}`);
    throw new UsageError(`cannot read ${path} as an .xlsx workbook (${error instanceof Error ? error.message : String(error)})`);
  }
}

async function save(workbook: Parameters<typeof saveWorkbookFile>[0], path: string): Promise<void> {
  try {
    await saveWorkbookFile(workbook, path);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
