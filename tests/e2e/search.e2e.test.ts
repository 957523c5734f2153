import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import { BROWSER_TIMEOUT, describeInBrowser, SHOTS, signedInPage, startBrowserWorkspace, type BrowserWorkspace } from "./browser.ts";

let ws: BrowserWorkspace;

describeInBrowser("search and speakers in a browser", () => {
  beforeAll(async () => {
    ws = await startBrowserWorkspace();
  }, BROWSER_TIMEOUT);
  afterAll(() => ws?.close());

  for (const locale of ["en", "ar"] as const) {
    it(`searches from the header, opens a speaker and merges a spelling (${locale})`, async () => {
      const page = await signedInPage(ws, locale, "Hind");
      const found: Record<string, string[]> = {};

      await page.click('.site-nav a[href="/search"]');
      await page.fill("#q", "بلينكن التاريخ"); // two words: one in the speaker, one in the claim; typed without hamza
      await page.click(".search-form button[type=submit]");
      await page.waitForURL(/\/search\?q=/);
      const rows = page.locator(".search-hit");
      expect(await rows.count()).toBe(1);
      expect(await rows.first().locator("mark").allInnerTexts()).toEqual(["التاريخ"]);
      expect(await rows.first().locator(".claim-text").getAttribute("dir")).toBe("rtl");
      found.search = await seriousViolations(page);
      await page.screenshot({ path: join(SHOTS, `isnad-search-${locale}.png`), fullPage: true });

      await page.click('.site-nav a[href="/speakers"]');
      found.speakers = await seriousViolations(page);
      await page.screenshot({ path: join(SHOTS, `isnad-speakers-${locale}.png`), fullPage: true });

      await page.click(".speakers-table a >> text=وزارة الدفاع الروسية");
      const before = await page.locator(".search-hit").count();
      await page.fill("#spelling", "إيجور كوناشينكوف");
      await page.click(".merge-form button[type=submit]");
      await page.waitForURL(/merged=1/);
      expect(await page.locator(".search-hit").count()).toBe(before + 1);
      found.speaker = await seriousViolations(page);
      await page.screenshot({ path: join(SHOTS, `isnad-speaker-${locale}.png`), fullPage: true });

      await page.click(".merged-spellings button");
      await page.waitForURL(/unmerged=1/);
      expect(await page.locator(".search-hit").count()).toBe(before);
      expect(found).toEqual({ search: [], speakers: [], speaker: [] });
    });
  }
});
