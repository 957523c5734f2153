// Preloaded into a timed command (node --import): prints the process's own CPU time (user +
// system, ms) on stderr as it exits, so the bench can show it next to wall time, which on a busy
// machine mostly measures the wait for a core.
process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\ncpu-ms ${((user + system) / 1000).toFixed(1)}\n`);
});
