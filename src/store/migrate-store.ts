import { SnapshotSchema } from "../schemas/snapshot.ts";
import type { Db } from "../schemas/db.ts";
import { parseDocument } from "./parse-document.ts";
import { writeFileAtomic } from "./write-file-atomic.ts";
import { writeSnapshot } from "./write-snapshot.ts";

/** Where the format-1 file is kept after migration: `db.json.v1`. */
export function formatOneBackup(file: string): string {
  return `${file}.v1`;
}

/** True when `json` (db.json parsed) is a format-1 store: one file with every article in it. */
export function isFormatOne(json: unknown): boolean {
  return typeof json === "object" && json !== null && (json as { schemaVersion?: unknown }).schemaVersion === 1;
}

/**
 * Migrates a format-1 store (everything in db.json) to format 2 (db.json with the index, one
 * document per article in `dir`). The old file is validated first (a broken one throws
 * StoreFileError and nothing is written), then kept whole as `db.json.v1`, then the articles are
 * written and db.json last: killed at any moment, the next start finds format 1 again and migrates
 * again, or finds format 2 complete. `notice` gets one line saying what happened.
 */
export async function migrateFormatOne(file: string, dir: string, text: string, notice: (line: string) => void): Promise<{ db: Db; text: string }> {
  const snapshot = parseDocument(text, file, SnapshotSchema);
  await writeFileAtomic(formatOneBackup(file), text);
  const migrated = await writeSnapshot(file, dir, snapshot);
  notice(
    `Migrated the store ${file} from format 1 (one file) to format 2: ${snapshot.articles.length} article document(s) in ${dir}; the old file is kept as ${formatOneBackup(file)}.`,
  );
  return migrated;
}
