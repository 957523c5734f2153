import { readFile, writeFile } from "node:fs/promises";
import { ZodError } from "zod";
import type { Store } from "../store/store.ts";
import { exportSnapshot, importRefusal, importSnapshot } from "../store/workspace-snapshot.ts";

const USAGE = "Usage: npm run -s store -- export FILE | import FILE";

/**
 * `store export FILE` writes the whole workspace as one JSON file; `store import FILE` loads one into
 * an empty store of either kind: how a desk moves between lowdb files and PostgreSQL. Returns the
 * exit code (0 done, 1 refused, 2 usage); `open` opens the configured store.
 */
export async function storeCommand(args: string[], open: () => Promise<Store>, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const [verb, file, ...rest] = args;
  if ((verb !== "export" && verb !== "import") || !file || rest.length) {
    err(USAGE);
    return 2;
  }
  const input = verb === "import" ? await readSnapshotFile(file, err) : null;
  if (verb === "import" && input === undefined) return 1;
  const store = await open();
  try {
    if (verb === "export") {
      const snapshot = await exportSnapshot(store);
      await writeFile(file, JSON.stringify(snapshot), { mode: 0o600 });
      out(`Exported ${snapshot.articles.length} articles and ${snapshot.users.length} accounts to ${file}.`);
      return 0;
    }
    const refusal = await importRefusal(store);
    if (refusal) {
      err(`Nothing imported: ${refusal}.`);
      return 1;
    }
    const counts = await importSnapshot(store, input);
    out(`Imported ${counts.articles} articles and ${counts.users} accounts from ${file}.`);
    return 0;
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    const issue = error.issues[0]!;
    err(`Nothing imported: ${file} is not an Isnad export (${issue.path.join(".") || "top level"}: ${issue.message}).`);
    return 1;
  } finally {
    await store.close();
  }
}

async function readSnapshotFile(file: string, err: (line: string) => void): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    err(`Nothing imported: cannot read ${file} as JSON (${error instanceof Error ? error.message : String(error)}).`);
    return undefined;
  }
}
