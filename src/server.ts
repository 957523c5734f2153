import { chmodSync } from "node:fs";
import { sessionSecretFile } from "./auth/session-secret.ts";
import { readConfig } from "./config.ts";
import { createApp } from "./http/create-app.ts";
import { seedDb } from "./seed-db.ts";
import { openFileStore } from "./store/open-file-store.ts";
import { restoreAdvice } from "./store/restore-advice.ts";
import { StoreFileError } from "./store/store-file-error.ts";
import { StoreLocked } from "./store/store-lock.ts";

/** Starts Isnad: reads the environment, opens (or creates, or migrates) the store, listens. */
async function main(): Promise<void> {
  const config = readConfig(process.env);
  const store = await openFileStore(config.dbFile, seedDb, { holder: "the server", notice: (line) => console.log(line) });
  // SIGINT and SIGTERM end the process through exit, so the store's lock is released.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(0));
  const app = createApp({
    store,
    publicUrl: config.publicUrl,
    organization: config.organization,
    sessionSecret: config.sessionSecret ?? privateSecret(`${config.dbFile}.secret`),
    sessionIdleMinutes: config.sessionIdleMinutes,
    trustProxy: config.trustProxy,
  });
  const server = app.listen(config.port, async () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    console.log(`Isnad is serving http://localhost:${port} (store: ${config.dbFile}, pid ${process.pid})`);
    if (store.readOnly) console.log(`Read-only: ${store.readOnly}. Pages open, saves are refused.`);
    if ((await store.listUsers()).length === 0) console.log(`No accounts yet: open http://localhost:${port}/setup to create the first admin.`);
  });
}

/** The generated session secret, its file kept readable by the server's user only (0600), like the store. */
function privateSecret(file: string): string {
  const secret = sessionSecretFile(file);
  try {
    chmodSync(file, 0o600);
  } catch (error) {
    if (!["EROFS", "EPERM"].includes((error as NodeJS.ErrnoException).code ?? "")) throw error; // a read-only disk: leave it be
  }
  return secret;
}

main().catch((error: unknown) => {
  if (error instanceof StoreFileError) {
    console.error(`Isnad did not start: the store ${error.message}\n${restoreAdvice(error)}`);
  } else if (error instanceof StoreLocked) {
    console.error(`Isnad did not start: ${error.message} (${error.file}).`);
  } else {
    console.error("Isnad did not start:", error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
