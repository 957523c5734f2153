import { sessionSecretFile } from "./auth/session-secret.ts";
import { readConfig } from "./config.ts";
import { createApp } from "./http/create-app.ts";
import { seedDb } from "./seed-db.ts";
import { openFileStore } from "./store/open-file-store.ts";
import { restoreAdvice } from "./store/restore-advice.ts";
import { StoreFileError } from "./store/store-file-error.ts";

/** Starts Isnad: reads the environment, opens (or creates) the store, listens. */
async function main(): Promise<void> {
  const config = readConfig(process.env);
  const store = await openFileStore(config.dbFile, seedDb);
  const app = createApp({
    store,
    publicUrl: config.publicUrl,
    organization: config.organization,
    sessionSecret: config.sessionSecret ?? sessionSecretFile(`${config.dbFile}.secret`),
    sessionIdleMinutes: config.sessionIdleMinutes,
    trustProxy: config.trustProxy,
  });
  const server = app.listen(config.port, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    console.log(`Isnad is serving http://localhost:${port} (store: ${config.dbFile})`);
    if (store.read().users.length === 0) console.log(`No accounts yet: open http://localhost:${port}/setup to create the first admin.`);
  });
}

main().catch((error: unknown) => {
  if (error instanceof StoreFileError) {
    console.error(`Isnad did not start: the store ${error.message}\n${restoreAdvice(error)}`);
  } else {
    console.error("Isnad did not start:", error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
