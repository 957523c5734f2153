import { randomBytes } from "node:crypto";
import { chmodSync, readFileSync, writeFileSync } from "node:fs";

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
  // "wx": fail rather than overwrite if another process created it meanwhile.
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
  chmodSync(file, 0o600);
  return secret;
}
