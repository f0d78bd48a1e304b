/**
 * The pane's controller: wires the buttons to the use cases through a Door and shows progress,
 * results and errors. One action runs at a time; every action's errors are caught here, once,
 * and shown in plain words.
 */
import type { Phase } from '../app/ports';
import { applySuggestion, undoSuggestion, type ApplyOutcome } from '../app/apply-suggestion';
import { choicesOf, planWithChoices, whatIf, type WhatIfChoices } from '../app/what-if';
import type { Diagnostic } from '../core/diagnostics';
import { isCountedProject } from '../core/load';
import type { RawWorkbook } from '../workbook/grid';
import { readPlan } from '../workbook/read-plan';
import { latestFigures } from '../app/functions/latest-figures';
import { clearHighlights, runCheck } from '../app/run-check';
import type { AppliedRecord } from '../workbook/state';
import { isoDate } from '../core/calendar';
import type { Plan } from '../core/model';
import type { Report } from '../core/report';
import type { CellTarget } from '../workbook/patch';
import type { Door } from './door';
import { byId, element, replaceChildren } from './dom';
import { describeError, PaneError, type PaneAction } from './error-text';
import { todayIso } from './format';
import { heatmapRows } from './heatmap-model';
import { protectedSheetsText } from './protected-sheets-text';
import { renderConflicts, renderDiagnostics, type ApplySuggestion } from './render-issues';
import { renderHeatmap, updateHeatmap } from './render-heatmap';
import { rangeRows, renderRanges } from './render-ranges';
import { renderSummary } from './render-summary';
import { DEFAULT_SETTINGS_VALUES, settingsProblem, type SettingsValues } from './settings-values';
import { summariseReport } from './summarise';

const PHASE_STEPS: Readonly<Record<Phase, { step: number; text: string }>> = {
  reading: { step: 0, text: 'Reading the workbook…' },
  checking: { step: 1, text: 'Checking capacity, conflicts, projects and finance…' },
  writing: { step: 2, text: 'Writing the summary sheets and highlights…' },
  done: { step: 3, text: 'Done.' },
};

/** The pane, mounted on the page's elements; `refreshSettings` reloads the form from the workbook. */
export interface Pane {
  refreshSettings(): Promise<void>;
  /** Forgets shown results (a different workbook was opened). */
  resetResults(): void;
  /** Runs an action with the pane's busy state and error handling. */
  run(action: PaneAction, work: () => Promise<void>): Promise<void>;
  /** Shows a short message in the status line (read out by screen readers). */
  announce(text: string): void;
  /**
   * Shows a check's results. A live check's are shown quietly: the status line (read out) is
   * left to the user's own actions.
   */
  showResults(report: Report, plan: Plan, source: 'clicked' | 'live'): void;
  /** True while a clicked action runs. */
  readonly busy: boolean;
  /** Tells `listener` when a clicked Check capacity starts and when it has written its results. */
  onClickedCheck(listener: (event: 'start' | 'done') => void): void;
}

/** Mounts the pane for a door: call once, after the host is known. */
export function mountPane(door: Door): Pane {
  const checkButton = byId<HTMLButtonElement>('check-button');
  const clearButton = byId<HTMLButtonElement>('clear-button');
  const templateButton = byId<HTMLButtonElement>('template-button');
  const settingsForm = byId<HTMLFormElement>('settings-form');
  const status = byId('status');
  let busy = false;
  const clickedCheckListeners: ((event: 'start' | 'done') => void)[] = [];
  fillForm(DEFAULT_SETTINGS_VALUES);

  function announce(text: string): void {
    status.textContent = text;
  }

  function showError(action: PaneAction, error: unknown): void {
    const text = describeError(error, action);
    byId('error-summary').textContent = text.summary;
    byId('error-next').textContent = text.next;
    byId('error-detail').textContent = text.detail;
    byId('error').hidden = false;
    announce('');
    // Unexpected errors keep their stack in the console for a support request; a PaneError is
    // the user's situation (no workbook open, a file that is not .xlsx), fully told above.
    if (!(error instanceof PaneError)) console.error(error);
  }

  function setBusy(value: boolean): void {
    busy = value;
    // aria-disabled, not disabled: the focused button keeps focus while the action runs.
    for (const button of document.querySelectorAll<HTMLElement>('[data-action]')) {
      if (value) button.setAttribute('aria-disabled', 'true');
      else button.removeAttribute('aria-disabled');
    }
    document.querySelector('main')?.setAttribute('aria-busy', String(value));
  }

  async function run(action: PaneAction, work: () => Promise<void>): Promise<void> {
    if (busy) {
      announce('Still working on the last action: try again when it has finished.');
      return;
    }
    setBusy(true);
    byId('error').hidden = true;
    try {
      await work();
    } catch (error) {
      showError(action, error);
    } finally {
      setBusy(false);
    }
  }

  function showPhase(phase: Phase): void {
    const { step, text } = PHASE_STEPS[phase];
    byId('progress').hidden = false;
    byId<HTMLProgressElement>('progress-bar').value = step;
    byId('progress-label').textContent = text;
    for (const item of document.querySelectorAll<HTMLElement>('#progress [data-phase]')) {
      const itemStep = PHASE_STEPS[item.dataset.phase as Phase].step;
      item.classList.toggle('active', itemStep === step);
      item.classList.toggle('done', itemStep < step);
    }
  }

  function selectHandler(): ((target: CellTarget) => void) | undefined {
    const select = door.selectCell;
    if (!select) return undefined;
    return (target) => void run('select', async () => {
      await select(target);
      announce(`Selected ${target.sheet}!${target.cell}.`);
    });
  }

  /** Apply on a suggestion (where the door offers it): writes it, checks again, shows the new results. */
  function applyHandler(): ApplySuggestion {
    if (!door.canApply) return undefined;
    return (_conflict, suggestion) => void run('apply', async () => {
      const outcome = await applySuggestion(openPort(), suggestion, { today: todayIso(), locale: door.defaultLocale });
      showChange(outcome, `Applied: ${suggestion.text}. Undo is under Applied suggestions.`);
    });
  }

  /** After Apply or Undo: the check's results, or why nothing was changed. */
  function showChange(outcome: ApplyOutcome, done: string): void {
    if (!outcome.ok) throw new PaneError(outcome.message, 'Nothing in the workbook was changed.');
    door.workbookChanged?.();
    if (!outcome.check.ok) throw new PaneError(outcome.check.message, 'Fix the problem named above, then check again.');
    latestFigures.publish(outcome.check.figures);
    showResults(outcome.check.result.report, outcome.check.result.plan, 'clicked', outcome.check.applied);
    resetWhatIf(outcome.check.raw, outcome.check.result.plan, outcome.check.applied);
    announce(done);
  }

  // What-if: the grids of the last check, read once on the first change, re-analysed on every change.
  let whatIfBase: { raw: RawWorkbook; applied: readonly AppliedRecord[]; read?: { plan: Plan; diagnostics: readonly Diagnostic[] } } | undefined;
  let whatIfRuns = 0;

  /** Sets the what-if controls to the workbook's own choices after a check. */
  function resetWhatIf(raw: RawWorkbook, plan: Plan, applied: readonly AppliedRecord[]): void {
    whatIfBase = { raw, applied };
    const choices = choicesOf(plan);
    byId<HTMLInputElement>('whatif-tentative').checked = choices.tentativeBookings;
    byId<HTMLInputElement>('whatif-proposed').checked = choices.proposedProjects;
    byId<HTMLInputElement>('whatif-threshold').value = String(Math.round(choices.threshold * 100));
    const counted = plan.projects.filter((p) => isCountedProject(p, true));
    replaceChildren(byId('whatif-project-list'), counted.map((project) => element('label', {}, [
      element('input', { type: 'checkbox', 'data-project': project.name }), ` ${project.name}`,
    ])));
    byId('whatif-projects').hidden = counted.length === 0;
    byId('whatif-note').textContent = '';
  }

  function readChoices(): WhatIfChoices {
    const percent = byId<HTMLInputElement>('whatif-threshold').valueAsNumber;
    return {
      tentativeBookings: byId<HTMLInputElement>('whatif-tentative').checked,
      proposedProjects: byId<HTMLInputElement>('whatif-proposed').checked,
      threshold: Number.isFinite(percent) && percent > 0 ? percent / 100 : 1,
      excludedProjects: [...document.querySelectorAll<HTMLInputElement>('#whatif-project-list input:checked')].map((box) => box.dataset.project ?? ''),
    };
  }

  /** Re-analyses the last check's plan under the what-if choices and shows it; writes nothing. */
  function showWhatIf(): void {
    if (!whatIfBase || busy) return;
    try {
      if (!whatIfBase.read) {
        const read = readPlan(whatIfBase.raw, { locale: door.defaultLocale });
        if (!read.ok) return;
        whatIfBase.read = { plan: read.plan, diagnostics: read.diagnostics };
      }
      const { plan, diagnostics } = whatIfBase.read;
      const choices = readChoices();
      const report = whatIf(plan, diagnostics, choices, { today: todayIso() });
      showResults(report, planWithChoices(plan, choices), 'what-if', whatIfBase.applied);
      whatIfRuns++;
      const note = byId('whatif-note');
      note.dataset.runs = String(whatIfRuns);
      note.textContent = `What-if view: ${report.conflicts.length} ${report.conflicts.length === 1 ? 'conflict' : 'conflicts'}. Nothing was written; Check capacity writes the workbook's own view.`;
    } catch (error) {
      showError('check', error);
    }
  }

  for (const id of ['whatif-tentative', 'whatif-proposed', 'whatif-threshold']) byId(id).addEventListener('change', showWhatIf);
  byId('whatif-project-list').addEventListener('change', showWhatIf);

  /** The suggestions applied and not undone, each with Undo. */
  function showApplied(applied: readonly AppliedRecord[]): void {
    byId('applied').hidden = !door.canApply || applied.length === 0;
    replaceChildren(byId('applied-list'), applied.map((record) => {
      const undo = element('button', { type: 'button', class: 'suggestion-apply', 'data-action': 'undo', 'aria-label': `Undo: ${record.text}` }, ['Undo']);
      undo.addEventListener('click', () => void run('undo', async () => {
        const outcome = await undoSuggestion(openPort(), record.id, { today: todayIso(), locale: door.defaultLocale });
        showChange(outcome, `Undone: ${record.text}.`);
      }));
      return element('li', { class: 'suggestion' }, [element('span', { class: 'suggestion-text' }, [record.text]), undo]);
    }));
  }

  // The applied suggestions last shown: a live check's results keep showing them.
  let lastApplied: readonly AppliedRecord[] = [];

  function showResults(report: Report, plan: Plan, source: 'clicked' | 'live' | 'what-if', applied: readonly AppliedRecord[] = lastApplied): void {
    lastApplied = applied;
    const { settings } = plan;
    // The workbook's locale (Settings, Excel's culture, the browser's language) for every figure.
    const locale = settings.locale;
    const summary = summariseReport(report);
    const weeks = report.weeks.length;
    byId('results-meta').textContent = weeks > 0
      ? `Status date ${report.asOf}; ${weeks} weeks from ${report.weeks[0]} to ${report.weeks[weeks - 1]}.`
      : `Status date ${report.asOf}.`;
    replaceChildren(byId('summary'), renderSummary(summary, settings.currency, locale));
    const heatRows = heatmapRows(report, settings.overallocationThreshold);
    const shown = byId('heatmap').querySelector<HTMLElement>('.heatmap');
    // A what-if or a live check usually keeps the teams and weeks: recolour the cells rather than
    // build the heatmap again (updateHeatmap says when it cannot, and the heatmap is rebuilt).
    if (!(source !== 'clicked' && shown && updateHeatmap(shown, heatRows, report.weeks, locale))) {
      replaceChildren(byId('heatmap'), [renderHeatmap(heatRows, report.weeks, 'Utilisation by team and week', locale)]);
    }
    const ends = new Map(plan.projects.map((p) => [p.name, isoDate(p.end)]));
    const ranges = rangeRows(report.projects, (name) => ends.get(name));
    byId('ranges-hint').textContent = ranges.length === 0
      ? 'No project gives Estimate low and Estimate high.'
      : 'Each bar runs from the 50 % to the 90 % likely finish; the tick is 80 %, the line the deadline.';
    replaceChildren(byId('ranges-list'), renderRanges(ranges, report.asOf, locale));
    const select = selectHandler();
    byId('conflicts-hint').textContent = report.conflicts.length === 0
      ? 'No conflicts.'
      : select ? 'Worst first. Choose one to select its cell in the workbook.' : 'Worst first.';
    replaceChildren(byId('conflicts-list'), renderConflicts(report.conflicts, select, locale, source !== 'what-if' ? applyHandler() : undefined));
    showApplied(applied);
    // The input issues are the workbook's: a what-if does not change them.
    if (source !== 'what-if') {
      const issues = renderDiagnostics(report.diagnostics, select);
      replaceChildren(byId('issues-list'), issues.length > 0 ? issues : [element('li', { class: 'more' }, ['No input issues.'])]);
    }
    byId('results').hidden = false;
    if (source !== 'clicked') return;
    announce(
      `Check finished: ${summary.conflicts} ${summary.conflicts === 1 ? 'conflict' : 'conflicts'}, ` +
      `${summary.issues.errors + summary.issues.warnings} input ${summary.issues.errors + summary.issues.warnings === 1 ? 'issue' : 'issues'}.`,
    );
  }

  function openPort(): NonNullable<ReturnType<Door['port']>> {
    const port = door.port();
    if (!port) throw new PaneError('No workbook is open yet.', 'Choose Open an .xlsx, or Try the sample workbook, first.');
    return port;
  }

  checkButton.addEventListener('click', () => void run('check', async () => {
    const port = openPort();
    announce('');
    showPhase('reading');
    door.takeProtectedSheets?.();
    for (const listener of clickedCheckListeners) listener('start');
    try {
      const outcome = await runCheck(port, { today: todayIso(), locale: door.defaultLocale, onPhase: showPhase });
      if (!outcome.ok) {
        const missing = outcome.diagnostics.find((d) => d.code === 'SHEET_MISSING');
        throw new PaneError(
          outcome.message,
          missing ? 'Add the missing sheet, or choose Insert template sheets to add empty ones with the right headers.' : 'Fix the problem named above, then check again.',
        );
      }
      showPhase('done');
      latestFigures.publish(outcome.figures);
      showResults(outcome.result.report, outcome.result.plan, 'clicked', outcome.applied);
      resetWhatIf(outcome.raw, outcome.result.plan, outcome.applied);
      for (const listener of clickedCheckListeners) listener('done');
      // Said with the result: the check finished, but highlights on protected sheets did not change.
      const note = protectedSheetsText(door.takeProtectedSheets?.() ?? [], 'check');
      if (note) announce(`${status.textContent ?? ''} ${note}`);
      door.workbookChanged?.();
    } finally {
      byId('progress').hidden = true;
    }
  }));

  clearButton.addEventListener('click', () => void run('clear', async () => {
    door.takeProtectedSheets?.();
    const recorded = await clearHighlights(openPort());
    door.workbookChanged?.();
    const locked = door.takeProtectedSheets?.() ?? [];
    const restored = recorded - locked.reduce((sum, sheet) => sum + sheet.stillHighlighted, 0);
    const note = protectedSheetsText(locked, 'clear');
    const done = restored > 0 ? `Cleared highlights: restored ${restored} ${restored === 1 ? 'cell' : 'cells'}.` : note ? '' : 'There were no highlights to clear.';
    announce([done, note].filter((part) => part).join(' '));
  }));

  templateButton.addEventListener('click', () => void run('template', async () => {
    openPort();
    const added = await door.insertTemplateSheets();
    door.workbookChanged?.();
    // A new Settings sheet holds the template's values: show them, as the check will read them.
    if (added.length > 0) await refreshSettings();
    announce(added.length === 0
      ? 'The workbook already has every input sheet.'
      : `Added ${added.join(', ')}. Fill them in, then choose Check capacity.`);
  }));

  settingsForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void run('settings-save', async () => {
      openPort();
      const values = readForm();
      const problem = settingsProblem(values);
      if (problem) throw new PaneError(problem, 'Correct the setting, then choose Save settings again.');
      await door.writeSettings(values);
      door.workbookChanged?.();
      announce('Settings saved to the Settings sheet. Choose Check capacity to use them.');
    });
  });

  async function refreshSettings(): Promise<void> {
    if (!door.port()) return;
    fillForm(await door.readSettings());
  }

  function resetResults(): void {
    byId('results').hidden = true;
    byId('error').hidden = true;
    announce('');
  }

  setBusy(false);
  return {
    refreshSettings,
    resetResults,
    run,
    announce,
    showResults,
    get busy() { return busy; },
    onClickedCheck: (listener) => { clickedCheckListeners.push(listener); },
  };
}

function readForm(): SettingsValues {
  const date = byId<HTMLInputElement>('setting-status-date').value.trim();
  return {
    statusDate: date === '' ? null : date,
    thresholdPercent: byId<HTMLInputElement>('setting-threshold').valueAsNumber,
    includeTentative: byId<HTMLInputElement>('setting-include-tentative').checked,
    opsFirst: byId<HTMLInputElement>('setting-ops-first').checked,
  };
}

function fillForm(values: SettingsValues): void {
  byId<HTMLInputElement>('setting-status-date').value = values.statusDate ?? '';
  byId<HTMLInputElement>('setting-threshold').value = String(values.thresholdPercent);
  byId<HTMLInputElement>('setting-include-tentative').checked = values.includeTentative;
  byId<HTMLInputElement>('setting-ops-first').checked = values.opsFirst;
}
