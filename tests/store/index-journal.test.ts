import { mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { articleSummary, type ArticleSummary } from "../../src/schemas/article-summary.ts";
import { DbSchema, emptyDb, type Db } from "../../src/schemas/db.ts";
import type { JournalEntry } from "../../src/schemas/index-journal.ts";
import { emptySnapshot, SnapshotSchema, type SnapshotInput } from "../../src/schemas/snapshot.ts";
import { dbTextInPieces } from "../../src/store/db-text.ts";
import { journalLine, parseJournal, replayJournal } from "../../src/store/index-journal.ts";
import { createMetaWriter, type IndexLog } from "../../src/store/meta-writer.ts";
import { openFileStore } from "../../src/store/open-file-store.ts";
import { restoreAdvice } from "../../src/store/restore-advice.ts";
import { StoreFileError } from "../../src/store/store-file-error.ts";
import type { Store } from "../../src/store/store.ts";
import { journalFile, lockFile } from "../../src/store/store-paths.ts";
import { tempFileFor } from "../../src/store/write-file-atomic.ts";
import { storeOnDisk } from "../helpers/store-on-disk.ts";
import { arabicArticle, englishArticle, T0 } from "../helpers/workspace.ts";

const newFile = () => join(mkdtempSync(join(tmpdir(), "isnad-journal-")), "db.json");
const seeded = (snapshot: Partial<SnapshotInput>) => () => SnapshotSchema.parse({ ...emptySnapshot(), ...snapshot });
const mustExist = () => {
  throw new Error("the store should exist");
};
/** Leaves `store` as a killed process would (no close: nothing folded, the lock left to take over); call once its saves have resolved. */
const crash = (_store: Store, file: string) => rmSync(lockFile(file));
const journalOf = (file: string) => parseJournal(readFileSync(journalFile(file), "utf8"), journalFile(file)).entries;
const dbOnDisk = (file: string) => DbSchema.parse(JSON.parse(readFileSync(file, "utf8")));
const row = (id: string, title = `title ${id}`): ArticleSummary => articleSummary(englishArticle({ id, title }));
const dbWith = (ids: string[], journalSeq = 0): Db => ({ ...emptyDb(), articles: ids.map((id) => row(id)), journalSeq });
const HASH = "scrypt$1024$8$1$c2FsdA==$aGFzaA==";
const account = (username: string) => ({ username, role: "reviewer" as const, passwordHash: HASH, createdAt: T0.toISOString() });
const entry = (seq: number, fields: Partial<JournalEntry> = {}): JournalEntry => ({ seq, at: 1_000 * seq, ...fields });

describe("a save to the file store", () => {
  it("appends one journal entry and leaves db.json as it was; a restart replays the entry and folds it into db.json", async () => {
    const file = newFile();
    const store = await openFileStore(file, seeded({ articles: [arabicArticle(), englishArticle()] }));
    const before = readFileSync(file, "utf8");
    await store.updateArticle("en1", (a) => void (a.title = "saved once"));
    await store.updateSettings((s) => void (s.organizationName = "Desk"));
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(journalOf(file)).toMatchObject([
      { seq: 1, rows: [{ id: "en1", title: "saved once" }] },
      { seq: 2, settings: { organizationName: "Desk" } },
    ]);
    crash(store, file);

    const notices: string[] = [];
    const again = await openFileStore(file, mustExist, { notice: (line) => notices.push(line) });
    expect((await again.listArticles()).map((r) => r.title)).toEqual(["تصريح من واشنطن", "saved once"]);
    expect((await again.getSettings()).organizationName).toBe("Desk");
    expect(dbOnDisk(file)).toMatchObject({ journalSeq: 2, settings: { organizationName: "Desk" } });
    expect(dbOnDisk(file).articles[1]!.title).toBe("saved once");
    expect(readFileSync(journalFile(file), "utf8")).toBe("");
    expect(notices).toEqual([]);
    await again.close();
  });

  it("folds the journal into db.json when the store is closed", async () => {
    const file = newFile();
    const store = await openFileStore(file, seeded({ articles: [englishArticle()] }));
    await store.updateArticle("en1", (a) => void (a.title = "closed cleanly"));
    await store.close();
    expect(readFileSync(journalFile(file), "utf8")).toBe("");
    expect(dbOnDisk(file)).toMatchObject({ journalSeq: 1, articles: [{ title: "closed cleanly" }] });
  });

  it("writes db.json whole in the background once the journal outgrows it, keeping the saves made meanwhile", async () => {
    const file = newFile();
    const ids = ["a0", "a1", "a2"];
    const store = await openFileStore(file, seeded({ articles: ids.map((id) => englishArticle({ id })) }), { checkpointBytes: 1 });
    for (let round = 0; round < 12; round++) {
      await Promise.all(ids.map((id) => store.updateArticle(id, (a) => void (a.title = `${id} round ${round}`))));
    }
    // db.json is written first and the journal trimmed after it, both in the background: read them once the
    // trim has caught up with the last write (reading between the two steps sees entries both hold).
    await vi.waitFor(() => {
      const db = dbOnDisk(file);
      expect(db.journalSeq, "db.json was written whole while the store was open").toBeGreaterThan(0);
      expect(
        journalOf(file).every((e) => e.seq > db.journalSeq!),
        "the journal keeps only entries db.json does not hold",
      ).toBe(true);
    });
    expect(storeOnDisk(file).articles.map((r) => r.title)).toEqual(ids.map((id) => `${id} round 11`));
    await store.close();
    const again = await openFileStore(file, mustExist);
    expect((await again.listArticles()).map((r) => r.title)).toEqual(ids.map((id) => `${id} round 11`));
    await again.close();
  });
});

describe("start after a stop during the index journal's life", () => {
  /** A store whose en1 was saved three times (journal entries 1–3: title one, settings, title three), then killed. */
  async function savedThrice() {
    const file = newFile();
    const store = await openFileStore(file, seeded({ articles: [englishArticle()] }));
    await store.updateArticle("en1", (a) => void (a.title = "one"));
    await store.updateSettings((s) => void (s.organizationName = "Desk"));
    await store.updateArticle("en1", (a) => void (a.title = "three"));
    crash(store, file);
    return file;
  }

  it("leaves out a last entry cut short, says so, and takes the row from the article's document", async () => {
    const file = await savedThrice();
    const journal = journalFile(file);
    truncateSync(journal, statSync(journal).size - 40); // the third append stopped part-way
    const notices: string[] = [];
    const store = await openFileStore(file, mustExist, { notice: (line) => notices.push(line) });
    expect(notices.join("\n")).toMatch(/last entry of .*db\.json\.journal was cut short/);
    expect((await store.getSettings()).organizationName).toBe("Desk");
    expect((await store.getArticle("en1"))!.title).toBe("three"); // the document was written before its entry
    expect((await store.listArticles())[0]!.title).toBe("three");
    expect(readFileSync(journal, "utf8")).toBe("");
    await store.close();
  });

  it("refuses to start on a damaged entry with entries after it, naming the line, and touches nothing", async () => {
    const file = await savedThrice();
    const journal = journalFile(file);
    const lines = readFileSync(journal, "utf8").split("\n");
    writeFileSync(journal, [lines[0], "{ damaged", ...lines.slice(2)].join("\n"));
    const [dbBefore, journalBefore] = [readFileSync(file, "utf8"), readFileSync(journal, "utf8")];
    const error = await openFileStore(file, mustExist).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreFileError);
    expect((error as Error).message).toContain("db.json.journal: line 2 is not a valid index entry, and later lines follow");
    expect(restoreAdvice(error as StoreFileError)).toContain(`mv ${journal} ${journal}.broken`);
    expect([readFileSync(file, "utf8"), readFileSync(journal, "utf8")]).toEqual([dbBefore, journalBefore]);
  });

  it("after a stop while db.json was being written whole, starts from the old db.json and the whole journal", async () => {
    const file = await savedThrice();
    writeFileSync(tempFileFor(file), readFileSync(file, "utf8").slice(0, 100)); // the checkpoint's temporary file, cut short
    const store = await openFileStore(file, mustExist);
    expect((await store.listArticles())[0]!.title).toBe("three");
    expect((await store.getSettings()).organizationName).toBe("Desk");
    await store.close();
  });

  it("after a stop between writing db.json whole and cutting the journal, skips the entries db.json holds", async () => {
    const file = await savedThrice();
    const entries = journalOf(file);
    // The checkpoint got as far as db.json holding entries 1 and 2; the journal still has all three.
    writeFileSync(file, JSON.stringify(replayJournal(dbOnDisk(file), entries.slice(0, 2)).db));
    expect(dbOnDisk(file).journalSeq).toBe(2);
    const store = await openFileStore(file, mustExist);
    expect((await store.listArticles())[0]!.title).toBe("three");
    expect((await store.getSettings()).organizationName).toBe("Desk");
    expect(dbOnDisk(file).journalSeq).toBe(3);
    await store.close();
  });

  it("replays the journal onto db.json.1 restored over db.json (it continues it), but not onto an older backup", async () => {
    const file = newFile();
    await (await openFileStore(file, seeded({ articles: [englishArticle()] }))).close();
    for (const title of ["first", "second", "third"]) {
      const store = await openFileStore(file, mustExist); // each start folds the journal and keeps db.json as backup 1
      await store.updateArticle("en1", (a) => void (a.title = title));
      await store.updateUsers((users) => void users.push(account(title)));
      crash(store, file);
    }
    const [backup1, backup2, journal] = [`${file}.1`, `${file}.2`, journalFile(file)].map((f) => readFileSync(f, "utf8")) as [string, string, string];
    writeFileSync(file, backup1); // the state at the third start, which the journal continues
    const restored = await openFileStore(file, mustExist);
    expect((await restored.listUsers()).map((u) => u.username)).toEqual(["first", "second", "third"]);
    await restored.close();

    writeFileSync(file, backup2); // the state at the second start: the journal's first entries are missing
    writeFileSync(journalFile(file), journal);
    const notices: string[] = [];
    const older = await openFileStore(file, mustExist, { notice: (line) => notices.push(line) });
    expect(notices.join("\n")).toMatch(/does not continue .*db\.json.*kept as .*db\.json\.journal\.unrelated/);
    expect((await older.listUsers()).map((u) => u.username)).toEqual(["first"]);
    expect((await older.listArticles())[0]!.title, "the row comes from the document saved since").toBe("third");
    expect(readFileSync(`${journalFile(file)}.unrelated`, "utf8")).toBe(journal);
    await older.close();
  });
});

describe("replaying the index journal", () => {
  it("applies entries in order: a later row replaces an earlier one in place, new articles go last, accounts and settings are the latest", () => {
    const users = (name: string) => [account(name)];
    const { db, applied } = replayJournal(dbWith(["a", "b"]), [
      entry(1, { rows: [row("b", "b one")], users: users("first"), settings: { allowedImportHosts: ["one.example"] } }),
      entry(2, { rows: [row("c"), row("a", "a two")] }),
      entry(3, { rows: [row("b", "b three"), row("d")], users: users("third") }),
    ]);
    expect(applied).toBe(3);
    expect(db.articles.map((r) => [r.id, r.title])).toEqual([
      ["a", "a two"],
      ["b", "b three"],
      ["c", "title c"],
      ["d", "title d"],
    ]);
    expect(db.users.map((u) => u.username)).toEqual(["third"]);
    expect(db.settings.allowedImportHosts).toEqual(["one.example"]);
    expect(db).toMatchObject({ journalSeq: 3, indexedAt: 3_000 });
  });

  it("skips entries db.json already holds, and applies none of a journal that does not continue it", () => {
    const held = replayJournal(dbWith(["a"], 2), [entry(1, { rows: [row("x")] }), entry(2, { rows: [row("y")] }), entry(3, { rows: [row("a", "new")] })]);
    expect(held.applied).toBe(1);
    expect(held.db.articles.map((r) => r.title)).toEqual(["new"]);
    const gap = replayJournal(dbWith(["a"], 2), [entry(4, { rows: [row("a", "new")] })]);
    expect(gap).toMatchObject({ applied: 0, unrelated: true });
    expect(gap.db.articles[0]!.title).toBe("title a");
  });

  it("reads a journal line by line, leaving out a last line cut short or unreadable", () => {
    const whole = journalLine(entry(1)) + journalLine(entry(2));
    expect(parseJournal(whole, "j")).toEqual({ entries: [entry(1), entry(2)], torn: false });
    expect(parseJournal(whole + journalLine(entry(3)).slice(0, 10), "j")).toEqual({ entries: [entry(1), entry(2)], torn: true });
    expect(parseJournal(`${whole}{"seq":"three"}\n`, "j")).toEqual({ entries: [entry(1), entry(2)], torn: true });
    expect(parseJournal("", "j")).toEqual({ entries: [], torn: false });
    expect(() => parseJournal(`${journalLine(entry(1))}\0\0\0\n${journalLine(entry(3))}`, "j")).toThrow(/line 2 is not a valid index entry/);
  });
});

describe("the index writer", () => {
  /** An index log whose next `failures` appends fail as a full disk does. */
  function flakyLog(failures: number) {
    const appended: JournalEntry[] = [];
    const log: IndexLog = {
      append: async (e) => {
        if (failures-- > 0) throw Object.assign(new Error("ENOSPC: no space left"), { code: "ENOSPC" });
        appended.push(e);
      },
      size: () => 0,
      checkpoint: async () => 0,
    };
    return { log, appended };
  }

  it("rejects a save whose append fails, shows nothing of it, and writes its row with the next save", async () => {
    const { log, appended } = flakyLog(1);
    const meta = createMetaWriter(log, dbWith(["a", "b"]));
    await expect(meta.saveRow(row("a", "lost for now"))).rejects.toThrow(/ENOSPC/);
    expect(meta.articles().map((r) => r.title)).toEqual(["title a", "title b"]);
    await meta.saveRow(row("b", "later"));
    expect(appended).toEqual([expect.objectContaining({ seq: 1, rows: [row("a", "lost for now"), row("b", "later")] })]);
    expect(meta.articles().map((r) => r.title)).toEqual(["lost for now", "later"]);
  });

  it("rejects an accounts change whose append fails and keeps the accounts as they were", async () => {
    const { log } = flakyLog(1);
    const meta = createMetaWriter(log, dbWith([]));
    await expect(meta.write({ users: [account("omar")] })).rejects.toThrow(/ENOSPC/);
    expect(meta.users()).toEqual([]);
  });
});

describe("db.json written in pieces", () => {
  it.each([0, 1, 1_201])("is the same JSON as the store's document with %i index rows", async (rows) => {
    const db: Db = {
      ...dbWith(
        Array.from({ length: rows }, (_, i) => `a${i}`),
        7,
      ),
      indexedAt: 123,
    };
    let text = "";
    for await (const piece of dbTextInPieces(db)) text += piece;
    expect(JSON.parse(text)).toEqual(db);
    expect(text.endsWith("}\n")).toBe(true);
  });
});
