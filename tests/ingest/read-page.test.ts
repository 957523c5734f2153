import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { readPage } from "../../src/ingest/read-page.ts";
import { FIXTURE_PAGES } from "./fixture-pages.ts";
import { arabicWindows1256, fixturePage } from "./page-server.ts";

describe("readPage on real saved news pages", () => {
  for (const page of FIXTURE_PAGES) {
    describe(page.name, () => {
      const result = readPage(fixturePage(page.name), "text/html");
      const article = result.ok ? result.value : undefined;

      it("finds the title, date, language, site name and canonical address in the page metadata", () => {
        expect(result.ok).toBe(true);
        expect(article).toMatchObject({ title: page.title, lang: page.lang, siteName: page.siteName, canonicalUrl: page.canonicalUrl });
        expect(article?.publishedAt).toBe(page.publishedAt);
      });

      it("keeps the article's paragraphs whole and in order", () => {
        const found = page.paragraphs.map((p) => article!.paragraphs.indexOf(p));
        expect(found.every((i) => i >= 0)).toBe(true);
        expect(found).toEqual([...found].sort((a, b) => a - b));
        expect(article!.text).toBe(article!.paragraphs.join("\n\n"));
      });

      it("has its furniture on the page (so the next test can fail)", () => {
        const everything = parseHTML(fixturePage(page.name).toString("utf8")).document.documentElement.textContent ?? "";
        for (const furniture of page.furniture) expect(everything).toContain(furniture);
      });

      it("leaves out navigation, related links, ads, comments and scripts", () => {
        for (const furniture of page.furniture) expect(article!.text).not.toContain(furniture);
        expect(article!.text).not.toMatch(/<\/?[a-z][\w-]*[\s>]/i);
      });
    });
  }

  it("reads the Arabic page saved as windows-1256 (declared in its meta tag) to the same text as the UTF-8 one", () => {
    const original = readPage(fixturePage("cnn-arabic-syria"), "text/html");
    const legacy = readPage(arabicWindows1256(), "text/html");
    expect(legacy.ok && legacy.value.charset).toBe("windows-1256");
    expect(legacy.ok && legacy.value.text).toBe(original.ok && original.value.text);
    expect(legacy.ok && legacy.value.title).toBe("معارضون يسيطرون على مخازن للصواريخ بريف دمشق");
  });

  it("refuses a page with no article", () => {
    const page = Buffer.from("<!doctype html><title>Home</title><nav><a href=/>Home</a> <a href=/world>World</a></nav><p>Welcome to our site.</p>");
    expect(readPage(page, "text/html")).toEqual({ ok: false, problem: { code: "noArticle" } });
  });

  it("never runs the page's scripts", () => {
    const body = `<p>${"The council said the budget would be published next week. ".repeat(8)}</p>`;
    const page = Buffer.from(`<!doctype html><title>Budget</title><script>globalThis.ran = true</script><article>${body}${body}</article>`);
    expect(readPage(page, "text/html").ok).toBe(true);
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
  });
});
