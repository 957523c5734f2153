import { randomBytes } from "node:crypto";
import { fsyncSync, linkSync, openSync, closeSync, readFileSync, unlinkSync, writeSync } from "node:fs";

/**
 * The secret that signs session cookies, kept in `file` (beside the store, `db.json.secret`):
 * read when it exists, else generated once (48 random bytes, hex) and written with mode 0600 so
 * only the server's user can read it. Sessions then survive restarts without a configured secret.
 * The file must stay out of git (.gitignore ignores `db.json.*`).
 */
export function sessionSecretFile(file: string): string {
  try {
    const secret = readFileSync(file, "utf8").trim();
    if (secret.length >= 32) return secret;
    throw new Error(`${file}: the session secret is shorter than 32 characters; delete the file to generate a new one`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const secret = randomBytes(48).toString("hex");
  writeWhole(file, `${secret}\n`);
  return secret;
}

/**
 * Writes a new file so that it appears complete or not at all: a temporary file (mode 0600, synced)
 * is hard-linked to its name, which fails rather than overwrite if another process created it
 * meanwhile. A crash at any moment leaves no half-written secret behind.
 */
function writeWhole(file: string, content: string): void {
  const temp = `${file}.tmp-${process.pid}`;
  const fd = openSync(temp, "w", 0o600);
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, file);
  } finally {
    unlinkSync(temp);
  }
}
