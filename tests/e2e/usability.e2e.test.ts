import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { SEED_ID } from "../../src/seed-db.ts";
import { seriousViolations } from "./axe.ts";
import { BROWSER_TIMEOUT, describeInBrowser, SHOTS, signedInPage, startBrowserWorkspace, VIEWPORTS, type BrowserWorkspace } from "./browser.ts";

const LOCALES = ["en", "ar"] as const;

let ws: BrowserWorkspace;
const articleUrl = () => `${ws.base}/articles/${SEED_ID}`;

/** The address of the first claim on the bundled article's page. */
async function firstClaimUrl(page: Page): Promise<string> {
  await page.goto(articleUrl());
  return new URL((await page.getAttribute(".claim-item .open-claim", "href"))!, ws.base).href;
}

/** Whether the element is entirely inside the window. */
const inView = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    const box = el.getBoundingClientRect();
    return box.top >= -1 && box.bottom <= window.innerHeight + 1;
  });

describeInBrowser("usability and accessibility in a browser", () => {
  beforeAll(async () => {
    ws = await startBrowserWorkspace();
  }, BROWSER_TIMEOUT);
  afterAll(() => ws?.close());

  for (const locale of LOCALES) {
    it(`has no serious or critical axe violations on the main pages (${locale})`, async () => {
      const page = await signedInPage(ws, locale, "Hind");
      const claimUrl = await firstClaimUrl(page);
      const found: Record<string, string[]> = {};
      for (const url of [`${ws.base}/articles`, articleUrl(), claimUrl, `${articleUrl()}/report`, `${ws.base}/articles/new`]) {
        await page.goto(url);
        found[url] = await seriousViolations(page);
      }
      await page.click("button[value=submit]").catch(() => undefined); // the import form shown with its errors
      await page.goto(claimUrl);
      await page.click("button[value=submit]");
      found[`${claimUrl} with errors`] = await seriousViolations(page);
      const signedOut = await (await ws.browser.newContext({ locale, extraHTTPHeaders: { "Accept-Language": locale } })).newPage();
      await signedOut.goto(`${ws.base}/login`);
      found["/login"] = await seriousViolations(signedOut);
      expect(found).toEqual(Object.fromEntries(Object.keys(found).map((url) => [url, []])));
    });
  }

  it("moves focus to the error summary of a form shown again far down the page, and from its links to the fields", async () => {
    const page = await signedInPage(ws, "en", "Salma");
    await page.goto(await firstClaimUrl(page));
    await page.click("button[value=submit]"); // no verdict chosen
    await page.waitForSelector(".error-summary");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("error-summary");
    expect(await inView(page, ".error-summary")).toBe(true);
    await page.screenshot({ path: join(SHOTS, "isnad-error-summary-en-desktop.png") });
    await page.click('.error-summary a[href="#verdict"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("verdict");
  });

  it("adds a missed claim from words selected in the article", async () => {
    const page = await signedInPage(ws, "en", "Salma");
    await page.goto(articleUrl());
    expect(await page.isVisible(".use-selection")).toBe(false);
    const words = await page.$eval(".article-text", (el) => {
      const node = el.firstChild!;
      const line = node.textContent!.split("\n")[0]!;
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, line.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return line.trim();
    });
    await page.waitForSelector(".use-selection", { state: "visible" });
    await page.click(".use-selection");
    expect(await page.inputValue("#add-text")).toBe(words);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("add-speaker");
    await page.fill("#add-speaker", "The masthead");
    await page.click("#add-claim button[type=submit]");
    await page.waitForURL(/\/claims\/m-[\w-]+$/);
    expect(await page.textContent(".claim-state .claim-text")).toBe(words);
  });

  it("reaches the claims from the keyboard without tabbing through the highlights, with a visible 2 px focus ring", async () => {
    const page = await signedInPage(ws, "en", "Salma");
    await page.goto(articleUrl());
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("skip-link");
    expect(await inView(page, ".skip-link")).toBe(true);
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(ring).toBe("solid 2px");
    let steps = 0;
    while (!(await page.evaluate(() => document.activeElement?.getAttribute("href") === "#claims-heading"))) {
      await page.keyboard.press("Tab");
      expect(++steps).toBeLessThan(15);
    }
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest(".claims-pane")))).toBe(true);
  });

  for (const locale of LOCALES) {
    it(`fits a 390 px phone: list as cards, a compact header, the claims one tap away (${locale})`, async () => {
      const page = await signedInPage(ws, locale, "Salma", VIEWPORTS.phone);
      await page.goto(`${ws.base}/articles`);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector(".article-list tr")!).display)).toBe("block");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const header = await page.$eval(".site-header", (el) => el.getBoundingClientRect().height);
      expect(header).toBeLessThan(0.2 * VIEWPORTS.phone.height);
      await page.screenshot({ path: join(SHOTS, `isnad-articles-${locale}-390.png`), fullPage: true });

      await page.goto(articleUrl());
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await inView(page, '.page-jumps a[href="#claims-heading"]')).toBe(true);
      await page.screenshot({ path: join(SHOTS, `isnad-article-${locale}-390.png`) });
      await page.click('.page-jumps a[href="#claims-heading"]');
      await expect.poll(() => inView(page, "#claims-heading")).toBe(true);
      await page.screenshot({ path: join(SHOTS, `isnad-claims-${locale}-390.png`) });

      await page.goto(await firstClaimUrl(page));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({ path: join(SHOTS, `isnad-claim-${locale}-390.png`), fullPage: true });
    });

    it(`screenshots the desktop pages (${locale})`, async () => {
      const page = await signedInPage(ws, locale, "Hind");
      const claimUrl = await firstClaimUrl(page);
      for (const [name, url] of [
        ["articles", `${ws.base}/articles`],
        ["article", articleUrl()],
        ["claim", claimUrl],
        ["report", `${articleUrl()}/report`],
      ] as const) {
        await page.goto(url);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.desktop.width);
        await page.screenshot({ path: join(SHOTS, `isnad-${name}-${locale}-desktop.png`) });
      }
    });
  }
});
