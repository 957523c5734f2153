import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emptySnapshot, SnapshotSchema, type SnapshotInput } from "../../src/schemas/snapshot.ts";
import { openFileStore } from "../../src/store/open-file-store.ts";
import { restoreAdvice } from "../../src/store/restore-advice.ts";
import { StoreFileError } from "../../src/store/store-file-error.ts";
import { StoreLocked } from "../../src/store/store-lock.ts";
import { articleFile, articlesDir, lockFile } from "../../src/store/store-paths.ts";
import { tempFileFor, writeFileAtomic } from "../../src/store/write-file-atomic.ts";
import { storeOnDisk } from "../helpers/store-on-disk.ts";
import { arabicArticle, englishArticle } from "../helpers/workspace.ts";

const newFile = () => join(mkdtempSync(join(tmpdir(), "isnad-files-")), "db.json");
const seeded = (snapshot: Partial<SnapshotInput>) => () => SnapshotSchema.parse({ ...emptySnapshot(), ...snapshot });
const mustExist = () => {
  throw new Error("the store should exist");
};
const mode = (file: string) => statSync(file).mode & 0o777;

describe("writeFileAtomic", () => {
  it("replaces the file's content, leaves no temporary file and makes the file 0600", async () => {
    const file = newFile();
    writeFileSync(file, "old", { mode: 0o644 });
    await writeFileAtomic(file, "new, with Arabic: تصريح");
    expect(readFileSync(file, "utf8")).toBe("new, with Arabic: تصريح");
    expect(existsSync(tempFileFor(file))).toBe(false);
    expect(mode(file)).toBe(0o600);
  });

  it("passes the error on and removes its temporary file when the rename fails", async () => {
    const dir = newFile();
    mkdirSync(dir); // renaming a file over a directory fails
    await expect(writeFileAtomic(dir, "new")).rejects.toThrow(/EISDIR/);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("the file store's layout", () => {
  it("keeps accounts, settings and the index in db.json, and each article in its own document beside it", async () => {
    const file = newFile();
    const store = await openFileStore(file, seeded({ articles: [arabicArticle(), englishArticle()] }));
    await store.close();
    const db = JSON.parse(readFileSync(file, "utf8"));
    expect(db.schemaVersion).toBe(2);
    expect(db.articles.map((a: { id: string }) => a.id)).toEqual(["ar1", "en1"]);
    expect(JSON.stringify(db)).not.toContain(arabicArticle().text.slice(0, 20));
    expect(articlesDir(file)).toBe(join(file, "..", "db.articles"));
    expect(readdirSync(articlesDir(file)).sort()).toEqual(["ar1.json", "en1.json"]);
    expect(JSON.parse(readFileSync(articleFile(articlesDir(file), "ar1"), "utf8"))).toEqual(arabicArticle());
  });

  it("names documents after ids that are safe as file names, whatever the id", () => {
    expect(articleFile("/s", "a/../b")).toBe("/s/a%2F%2E%2E%2Fb.json");
    expect(articleFile("/s", "..")).toBe("/s/%2E%2E.json");
  });

  it("writes only the article a save changes (and the index), and creates every file 0600", async () => {
    const file = newFile();
    const store = await openFileStore(file, seeded({ articles: [arabicArticle(), englishArticle()] }));
    const other = articleFile(articlesDir(file), "en1");
    const before = statSync(other).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    await store.updateArticle("ar1", (a) => void (a.title = "جديد"));
    expect(statSync(other).mtimeMs).toBe(before);
    expect(storeOnDisk(file).documents[0]!.title).toBe("جديد");
    for (const f of [file, `${file}.1`, articleFile(articlesDir(file), "ar1"), `${articleFile(articlesDir(file), "ar1")}.1`].filter(existsSync)) {
      expect(mode(f), f).toBe(0o600);
    }
    await store.close();
  });

  it("keeps an article as it was at start as its backup before first replacing it", async () => {
    const file = newFile();
    const store = await openFileStore(file, seeded({ articles: [englishArticle()] }));
    await store.updateArticle("en1", (a) => void (a.title = "one"));
    await store.updateArticle("en1", (a) => void (a.title = "two"));
    const doc = articleFile(articlesDir(file), "en1");
    expect(JSON.parse(readFileSync(`${doc}.1`, "utf8")).title).toBe("Bridge to reopen");
    expect(existsSync(`${doc}.2`)).toBe(false);
    await store.close();
  });

  it("rejects a save whose write fails, keeping the file and the served article, and later saves still land", async () => {
    const file = newFile();
    const store = await openFileStore(file, seeded({ articles: [englishArticle()] }));
    const doc = articleFile(articlesDir(file), "en1");
    await store.updateArticle("en1", (a) => void (a.title = "first"));
    const before = readFileSync(doc, "utf8");
    mkdirSync(tempFileFor(doc)); // the temporary file cannot be opened for writing
    await expect(store.updateArticle("en1", (a) => void (a.title = "lost"))).rejects.toThrow(/EISDIR/);
    expect(readFileSync(doc, "utf8")).toBe(before);
    expect((await store.getArticle("en1"))!.title).toBe("first");
    expect((await store.listArticles())[0]!.title).toBe("first");
    rmdirSync(tempFileFor(doc));
    await store.updateArticle("en1", (a) => void (a.title = "later"));
    expect(storeOnDisk(file).articles[0]!.title).toBe("later");
    await store.close();
  });
});

describe("start-up checks of the article documents", () => {
  it("adopts a document the index does not list (an import stopped between its two writes)", async () => {
    const file = newFile();
    await (await openFileStore(file, seeded({ articles: [arabicArticle()] }))).close();
    writeFileSync(articleFile(articlesDir(file), "en1"), JSON.stringify(englishArticle()));
    const notices: string[] = [];
    const store = await openFileStore(file, mustExist, { notice: (line) => notices.push(line) });
    expect((await store.listArticles()).map((a) => a.id)).toEqual(["ar1", "en1"]);
    expect(notices.join("\n")).toMatch(/Adopted 1 article document/);
    await store.close();
    expect(storeOnDisk(file).articles.map((a) => a.id)).toEqual(["ar1", "en1"]);
  });

  it("refreshes the index row of a document saved after the index (a save stopped between its two writes)", async () => {
    const file = newFile();
    await (await openFileStore(file, seeded({ articles: [arabicArticle()] }))).close();
    writeFileSync(articleFile(articlesDir(file), "ar1"), JSON.stringify(arabicArticle({ title: "saved, index not" })));
    const store = await openFileStore(file, mustExist);
    expect((await store.listArticles())[0]!.title).toBe("saved, index not");
    await store.close();
  });

  it("refuses to start when a listed document is missing, naming it, and touches nothing", async () => {
    const file = newFile();
    await (await openFileStore(file, seeded({ articles: [arabicArticle()] }))).close();
    rmSync(articleFile(articlesDir(file), "ar1"));
    const before = readFileSync(file, "utf8");
    const error = await openFileStore(file, mustExist).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreFileError);
    expect((error as Error).message).toContain("ar1.json: does not exist");
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(existsSync(lockFile(file)), "the lock is released").toBe(false);
  });

  it("refuses a recently saved document that does not load, with its backups in the restore advice", async () => {
    const file = newFile();
    const store = await openFileStore(file, seeded({ articles: [englishArticle()] }));
    await store.updateArticle("en1", (a) => void (a.title = "saved"));
    await store.close();
    const doc = articleFile(articlesDir(file), "en1");
    writeFileSync(doc, "{ half");
    const error = (await openFileStore(file, mustExist).catch((e: unknown) => e)) as StoreFileError;
    expect(error).toBeInstanceOf(StoreFileError);
    expect(error.message).toContain(`${doc}: not valid JSON`);
    expect(restoreAdvice(error)).toContain(`mv ${doc} ${doc}.broken && cp ${doc}.1 ${doc}`);
  });

  it("serves the other articles when an old document is damaged, and says which one when it is opened", async () => {
    const file = newFile();
    await (await openFileStore(file, seeded({ articles: [arabicArticle(), englishArticle()] }))).close();
    const doc = articleFile(articlesDir(file), "en1");
    writeFileSync(doc, "{ half");
    const old = new Date(Date.now() - 60_000);
    const { utimesSync } = await import("node:fs");
    utimesSync(doc, old, old);
    const store = await openFileStore(file, mustExist);
    expect((await store.getArticle("ar1"))!.id).toBe("ar1");
    await expect(store.getArticle("en1")).rejects.toThrow(`${doc}: not valid JSON`);
    await store.close();
  });
});

describe("one writer per store", () => {
  it("refuses a second opener while the first holds the store, naming the holder, and lets it in once released", async () => {
    const file = newFile();
    const first = await openFileStore(file, seeded({}), { holder: "the server" });
    const error = await openFileStore(file, mustExist, { holder: "npm run user" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreLocked);
    expect((error as Error).message).toBe(`the server (pid ${process.pid}) holds this store: stop it first`);
    await first.close();
    expect(existsSync(lockFile(file))).toBe(false);
    await (await openFileStore(file, mustExist)).close();
  });

  it("takes over the lock of a process that is gone (a crash), on this host", async () => {
    const file = newFile();
    await (await openFileStore(file, seeded({}))).close();
    const { hostname } = await import("node:os");
    writeFileSync(lockFile(file), JSON.stringify({ pid: 999_999_999, host: hostname(), what: "the server", since: "2026-01-01T00:00:00.000Z" }));
    const store = await openFileStore(file, mustExist);
    expect(JSON.parse(readFileSync(lockFile(file), "utf8")).pid).toBe(process.pid);
    await store.close();
  });

  it("does not take over a lock held from another host, which it cannot check", async () => {
    const file = newFile();
    await (await openFileStore(file, seeded({}))).close();
    writeFileSync(lockFile(file), JSON.stringify({ pid: 999_999_999, host: "other-machine", what: "the server", since: "2026-01-01T00:00:00.000Z" }));
    await expect(openFileStore(file, mustExist)).rejects.toThrow("the server (pid 999999999 on other-machine) holds this store: stop it first");
  });
});
