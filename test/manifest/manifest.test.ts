/**
 * The built manifest (dist/manifest.xml) against what Office needs and what the build emits.
 * `npm run validate` checks it against Microsoft's online service; this test is the offline part
 * CI can run.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { XMLParser } from 'fast-xml-parser';
import { PNG } from 'pngjs';
import { DIST, ensureBuild, ROOT } from '../e2e/support/ensure-build';
import { addinBaseUrl, DEV_URL, substituteAddinUrl } from '../../scripts/manifest-url';
import { ICON_SIZES, iconFileName, iconPngBytes } from '../../scripts/generate-icons';

type XmlNode = Record<string, unknown>;

const MANIFEST = path.join(DIST, 'manifest.xml');

/** Every element (at any depth) with the given name, with its attributes as "@_name". */
function findAll(node: unknown, name: string, found: XmlNode[] = []): XmlNode[] {
  if (Array.isArray(node)) {
    for (const item of node) findAll(item, name, found);
  } else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === name) for (const item of Array.isArray(value) ? value : [value]) found.push(item as XmlNode);
      findAll(value, name, found);
    }
  }
  return found;
}

/** Every value of an attribute anywhere in the tree. */
function attributeValues(node: unknown, attribute: string, found: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const item of node) attributeValues(item, attribute, found);
  } else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === `@_${attribute}`) found.push(String(value));
      else attributeValues(value, attribute, found);
    }
  }
  return found;
}

function parseManifest(xml: string): XmlNode {
  // removeNSPrefix: "bt:Image" and "Image" are the same element to this test.
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', removeNSPrefix: true, isArray: () => false });
  return parser.parse(xml) as XmlNode;
}

function defaultValue(node: XmlNode | undefined): string {
  const value = node?.['@_DefaultValue'];
  if (typeof value !== 'string') throw new Error(`No DefaultValue on ${JSON.stringify(node)}`);
  return value;
}

describe('dist/manifest.xml', () => {
  let xml: string;
  let manifest: XmlNode;
  let app: XmlNode;
  let baseUrl: string;
  /** Resource id → URL or string, from <Resources>. */
  let resources: Map<string, string>;

  beforeAll(() => {
    ensureBuild();
    xml = fs.readFileSync(MANIFEST, 'utf8');
    manifest = parseManifest(xml);
    app = manifest.OfficeApp as XmlNode;
    const source = defaultValue((app.DefaultSettings as XmlNode).SourceLocation as XmlNode);
    baseUrl = source.replace(/taskpane\.html$/, '');
    resources = new Map();
    const resourceRoot = findAll(app, 'Resources')[0];
    for (const kind of ['Image', 'Url', 'String']) {
      for (const item of findAll(resourceRoot, kind)) {
        const id = item['@_id'];
        if (typeof id === 'string') resources.set(id, defaultValue(item));
      }
    }
  });

  /** The file in dist/ a manifest URL names; fails when the URL is not under the add-in's base. */
  function builtFile(url: string): string {
    expect(url.startsWith(baseUrl)).toBe(true);
    return path.join(DIST, url.slice(baseUrl.length));
  }

  it('is accepted by office-addin-manifest info', () => {
    const cli = require.resolve('office-addin-manifest/cli.js');
    const result = spawnSync(process.execPath, [cli, 'info', MANIFEST], { encoding: 'utf8' });
    // The CLI exits 0 even when it cannot read a manifest, so its words are checked too.
    expect(result.status).toBe(0);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/error/i);
    expect(result.stdout).toContain('Id: 34a2a103-fecb-46ea-aa5b-1c44246b7dcf');
    expect(result.stdout).toContain('Type: TaskPaneApp');
    expect(result.stdout).toContain('Hosts: Workbook');
  });

  it('asks for ExcelApi 1.7, the Workbook host and ReadWriteDocument', () => {
    const sets = findAll(app.Requirements, 'Set');
    expect(sets.map((s) => [s['@_Name'], s['@_MinVersion']])).toEqual([['ExcelApi', '1.7']]);
    expect(app.Permissions).toBe('ReadWriteDocument');
    expect(findAll(app.Hosts, 'Host').map((h) => h['@_Name'])).toEqual(['Workbook']);
  });

  it('resolves every resid to exactly one resource', () => {
    const ids = attributeValues(findAll(app, 'Resources')[0], 'id');
    expect(new Set(ids).size).toBe(ids.length);
    const used = attributeValues(app, 'resid');
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((id) => !resources.has(id))).toEqual([]);
    // Nothing defined and never used either: a stale resource is a sign of a half-made edit.
    expect(ids.filter((id) => !used.includes(id))).toEqual([]);
  });

  it('has a Home tab group "Loadline" with Check capacity (ExecuteFunction) and Open Loadline (ShowTaskpane)', () => {
    const tab = findAll(app, 'OfficeTab')[0];
    expect(tab['@_id']).toBe('TabHome');
    const group = tab.Group as XmlNode;
    expect(resources.get(String((group.Label as XmlNode)['@_resid']))).toBe('Loadline');
    const controls = findAll(group, 'Control');
    const summary = controls.map((c) => [resources.get(String((c.Label as XmlNode)['@_resid'])), (c.Action as XmlNode)['@_type']]);
    expect(summary).toEqual([['Check capacity', 'ExecuteFunction'], ['Open Loadline', 'ShowTaskpane']]);
  });

  it('names icons that the build emits at the declared sizes', () => {
    const checks: [string, number][] = [
      [defaultValue(app.IconUrl as XmlNode), 64],
      [defaultValue(app.HighResolutionIconUrl as XmlNode), 128],
    ];
    for (const image of findAll(findAll(app, 'VersionOverrides')[0], 'Image')) {
      if (image['@_resid'] === undefined) continue;
      checks.push([resources.get(String(image['@_resid'])) ?? '', Number(image['@_size'])]);
    }
    expect(checks.length).toBeGreaterThanOrEqual(2 + 3 * 3);
    for (const [url, size] of checks) {
      const png = PNG.sync.read(fs.readFileSync(builtFile(url)));
      expect([url, png.width, png.height]).toEqual([url, size, size]);
    }
  });

  it('points every URL at a file the build emits, under one base URL', () => {
    const urls = [
      defaultValue((app.DefaultSettings as XmlNode).SourceLocation as XmlNode),
      defaultValue(app.SupportUrl as XmlNode),
      ...findAll(findAll(app, 'Resources')[0], 'Url').map(defaultValue),
    ];
    for (const url of urls) expect(fs.existsSync(builtFile(url))).toBe(true);
    const functionFile = resources.get(String((findAll(app, 'FunctionFile')[0])['@_resid']));
    expect(functionFile).toBe(`${baseUrl}taskpane.html`);
    const taskpane = findAll(app, 'Action').find((a) => a['@_type'] === 'ShowTaskpane');
    expect(resources.get(String((taskpane?.SourceLocation as XmlNode)['@_resid']))).toBe(`${baseUrl}taskpane.html`);
    expect(findAll(app.AppDomains, 'AppDomain')).toEqual([new URL(baseUrl).origin]);
  });

  it('registers every ExecuteFunction FunctionName with Office.actions.associate when the function file (the pane) loads', () => {
    const names = findAll(app, 'Action').filter((a) => a['@_type'] === 'ExecuteFunction').map((a) => String(a.FunctionName));
    expect(names).toEqual(['checkCapacity']);
    // Run the built function file's scripts with a stand-in Office global and record what they
    // register. Office never answers and no timer fires: only what the page does at load counts.
    const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
    expect(scripts.length).toBeGreaterThan(0);
    const registered = new Map<string, unknown>();
    const office = {
      onReady: () => new Promise(() => undefined),
      actions: { associate: (name: string, handler: unknown) => registered.set(name, handler) },
    };
    const sandbox: Record<string, unknown> = { Office: office, console, setTimeout: () => 0, clearTimeout: () => undefined, Promise };
    sandbox.self = sandbox;
    sandbox.window = sandbox;
    sandbox.globalThis = sandbox;
    vm.createContext(sandbox);
    for (const script of scripts) vm.runInContext(fs.readFileSync(path.join(DIST, script), 'utf8'), sandbox, { filename: script });
    expect([...registered.keys()].sort()).toEqual([...names].sort());
    for (const name of names) expect(typeof registered.get(name)).toBe('function');
  });
});

describe('dist/manifest.xml: one runtime and the LOADLINE functions', () => {
  let app: XmlNode;
  let resources: Map<string, string>;
  let baseUrl: string;
  const residOf = (node: unknown) => String((node as XmlNode)['@_resid']);

  beforeAll(() => {
    ensureBuild();
    app = parseManifest(fs.readFileSync(MANIFEST, 'utf8')).OfficeApp as XmlNode;
    baseUrl = defaultValue((app.DefaultSettings as XmlNode).SourceLocation as XmlNode).replace(/taskpane\.html$/, '');
    resources = new Map();
    for (const kind of ['Image', 'Url', 'String']) {
      for (const item of findAll(findAll(app, 'Resources')[0], kind)) resources.set(String(item['@_id']), defaultValue(item));
    }
  });

  it('runs the ribbon, the pane and the functions in one long-lived runtime: the pane page', () => {
    const runtimes = findAll(app, 'Runtime');
    expect(runtimes.map((r) => [resources.get(residOf(r)), r['@_lifetime']])).toEqual([[`${baseUrl}taskpane.html`, 'long']]);
    const runtime = residOf(runtimes[0]);
    // Office shares the runtime only when every part names the same resid.
    expect(residOf(findAll(app, 'FunctionFile')[0])).toBe(runtime);
    const functions = findAll(app, 'ExtensionPoint').find((e) => e['@_type'] === 'CustomFunctions');
    expect(residOf(((functions?.Page as XmlNode).SourceLocation))).toBe(runtime);
    expect(resources.get(residOf(functions?.Namespace))).toBe('LOADLINE');
  });

  it('still installs where SharedRuntime is missing: only ExcelApi 1.7 is required of the host', () => {
    expect(findAll(app, 'Set').map((s) => s['@_Name'])).toEqual(['ExcelApi']);
  });

  it('names functions code and metadata the build emits; the metadata is the five streaming functions, each registered in that code', () => {
    const functions = findAll(app, 'ExtensionPoint').find((e) => e['@_type'] === 'CustomFunctions') as XmlNode;
    const script = resources.get(residOf(((functions.Script as XmlNode).SourceLocation))) ?? '';
    const metadata = resources.get(residOf(((functions.Metadata as XmlNode).SourceLocation))) ?? '';
    expect([script, metadata]).toEqual([`${baseUrl}functions.js`, `${baseUrl}functions.json`]);
    const json = JSON.parse(fs.readFileSync(path.join(DIST, 'functions.json'), 'utf8')) as { functions: { id: string; name: string; options?: { stream?: boolean }; parameters: { name: string }[] }[] };
    expect(json.functions.map((f) => [f.id, f.parameters.map((p) => p.name), f.options?.stream])).toEqual([
      ['UTILISATION', ['person', 'week'], true],
      ['FREEHOURS', ['person', 'from', 'to'], true],
      ['CONFLICTS', ['name'], true],
      ['STATUS', ['project', 'aspect'], true],
      ['FORECAST', ['project', 'what'], true],
    ]);
    const code = fs.readFileSync(path.join(DIST, 'functions.js'), 'utf8');
    for (const { id } of json.functions) expect(code).toContain(`CustomFunctions.associate("${id}"`);
  });
});

describe('manifest template', () => {
  const template = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

  it('puts ADDIN_URL in every URL and its origin in AppDomains when built for another host', () => {
    const base = addinBaseUrl({ ADDIN_URL: 'https://addins.example.com/loadline' });
    expect(base).toBe('https://addins.example.com/loadline/');
    const built = substituteAddinUrl(template, base);
    expect(built).toContain('<bt:Url id="Functions.Metadata.Url" DefaultValue="https://addins.example.com/loadline/functions.json"/>');
    expect(built).not.toContain('localhost');
    expect(built).toContain('<SourceLocation DefaultValue="https://addins.example.com/loadline/taskpane.html"/>');
    expect(built).toContain('<AppDomain>https://addins.example.com</AppDomain>');
    // The template's URL count survives: only the address changed.
    expect(built.split(base).length).toBe(template.split(DEV_URL).length);
  });

  it('defaults to https://localhost:3000/ and refuses plain http', () => {
    expect(addinBaseUrl({})).toBe('https://localhost:3000/');
    expect(() => addinBaseUrl({ ADDIN_URL: 'http://example.com/' })).toThrow(/https/);
    expect(() => addinBaseUrl({ ADDIN_URL: 'not a url' })).toThrow(/not a URL/);
  });
});

describe('assets', () => {
  it.each(ICON_SIZES.map((size) => [size]))('holds icon-%i.png exactly as scripts/generate-icons.ts draws it', (size) => {
    const committed = fs.readFileSync(path.join(ROOT, 'assets', iconFileName(size)));
    expect(committed.equals(iconPngBytes(size))).toBe(true);
  });
});
