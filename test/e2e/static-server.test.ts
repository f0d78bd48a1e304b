/** The tiny server `npm start` and these tests use: it serves dist/ and nothing outside it. */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { resolveStaticPath, startStaticServer } from '../../scripts/static-server';

function get(url: string, rawPath?: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const request = http.request({ host: target.hostname === 'localhost' ? '127.0.0.1' : target.hostname, port: target.port, path: rawPath ?? target.pathname }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => { body += chunk; });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type']), body }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('resolveStaticPath', () => {
  const root = path.resolve('/srv/dist');

  it('maps "/" to taskpane.html and other paths under the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'taskpane.html'));
    expect(resolveStaticPath(root, '/assets/icon-16.png?v=1')).toBe(path.join(root, 'assets', 'icon-16.png'));
  });

  it('refuses paths that climb out of the root, encoded or not', () => {
    expect(resolveStaticPath(root, '/../package.json')).toBeUndefined();
    expect(resolveStaticPath(root, '/%2e%2e/package.json')).toBeUndefined();
    expect(resolveStaticPath(root, '/assets/..%2f..%2fpackage.json')).toBeUndefined();
    expect(resolveStaticPath(root, '/%E0%A4%A')).toBeUndefined();
  });
});

describe('startStaticServer', () => {
  it('serves files with their content type, 404s the rest, and never leaves the root', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'loadline-static-'));
    const root = path.join(parent, 'dist');
    fs.mkdirSync(root);
    fs.writeFileSync(path.join(root, 'taskpane.html'), '<p>pane</p>');
    fs.writeFileSync(path.join(parent, 'secret.txt'), 'secret');
    const server = await startStaticServer({ root, port: 0 });
    try {
      expect(server.url).toMatch(/^http:\/\/localhost:\d+\/$/);
      await expect(get(server.url)).resolves.toEqual({ status: 200, type: 'text/html; charset=utf-8', body: '<p>pane</p>' });
      await expect(get(`${server.url}missing.js`)).resolves.toMatchObject({ status: 404 });
      await expect(get(server.url, '/../secret.txt')).resolves.toMatchObject({ status: 400 });
    } finally {
      await server.close();
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });
});
