import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import type { Evidence } from "../../../src/schemas/evidence.ts";
import { openPostgresStore } from "../../../src/store/postgres/postgres-store.ts";
import type { Store } from "../../../src/store/store.ts";
import { T0, arabicArticle, englishArticle } from "../../helpers/workspace.ts";
import { freshDatabase } from "./fresh-database.ts";

const postgres = inject("postgres");
const SOURCE: Evidence = { url: "https://example.org/report", title: "Report", excerpt: "", stance: "supports" };

describe.skipIf("skip" in postgres)("the PostgreSQL store", () => {
  let url: string;
  let drop: () => Promise<void>;
  const opened: Store[] = [];
  const open = async () => {
    const store = await openPostgresStore(url);
    opened.push(store);
    return store;
  };

  beforeAll(async () => ({ url, drop } = await freshDatabase("url" in postgres ? postgres.url : "", "pgstore")));
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    await db.query("truncate articles, accounts, settings cascade");
    await db.end();
  });
  afterAll(() => drop());

  it("gives back exactly the article it was given, claims in order with evidence and history", async () => {
    const store = await open();
    const article = arabicArticle({
      claims: arabicArticle().claims.map((c, i) => ({
        ...c,
        evidence: i ? [SOURCE] : [],
        history: [{ at: T0.toISOString(), by: "salma", action: "save" as const, changes: [] }],
      })),
    });
    await store.addArticle(article);
    expect(await store.getArticle("ar1")).toEqual(article);
    expect(await (await open()).getArticle("ar1")).toEqual(article);
  });

  it("appends history rows on a save instead of rewriting them", async () => {
    const store = await open();
    await store.addArticle(englishArticle());
    for (let i = 0; i < 3; i++) {
      await store.updateArticle("en1", (a) => {
        a.claims[0]!.history.push({ at: T0.toISOString(), by: "salma", action: "save", changes: [{ field: "notes", from: null, to: String(i) }] });
      });
    }
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    const { rows } = await db.query("select position, xmin::text from history where claim_id = 'e1' order by position");
    await db.end();
    expect(rows.map((r) => r.position)).toEqual([0, 1, 2]);
    expect(new Set(rows.map((r) => r.xmin)).size).toBe(3); // each row written by its own save, never again
  });

  it("lets two instances change one article in turn: every change is kept", async () => {
    const [a, b] = [await open(), await open()];
    await a.addArticle(englishArticle());
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 ? a : b).updateArticle("en1", (article) => {
          article.claims[0]!.notes += `${i};`;
        }),
      ),
    );
    const notes = (await a.getArticle("en1"))!.claims[0]!.notes.split(";").filter(Boolean);
    expect(notes.sort((x, y) => +x - +y)).toEqual(Array.from({ length: 20 }, (_, i) => String(i)));
    expect(await b.getArticle("en1")).toEqual(await a.getArticle("en1"));
  });

  it("writes nothing when the change throws or leaves an invalid article", async () => {
    const store = await open();
    await store.addArticle(englishArticle());
    await expect(
      store.updateArticle("en1", () => {
        throw new Error("no");
      }),
    ).rejects.toThrow("no");
    await expect(
      store.updateArticle("en1", (a) => {
        a.claims[0]!.text = "not in the article";
      }),
    ).rejects.toThrow();
    expect(await store.getArticle("en1")).toEqual(englishArticle());
  });

  it("removes claims a change drops and keeps the article list in step", async () => {
    const store = await open();
    await store.addArticle(arabicArticle());
    await store.updateArticle("ar1", (a) => {
      a.claims = a.claims.slice(1);
    });
    expect((await store.getArticle("ar1"))!.claims.map((c) => c.id)).toEqual(["c2"]);
    expect((await store.listArticles())[0]!.stats.total).toBe(1);
  });
});
