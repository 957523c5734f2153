import { open, type FileHandle } from "node:fs/promises";
import type { Db } from "../schemas/db.ts";
import { dbTextInPieces } from "./db-text.ts";
import { journalLine } from "./index-journal.ts";
import type { IndexLog } from "./meta-writer.ts";
import { journalFile } from "./store-paths.ts";
import { writeFileAtomic } from "./write-file-atomic.ts";

/**
 * The index log of a file store: entries appended to db.json.journal (one line each, fsynced before
 * the save is acknowledged), folded now and then into a whole db.json by `checkpoint`. `size` is
 * the journal's length at start; the file must exist (the opener creates it, with its directory
 * entry synced, so an append never depends on an unsynced create).
 */
export function fileIndexLog(dbFile: string, size: number): IndexLog & { close(): Promise<void> } {
  const journal = journalFile(dbFile);
  let handle: FileHandle | null = null;
  let broken: unknown = null;
  /** Lines appended while a checkpoint writes db.json: they stay in the journal after it. */
  let duringCheckpoint: { seq: number; line: string }[] | null = null;
  let chain: Promise<unknown> = Promise.resolve();
  const serially = <T>(job: () => Promise<T>): Promise<T> => {
    const run = chain.then(job);
    chain = run.catch(() => undefined);
    return run;
  };

  return {
    size: () => size,
    append: (entry) =>
      serially(async () => {
        // A partial line that could not be cut away must stay last (a restart reads it as torn): append nothing after it.
        if (broken) throw broken;
        const line = journalLine(entry);
        handle ??= await open(journal, "a", 0o600);
        try {
          await handle.appendFile(line, "utf8");
          await handle.datasync();
        } catch (error) {
          await handle.truncate(size).catch((cut: unknown) => void (broken = cut));
          throw error;
        }
        size += Buffer.byteLength(line);
        duringCheckpoint?.push({ seq: entry.seq, line });
      }),
    async checkpoint(db: Db) {
      duringCheckpoint = [];
      let bytes = 0;
      const counted = async function* () {
        for await (const piece of dbTextInPieces(db)) {
          bytes += piece.length;
          yield piece;
        }
      };
      try {
        await writeFileAtomic(dbFile, counted());
      } catch (error) {
        duringCheckpoint = null;
        throw error;
      }
      // db.json now holds every entry up to db.journalSeq: keep only the later ones (a stop before this leaves them all, and replay skips the held ones).
      await serially(async () => {
        const kept = (duringCheckpoint ?? [])
          .filter((e) => e.seq > (db.journalSeq ?? 0))
          .map((e) => e.line)
          .join("");
        duringCheckpoint = null;
        await handle?.close();
        handle = null;
        await writeFileAtomic(journal, kept);
        size = Buffer.byteLength(kept);
        broken = null;
      });
      return bytes;
    },
    close: () =>
      serially(async () => {
        await handle?.close();
        handle = null;
      }),
  };
}
