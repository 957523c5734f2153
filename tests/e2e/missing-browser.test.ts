import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const VITEST = join(ROOT, "node_modules/vitest/vitest.mjs");

/** Runs the browser test file in a vitest of its own, as on a machine whose Chromium is at `chromium` (absent). */
function runBrowserTests(env: Record<string, string>) {
  const { CI: _ci, ...inherited } = process.env;
  const run = spawnSync(process.execPath, [VITEST, "run", "tests/e2e/workspace.e2e.test.ts"], {
    cwd: ROOT,
    env: { ...inherited, CHROMIUM_PATH: "/nonexistent/chromium", NO_COLOR: "1", ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe("npm test on a machine without Chromium", () => {
  it("skips the browser tests with one line saying how to enable them", () => {
    const { status, output } = runBrowserTests({});
    expect(status).toBe(0);
    const notices = output.split("\n").filter((line) => line.startsWith("Browser tests skipped: no Chromium at /nonexistent/chromium."));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain("apt-get install chromium");
    expect(output).toMatch(/skipped/);
  }, 150_000);

  it("fails under CI=true", () => {
    const { status, output } = runBrowserTests({ CI: "true" });
    expect(status).not.toBe(0);
    expect(output).toContain("CI=true and Browser tests skipped: no Chromium at /nonexistent/chromium");
  }, 150_000);
});
