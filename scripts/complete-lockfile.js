#!/usr/bin/env node
/**
 * Workaround: the package registry these build machines use serves only the Linux builds of
 * unrs-resolver's native bindings (jest's resolver), so `npm install` here writes a lock file
 * without the other platforms' entries, and `npm ci` then refuses it ("Missing: … from lock
 * file"). This adds an entry for each missing optional binding, with the os/cpu/libc its name
 * gives, so npm ci skips it on other platforms here and fetches it on a Mac or Windows machine.
 * Run it after any `npm install` that rewrites package-lock.json; it changes nothing when the
 * lock is already complete. Remove it when the registry serves every platform.
 */
'use strict';
const fs = require('fs');
const path = require('path');

const LOCK = path.join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(LOCK, 'utf8'));
const packages = lock.packages;

/** os, cpu and libc from a binding's platform suffix, e.g. "linux-arm-musleabihf". */
function platformOf(suffix) {
  const [os, cpuName, abi] = suffix.split('-');
  const cpu = { 'arm': 'arm', 'arm64': 'arm64', 'x64': 'x64', 'ia32': 'ia32', 'loong64': 'loong64', 'ppc64': 'ppc64', 'riscv64': 'riscv64', 's390x': 's390x' }[cpuName];
  const libc = os === 'linux' ? (abi && abi.startsWith('musl') ? 'musl' : 'glibc') : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [name, entry] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies || {})) {
    const key = `node_modules/${dep}`;
    const match = /^@unrs\/resolver-binding-(.+)$/.exec(dep);
    if (packages[key] || packages[`${name}/node_modules/${dep}`] || !match) continue;
    const { os, cpu, libc } = platformOf(match[1]);
    if (!cpu) continue;
    packages[key] = { version, cpu: [cpu], dev: entry.dev || undefined, ...(libc ? { libc: [libc] } : {}), license: 'MIT', optional: true, os: [os] };
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
lock.packages = sorted;
fs.writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entries`);
