import { detectHost, registerRibbonAction } from '../../src/taskpane/host';

type Slots = Record<string, unknown>;
const slots = globalThis as unknown as Slots;

afterEach(() => {
  delete slots.Office;
});

describe('detectHost', () => {
  it('is standalone when office.js did not load', async () => {
    await expect(detectHost(50)).resolves.toMatchObject({ kind: 'standalone' });
  });

  it('is Excel when Office.onReady reports the Excel host', async () => {
    slots.Office = { onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }) };
    await expect(detectHost(50)).resolves.toEqual({ kind: 'excel', platform: 'PC' });
  });

  it('is standalone when office.js loads in a plain browser (no host)', async () => {
    slots.Office = { onReady: () => Promise.resolve({ host: null, platform: null }) };
    await expect(detectHost(50)).resolves.toMatchObject({ kind: 'standalone', reason: 'Not running inside Excel.' });
  });

  it('is standalone when Office never answers or fails', async () => {
    slots.Office = { onReady: () => new Promise(() => undefined) };
    await expect(detectHost(20)).resolves.toMatchObject({ kind: 'standalone', reason: 'Office did not answer in time.' });
    slots.Office = { onReady: () => Promise.reject(new Error('no')) };
    await expect(detectHost(20)).resolves.toMatchObject({ kind: 'standalone', reason: 'Office.js could not start.' });
  });
});

describe('registerRibbonAction', () => {
  it('associates the handler with Office.actions under the FunctionName', () => {
    const associated = new Map<string, unknown>();
    slots.Office = { onReady: () => Promise.resolve({ host: 'Excel' }), actions: { associate: (name: string, handler: unknown) => associated.set(name, handler) } };
    const handler = (): void => undefined;
    expect(registerRibbonAction('checkCapacity', handler)).toBe(true);
    expect(associated.get('checkCapacity')).toBe(handler);
  });

  it('reports false when there is no Office host to register with', () => {
    expect(registerRibbonAction('checkCapacity', () => undefined)).toBe(false);
  });
});
