import { detectHost, messageParent, registerRibbonAction, showDialog } from '../../src/taskpane/host';
import { createExcelFake, type ExcelFake } from '../fakes/excel-fake';

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

/** The fake with its Office global on globalThis (removed after each test with the others). */
function fakeOffice(options: { dialogApi?: string | null } = {}): ExcelFake {
  const fake = createExcelFake({ sheets: { Sheet1: [] }, ...options });
  slots.Office = fake.Office;
  return fake;
}

/** Lets the fake's asynchronous callbacks run. */
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

describe('showDialog', () => {
  const URL = 'https://localhost:3000/dialog.html?summary=x';

  it('opens the page at the given size and resolves when the page asks to be closed, closing it', async () => {
    const fake = fakeOffice();
    let settled = false;
    const shown = showDialog(URL, { height: 40, width: 30 }).then((value) => { settled = true; return value; });
    await tick();
    expect(fake.dialogs.map((d) => [d.url, d.options])).toEqual([[URL, { height: 40, width: 30, displayInIframe: true }]]);
    expect(settled).toBe(false);
    fake.dialogs[0].sendMessage('close');
    await expect(shown).resolves.toBe(true);
    expect(fake.dialogs[0].closedBy).toBe('opener');
  });

  it('resolves when the user closes the dialog with its X', async () => {
    const fake = fakeOffice();
    const shown = showDialog(URL, { height: 40, width: 30 });
    await tick();
    fake.dialogs[0].closeByUser();
    await expect(shown).resolves.toBe(true);
    expect(fake.dialogs[0].closedBy).toBe('user');
  });

  it('resolves false at once without DialogApi 1.1, or without Office at all', async () => {
    const older = fakeOffice({ dialogApi: '1.0' });
    await expect(showDialog(URL, { height: 40, width: 30 })).resolves.toBe(false);
    expect(older.dialogs).toEqual([]);
    fakeOffice({ dialogApi: null });
    await expect(showDialog(URL, { height: 40, width: 30 })).resolves.toBe(false);
    delete slots.Office;
    await expect(showDialog(URL, { height: 40, width: 30 })).resolves.toBe(false);
  });

  it('resolves false when Office refuses to open it (a dialog is already open: 12007)', async () => {
    const fake = fakeOffice();
    void showDialog(URL, { height: 40, width: 30 });
    await tick();
    await expect(showDialog(URL, { height: 40, width: 30 })).resolves.toBe(false);
    expect(fake.dialogs).toHaveLength(1);
  });
});

describe('messageParent', () => {
  it('sends the message to the opener once Office is ready', async () => {
    const fake = fakeOffice();
    await expect(messageParent('close', 50)).resolves.toBe(true);
    expect(fake.parentMessages).toEqual(['close']);
  });

  it('reports false outside an Office dialog: no office.js, or no answer from it', async () => {
    await expect(messageParent('close', 50)).resolves.toBe(false);
    slots.Office = { onReady: () => new Promise(() => undefined), context: { ui: { messageParent: () => undefined } } };
    await expect(messageParent('close', 20)).resolves.toBe(false);
    slots.Office = { onReady: () => Promise.resolve({ host: null }), context: { ui: { messageParent: () => { throw new Error('not a dialog'); } } } };
    await expect(messageParent('close', 20)).resolves.toBe(false);
  });
});
