import { readFile, rename, stat } from "node:fs/promises";
import { backupFile } from "./backup-file.ts";
import { writeFileAtomic } from "./write-file-atomic.ts";

/**
 * Keeps `text` (a store that has just parsed and validated) as backup 1 of `file`, shifting the older
 * backups up and dropping the one past `keep`. Does nothing when backup 1 already holds `text`, so
 * restarts without changes do not push distinct older stores out.
 *
 * Crash-safe: only backups up to the first missing one are shifted, each by a rename, and backup 1 is
 * written with writeFileAtomic. A crash part-way leaves complete backups with at most one gap, which
 * the next rotation fills; it never leaves a partial file.
 */
export async function rotateBackups(file: string, text: string, keep: number): Promise<void> {
  if (keep < 1 || (await readIfExists(backupFile(file, 1))) === text) return;
  let gap = 1;
  while (gap < keep && (await exists(backupFile(file, gap)))) gap++;
  for (let n = gap; n > 1; n--) await rename(backupFile(file, n - 1), backupFile(file, n));
  await writeFileAtomic(backupFile(file, 1), text);
}

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
}
