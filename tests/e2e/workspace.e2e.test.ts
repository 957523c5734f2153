import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { SEED_ID } from "../../src/seed-db.ts";
import { BROWSER_TIMEOUT, describeInBrowser, SHOTS, signedInPage, startBrowserWorkspace, type BrowserWorkspace } from "./browser.ts";

const ARTICLE = [
  "Bridge to reopen in May, mayor says",
  "",
  "The mayor said the bridge would reopen in May after repairs.",
  "",
  '"We are on schedule," she added, according to a city statement.',
].join("\n");

let ws: BrowserWorkspace;
let base: string;
const newPage = (locale: "en" | "ar", username: string) => signedInPage(ws, locale, username);

describeInBrowser("the review workspace in a browser", () => {
  beforeAll(async () => {
    ws = await startBrowserWorkspace();
    base = ws.base;
  }, BROWSER_TIMEOUT);
  afterAll(() => ws?.close());

  it("imports an article, reviews a claim, approves it as an editor and finds it in the report and the exports", async () => {
    const editor = await newPage("en", "Hind");
    const page = await newPage("en", "Salma");
    await editor.goto(`${base}/articles/new`);
    await editor.fill("#title", "Bridge to reopen");
    await editor.fill("#sourceUrl", "https://news.example.org/bridge");
    await editor.fill("#text", ARTICLE);
    await editor.click(".import-form button[type=submit]");
    await expect.poll(() => editor.url()).toMatch(/\/articles\/[\w-]+$/);
    const articleUrl = editor.url();
    await page.goto(articleUrl);

    // A claim added by hand, so the test does not depend on what the extractor finds.
    await page.fill("#add-text", "The mayor said the bridge would reopen in May after repairs.");
    await page.fill("#add-speaker", "The mayor");
    await page.click("#add-claim button[type=submit]");
    await expect.poll(() => page.url()).toMatch(/\/claims\/m-[\w-]+$/);
    const claimUrl = page.url();

    await page.selectOption("#verdict", "false");
    await page.fill("#evidence-0-url", "https://city.example.org/works");
    await page.fill("#evidence-0-title", "City works schedule");
    await page.selectOption("#evidence-0-stance", "refutes");
    await page.fill("#notes", "The schedule says September.");
    await page.click("button[value=submit]");
    await page.waitForURL(/saved=1/);
    expect(await page.textContent(".claim-state")).toContain("Submitted");
    expect(await page.textContent(".history")).toContain("submitted to the editor");
    await page.screenshot({ path: join(SHOTS, "isnad-claim.png"), fullPage: true });

    await editor.goto(articleUrl);
    await editor.click("text=Editors' report");
    await editor.click("text=Show the full working view");
    const claimId = decodeURIComponent(claimUrl.split("/").pop()!);
    const card = editor.locator(`[id="claim-${claimId}"]`);
    await card.locator("button[value=approve]").click();
    await editor.waitForURL(/\/report\?view=working#claim-/);
    expect(await editor.locator(`[id="claim-${claimId}"] .badge.status`).textContent()).toBe("Approved");
    await editor.screenshot({ path: join(SHOTS, "isnad-report.png"), fullPage: true });

    const reportUrl = editor.url().split("?")[0]!;
    const csv = await (await editor.request.get(`${reportUrl}.csv`)).text();
    expect(csv).toContain("The mayor said the bridge would reopen in May after repairs.");
    expect(csv).toMatch(/false,False,زائف,1,approved,Salma/);
    const reviews = (await (await editor.request.get(reportUrl.replace(/report$/, "claimreview.jsonld"))).json()) as Array<Record<string, unknown>>;
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      claimReviewed: "The mayor said the bridge would reopen in May after repairs.",
      reviewRating: { alternateName: "False", ratingValue: 1 },
      itemReviewed: { author: { name: "The mayor" }, appearance: { url: "https://news.example.org/bridge" } },
    });
  });

  it("lays the Arabic article out right to left, in the Arabic interface too", async () => {
    const page = await newPage("ar", "Salma");
    await page.goto(`${base}/articles`);
    await page.screenshot({ path: join(SHOTS, "isnad-articles.png"), fullPage: true });
    await page.goto(`${base}/articles/${SEED_ID}`);
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
    const text = page.locator(".article-text");
    expect(await text.getAttribute("lang")).toBe("ar");
    expect(await text.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
    const edges = await text.evaluate((el) => {
      const first = el.firstChild!;
      const range = document.createRange();
      range.setStart(first, 0);
      range.setEnd(first, 4);
      const line = range.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return { lineRight: line.right, lineLeft: line.left, boxRight: box.right, boxLeft: box.left };
    });
    expect(edges.boxRight - edges.lineRight).toBeLessThan(40);
    expect(edges.lineLeft - edges.boxLeft).toBeGreaterThan(200);
    await page.screenshot({ path: join(SHOTS, "isnad-article-ar.png") });
  });
});
