// Plain JavaScript, preloaded into a CLI run by bench/whole-cli.ts: reports the process's peak resident memory
// (the kernel's own high-water mark, in KB) on stderr as it exits.
process.on('exit', () => {
  require('fs').writeSync(2, `\nloadline-bench-max-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
