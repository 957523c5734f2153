import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    // Says once when the browser tests are skipped for want of Chromium (tests/e2e/browser.ts).
    globalSetup: ["tests/e2e/browser-notice.ts"],
  },
});
