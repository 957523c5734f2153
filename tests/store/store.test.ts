import { mkdtempSync, readFileSync, statSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SCHEMA_VERSION, emptyDb } from "../../src/schemas/db.ts";
import { createMemoryStore } from "../../src/store/memory-store.ts";
import { openFileStore } from "../../src/store/open-file-store.ts";
import { StoreFileError } from "../../src/store/store-file-error.ts";
import { tempFileFor } from "../../src/store/write-file-atomic.ts";
import { arabicArticle, englishArticle } from "../helpers/workspace.ts";

const dir = mkdtempSync(join(tmpdir(), "isnad-store-"));
let n = 0;
const file = (content?: string) => {
  const path = join(dir, `db-${++n}.json`);
  if (content !== undefined) writeFileSync(path, content);
  return path;
};
const seed = () => ({ schemaVersion: SCHEMA_VERSION, articles: [englishArticle()], users: [], settings: { allowedImportHosts: [] } });

describe("store.update", () => {
  it("applies queued updates one after another, each seeing the one before", async () => {
    const store = await createMemoryStore(seed());
    await Promise.all(
      ["a", "b", "c"].map((tag) =>
        store.update((db) => {
          db.articles[0]!.title += tag;
        }),
      ),
    );
    expect(store.read().articles[0]!.title).toBe("Bridge to reopenabc");
  });

  it("writes nothing when the change breaks the schema, and keeps serving the old data", async () => {
    const store = await createMemoryStore(seed());
    await expect(store.update((db) => void (db.articles[0]!.claims[0]!.start = 9999))).rejects.toThrow();
    expect(store.read().articles[0]!.claims[0]!.start).toBe(englishArticle().claims[0]!.start);
  });

  it("writes nothing when the change throws, and later updates still run", async () => {
    const store = await createMemoryStore(seed());
    await expect(store.update(() => { throw new Error("refused"); })).rejects.toThrow("refused");
    await store.update((db) => void (db.articles[0]!.title = "after"));
    expect(store.read().articles[0]!.title).toBe("after");
  });

  it("refuses a second article with the same id", async () => {
    const store = await createMemoryStore(seed());
    await expect(store.update((db) => void db.articles.push(englishArticle()))).rejects.toThrow(/duplicate article id/);
  });
});

describe("openFileStore", () => {
  it("creates a missing store file from the initial data", async () => {
    const path = file();
    const store = await openFileStore(path, seed);
    expect(store.read().articles).toHaveLength(1);
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual(seed());
  });

  it("reads back what it wrote, Arabic included", async () => {
    const path = file();
    const first = await openFileStore(path, emptyDb);
    await first.update((db) => void db.articles.push(arabicArticle()));
    const second = await openFileStore(path, () => { throw new Error("should exist"); });
    expect(second.read().articles[0]).toEqual(arabicArticle());
  });

  it.each([
    ["not valid JSON", "{ not json", /not valid JSON/],
    ["empty", "", /empty/],
    ["of the wrong schema version", JSON.stringify({ schemaVersion: 99, articles: [] }), /schemaVersion 99 is not supported/],
    ["missing its articles", JSON.stringify({ schemaVersion: SCHEMA_VERSION }), /articles/],
    [
      "holding a claim whose offsets miss its text",
      JSON.stringify({ schemaVersion: SCHEMA_VERSION, articles: [englishArticle({ text: "short" })] }),
      /articles\.0\.claims\.0: .*offsets|articles\.0\.claims\.0: claim text/,
    ],
  ])("refuses a store file that is %s, naming the file and the problem, and leaves it untouched", async (_what, content, problem) => {
    const path = file(content);
    const before = statSync(path).mtimeMs;
    const error = await openFileStore(path, emptyDb).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreFileError);
    expect((error as Error).message).toContain(path);
    expect((error as Error).message).toMatch(problem);
    expect(readFileSync(path, "utf8")).toBe(content);
    expect(statSync(path).mtimeMs).toBe(before);
    expect(existsSync(tempFileFor(path))).toBe(false);
    expect(existsSync(`${path}.1`), "no backup is made of a store that does not load").toBe(false);
  });
});
