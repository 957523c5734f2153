import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createApp } from "../../src/http/create-app.ts";
import { createMemoryStore } from "../../src/store/memory-store.ts";
import { addAccount } from "../helpers/session-client.ts";
import { arabicArticle, recordAt } from "../helpers/workspace.ts";
import { seriousViolations } from "./axe.ts";
import { BROWSER_TIMEOUT, describeInBrowser, SHOTS, signedInPage, type BrowserWorkspace } from "./browser.ts";
import { CHROMIUM } from "./chromium.ts";

const NOW = "وقال وزير الخارجية الأمريكي أنتوني بلينكن إن كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي.";
const BEFORE = 'وأكد Antony Blinken في مقابلة أن "كازاخستان ستواجه صعوبة كبيرة في الحد من النفوذ الروسي" بعد دخول القوات.';
const EVIDENCE = [
  { url: "https://news.example.org/blinken-kazakhstan", title: "Interview transcript", excerpt: "", stance: "context" as const },
  { url: "https://stats.example.org/trade", title: "Trade figures", excerpt: "", stance: "refutes" as const },
];

let ws: BrowserWorkspace;

describeInBrowser("already checked, in a browser", () => {
  beforeAll(async () => {
    const store = await createMemoryStore({
      articles: [
        arabicArticle({
          id: "now",
          title: "بلينكن: كازاخستان ستواجه صعوبة",
          text: NOW,
          claims: [recordAt(NOW, "كازاخستان ستواجه صعوبة بالغة في الحد من النفوذ الروسي", { id: "c1" })],
        }),
        arabicArticle({
          id: "jan7",
          title: "مقابلة Blinken مع CNN",
          text: BEFORE,
          publishedAt: "2022-01-07",
          claims: [
            recordAt(BEFORE, "كازاخستان ستواجه صعوبة كبيرة في الحد من النفوذ الروسي", {
              id: "p1",
              speaker: "Antony Blinken",
              verdict: "misleading",
              status: "approved",
              evidence: EVIDENCE,
            }),
          ],
        }),
      ],
    });
    await addAccount(store, "Salma", "reviewer");
    const server: Server = createApp({ store }).listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking"],
    });
    ws = {
      base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      browser,
      close: async () => {
        await browser.close();
        await new Promise((resolve) => server.close(resolve));
      },
    };
  }, BROWSER_TIMEOUT);
  afterAll(() => ws?.close());

  it("shows the earlier check right to left in an English page, and copies its evidence into the review form", async () => {
    const page = await signedInPage(ws, "en", "Salma");
    await page.goto(`${ws.base}/articles/now`);
    await page.click(".badge.checked-before");
    await page.waitForSelector(".earlier-checks");
    const earlierText = page.locator(".earlier-check .claim-text");
    expect(await earlierText.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
    expect(await page.locator("html").getAttribute("dir")).toBe("ltr");
    await page.screenshot({ path: join(SHOTS, "isnad-checked-before-en.png"), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    // Unsaved typing in the review form: the copy asks first, and a "no" keeps the page as it is.
    await page.fill("textarea[name=notes]", "Not saved yet");
    let asked = "";
    page.once("dialog", (dialog) => {
      asked = dialog.message();
      return dialog.dismiss();
    });
    await page.click(".copy-evidence-form button");
    expect(asked).toContain("not saved yet");
    expect(await page.inputValue("textarea[name=notes]")).toBe("Not saved yet");
    expect(page.url()).not.toMatch(/saved=1/);
    await page.fill("textarea[name=notes]", "");

    await page.click(".copy-evidence-form button");
    await page.waitForURL(/saved=1/);
    const urls = await page.locator(".review input[name$='[url]']").evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    expect(urls.filter(Boolean)).toEqual(EVIDENCE.map((e) => e.url));
    expect(await page.locator(".earlier-check .hint").textContent()).toContain("already cites all of its evidence");
  });

  it("lays the panel out right to left in the Arabic interface", async () => {
    const page = await signedInPage(ws, "ar", "Salma");
    await page.goto(`${ws.base}/articles/now/claims/c1`);
    const panel = page.locator(".earlier-checks");
    expect(await panel.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
    expect(await page.locator(".earlier-check .speaker").textContent()).toBe("Antony Blinken");
    await page.screenshot({ path: join(SHOTS, "isnad-checked-before-ar.png"), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });
});
