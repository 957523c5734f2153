import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import type { Store } from "../../src/store/store.ts";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emptyDb, type Db } from "../../src/schemas/db.ts";
import { openFileStore } from "../../src/store/open-file-store.ts";
import { restoreAdvice } from "../../src/store/restore-advice.ts";
import { StoreFileError } from "../../src/store/store-file-error.ts";
import { emptySnapshot } from "../../src/schemas/snapshot.ts";

/** A db.json told apart by its organisation name `id`, as the file store writes it. */
const storeText = (id: string) => `${JSON.stringify({ ...emptyDb(), settings: { organizationName: id, allowedImportHosts: [] } } satisfies Db, null, 2)}\n`;
const mustExist = () => {
  throw new Error("the store should exist");
};
/** Opens the store and closes it again (releasing its lock), as one start and stop does. */
const startAndStop = async (file: string, initial: () => ReturnType<typeof emptySnapshot> = mustExist) => (await openFileStore(file, initial)).close();

/** A new directory holding `files` (name → content); returns the path of its db.json. */
function storeDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "isnad-backups-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return join(dir, "db.json");
}

/** The files beside `file` (not the folder of article documents, nor an empty index journal, which every started store has) with their content. */
const contents = (file: string) =>
  Object.fromEntries(
    readdirSync(join(file, ".."), { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name)
      .sort()
      .map((name): [string, string] => [name, readFileSync(join(file, "..", name), "utf8")])
      .filter(([name, text]) => !(name === "db.json.journal" && text === "")),
  );

describe("backups on start", () => {
  it("keeps a store that loads as db.json.1, shifting older backups up and keeping three", async () => {
    const file = storeDir({ "db.json": storeText("now"), "db.json.1": storeText("b1"), "db.json.2": storeText("b2"), "db.json.3": storeText("b3") });
    await startAndStop(file);
    expect(contents(file)).toEqual({
      "db.json": storeText("now"),
      "db.json.1": storeText("now"),
      "db.json.2": storeText("b1"),
      "db.json.3": storeText("b2"),
    });
  });

  it("rotates nothing when the store has not changed since its last backup", async () => {
    const file = storeDir({ "db.json": storeText("now"), "db.json.1": storeText("now"), "db.json.2": storeText("b2") });
    const mtime = statSync(`${file}.1`).mtimeMs;
    await startAndStop(file);
    expect(contents(file)).toEqual({ "db.json": storeText("now"), "db.json.1": storeText("now"), "db.json.2": storeText("b2") });
    expect(statSync(`${file}.1`).mtimeMs).toBe(mtime);
  });

  it("keeps the next good store after each change, so three starts fill three backups", async () => {
    const file = storeDir({});
    for (const id of ["first", "second", "third", "fourth"]) {
      const store: Store = await openFileStore(file, emptySnapshot);
      await store.updateSettings((settings) => void (settings.organizationName = id));
      await store.close();
    }
    await startAndStop(file);
    const organisations = Object.fromEntries(Object.entries(contents(file)).map(([name, text]) => [name, JSON.parse(text).settings.organizationName]));
    expect(organisations).toEqual({ "db.json": "fourth", "db.json.1": "fourth", "db.json.2": "third", "db.json.3": "second" });
  });

  it("refuses to create a new store where the store is missing but its backups are not, touching nothing", async () => {
    const file = storeDir({ "db.json.1": storeText("b1"), "db.json.2": storeText("b2") });
    const error = await openFileStore(file, emptySnapshot).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreFileError);
    expect((error as StoreFileError).message).toMatch(/does not exist, but backups of it do/);
    expect(restoreAdvice(error as StoreFileError)).toContain(`cp ${file}.1 ${file}`);
    expect(contents(file)).toEqual({ "db.json.1": storeText("b1"), "db.json.2": storeText("b2") });
  });

  it("makes no backup of a store it creates", async () => {
    const file = storeDir({});
    await startAndStop(file, emptySnapshot);
    expect(Object.keys(contents(file))).toEqual(["db.json"]);
  });

  it("fills the gap a crash between two renames leaves, dropping no backup", async () => {
    // Killed after renaming .1 to .2 and before writing the new .1:
    const file = storeDir({ "db.json": storeText("now"), "db.json.2": storeText("b1"), "db.json.3": storeText("b2") });
    await startAndStop(file);
    expect(contents(file)).toEqual({
      "db.json": storeText("now"),
      "db.json.1": storeText("now"),
      "db.json.2": storeText("b1"),
      "db.json.3": storeText("b2"),
    });
  });

  it("removes temporary files of killed processes once the store has loaded, and nothing else", async () => {
    const file = storeDir({
      "db.json": storeText("now"),
      "db.json.tmp-999999999": "{ half",
      "db.json.1.tmp-999999998": "{",
      "db.json.secret": "s",
      "db.json.broken": "x",
    });
    await startAndStop(file);
    expect(Object.keys(contents(file))).toEqual(["db.json", "db.json.1", "db.json.broken", "db.json.secret"]);
  });
});

describe("a store that does not load", () => {
  const broken = "{ half a sto";

  it("is refused with every file left as it was, its backups listed newest first with whether each is usable", async () => {
    const file = storeDir({ "db.json": broken, "db.json.1": storeText("b1"), "db.json.2": "[]", "db.json.tmp-999999999": "{" });
    const before = contents(file);
    const error = await openFileStore(file, emptySnapshot).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreFileError);
    expect(contents(file)).toEqual(before);
    expect((error as StoreFileError).backups).toMatchObject([
      { file: `${file}.1`, usable: true, holds: "0 articles, 0 accounts" },
      { file: `${file}.2`, usable: false, problem: expect.stringMatching(/does not match the store schema/) },
    ]);
  });

  it("is explained with the backups and the command that restores the newest usable one", async () => {
    const file = storeDir({ "db.json": broken, "db.json.1": "{", "db.json.2": storeText("b2") });
    const advice = restoreAdvice((await openFileStore(file, emptySnapshot).catch((e: unknown) => e)) as StoreFileError);
    expect(advice).toContain("left untouched");
    expect(advice).toMatch(new RegExp(`${file}\\.1 .*not usable: not valid JSON`));
    expect(advice).toMatch(new RegExp(`${file}\\.2 .*usable, 0 articles, 0 accounts\\)`));
    expect(advice).toContain(`mv ${file} ${file}.broken && cp ${file}.2 ${file}`);
  });

  it("is explained without a restore command when there are no backups", async () => {
    const file = storeDir({ "db.json": broken });
    const advice = restoreAdvice((await openFileStore(file, emptySnapshot).catch((e: unknown) => e)) as StoreFileError);
    expect(advice).toContain("There are no backups");
    expect(advice).not.toContain("cp ");
    expect(existsSync(`${file}.1`)).toBe(false);
  });

  it("is explained without a restore command when no backup is usable either", async () => {
    const file = storeDir({ "db.json": broken, "db.json.1": "" });
    const advice = restoreAdvice((await openFileStore(file, emptySnapshot).catch((e: unknown) => e)) as StoreFileError);
    expect(advice).toMatch(/db\.json\.1 .*not usable: the file is empty/);
    expect(advice).toContain("None of them is usable");
    expect(advice).not.toContain("cp ");
  });

  it("quotes paths with spaces in the restore command", async () => {
    const error = new StoreFileError("/data/my desk/db.json", "not valid JSON", [
      { file: "/data/my desk/db.json.1", modified: new Date(0), usable: true, holds: "2 articles, 1 account" },
    ]);
    expect(restoreAdvice(error)).toContain("mv '/data/my desk/db.json' '/data/my desk/db.json.broken' && cp '/data/my desk/db.json.1' '/data/my desk/db.json'");
  });
});
