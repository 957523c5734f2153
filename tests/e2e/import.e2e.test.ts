import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/create-app.ts";
import { createMemoryStore } from "../../src/store/memory-store.ts";
import type { Store } from "../../src/store/store.ts";
import { addAccount, TEST_PASSWORD } from "../helpers/session-client.ts";
import { startPageServer } from "../ingest/page-server.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SHOTS = process.env.SCREENSHOT_DIR ?? "/tmp";
/** A browser test on a loaded 2-core machine can take a while; this is a hang guard, not a speed test. */
const BROWSER_TEST_MS = 90_000;

let server: Server;
let browser: Browser;
let store: Store;
let base: string;
let pages: { base: string; close: () => Promise<void> };

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`The end-to-end test needs Chromium at ${CHROMIUM} (apt-get install chromium) or CHROMIUM_PATH.`);
  pages = await startPageServer();
  // The news site is the local page server: only loopback traffic exists here, so the admin allows it.
  store = await createMemoryStore({ settings: { allowedImportHosts: ["127.0.0.1"] } });
  await addAccount(store, "Hind", "editor");
  server = createApp({ store }).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking"] });
}, BROWSER_TEST_MS);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await pages?.close();
});

async function signedIn(locale: "en" | "ar"): Promise<Page> {
  const context = await browser.newContext({ locale, extraHTTPHeaders: { "Accept-Language": locale }, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.fill("#username", "Hind");
  await page.fill("#password", TEST_PASSWORD);
  await page.click("button[type=submit]");
  await page.waitForURL(/\/articles$/);
  return page;
}

describe("importing from a web address in a browser", () => {
  it(
    "fetches a news page, shows it for review, and saves the corrected article with its source",
    async () => {
      const page = await signedIn("en");
      await page.goto(`${base}/articles/new`);
      await page.fill("#url", `${pages.base}/pages/telegraph-mugabe`);
      await page.click(".url-import-form button[type=submit]");
      await page.waitForSelector(".review-form");
      expect(await page.inputValue("#title")).toBe(
        "Zimbabwe coup: Robert Mugabe and wife Grace 'insisting he finishes his term', as priest steps in to mediate",
      );
      expect(await page.inputValue("#publishedAt")).toBe("2017-11-16");
      expect(await page.inputValue("#language")).toBe("en");
      const paragraphs = await page.locator(".paragraph-preview p").allTextContents();
      expect(paragraphs[0]).toMatch(/^Zimbabwe President Robert Mugabe, his wife Grace/);
      expect(paragraphs.join("\n")).not.toContain("Show comments");
      await page.screenshot({ path: join(SHOTS, "isnad-import-review.png"), fullPage: false });

      await page.fill("#title", "Mugabe insists on finishing his term");
      await page.click(".review-form button.primary");
      await page.waitForURL(/\/articles\/[\w-]+$/);
      expect(await page.textContent("h1")).toContain("Mugabe insists on finishing his term");
      const [row] = await store.listArticles();
      const stored = (await store.getArticle(row!.id))!;
      expect(stored).toMatchObject({
        sourceUrl: `${pages.base}/pages/telegraph-mugabe`,
        publisher: "The Telegraph",
        publishedAt: "2017-11-16",
        language: "en",
      });
      expect(stored.retrievedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    },
    BROWSER_TEST_MS,
  );

  it(
    "reviews an Arabic windows-1256 page right to left in the Arabic interface, and names a refused address",
    async () => {
      const page = await signedIn("ar");
      await page.goto(`${base}/articles/new`);
      await page.fill("#url", `${pages.base}/arabic-1256`);
      await page.click(".url-import-form button[type=submit]");
      await page.waitForSelector(".review-form");
      expect(await page.inputValue("#title")).toBe("معارضون يسيطرون على مخازن للصواريخ بريف دمشق");
      const text = page.locator("#text");
      expect(await text.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
      await page.screenshot({ path: join(SHOTS, "isnad-import-review-ar.png"), fullPage: false });

      await page.goto(`${base}/articles/new`);
      await page.fill("#url", `${pages.base}/pdf`);
      await page.click(".url-import-form button[type=submit]");
      await page.waitForSelector("#url-error");
      expect(await page.textContent("#url-error")).toContain("application/pdf");
    },
    BROWSER_TEST_MS,
  );
});
