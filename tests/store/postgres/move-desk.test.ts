import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storeCommand } from "../../../src/cli/store-command.ts";
import { createWorkspace } from "../../../src/domain/workspace.ts";
import { ReviewFormSchema } from "../../../src/schemas/forms/review-form.ts";
import { SnapshotSchema, emptySnapshot, type Snapshot } from "../../../src/schemas/snapshot.ts";
import { openFileStore } from "../../../src/store/open-file-store.ts";
import { openPostgresStore } from "../../../src/store/postgres/postgres-store.ts";
import type { Store } from "../../../src/store/store.ts";
import { T0, arabicArticle, englishArticle } from "../../helpers/workspace.ts";
import { freshDatabase } from "./fresh-database.ts";

const postgres = inject("postgres");
const HASH = "scrypt$1024$8$1$c2FsdA==$aGFzaA==";

/** A workspace with reviews, evidence, history, accounts and settings: everything a desk would lose. */
async function busyDesk(store: Store): Promise<void> {
  const workspace = createWorkspace({ store, extract: () => [], now: () => T0, newId: () => "x" });
  await workspace.addAccount({ username: "salma", role: "reviewer", passwordHash: HASH });
  await workspace.addAccount({ username: "هند", role: "editor", passwordHash: HASH });
  await workspace.changeSettings((s) => Object.assign(s, { organizationName: "مرصد", allowedImportHosts: ["news.test"] }));
  const evidence = [{ url: "https://example.org/a", title: "Source", excerpt: "", stance: "refutes" as const }];
  await workspace.reviewClaim("ar1", "c1", ReviewFormSchema.parse({ version: "1", verdict: "false", notes: "ملاحظة", evidence, action: "submit" }), {
    name: "salma",
  });
}

const run = async (args: string[], open: () => Promise<Store>) => {
  const lines: string[] = [];
  const code = await storeCommand(
    args,
    open,
    (l) => lines.push(l),
    (l) => lines.push(l),
  );
  return { code, output: lines.join("\n") };
};

describe.skipIf("skip" in postgres)("moving a desk between lowdb files and PostgreSQL", () => {
  let url = "";
  let drop: () => Promise<void> = async () => undefined;
  const dir = mkdtempSync(join(tmpdir(), "isnad-move-"));
  for (const sub of ["a", "b", "c"]) mkdirSync(join(dir, sub));
  beforeAll(async () => ({ url, drop } = await freshDatabase("url" in postgres ? postgres.url : "", "move")));
  afterAll(() => drop());

  it("round-trips files → PostgreSQL → files with nothing lost", async () => {
    const start: Snapshot = SnapshotSchema.parse({ schemaVersion: 1, articles: [arabicArticle(), englishArticle()] });
    const fromFile = () => openFileStore(join(dir, "a", "db.json"), () => start);
    const files = await fromFile();
    await busyDesk(files);
    await files.close();

    const first = join(dir, "first.json");
    expect((await run(["export", first], fromFile)).code).toBe(0);
    const pgOpen = () => openPostgresStore(url);
    expect(await run(["import", first], pgOpen)).toEqual({ code: 0, output: expect.stringMatching(/Imported 2 articles and 2 accounts/) });

    const second = join(dir, "second.json");
    expect((await run(["export", second], pgOpen)).code).toBe(0);
    const back = () => openFileStore(join(dir, "b", "db.json"), emptySnapshot);
    expect((await run(["import", second], back)).code).toBe(0);
    const third = join(dir, "third.json");
    expect((await run(["export", third], back)).code).toBe(0);

    const exported = JSON.parse(readFileSync(first, "utf8"));
    expect(exported.articles[0].claims[0]).toMatchObject({ verdict: "false", status: "submitted", evidence: [{ url: "https://example.org/a" }] });
    expect(JSON.parse(readFileSync(second, "utf8"))).toEqual(exported);
    expect(JSON.parse(readFileSync(third, "utf8"))).toEqual(exported);
  });

  it("refuses to import into a store that is not empty, and a file that is not an export, changing nothing", async () => {
    const pgOpen = () => openPostgresStore(url);
    const first = join(dir, "first.json");
    expect(await run(["import", first], pgOpen)).toEqual({ code: 1, output: expect.stringMatching(/not empty \(2 articles, 2 accounts\)/) });
    const junk = join(dir, "junk.json");
    writeFileSync(junk, JSON.stringify({ schemaVersion: 1, articles: [{ id: 3 }] }));
    const empty = () => openFileStore(join(dir, "c", "db.json"), emptySnapshot);
    expect(await run(["import", junk], empty)).toEqual({ code: 1, output: expect.stringMatching(/not an Isnad export \(articles\.0/) });
    expect(await run(["frobnicate", junk], empty)).toEqual({ code: 2, output: expect.stringMatching(/^Usage/) });
  });
});
