/**
 * Streaming answers: a LOADLINE formula answers from the latest check, waits while the pane has
 * not yet found out whether the workbook holds one, answers again when a new check lands, and
 * stops when Excel cancels it.
 */
import { utilisation } from '../../../src/app/functions/answers';
import type { FunctionAnswer } from '../../../src/app/functions/answer';
import { LatestFigures } from '../../../src/app/functions/latest-figures';
import { streamAnswer } from '../../../src/app/functions/stream-answer';
import { CHECK_FIGURES_VERSION, type CheckFigures } from '../../../src/workbook/check-figures';

/** Figures of one person over one week (2026-W10) with the given utilisation. */
function figures(ratio: number): CheckFigures {
  return {
    version: CHECK_FIGURES_VERSION, asOf: '2026-03-02', weeks: ['2026-03-02'],
    workingDays: [true, true, true, true, true, false, false], date1904: false,
    people: [{ name: 'Ann', utilization: [ratio], spare: [0] }], projects: [], duties: [], conflicts: [],
  };
}

function follow(store: LatestFigures) {
  const results: FunctionAnswer<number>[] = [];
  const stop = streamAnswer(store, (index) => utilisation(index, 'Ann', '2026-W10'), (result) => results.push(result));
  return { results, stop };
}

describe('streamAnswer', () => {
  it('waits (no result: Excel shows #BUSY!) until the store settles, then says there is no check', () => {
    const store = new LatestFigures();
    const { results } = follow(store);
    expect(results).toEqual([]);
    store.settle();
    expect(results).toEqual([{ error: 'notAvailable', message: 'Loadline has not checked this workbook yet: open Loadline and choose Check capacity.' }]);
  });

  it('answers at once from figures already there, then again for every new check, once each', () => {
    const store = new LatestFigures();
    store.publish(figures(0.5));
    const { results } = follow(store);
    expect(results).toEqual([0.5]);
    store.publish(figures(1.25));
    store.publish(figures(0.75));
    expect(results).toEqual([0.5, 1.25, 0.75]);
  });

  it('answers once for the first check that settles a waiting store', () => {
    const store = new LatestFigures();
    const { results } = follow(store);
    store.publish(figures(0.9));
    expect(results).toEqual([0.9]);
  });

  it('stops answering when cancelled', () => {
    const store = new LatestFigures();
    const { results, stop } = follow(store);
    store.publish(figures(0.5));
    stop();
    store.publish(figures(1));
    store.settle();
    expect(results).toEqual([0.5]);
  });
});
