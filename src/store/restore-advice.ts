import type { StoreFileError } from "./store-file-error.ts";

/**
 * What to tell a person whose store did not load: that nothing was changed, which backups exist
 * (newest first, usable or not, with their dates) and the commands that restore the newest usable one
 * while keeping the broken file aside.
 */
export function restoreAdvice(error: StoreFileError): string {
  const { file, backups } = error;
  if (error.advice) return `The file was left untouched.\n${error.advice}`;
  const lines = ["The file was left untouched, and so were its backups."];
  if (backups.length === 0) {
    lines.push(
      `There are no backups (${file}.1 …): Isnad makes them when it starts on a good store.`,
      "Fix the file, or move it aside to start with a new store.",
    );
    return lines.join("\n");
  }
  lines.push("Backups, newest first:");
  for (const b of backups) {
    const what = b.usable ? `usable, ${b.holds}` : `not usable: ${b.problem.replace(/\s+/g, " ")}`;
    lines.push(`  ${b.file}  (saved ${b.modified.toISOString()}; ${what})`);
  }
  const good = backups.find((b) => b.usable);
  if (!good) {
    lines.push("None of them is usable either: fix one of the files, or move the store aside to start with a new one.");
    return lines.join("\n");
  }
  if (error.missing) {
    lines.push(
      "To restore the newest usable backup, copy it back:",
      `  cp ${shellQuote(good.file)} ${shellQuote(file)}`,
      "then start Isnad again. To start a new, empty store instead, move the backups somewhere else first.",
    );
    return lines.join("\n");
  }
  lines.push(
    "A backup holds the store as it was when Isnad started on it; later changes are only in the broken file.",
    "To restore the newest usable backup, keep the broken file aside and copy the backup over it:",
    `  mv ${shellQuote(file)} ${shellQuote(`${file}.broken`)} && cp ${shellQuote(good.file)} ${shellQuote(file)}`,
    "then start Isnad again.",
  );
  return lines.join("\n");
}

/** `path` as one POSIX shell word. */
function shellQuote(path: string): string {
  return /^[\w./:@+-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
