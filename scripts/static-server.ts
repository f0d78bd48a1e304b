/**
 * A tiny static file server over dist/: enough for `npm start` and the end-to-end tests, with no
 * dependency. It serves only files under its root (no directory listings, no path escapes).
 */
import * as fs from 'fs';
import * as http from 'http';
import * as https from 'https';
import type { AddressInfo } from 'net';
import * as path from 'path';

/** Options for `startStaticServer`. */
export interface StaticServerOptions {
  /** The folder to serve, e.g. dist/. */
  readonly root: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Default 127.0.0.1: the dev server is for this machine only. */
  readonly host?: string;
  /** PEM key and certificate for https; plain http without them. */
  readonly tls?: { readonly key: Buffer; readonly cert: Buffer };
}

/** A running server: its base URL ("http://127.0.0.1:53121/") and how to stop it. */
export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a URL path names under `root`, or undefined when it would leave the root. */
export function resolveStaticPath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const relative = decoded === '/' ? 'taskpane.html' : decoded.replace(/^\/+/, '');
  const absoluteRoot = path.resolve(root);
  const file = path.resolve(absoluteRoot, relative);
  if (file !== absoluteRoot && !file.startsWith(absoluteRoot + path.sep)) return undefined;
  return file;
}

function handle(root: string, request: http.IncomingMessage, response: http.ServerResponse): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const file = resolveStaticPath(root, request.url ?? '/');
  if (!file) {
    response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad path');
    return;
  }
  fs.stat(file, (statError, stats) => {
    if (statError || !stats.isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': stats.size,
      // A dev server: always serve the latest build.
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    fs.createReadStream(file).pipe(response);
  });
}

/** Starts serving `root`; resolves once the server listens. */
export function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const listener = (request: http.IncomingMessage, response: http.ServerResponse): void => handle(options.root, request, response);
  const server = options.tls ? https.createServer({ key: options.tls.key, cert: options.tls.cert }, listener) : http.createServer(listener);
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      const { port } = server.address() as AddressInfo;
      const scheme = options.tls ? 'https' : 'http';
      const shownHost = host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host;
      resolve({
        url: `${scheme}://${shownHost}:${port}/`,
        close: () => new Promise<void>((done) => {
          server.closeAllConnections();
          server.close(() => done());
        }),
      });
    });
  });
}
