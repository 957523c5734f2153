import { link, rename } from "node:fs/promises";
import { backupFile } from "./backup-file.ts";

/**
 * Keeps the current content of `file` as backup 1 before it is replaced, shifting older backups up
 * and dropping the one past `keep`. Backup 1 is a hard link to the current file: writeFileAtomic
 * replaces a file by renaming a new one over it, so the linked old content stays as it is, and
 * keeping it costs no copy. A missing `file` (a new document) has nothing to keep.
 * Crash-safe like rotateBackups: renames and a link, at most one gap, never a partial file.
 */
export async function linkBackup(file: string, keep: number): Promise<void> {
  if (keep < 1) return;
  for (let n = keep; n > 1; n--) await ignoreMissing(rename(backupFile(file, n - 1), backupFile(file, n)));
  await ignoreMissing(link(file, backupFile(file, 1)));
}

async function ignoreMissing(step: Promise<void>): Promise<void> {
  try {
    await step;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return;
    if (code === "EEXIST") return; // backup 1 is there already (a crash after the link): keep it
    throw error;
  }
}
