import { mkdtempSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { describe, it } from "vitest";
import { createApp } from "../../src/http/create-app.ts";
import { seedDb } from "../../src/seed-db.ts";
import { openFileStore } from "../../src/store/open-file-store.ts";
import { addAccount, TEST_PASSWORD } from "../helpers/session-client.ts";
import { browserFound, CHROMIUM, inCi, SKIP_NOTICE } from "./chromium.ts";

/** Where screenshots of the main pages go, to be looked at. */
export const SHOTS = process.env.SCREENSHOT_DIR ?? "/tmp";

/**
 * `describe` for tests that drive Chromium: as usual when it is installed; skipped when it is not
 * (tests/e2e/browser-notice.ts says so once); a failing test when it is not and CI=true.
 */
export function describeInBrowser(name: string, body: () => void): void {
  // A real browser on a shared two-core machine: generous time per test, none of it asserted.
  if (browserFound) describe(name, { timeout: BROWSER_TIMEOUT }, body);
  else if (inCi) {
    describe(name, () => {
      it("needs Chromium", () => {
        throw new Error(`CI=true and ${SKIP_NOTICE}`);
      });
    });
  } else describe.skip(name, body);
}

/** Time allowed for one browser test or for starting the browser (a beforeAll hook). */
export const BROWSER_TIMEOUT = 180_000;

/** A running workspace (the bundled article, accounts Salma the reviewer and Hind the editor) and a browser. */
export interface BrowserWorkspace {
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Starts the app on a free port over a file store seeded like a new install, and launches Chromium. */
export async function startBrowserWorkspace(): Promise<BrowserWorkspace> {
  const dbFile = join(mkdtempSync(join(tmpdir(), "isnad-e2e-")), "db.json");
  const store = await openFileStore(dbFile, seedDb);
  await addAccount(store, "Salma", "reviewer");
  await addAccount(store, "Hind", "editor");
  const server: Server = createApp({ store }).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking"] });
  return {
    base,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Window sizes: a desktop and a 390 px phone. */
export const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

/** A browser window of its own (own cookies) in which `username` has signed in on the sign-in page. */
export async function signedInPage(
  ws: BrowserWorkspace,
  locale: "en" | "ar",
  username: string,
  viewport: { width: number; height: number } = VIEWPORTS.desktop,
): Promise<Page> {
  const context = await ws.browser.newContext({ locale, extraHTTPHeaders: { "Accept-Language": locale }, viewport });
  const page = await context.newPage();
  await page.goto(`${ws.base}/login`);
  await page.fill("#username", username);
  await page.fill("#password", TEST_PASSWORD);
  await page.click("form.auth-form button[type=submit]");
  await page.waitForURL(/\/articles$/);
  return page;
}
