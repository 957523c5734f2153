import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/create-app.ts";
import { createMemoryStore } from "../../src/store/memory-store.ts";
import { addAccount, TEST_PASSWORD } from "../helpers/session-client.ts";
import { arabicArticle } from "../helpers/workspace.ts";

/** Debian's Chromium, installed by .ci/run; overridable for other machines. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SHOTS = process.env.SCREENSHOT_DIR ?? "/tmp";

let server: Server;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`The end-to-end test needs Chromium at ${CHROMIUM} (apt-get install chromium) or CHROMIUM_PATH.`);
  const article = arabicArticle({ sourceUrl: "https://news.example.org/ar", publisher: "وكالة الأنباء", publishedAt: "2022-01-07" });
  const store = await createMemoryStore({ articles: [article] });
  await addAccount(store, "Nadia", "admin");
  await addAccount(store, "Hind", "editor");
  await addAccount(store, "Salma", "reviewer");
  server = createApp({ store }).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking"] });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** A window of its own in which `username` has signed in (landing on the home page, their queue). */
async function signedIn(locale: "en" | "ar", username: string): Promise<Page> {
  const context = await browser.newContext({ locale, extraHTTPHeaders: { "Accept-Language": locale }, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.fill("#username", username);
  await page.fill("#password", TEST_PASSWORD);
  await page.click("button[type=submit]");
  await page.waitForURL(/\/articles$/);
  await page.goto(base);
  await page.waitForURL(/\/queue$/);
  return page;
}

describe("the fact-checking desk in a browser", () => {
  it("assign → review → submit → decide from the queue → the public page shows it, right to left, with JSON-LD", async () => {
    const admin = await signedIn("en", "Nadia");
    await admin.goto(`${base}/settings`);
    await admin.fill("#organizationName", "مرصد التحقق");
    await admin.click(".settings-form button[type=submit]");
    await admin.waitForURL(/saved=1/);

    const editor = await signedIn("en", "Hind");
    await editor.goto(`${base}/articles/ar1/claims/c1`);
    await editor.selectOption("#claim-assignee", "Salma");
    await editor.click(".assignment button[type=submit]");
    await editor.waitForURL(/\/claims\/c1$/);
    expect(await editor.textContent(".assignee")).toBe("Salma");

    const reviewer = await signedIn("en", "Salma");
    await reviewer.click("#mine-ar1-c1 .queue-claim a");
    await reviewer.waitForURL(/\/claims\/c1\?queue=mine$/);
    expect(await reviewer.textContent(".queue-nav")).toContain("1 of 1 in my queue");
    await reviewer.selectOption("#verdict", "mostly_false");
    await reviewer.fill("#evidence-0-url", "https://stats.example.org/t3");
    await reviewer.fill("#evidence-0-title", "مكتب الإحصاء");
    await reviewer.selectOption("#evidence-0-stance", "refutes");
    await reviewer.fill("#notes", "الأرقام الرسمية تقول غير ذلك.");
    await reviewer.click("button[value=submit]");
    await reviewer.waitForURL(/saved=1/);
    await reviewer.fill("#comment-text", "أرفقت جدول الإحصاء.");
    await reviewer.click(".comment-form button[type=submit]");
    await reviewer.locator("#comment-k1").waitFor();
    expect(await reviewer.textContent("#comment-k1")).toContain("أرفقت جدول الإحصاء.");

    await editor.goto(`${base}/queue`);
    const row = editor.locator("#decision-ar1-c1");
    expect(await row.textContent()).toContain("Salma");
    await editor.screenshot({ path: join(SHOTS, "isnad-queue.png"), fullPage: true });
    await row.locator("button[value=approve]").click();
    await editor.waitForURL(/decided=approve/);
    expect(await editor.textContent("#decision-heading")).toContain("(0)");

    await editor.goto(`${base}/articles/ar1/report`);
    await editor.click("text=Public fact-check page");
    await editor.waitForURL(/\/fact-checks\/ar1$/);

    const reader = await (await browser.newContext({ locale: "en", viewport: { width: 900, height: 900 } })).newPage();
    const problems: string[] = [];
    reader.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    reader.on("pageerror", (e) => problems.push(e.message));
    await reader.goto(`${base}/fact-checks/ar1`);
    expect(reader.url()).toBe(`${base}/fact-checks/ar1`);
    expect(await reader.getAttribute("html", "dir")).toBe("rtl");
    expect(await reader.getAttribute("html", "lang")).toBe("ar");
    const claim = reader.locator("#claim-c1");
    expect(await claim.locator(".badge.verdict").textContent()).toBe("خاطئ في معظمه");
    expect(await claim.evaluate((el) => getComputedStyle(el).direction)).toBe("rtl");
    expect(await claim.textContent()).toContain("مكتب الإحصاء");
    expect(await reader.locator("#claim-c2").count()).toBe(0);
    expect(await reader.textContent("body")).not.toContain("Salma");
    const box = await claim.boundingBox();
    const badge = await claim.locator(".badge.verdict").boundingBox();
    expect(badge!.x).toBeLessThan(box!.x + box!.width / 2); // the verdict sits at the line's end: the left, in Arabic
    const ld = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld).toHaveLength(1);
    expect(ld[0]).toMatchObject({
      "@type": "ClaimReview",
      url: `${base}/fact-checks/ar1#claim-c1`,
      author: { "@type": "Organization", name: "مرصد التحقق" },
      itemReviewed: { "@type": "Claim", author: { name: "أنتوني بلينكن" }, appearance: { url: "https://news.example.org/ar" } },
      reviewRating: { alternateName: "خاطئ في معظمه", ratingValue: 2 },
    });
    expect(await reader.getAttribute('meta[property="og:title"]', "content")).toBe("تحقق: تصريح من واشنطن");
    expect(problems).toEqual([]);
    await reader.screenshot({ path: join(SHOTS, "isnad-public-ar.png"), fullPage: true });
  }, 120_000);
});
