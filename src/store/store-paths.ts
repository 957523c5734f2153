import { basename, dirname, join } from "node:path";

/**
 * The folder of article documents that belongs to the store file `dbFile`: beside it, named after
 * it (`db.json` → `db.articles/`, `/data/desk.json` → `/data/desk.articles/`).
 */
export function articlesDir(dbFile: string): string {
  return join(dirname(dbFile), `${basename(dbFile).replace(/\.json$/i, "")}.articles`);
}

/** The document of article `id` in `dir`: the id made safe as a file name (`a/b` → `a%2Fb.json`). */
export function articleFile(dir: string, id: string): string {
  return join(dir, `${encodeURIComponent(id).replace(/\./g, "%2E").replace(/\*/g, "%2A")}.json`);
}

/** The article id whose document is called `name` (an entry of articlesDir), or null for other files (backups, temporary files). */
export function articleIdOf(name: string): string | null {
  const match = /^([^.]+)\.json$/.exec(name);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}

/** The lock file that marks which process writes the store `dbFile`. */
export function lockFile(dbFile: string): string {
  return `${dbFile}.lock`;
}

/** The index journal of the store `dbFile`: changes of db.json appended since it was last written whole. */
export function journalFile(dbFile: string): string {
  return `${dbFile}.journal`;
}
