// Preloaded into the profiled server (node --import): exit normally on SIGTERM, so that
// --cpu-prof writes its profile (a process ended by the signal itself writes none).
process.once("SIGTERM", () => process.exit(0));
