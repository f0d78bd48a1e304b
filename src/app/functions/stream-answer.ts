/**
 * A streaming function's life, without Office: answer from the latest figures now (or as soon as
 * the pane knows whether the workbook has any), and again each time a new check lands, until
 * Excel cancels the formula.
 */
import { NO_CHECK } from './answers';
import type { FunctionAnswer } from './answer';
import type { FigureIndex } from './figure-index';
import type { LatestFigures } from './latest-figures';

/**
 * Calls `setResult` with `answer(figures)` for the current figures and for every later check;
 * NO_CHECK when the store is settled without figures. Returns the function that stops it
 * (for the invocation's onCanceled).
 */
export function streamAnswer<T>(
  store: LatestFigures,
  answer: (index: FigureIndex) => FunctionAnswer<T>,
  setResult: (result: FunctionAnswer<T>) => void,
): () => void {
  const unsubscribe = store.subscribe((index) => setResult(answer(index)));
  const stopWaiting = store.onSettled(() => {
    // A publish settles the store after it sets `current` and before it tells subscribers, so
    // this first answer and the subscription's never both come from one check.
    if (store.current === undefined) setResult(NO_CHECK);
  });
  if (store.current !== undefined) setResult(answer(store.current));
  return () => {
    unsubscribe();
    stopWaiting();
  };
}
