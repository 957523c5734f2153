import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SnapshotSchema, type Snapshot } from "../../src/schemas/snapshot.ts";
import { openFileStore } from "../../src/store/open-file-store.ts";
import { StoreFileError } from "../../src/store/store-file-error.ts";
import { storeOnDisk } from "../helpers/store-on-disk.ts";

/** The store an Isnad of format 1 wrote: the db.json committed before this change (one file with everything). */
const FORMAT_ONE = join(import.meta.dirname, "../fixtures/store-v1/db.json");
const mustExist = () => {
  throw new Error("the store should exist");
};

/** A new store directory holding the format-1 fixture, changed by `edit` (accounts, reviews). */
function formatOneStore(edit: (db: Snapshot) => void = () => undefined): string {
  const file = join(mkdtempSync(join(tmpdir(), "isnad-migrate-")), "db.json");
  copyFileSync(FORMAT_ONE, file);
  const db = SnapshotSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  edit(db);
  writeFileSync(file, JSON.stringify(db, null, 2));
  return file;
}

describe("migrating a format-1 store", () => {
  it("moves every article into its own document with claims, reviews and accounts intact, keeps the old file, and says so", async () => {
    const file = formatOneStore((db) => {
      db.users.push({ username: "salma", role: "admin", passwordHash: "scrypt$1024$8$1$c2FsdA==$aGFzaA==", createdAt: "2026-01-01T00:00:00.000Z" });
      Object.assign(db.articles[0]!.claims[2]!, { verdict: "misleading", notes: "ملاحظة", reviewer: "salma", status: "submitted", version: 3 });
    });
    const old = SnapshotSchema.parse(JSON.parse(readFileSync(file, "utf8")));
    const oldText = readFileSync(file, "utf8");
    const notices: string[] = [];
    const store = await openFileStore(file, mustExist, { notice: (line) => notices.push(line) });
    expect(notices).toEqual([expect.stringMatching(/^Migrated the store .*db\.json from format 1 .* 1 article document\(s\) .*kept as .*db\.json\.v1\.$/)]);
    expect(await store.getArticle(old.articles[0]!.id)).toEqual(old.articles[0]);
    expect(await store.listUsers()).toEqual(old.users);
    expect((await store.listArticles())[0]!.stats).toMatchObject({ total: 19, reviewed: 1 });
    await store.close();
    expect(readFileSync(`${file}.v1`, "utf8")).toBe(oldText);
    const disk = storeOnDisk(file);
    expect(disk.schemaVersion).toBe(2);
    expect(disk.documents).toEqual(old.articles);
  });

  it("migrates once: the next start opens format 2 without a word", async () => {
    const file = formatOneStore();
    await (await openFileStore(file, mustExist)).close();
    const notices: string[] = [];
    await (await openFileStore(file, mustExist, { notice: (line) => notices.push(line) })).close();
    expect(notices).toEqual([]);
  });

  it("migrates again after a stop part-way (documents written, db.json still format 1), losing nothing", async () => {
    const file = formatOneStore();
    const oldText = readFileSync(file, "utf8");
    await (await openFileStore(file, mustExist)).close();
    writeFileSync(file, oldText); // as if killed before db.json was replaced
    const store = await openFileStore(file, mustExist);
    expect((await store.listArticles()).map((a) => a.id)).toEqual(["kazakhstan-blinken"]);
    await store.close();
  });

  it("refuses a format-1 store that does not validate, writing nothing", async () => {
    const file = formatOneStore();
    writeFileSync(file, '{"schemaVersion":1,"articles":[{"id":"a"}]}');
    await expect(openFileStore(file, mustExist)).rejects.toBeInstanceOf(StoreFileError);
    expect(existsSync(`${file}.v1`)).toBe(false);
    expect(existsSync(join(file, "..", "db.articles"))).toBe(false);
  });
});
