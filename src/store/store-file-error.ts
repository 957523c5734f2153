import type { Backup } from "./list-backups.ts";

/**
 * The store file cannot be used; the message names the file and the problem. The file is not touched.
 * `backups` lists the backups found beside it (newest first), for restoreAdvice.
 */
export class StoreFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly backups: readonly Backup[] = [],
    /** True when the file itself is missing but backups of it exist. */
    readonly missing = false,
    /** What to do, when restoring a backup is not the way (the index journal has none). */
    readonly advice?: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = "StoreFileError";
  }
}
