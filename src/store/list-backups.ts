import { readFile, stat } from "node:fs/promises";
import { backupFile } from "./backup-file.ts";
import { parseDb } from "./parse-db.ts";
import { StoreFileError } from "./store-file-error.ts";

/** A backup of the store as found on disk: usable (with its article count) or not (with the problem). */
export type Backup =
  | { file: string; modified: Date; usable: true; articles: number }
  | { file: string; modified: Date; usable: false; problem: string };

/**
 * The backups of `file` that exist (`file.1` … `file.keep`, newest first), each read and validated
 * like a store so the person restoring can pick a good one. Reads only; a backup that cannot be read
 * is listed with the reason.
 */
export async function listBackups(file: string, keep: number): Promise<Backup[]> {
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
      found.push({ file: backup, modified, usable: true, articles: parseDb(await readFile(backup, "utf8"), backup).articles.length });
    } catch (error) {
      const problem = error instanceof StoreFileError ? error.problem : ioProblem(error);
      found.push({ file: backup, modified, usable: false, problem });
    }
  }
  return found;
}

/** A file-system error as a problem to show; anything else is not ours to explain. */
function ioProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (typeof code !== "string") throw error;
  return `cannot be read (${code})`;
}
