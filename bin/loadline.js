#!/usr/bin/env node
// The CLI entry: runs lib/loadline.js, the CLI bundled by `npm run build:cli` (run by `npm ci` through "prepare"; dist/ is the add-in's).
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const v8 = require('node:v8');
const vm = require('node:vm');

const BUNDLE = path.join(__dirname, '..', 'lib', 'loadline.js');

/**
 * V8's compiled code for the bundle, kept beside it after a run. It is made after the run, not
 * when the bundle is loaded, so it holds every function the check compiled on first call, not
 * just the top level: a later start skips parsing and compiling them (about 20 ms on the sample,
 * 40–70 ms at 2,000 people, on Node 20, which has no compile cache of its own). V8 refuses a cache
 * made from other source or by another Node, and the next run makes a new one. Where lib/ cannot
 * be written (an installation owned by another user), the CLI runs without it.
 */
const CODE_CACHE = `${BUNDLE}.cache`;

/**
 * How many steps of nice V8's helper threads (its optimising compiler and GC helpers, started with
 * the process) are put below the check's own thread. A one-shot check keeps them about as busy as
 * the check itself (0.85 s of CPU each at 2,000 people), and on a machine with few cores the
 * check's thread waited behind them: 0.23 s of a 1.2 s run on 2 cores. Lower, they use the cores
 * the check leaves free, as Chrome runs the same work at background priority. Linux only: there
 * each thread has a nice value of its own (setpriority on its thread id). Threads started later
 * (zlib's pool, deflating the output beside the check) keep the check's priority.
 */
const HELPER_NICE_STEP = 10;

function lowerHelperThreadPriority() {
  if (process.platform !== 'linux') return;
  let threads;
  try {
    threads = fs.readdirSync('/proc/self/task');
  } catch {
    return;
  }
  for (const thread of threads) {
    const id = Number(thread);
    if (id === process.pid) continue;
    try {
      os.setPriority(id, Math.min(19, os.getPriority(id) + HELPER_NICE_STEP));
    } catch {
      // A thread that has ended, or a system that does not allow it: that thread's priority stays.
    }
  }
}

lowerHelperThreadPriority();

/**
 * Bytecode a function runs (counted in V8's interrupt budget) before V8 optimises it: 264 KB,
 * four times Node 20's default. One check runs each function a few thousand times at most, so
 * optimising fewer of them saves more than it costs: at 2,000 people V8 compiles about 150
 * functions instead of 235, and the run takes 12–18 % less CPU in all. Set before the bundle is
 * compiled, so that its functions count with it.
 */
v8.setFlagsFromString('--interrupt-budget=270336');

let source;
try {
  source = fs.readFileSync(BUNDLE, 'utf8');
} catch (error) {
  if (error && error.code === 'ENOENT') {
    process.stderr.write('loadline: the CLI is not built yet: run `npm ci` (or `npm run build:cli`) in the repository first\n');
    process.exit(2);
  }
  throw error;
}
let cachedData;
try {
  cachedData = fs.readFileSync(CODE_CACHE);
} catch {
  cachedData = undefined;
}
// CommonJS's own wrapper, compiled by hand so that V8 can be given the cache.
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: BUNDLE, cachedData });
const bundle = { exports: {} };
script.runInThisContext().call(bundle.exports, bundle.exports, require, bundle, BUNDLE, path.dirname(BUNDLE));
const needsCache = cachedData === undefined || script.cachedDataRejected === true;

bundle.exports.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  if (needsCache) writeCodeCache();
});

/** Writes the cache through a file of its own, renamed into place, so a run never reads half of one. */
function writeCodeCache() {
  const partial = `${CODE_CACHE}.${process.pid}`;
  try {
    fs.writeFileSync(partial, script.createCachedData());
    fs.renameSync(partial, CODE_CACHE);
  } catch {
    try {
      fs.rmSync(partial, { force: true });
    } catch {
      // Nothing was written, or it cannot be removed: the next run tries again.
    }
  }
}
