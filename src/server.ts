import { chmodSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { sessionSecretFile } from "./auth/session-secret.ts";
import { readConfig } from "./config.ts";
import { createApp } from "./http/create-app.ts";
import { listenUrl } from "./listen-url.ts";
import { describeLocation, openStore } from "./store/open-store.ts";
import { restoreAdvice } from "./store/restore-advice.ts";
import { StoreFileError } from "./store/store-file-error.ts";
import { StoreLocked } from "./store/store-lock.ts";

/** How long a stop waits for requests in flight (a save among them) before it exits anyway. */
const STOP_GRACE_MS = 5000;

/** Starts Isnad: reads the environment, opens (or creates, or migrates) the store, listens. */
async function main(): Promise<void> {
  const config = readConfig(process.env);
  // The seed runs the extractor, loaded only when a new store is made: an existing store's start does not pay for it.
  const seed = async () => (await import("./seed-db.ts")).seedDb();
  const store = await openStore(config, seed, {
    holder: "the server",
    notice: (line) => console.log(line),
    checkpointBytes: config.journalCheckpointBytes,
  });
  const app = createApp({
    store,
    publicUrl: config.publicUrl,
    organization: config.organization,
    ...(config.databaseUrl
      ? await postgresOptions(config.databaseUrl, config.sessionSecret)
      : { sessionSecret: config.sessionSecret ?? privateSecret(`${config.dbFile}.secret`) }),
    sessionIdleMinutes: config.sessionIdleMinutes,
    trustProxy: config.trustProxy,
    production: config.production,
  });
  const server = app.listen(config.port, config.host, async () => {
    const { url, everyInterface } = listenUrl(server.address() as AddressInfo);
    console.log(`Isnad is serving ${url} (store: ${describeLocation(config)}, pid ${process.pid}${config.production ? "" : ", development mode"})`);
    if (everyInterface) console.log("It listens on every interface of this machine (HOST): other machines can reach it too.");
    if (store.readOnly) console.log(`Read-only: ${store.readOnly}. Pages open, saves are refused.`);
    if ((await store.listUsers()).length === 0) console.log(`No accounts yet: open ${url}/setup to create the first admin.`);
  });
  server.on("error", (error) => fail(error));
  // SIGINT and SIGTERM let the requests in flight finish, then end the process through exit, so the store's lock is released.
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), STOP_GRACE_MS).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

/** With PostgreSQL: the session secret shared by every instance, and sign-in counters they all see (pg loaded only here). */
async function postgresOptions(databaseUrl: string, sessionSecret: string | undefined) {
  const { sharedSecret } = await import("./store/postgres/shared-secret.ts");
  const { openPostgresSignInCounters } = await import("./http/auth/postgres-sign-in-counters.ts");
  return { sessionSecret: sessionSecret ?? (await sharedSecret(databaseUrl, "session")), sharedSignInCounters: openPostgresSignInCounters(databaseUrl) };
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

function fail(error: unknown): never {
  if (error instanceof StoreFileError) {
    console.error(`Isnad did not start: the store ${error.message}\n${restoreAdvice(error)}`);
  } else if (error instanceof StoreLocked) {
    console.error(`Isnad did not start: ${error.message} (${error.file}).`);
  } else {
    console.error("Isnad did not start:", error instanceof Error ? error.message : error);
  }
  process.exit(1);
}

main().catch(fail);
