import { browserFound, inCi, SKIP_NOTICE } from "./chromium.ts";

/** Vitest global setup: says once, before the run, that the browser tests will be skipped and how to enable them. */
export default function browserNotice(): void {
  if (!browserFound && !inCi) console.warn(SKIP_NOTICE);
}
