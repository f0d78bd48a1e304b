/**
 * Unpacks the Chromium that the @sparticuz/chromium devDependency carries (a brotli-compressed
 * chrome-headless-shell for Linux x64) so the browser tests run on a machine with nothing but
 * Node. The package is built for AWS Lambda, so three things are done here that it leaves to
 * Lambda:
 * - it is unpacked into a fresh folder of its own (the package's default is the shared temp
 *   folder itself, where a half-written copy from another run would be taken as complete);
 * - the NSS/NSPR/expat libraries it links against, which a bare Debian lacks, are unpacked from
 *   the package's al2023 archive and put on the browser's LD_LIBRARY_PATH;
 * - a fontconfig file adds the package's Open Sans to the system's fonts, so pages render text
 *   even on a machine with no fonts at all (without one every glyph is blank in screenshots).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { ChromiumLocation } from './chromium';

/** True where @sparticuz/chromium has a build: its npm package carries Linux x64 only. */
export function hasBundledChromium(): boolean {
  return process.platform === 'linux' && process.arch === 'x64';
}

// The package is ES-module only and reads the temp folder from TMPDIR, so it runs in a child
// Node with TMPDIR pointed at our folder. inflate() is the package's own unpacker.
const UNPACK_SCRIPT = `
import { join } from 'node:path';
import chromium, { inflate } from '@sparticuz/chromium';
const bin = process.argv[1];
const executablePath = await chromium.executablePath(bin);
const libraries = await inflate(join(bin, 'al2023.tar.br'));
process.stdout.write(JSON.stringify({ executablePath, libraries: join(libraries, 'lib') }));
`;

/**
 * Unpacks the bundled Chromium into `folder` (an empty folder the caller removes later) and
 * checks that it starts; throws with one line saying why when it cannot.
 */
export function unpackBundledChromium(folder: string, root: string): ChromiumLocation {
  const bin = path.join(path.dirname(require.resolve('@sparticuz/chromium')), '..', 'bin');
  const unpack = spawnSync(process.execPath, ['--input-type=module', '-e', UNPACK_SCRIPT, bin], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TMPDIR: folder },
    timeout: 180_000,
  });
  if (unpack.status !== 0) throw new Error(`@sparticuz/chromium did not unpack: ${errorLine(unpack.stderr || String(unpack.error))}`);
  const { executablePath, libraries } = JSON.parse(unpack.stdout) as { executablePath: string; libraries: string };

  const fontConfig = path.join(folder, 'fonts.conf');
  fs.writeFileSync(fontConfig, [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    `  <dir>${path.join(folder, 'fonts', 'fonts')}</dir>`,
    `  <cachedir>${path.join(folder, 'fontconfig-cache')}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n'));
  const env = {
    LD_LIBRARY_PATH: [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(path.delimiter),
    FONTCONFIG_FILE: fontConfig,
  };

  const probe = spawnSync(executablePath, ['--version'], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  if (probe.status !== 0) throw new Error(`the Chromium from @sparticuz/chromium does not start here: ${errorLine(probe.stderr || String(probe.error))}`);
  return { executablePath, env, source: '@sparticuz/chromium', unpackedTo: folder };
}

/** The line of a process's output that names the error (else its last line). */
function errorLine(text: string): string {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.find((line) => /error/i.test(line)) ?? lines.pop() ?? 'no output';
}
