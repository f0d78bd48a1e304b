#!/usr/bin/env node
// The CLI entry: runs the compiled TypeScript in dist/ (built by `npm ci` through "prepare").
'use strict';
let cli;
try {
  cli = require('../dist/cli/main.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('loadline: the CLI is not built yet: run `npm ci` (or `npm run build:cli`) in the repository first\n');
    process.exit(2);
  }
  throw error;
}
cli.main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
