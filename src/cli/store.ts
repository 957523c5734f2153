import { readConfig } from "../config.ts";
import { emptySnapshot } from "../schemas/snapshot.ts";
import { openStore } from "../store/open-store.ts";
import { StoreFileError } from "../store/store-file-error.ts";
import { StoreLocked } from "../store/store-lock.ts";
import { storeCommand } from "./store-command.ts";

/** `npm run -s store -- export FILE | import FILE` on the store the environment names (DATABASE_URL or DB_FILE). */
const config = readConfig(process.env);
storeCommand(process.argv.slice(2), () => openStore(config, emptySnapshot, { holder: "npm run store" }), console.log, console.error).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof StoreFileError) console.error(`The store ${error.message}`);
    else if (error instanceof StoreLocked) console.error(`Nothing changed: ${error.message}.`);
    else console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
