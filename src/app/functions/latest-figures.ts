/**
 * The latest check's figures, shared by everything in the add-in's runtime: the pane and the
 * ribbon publish each check here (clicked or live), and the LOADLINE functions listen, so a
 * streaming function re-answers the moment a new check lands.
 */
import type { CheckFigures } from '../../workbook/check-figures';
import { FigureIndex } from './figure-index';

/** Told of every new check's figures. */
export type FiguresListener = (index: FigureIndex) => void;

/**
 * Holds the newest figures. `settled` is false until the first figures arrive or the pane has
 * found that the workbook holds none; until then a function waits (shows #BUSY!) instead of
 * saying there is no check.
 */
export class LatestFigures {
  private index: FigureIndex | undefined;
  private isSettled = false;
  private readonly listeners = new Set<FiguresListener>();
  private readonly settledListeners = new Set<() => void>();

  /** The newest figures, indexed; undefined before any check. */
  get current(): FigureIndex | undefined {
    return this.index;
  }

  /** True once figures arrived or none are to be had until a check runs. */
  get settled(): boolean {
    return this.isSettled;
  }

  /** Makes `figures` the newest and tells every listener. */
  publish(figures: CheckFigures): void {
    const index = new FigureIndex(figures);
    this.index = index;
    this.settle();
    for (const listener of [...this.listeners]) listener(index);
  }

  /** Says that no figures are coming before the next check (the workbook had none saved). */
  settle(): void {
    if (this.isSettled) return;
    this.isSettled = true;
    for (const listener of [...this.settledListeners]) listener();
    this.settledListeners.clear();
  }

  /** Calls `listener` on every later publish; returns the unsubscribe function. */
  subscribe(listener: FiguresListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Calls `listener` once when settled (at once if already). Returns the unsubscribe function. */
  onSettled(listener: () => void): () => void {
    if (this.isSettled) {
      listener();
      return () => undefined;
    }
    this.settledListeners.add(listener);
    return () => this.settledListeners.delete(listener);
  }
}

/** The one store of this runtime (the pane, the ribbon command and the functions share it). */
export const latestFigures = new LatestFigures();
