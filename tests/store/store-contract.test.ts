import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SnapshotSchema } from "../../src/schemas/snapshot.ts";
import { createMemoryStore } from "../../src/store/memory-store.ts";
import { openFileStore } from "../../src/store/open-file-store.ts";
import { storeContract } from "./store-contract.ts";

storeContract("memory", { open: (snapshot) => createMemoryStore(snapshot) });

storeContract("file", {
  async open(snapshot = {}) {
    const file = join(mkdtempSync(join(tmpdir(), "isnad-contract-")), "db.json");
    const initial = () => SnapshotSchema.parse({ schemaVersion: 1, articles: [], ...snapshot });
    const reopen = () =>
      openFileStore(file, () => {
        throw new Error("the store should exist");
      });
    return Object.assign(await openFileStore(file, initial), { reopen });
  },
});
