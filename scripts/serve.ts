/**
 * `npm start`: serves dist/ on https://localhost:3000/ (plain http when no certificate can be
 * had) and prints how to sideload the manifest and where the standalone page is.
 *
 * Certificates, first found wins: HTTPS_KEY + HTTPS_CERT (PEM paths); the ones
 * `npx office-addin-dev-certs install` puts in ~/.office-addin-dev-certs (trusted by the OS, so
 * Excel accepts them); .certs/ in this repo; else a self-signed one made there with openssl.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startStaticServer } from './static-server';

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');

interface Tls {
  readonly key: Buffer;
  readonly cert: Buffer;
  readonly source: string;
  /** True when the OS trusts the certificate, so Excel will load from it. */
  readonly trusted: boolean;
}

function readPair(keyFile: string, certFile: string, source: string, trusted: boolean): Tls | undefined {
  if (!fs.existsSync(keyFile) || !fs.existsSync(certFile)) return undefined;
  return { key: fs.readFileSync(keyFile), cert: fs.readFileSync(certFile), source, trusted };
}

function makeSelfSigned(folder: string): Tls | undefined {
  const keyFile = path.join(folder, 'localhost.key');
  const certFile = path.join(folder, 'localhost.crt');
  try {
    fs.mkdirSync(folder, { recursive: true });
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '30',
      '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout', keyFile, '-out', certFile,
    ], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  return readPair(keyFile, certFile, `a self-signed certificate made in ${path.relative(ROOT, folder)}/`, false);
}

function findTls(): Tls | undefined {
  const { HTTPS_KEY, HTTPS_CERT } = process.env;
  // A certificate named by the user is taken to be one they trust.
  if (HTTPS_KEY && HTTPS_CERT) return readPair(HTTPS_KEY, HTTPS_CERT, 'HTTPS_KEY / HTTPS_CERT', true);
  const devCerts = path.join(os.homedir(), '.office-addin-dev-certs');
  const localCerts = path.join(ROOT, '.certs');
  return readPair(path.join(devCerts, 'localhost.key'), path.join(devCerts, 'localhost.crt'), 'the office-addin-dev-certs certificate', true)
    ?? readPair(path.join(localCerts, 'localhost.key'), path.join(localCerts, 'localhost.crt'), 'the self-signed certificate in .certs/', false)
    ?? makeSelfSigned(localCerts);
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) {
    console.error('dist/ has no build yet: run `npm run build` first (or `npm start`, which builds).');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 3000);
  const tls = findTls();
  const server = await startStaticServer({ root: DIST, port, tls });
  const manifest = path.join(DIST, 'manifest.xml');
  console.log(`
Loadline is served from ${DIST}
  ${server.url}taskpane.html   task pane; opened in a browser it runs standalone on an .xlsx
  ${server.url}manifest.xml    the manifest to sideload (file: ${manifest})
  ${tls ? `https with ${tls.source}` : 'plain http: no certificate found and openssl failed. Excel needs https, so only the standalone page is usable.'}
${tls && !tls.trusted ? `
  The certificate is self-signed, and Excel loads add-ins only over https it trusts. Either run
    npx office-addin-dev-certs install      (installs a trusted localhost certificate; restart npm start)
  or open ${server.url}taskpane.html once in your browser and accept the warning (Excel on the web).
` : ''}
Sideload the manifest:
  Excel on the web   open a workbook > Home > Add-ins > More Add-ins > My Add-ins >
                     Upload My Add-in > choose dist/manifest.xml
  Excel on Windows   put dist/manifest.xml in a shared folder, add that folder under File > Options >
                     Trust Center > Trust Center Settings > Trusted Add-in Catalogs (Show in Menu),
                     restart Excel, then Home > Add-ins > Shared Folder > Loadline
  Excel on Mac       copy dist/manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
                     and restart Excel; Loadline appears under Home > Add-ins
Then use Home > Loadline > Check capacity, or Open Loadline for the pane.
The manifest names the address it was built for (https://localhost:3000/ unless ADDIN_URL was set);
serving on another port or host? Rebuild with ADDIN_URL=<that https URL>.

Press Ctrl+C to stop.`);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
