import { describe, expect, it } from "vitest";
import { VersionConflict } from "../../src/domain/errors.ts";
import { createWorkspace } from "../../src/domain/workspace.ts";
import type { SnapshotInput } from "../../src/schemas/snapshot.ts";
import { DuplicateArticle, NoSuchArticle, type Store } from "../../src/store/store.ts";
import { arabicArticle, englishArticle, T0 } from "../helpers/workspace.ts";

/** Opens a store of the implementation under test holding `snapshot`; `reopen` opens the same store again after close (omit for stores that do not persist). */
export interface ContractTarget {
  open(snapshot?: Partial<SnapshotInput>): Promise<Store & { reopen?: () => Promise<Store> }>;
}

const HASH = "scrypt$1024$8$1$c2FsdA==$aGFzaA==";
const user = (username: string, role: "reviewer" | "editor" | "admin" = "reviewer") => ({ username, role, passwordHash: HASH, createdAt: T0.toISOString() });

/**
 * The behaviour every Store honours (src/store/store.ts): files, memory, and any later one (a
 * database server) runs this same suite with its own `target`.
 */
export function storeContract(name: string, target: ContractTarget): void {
  describe(`${name} store contract`, () => {
    it("lists index rows in import order, with counts and no text or claims", async () => {
      const store = await target.open({ articles: [arabicArticle(), englishArticle()] });
      const rows = await store.listArticles();
      expect(rows.map((r) => r.id)).toEqual(["ar1", "en1"]);
      expect(rows[0]).toMatchObject({ title: "تصريح من واشنطن", language: "ar", stats: { total: 2, reviewed: 0, approved: 0 } });
      expect(rows[0]).not.toHaveProperty("text");
      expect(rows[0]).not.toHaveProperty("claims");
      await store.close();
    });

    it("lists a page of the index in import order or newest first, with the total, and an empty page past the end", async () => {
      const ids = ["a0", "a1", "a2", "a3", "a4"];
      const store = await target.open({ articles: ids.map((id) => englishArticle({ id, title: `title ${id}` })) });
      const idsOf = (page: { articles: { id: string }[] }) => page.articles.map((r) => r.id);
      expect(idsOf(await store.listArticlePage({ offset: 0, limit: 2 }))).toEqual(["a0", "a1"]);
      expect(idsOf(await store.listArticlePage({ offset: 4, limit: 2 }))).toEqual(["a4"]);
      expect(idsOf(await store.listArticlePage({ offset: 0, limit: 2, newestFirst: true }))).toEqual(["a4", "a3"]);
      expect(idsOf(await store.listArticlePage({ offset: 4, limit: 2, newestFirst: true }))).toEqual(["a0"]);
      expect(await store.listArticlePage({ offset: 5, limit: 2, newestFirst: true })).toEqual({ total: 5, articles: [] });
      await store.updateArticle("a1", (a) => void (a.title = "saved"));
      await store.addArticle(englishArticle({ id: "a5" }));
      const page = await store.listArticlePage({ offset: 3, limit: 3, newestFirst: true });
      expect(page.total).toBe(6);
      expect(page.articles.map((r) => [r.id, r.title])).toEqual([
        ["a2", "title a2"],
        ["a1", "saved"],
        ["a0", "title a0"],
      ]);
      await store.close();
    });

    it("gives back an article exactly as stored, Arabic included, and undefined for an unknown id", async () => {
      const store = await target.open({ articles: [arabicArticle()] });
      expect(await store.getArticle("ar1")).toEqual(arabicArticle());
      expect(await store.getArticle("nope")).toBeUndefined();
      expect(await store.getArticle("../db")).toBeUndefined();
      await store.close();
    });

    it("adds an article, refuses a second one with the same id and one that breaks the schema", async () => {
      const store = await target.open();
      const row = await store.addArticle(englishArticle());
      expect(row).toMatchObject({ id: "en1", stats: { total: 1 } });
      expect(await store.getArticle("en1")).toEqual(englishArticle());
      await expect(store.addArticle(englishArticle({ title: "again" }))).rejects.toBeInstanceOf(DuplicateArticle);
      await expect(store.addArticle(englishArticle({ id: "bad", text: "short" }))).rejects.toThrow();
      expect((await store.listArticles()).map((r) => r.id)).toEqual(["en1"]);
      expect(await store.getArticle("bad")).toBeUndefined();
      await store.close();
    });

    it("runs changes to one article one after another, each seeing the one before", async () => {
      const store = await target.open({ articles: [englishArticle()] });
      await Promise.all(["a", "b", "c"].map((tag) => store.updateArticle("en1", (a) => void (a.title += tag))));
      expect((await store.getArticle("en1"))!.title).toBe("Bridge to reopenabc");
      expect((await store.listArticles())[0]!.title).toBe("Bridge to reopenabc");
      await store.close();
    });

    it("keeps every one of many concurrent saves to different articles", async () => {
      const ids = Array.from({ length: 12 }, (_, i) => `a${i}`);
      const store = await target.open({ articles: ids.map((id) => englishArticle({ id })) });
      await Promise.all(ids.map((id) => store.updateArticle(id, (a) => void (a.title = `title ${id}`))));
      expect((await store.listArticles()).map((r) => r.title)).toEqual(ids.map((id) => `title ${id}`));
      for (const id of ids) expect((await store.getArticle(id))!.title).toBe(`title ${id}`);
      await store.close();
    });

    it("changes nothing when the change throws or breaks the schema, and later changes still land", async () => {
      const store = await target.open({ articles: [englishArticle()] });
      await expect(
        store.updateArticle("en1", () => {
          throw new Error("refused");
        }),
      ).rejects.toThrow("refused");
      await expect(store.updateArticle("en1", (a) => void (a.claims[0]!.start = 9999))).rejects.toThrow();
      expect(await store.getArticle("en1")).toEqual(englishArticle());
      await store.updateArticle("en1", (a) => void (a.title = "after"));
      expect((await store.getArticle("en1"))!.title).toBe("after");
      await store.close();
    });

    it("rejects a change to an unknown article with NoSuchArticle", async () => {
      const store = await target.open();
      await expect(store.updateArticle("nope", () => undefined)).rejects.toBeInstanceOf(NoSuchArticle);
      await store.close();
    });

    it("keeps the index row in step with the article's claims", async () => {
      const store = await target.open({ articles: [arabicArticle()] });
      await store.updateArticle("ar1", (a) => {
        a.claims[0] = { ...a.claims[0]!, status: "approved", verdict: "false", updatedAt: "2026-02-01T00:00:00.000Z" };
      });
      expect((await store.listArticles())[0]).toMatchObject({
        updatedAt: "2026-02-01T00:00:00.000Z",
        stats: { total: 2, reviewed: 1, approved: 1, verdicts: { false: 1, none: 1 } },
      });
      await store.close();
    });

    it("gives one of two reviewers saving the same claim version a VersionConflict holding the other's save", async () => {
      const store = await target.open({ articles: [arabicArticle()] });
      const workspace = createWorkspace({ store, extract: () => [], now: () => T0, newId: () => "x" });
      const review = (notes: string) => ({ action: "save" as const, version: 1, verdict: "false" as const, evidence: [], notes });
      const results = await Promise.allSettled([
        workspace.reviewClaim("ar1", "c1", review("Salma's"), { name: "Salma" }),
        workspace.reviewClaim("ar1", "c1", review("Omar's"), { name: "Omar" }),
      ]);
      const [won, lost] = results[0]!.status === "fulfilled" ? results : [results[1]!, results[0]!];
      expect(won!.status).toBe("fulfilled");
      expect(lost!.status).toBe("rejected");
      const conflict = (lost as PromiseRejectedResult).reason as VersionConflict;
      expect(conflict).toBeInstanceOf(VersionConflict);
      expect(conflict.current).toEqual((won as PromiseFulfilledResult<unknown>).value);
      expect((await store.getArticle("ar1"))!.claims[0]).toMatchObject({ version: 2, notes: conflict.current.notes });
      await store.close();
    });

    it("keeps accounts: adds them, finds them by name in any case, refuses two with one name", async () => {
      const store = await target.open();
      await store.updateUsers((users) => void users.push(user("Salma")));
      expect((await store.findUser("salma"))?.username).toBe("Salma");
      expect(await store.findUser("nobody")).toBeUndefined();
      await expect(store.updateUsers((users) => void users.push(user("SALMA")))).rejects.toThrow(/duplicate username/);
      expect((await store.listUsers()).map((u) => u.username)).toEqual(["Salma"]);
      await store.close();
    });

    it("keeps settings, with the defaults at first, and refuses invalid ones", async () => {
      const store = await target.open();
      expect(await store.getSettings()).toEqual({ allowedImportHosts: [] });
      await store.updateSettings((s) => void (s.organizationName = "مسبار"));
      expect((await store.getSettings()).organizationName).toBe("مسبار");
      await expect(store.updateSettings((s) => void (s.logoUrl = "javascript:alert(1)"))).rejects.toThrow();
      expect((await store.getSettings()).logoUrl).toBeUndefined();
      await store.close();
    });

    it("keeps speaker aliases in the settings, across a restart, and refuses a chain of aliases", async () => {
      const store = await target.open();
      await store.updateSettings((s) => void (s.speakerAliases = { "وزير الخارجيه الاميركي": "وزير الخارجيه الامريكي", blinken: "antony blinken" }));
      await expect(store.updateSettings((s) => void (s.speakerAliases = { a: "b", b: "c" }))).rejects.toThrow();
      const aliases = (await store.getSettings()).speakerAliases;
      expect(aliases).toEqual({ "وزير الخارجيه الاميركي": "وزير الخارجيه الامريكي", blinken: "antony blinken" });
      await store.close();
      if (!store.reopen) return;
      const again = await store.reopen();
      expect((await again.getSettings()).speakerAliases).toEqual(aliases);
      await again.close();
    });

    it("gives back after a restart everything it acknowledged", async () => {
      const store = await target.open({ articles: [arabicArticle()] });
      if (!store.reopen) return; // a store that does not persist has nothing to restart
      await store.addArticle(englishArticle());
      await store.updateArticle("ar1", (a) => void (a.title = "بعد"));
      await store.updateUsers((users) => void users.push(user("Omar", "editor")));
      await store.updateSettings((s) => void (s.defaultLanguage = "ar"));
      const rows = await store.listArticles();
      await store.close();
      const again = await store.reopen();
      expect(await again.listArticles()).toEqual(rows);
      expect((await again.getArticle("ar1"))!.title).toBe("بعد");
      expect(await again.getArticle("en1")).toEqual(englishArticle());
      expect((await again.listUsers()).map((u) => u.username)).toEqual(["Omar"]);
      expect((await again.getSettings()).defaultLanguage).toBe("ar");
      await again.close();
    });
  });
}
