/**
 * The proxy-object rules of Office.js, shared by every fake object: properties are read only
 * after `load()` and a `sync()`; property sets and method calls are queued and run at `sync()`.
 */
import { FakeErrorCode, FakeOfficeError, propertyNotLoaded } from './errors';
import { ACTION_OVERHEAD_BYTES, jsonBytes, type BatchRun } from './host';
import type { FakeRequestContext } from './context';

/** A load path split on "/", e.g. ["format", "fill", "color"]; [] means every scalar. */
export type LoadPath = readonly string[];

/** Turns load()'s argument ("a, b/c", ["a"], { select: "a" }, nothing) into paths. */
export function parseLoadSpec(spec: unknown): LoadPath[] {
  if (spec === undefined || spec === null) return [];
  if (typeof spec === 'string') return spec.split(',').map((s) => s.trim()).filter((s) => s !== '').map((s) => s.split('/'));
  if (Array.isArray(spec)) return spec.flatMap((s) => parseLoadSpec(s));
  if (typeof spec === 'object' && typeof (spec as { select?: unknown }).select === 'string') {
    return parseLoadSpec((spec as { select: string }).select);
  }
  throw new FakeOfficeError(FakeErrorCode.invalidArgument, 'The fake supports load() with a string, an array of strings or { select }.');
}

/** Base of every fake object. */
export abstract class FakeClientObject {
  private readonly loadedValues = new Map<string, unknown>();

  constructor(protected readonly ctx: FakeRequestContext) {}

  /** The request context the object belongs to (public in Office.js too). */
  get context(): FakeRequestContext {
    return this.ctx;
  }

  /** The scalar properties `load()` without arguments loads. */
  protected abstract readonly scalarNames: readonly string[];

  /** Reads a scalar from the model, at sync time, for a non-null object. */
  protected abstract readScalar(name: string): unknown;

  /** A navigation property, for load paths such as "format/fill/color". */
  protected navigation(_name: string): FakeClientObject | undefined {
    return undefined;
  }

  /** True at sync time when this is a null object (an *OrNullObject call that found nothing). */
  protected isNullAtSync(): boolean {
    return false;
  }

  /** Queues a load; the values become readable after the next successful sync. */
  load(spec?: unknown): this {
    const paths = parseLoadSpec(spec);
    this.ctx.enqueue(ACTION_OVERHEAD_BYTES + jsonBytes(spec), (batch) => this.capture(paths, batch));
    return this;
  }

  /** Reads `paths` (none: every scalar) from the model and publishes them when the batch succeeds. */
  capture(paths: readonly LoadPath[], batch: BatchRun): void {
    const isNull = this.isNullAtSync();
    batch.onSuccess(() => this.loadedValues.set('isNullObject', isNull));
    const wanted = paths.length === 0 || paths.some((p) => p.length === 0)
      ? [...this.scalarNames.map((name) => [name]), ...paths.filter((p) => p.length > 0)]
      : paths;
    for (const [head, ...rest] of wanted) {
      if (head === 'isNullObject' && rest.length === 0) continue;
      const child = this.navigation(head);
      if (child) {
        if (!isNull) child.capture(rest.length > 0 ? [rest] : [], batch);
        continue;
      }
      if (!this.scalarNames.includes(head) || rest.length > 0) {
        throw new FakeOfficeError(FakeErrorCode.invalidArgument, `The property '${[head, ...rest].join('/')}' cannot be loaded here.`);
      }
      const value = isNull ? null : this.readScalar(head);
      batch.respond(value);
      batch.onSuccess(() => this.loadedValues.set(head, value));
    }
  }

  /** A loaded value; throws PropertyNotLoaded (as Excel does) when it was not loaded and synced. */
  protected loaded<T>(name: string): T {
    if (!this.loadedValues.has(name)) throw propertyNotLoaded(name);
    return this.loadedValues.get(name) as T;
  }

  /** Queues a property set. Like Office.js, the proxy reads back the value it was given. */
  protected queueSet(name: string, value: unknown, apply: (batch: BatchRun) => void): void {
    this.loadedValues.set(name, value);
    this.ctx.enqueue(ACTION_OVERHEAD_BYTES + jsonBytes(value), apply);
  }

  /** Queues a method call whose arguments weigh `args` on the wire. */
  protected queueCall(args: unknown, apply: (batch: BatchRun) => void): void {
    this.ctx.enqueue(ACTION_OVERHEAD_BYTES + jsonBytes(args), apply);
  }

  /**
   * True when the object found nothing. Stricter than Excel, which fills this on any sync: the
   * fake wants a load() (of any property) before it, so code that works here works everywhere.
   */
  get isNullObject(): boolean {
    return this.loaded<boolean>('isNullObject');
  }

  /** The loaded properties, as Office.js's toJSON gives them. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries([...this.loadedValues].filter(([name]) => name !== 'isNullObject'));
  }
}

/** Base of collections: `items` is loaded through paths such as "items/name" (or just "name"). */
export abstract class FakeCollection<T extends FakeClientObject> extends FakeClientObject {
  protected readonly scalarNames: readonly string[] = [];

  /** Fresh proxies for the current members, at sync time. */
  protected abstract enumerate(): T[];

  protected readScalar(name: string): unknown {
    throw new FakeOfficeError(FakeErrorCode.invalidArgument, `A collection has no property '${name}'.`);
  }

  private loadedItems: T[] | undefined;

  override capture(paths: readonly LoadPath[], batch: BatchRun): void {
    const items = this.enumerate();
    const itemPaths = paths.map((p) => (p[0] === 'items' ? p.slice(1) : p));
    for (const item of items) item.capture(itemPaths, batch);
    batch.onSuccess(() => { this.loadedItems = items; });
  }

  /** The members loaded by the last sync; throws PropertyNotLoaded before. */
  get items(): T[] {
    if (!this.loadedItems) throw propertyNotLoaded('items');
    return this.loadedItems;
  }
}
