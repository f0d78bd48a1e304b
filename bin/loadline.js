#!/usr/bin/env node
// The CLI entry: runs lib/loadline.js, the CLI bundled by `npm run build:cli` (run by `npm ci` through "prepare"; dist/ is the add-in's).
'use strict';
// Node 22.1 and later keep compiled code between runs (about 40 ms of every start); older Nodes have no such switch.
const nodeModule = require('node:module');
if (typeof nodeModule.enableCompileCache === 'function') nodeModule.enableCompileCache();
let cli;
try {
  cli = require('../lib/loadline.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('lib/loadline.js')) {
    process.stderr.write('loadline: the CLI is not built yet: run `npm ci` (or `npm run build:cli`) in the repository first\n');
    process.exit(2);
  }
  throw error;
}
cli.main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
