import { readdir, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { isRunning } from "./is-running.ts";

/**
 * Deletes temporary files that writeFileAtomic left beside `file` or its backups when a process was
 * killed mid-write (`db.json.tmp-<pid>`, `db.json.1.tmp-<pid>`), but only those whose process is gone:
 * another process may be writing its own. Call it only once the store has validated, so a person
 * recovering a broken store still finds them.
 */
export async function removeStaleTemps(file: string): Promise<void> {
  await removeStaleTempsIn(dirname(file), new RegExp(`^${escapeRegExp(basename(file))}(?:\\.\\d+)?\\.tmp-(\\d+)$`));
}

/** The same for every temporary file in `dir` that `pattern` matches (its group 1 is the pid): the article documents' folder. */
export async function removeStaleTempsIn(dir: string, pattern = /\.tmp-(\d+)$/): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return; // no directory yet: nothing to clean
    throw error;
  }
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (pid && pid !== process.pid && !isRunning(pid)) await rm(join(dir, name), { force: true });
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
