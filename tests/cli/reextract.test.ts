import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { SNAPSHOT_VERSION, type Snapshot } from "../../src/schemas/snapshot.ts";
import { openFileStore } from "../../src/store/open-file-store.ts";
import { storeOnDisk } from "../helpers/store-on-disk.ts";
import { arabicArticle, recordAt } from "../helpers/workspace.ts";

const run = promisify(execFile);
const root = join(import.meta.dirname, "../..");
const tsx = join(root, "node_modules/.bin/tsx");
const cli = join(root, "src/cli/reextract.ts");
const scratch = mkdtempSync(join(tmpdir(), "isnad-reextract-"));
const SEED_TEXT = readFileSync(join(root, "fixtures/seed/article.ar.txt"), "utf8");

async function reextract(dbFile: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args], { cwd: root, env: { ...process.env, DB_FILE: dbFile } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function storeWithReviewedClaim(): Promise<string> {
  const reviewed = recordAt(SEED_TEXT, "عصام كامل", { id: "mine", verdict: "satire", notes: "kept?", reviewer: "Salma", status: "in_review", version: 2 });
  const db: Snapshot = {
    schemaVersion: SNAPSHOT_VERSION,
    articles: [arabicArticle({ id: "seed", text: SEED_TEXT, claims: [reviewed] })],
    users: [],
    settings: { allowedImportHosts: [] },
  };
  const file = join(scratch, `db-${Math.random().toString(36).slice(2)}.json`);
  await (await openFileStore(file, () => db)).close();
  return file;
}

describe("npm run reextract", () => {
  it("re-extracts one article, says what changed and keeps every review", async () => {
    const file = await storeWithReviewedClaim();
    const { code, stdout } = await reextract(file, "seed");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Re-extracted seed: \d+ new, \d+ found again, \d+ orphaned\.$/m);
    const db = storeOnDisk(file);
    expect(db.documents[0]!.claims.find((c) => c.id === "mine")).toMatchObject({ verdict: "satire", notes: "kept?", reviewer: "Salma" });
  });

  it("exits 1 naming the article when the id is unknown, leaving the store alone", async () => {
    const file = await storeWithReviewedClaim();
    const before = JSON.stringify(storeOnDisk(file));
    const { code, stderr } = await reextract(file, "nope");
    expect(code).toBe(1);
    expect(stderr).toContain("No article with id nope");
    expect(JSON.stringify(storeOnDisk(file))).toBe(before);
  });

  it("exits 2 with the usage when no id is given", async () => {
    const { code, stderr } = await reextract(await storeWithReviewedClaim());
    expect(code).toBe(2);
    expect(stderr).toContain("Usage: npm run -s reextract -- ARTICLE_ID");
  });

  it("exits 1 naming the file when the store does not exist", async () => {
    const missing = join(scratch, "missing.json");
    const { code, stderr } = await reextract(missing, "seed");
    expect(code).toBe(1);
    expect(stderr).toContain(`${missing}: does not exist`);
  });
});

describe("npm run reextract while the server holds the store", () => {
  it("exits 1 naming the server's pid and leaves the store alone", async () => {
    const file = await storeWithReviewedClaim();
    const { acquireStoreLock } = await import("../../src/store/store-lock.ts");
    const lock = await acquireStoreLock(file, "the server");
    try {
      const before = JSON.stringify(storeOnDisk(file));
      const { code, stderr } = await reextract(file, "seed");
      expect(code).toBe(1);
      expect(stderr).toContain(`Nothing changed: the server (pid ${process.pid}) holds this store: stop it first.`);
      expect(JSON.stringify(storeOnDisk(file))).toBe(before);
    } finally {
      await lock.release();
    }
  });
});
