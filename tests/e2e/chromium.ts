import { existsSync } from "node:fs";

/** Debian's Chromium, installed by .ci/run; overridable for other machines. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Whether the browser the end-to-end tests drive is installed. */
export const browserFound = existsSync(CHROMIUM);

/** Under CI (CI=true) a missing browser fails the run; on a developer's machine the browser tests are skipped. */
export const inCi = ["true", "1"].includes((process.env.CI ?? "").toLowerCase());

/** The one line printed when the browser tests are skipped. */
export const SKIP_NOTICE = `Browser tests skipped: no Chromium at ${CHROMIUM}. To run them: apt-get install chromium (as .ci/run does), or set CHROMIUM_PATH.`;
