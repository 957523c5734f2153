import { readFile, stat } from "node:fs/promises";
import { backupFile } from "./backup-file.ts";
import { StoreFileError } from "./store-file-error.ts";

/** A backup of a store document as found on disk: usable (with what it holds, e.g. "3 articles") or not (with the problem). */
export type Backup = { file: string; modified: Date; usable: true; holds: string } | { file: string; modified: Date; usable: false; problem: string };

/**
 * The backups of `file` that exist (`file.1` … `file.keep`, newest first), each read and checked
 * by `describe` (which says what a good one holds, or throws StoreFileError) so the person restoring
 * can pick a good one. Reads only; a backup that cannot be read is listed with the reason.
 */
export async function listBackups(file: string, keep: number, describe: (text: string, file: string) => string): Promise<Backup[]> {
  const found: Backup[] = [];
  for (let n = 1; n <= keep; n++) {
    const backup = backupFile(file, n);
    let modified: Date;
    try {
      modified = (await stat(backup)).mtime;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
      throw error;
    }
    try {
      found.push({ file: backup, modified, usable: true, holds: describe(await readFile(backup, "utf8"), backup) });
    } catch (error) {
      const problem = error instanceof StoreFileError ? error.problem : ioProblem(error);
      found.push({ file: backup, modified, usable: false, problem });
    }
  }
  return found;
}

/** "1 article", "3 claims": a count for a backup listing. */
export function countOf(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

/** A file-system error as a problem to show; anything else is not ours to explain. */
function ioProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (typeof code !== "string") throw error;
  return `cannot be read (${code})`;
}
