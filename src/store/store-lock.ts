import { hostname } from "node:os";
import { link, readFile, rename, rm, writeFile } from "node:fs/promises";
import { readFileSync, unlinkSync } from "node:fs";
import { isRunning } from "./is-running.ts";
import { lockFile } from "./store-paths.ts";

/** Who holds a store: written in its lock file (`db.json.lock`). */
export interface LockHolder {
  pid: number;
  host: string;
  /** What holds it, for messages: "the server", "npm run user". */
  what: string;
  since: string;
}

/** The store is held by another process; `holder` says which. */
export class StoreLocked extends Error {
  constructor(
    readonly file: string,
    readonly holder: LockHolder | null,
  ) {
    super(
      holder
        ? `${holder.what} (pid ${holder.pid}${holder.host === hostname() ? "" : ` on ${holder.host}`}) holds this store: stop it first`
        : `another process holds this store (${lockFile(file)}): stop it first`,
    );
    this.name = "StoreLocked";
  }
}

/** A held lock; `release` removes the lock file (once, and only if it is still ours). */
export interface StoreLock {
  holder: LockHolder;
  release(): Promise<void>;
}

/**
 * Takes the exclusive lock on the store `dbFile`: one writer per store, so two processes never
 * overwrite each other's changes. The lock file holds pid, host, what and since; it is created
 * whole (a temporary file hard-linked to its name, which fails if it exists). A lock left by a
 * process that is gone (a crash, SIGKILL) on this host is stale and taken over; a live holder, or a
 * holder on another host (which cannot be checked from here), makes this throw StoreLocked naming it.
 * The lock is released by `release()` or, failing that, when the process exits.
 */
export async function acquireStoreLock(dbFile: string, what: string): Promise<StoreLock> {
  const file = lockFile(dbFile);
  const holder: LockHolder = { pid: process.pid, host: hostname(), what, since: new Date().toISOString() };
  const text = `${JSON.stringify(holder)}\n`;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await createWhole(file, text)) return heldLock(file, holder, text);
    const current = await readHolder(file);
    if (current === undefined) continue; // released meanwhile
    if (current && (current.host !== holder.host || isRunning(current.pid))) throw new StoreLocked(dbFile, current);
    await removeStale(file, current);
  }
  throw new StoreLocked(dbFile, (await readHolder(file)) ?? null);
}

function heldLock(file: string, holder: LockHolder, text: string): StoreLock {
  let held = true;
  const releaseSync = () => {
    if (!held) return;
    held = false;
    try {
      if (readFileSync(file, "utf8") === text) unlinkSync(file);
    } catch {
      // already gone: nothing to release
    }
  };
  process.once("exit", releaseSync);
  return {
    holder,
    release: async () => {
      process.off("exit", releaseSync);
      releaseSync();
    },
  };
}

/** Creates `file` holding `text`, or returns false if it exists. */
async function createWhole(file: string, text: string): Promise<boolean> {
  const temp = `${file}.tmp-${process.pid}`;
  await writeFile(temp, text, { mode: 0o600 });
  try {
    await link(temp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    await rm(temp, { force: true });
  }
}

/** The lock file's holder; null when it cannot be read as one (damaged), undefined when there is no lock file. */
async function readHolder(file: string): Promise<LockHolder | null | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  try {
    const h = JSON.parse(text) as LockHolder;
    return Number.isInteger(h.pid) && typeof h.host === "string" ? h : null;
  } catch {
    return null;
  }
}

/**
 * Moves a stale lock out of the way. Renaming is atomic: if two starting processes find the same
 * stale lock, one renames it and the other's rename fails (or moves a fresh lock, which it then
 * checks and puts back).
 */
async function removeStale(file: string, stale: LockHolder | null): Promise<void> {
  const aside = `${file}.stale-${process.pid}`;
  try {
    await rename(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  const moved = await readHolder(aside);
  if (moved && stale && (moved.pid !== stale.pid || moved.since !== stale.since)) {
    // Another process took the lock between our read and our rename: give it back.
    await link(aside, file).catch(() => undefined);
  }
  await rm(aside, { force: true });
}
