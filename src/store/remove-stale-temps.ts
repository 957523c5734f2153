import { readdir, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Deletes temporary files that writeFileAtomic left beside `file` or its backups when a process was
 * killed mid-write (`db.json.tmp-<pid>`, `db.json.1.tmp-<pid>`), but only those whose process is gone:
 * another process may be writing its own. Call it only once the store has validated, so a person
 * recovering a broken store still finds them.
 */
export async function removeStaleTemps(file: string): Promise<void> {
  const dir = dirname(file);
  const pattern = new RegExp(`^${escapeRegExp(basename(file))}(?:\\.\\d+)?\\.tmp-(\\d+)$`);
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

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ESRCH") return false;
    if (code === "EPERM") return true; // someone else's process
    throw error;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
