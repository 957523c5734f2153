import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DbSchema, emptyDb } from "../../src/schemas/db.ts";
import { openFileStore } from "../../src/store/open-file-store.ts";
import { tempFileFor, writeFileAtomic } from "../../src/store/write-file-atomic.ts";
import { englishArticle } from "../helpers/workspace.ts";

const newDir = () => mkdtempSync(join(tmpdir(), "isnad-writes-"));
const onDisk = (file: string) => DbSchema.parse(JSON.parse(readFileSync(file, "utf8")));

describe("writeFileAtomic", () => {
  it("replaces the file's content and leaves no temporary file", async () => {
    const file = join(newDir(), "db.json");
    writeFileSync(file, "old");
    await writeFileAtomic(file, "new, with Arabic: تصريح");
    expect(readFileSync(file, "utf8")).toBe("new, with Arabic: تصريح");
    expect(existsSync(tempFileFor(file))).toBe(false);
  });

  it("writes its temporary file in the file's own directory, so the rename never crosses file systems", () => {
    const file = join(newDir(), "db.json");
    expect(tempFileFor(file).startsWith(`${file}.tmp-`)).toBe(true);
  });

  it("passes the error on and removes its temporary file when the rename fails", async () => {
    const dir = join(newDir(), "db.json");
    mkdirSync(dir); // renaming a file over a directory fails
    await expect(writeFileAtomic(dir, "new")).rejects.toThrow(/EISDIR/);
    expect(readdirSync(join(dir, ".."))).toEqual(["db.json"]);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("a file store's update", () => {
  it("resolves only once the file holds the change", async () => {
    const file = join(newDir(), "db.json");
    const store = await openFileStore(file, emptyDb);
    await store.update((db) => void db.articles.push(englishArticle()));
    expect(onDisk(file).articles.map((a) => a.id)).toEqual(["en1"]);
  });

  it("writes concurrent updates one after another, so none is lost", async () => {
    const file = join(newDir(), "db.json");
    const store = await openFileStore(file, emptyDb);
    const ids = Array.from({ length: 20 }, (_, i) => `a${i}`);
    await Promise.all(ids.map((id) => store.update((db) => void db.articles.push(englishArticle({ id })))));
    expect(onDisk(file).articles.map((a) => a.id)).toEqual(ids);
    expect(store.read().articles.map((a) => a.id)).toEqual(ids);
  });

  it("rejects when the write fails, keeping the file and the served data as they were, and later updates still land", async () => {
    const file = join(newDir(), "db.json");
    const store = await openFileStore(file, emptyDb);
    const before = readFileSync(file, "utf8");
    mkdirSync(tempFileFor(file)); // the temporary file cannot be opened for writing
    await expect(store.update((db) => void db.articles.push(englishArticle()))).rejects.toThrow(/EISDIR/);
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(store.read().articles).toEqual([]);
    rmdirSync(tempFileFor(file));
    await store.update((db) => void db.articles.push(englishArticle({ id: "later" })));
    expect(onDisk(file).articles.map((a) => a.id)).toEqual(["later"]);
  });
});
