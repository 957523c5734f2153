import { open, rename, rm, type FileHandle } from "node:fs/promises";
import { dirname } from "node:path";

/** Error codes of platforms and file systems that cannot open or fsync a directory (Windows: EISDIR, EPERM). */
const NO_DIRECTORY_SYNC = new Set(["EISDIR", "EPERM", "EINVAL", "ENOTSUP"]);

/** The temporary file `writeFileAtomic` writes before renaming it over `file`: beside it, named after this process. */
export function tempFileFor(file: string): string {
  return `${file}.tmp-${process.pid}`;
}

/**
 * Replaces `file` with `text` so that a crash at any moment leaves either the old or the new content,
 * never a mix: writes a temporary file in the same directory, fsyncs it, renames it over `file`, then
 * fsyncs the directory so the rename itself is on disk when the promise resolves. On failure the
 * temporary file is removed and the error passed on; `file` is then unchanged.
 * Callers serialise writes to one file (the store's update queue does); processes never share a temp name.
 * `text` may come in pieces (an async iterable), so a large file is written without holding the loop.
 */
export async function writeFileAtomic(file: string, text: string | AsyncIterable<string>): Promise<void> {
  const temp = tempFileFor(file);
  try {
    // 0600: the store holds password hashes; the rename gives the file this mode too.
    const handle = await open(temp, "w", 0o600);
    try {
      if (typeof text === "string") await handle.writeFile(text, "utf8");
      else for await (const piece of text) await handle.writeFile(piece, "utf8"); // each from where the last one ended
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    // Best effort: the write's own error is the one to report.
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(file));
}

/** Flushes a directory's entries (a rename in it) to disk, where the platform allows it. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, "r");
    await handle.sync();
  } catch (error) {
    if (!NO_DIRECTORY_SYNC.has((error as NodeJS.ErrnoException).code ?? "")) throw error;
  } finally {
    await handle?.close();
  }
}
