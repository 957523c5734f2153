import { readdirSync, readFileSync } from "node:fs";
import { join, relative, dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const src = join(import.meta.dirname, "../src");

/** Which top-level parts of src/ each part may import (dependency direction of the house style). */
const ALLOWED: Record<string, string[]> = {
  schemas: ["schemas"],
  // The workspace service writes through the store interface (store/store.ts) and the account rules (auth).
  domain: ["domain", "schemas", "auth", "store/store.ts"],
  store: ["store", "schemas"],
  auth: ["auth", "schemas"],
  reports: ["reports", "domain", "schemas", "core"],
  i18n: ["i18n"],
  /** Fetching and reading web pages: a layer of its own, used by http. */
  ingest: ["ingest"],
  http: ["http", "auth", "store", "reports", "core", "schemas", "domain", "i18n", "ingest"],
};

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/from\s+"(\.[^"]+)"/g)].map((m) => {
    const target = relative(src, resolve(dirname(file), m[1]!));
    return target === "store/store.ts" ? target : target.split("/")[0]!;
  });
}

describe("dependency direction", () => {
  for (const [part, allowed] of Object.entries(ALLOWED)) {
    it(`src/${part} imports only ${allowed.join(", ")}`, () => {
      const files = readdirSync(join(src, part), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
      const ok = (p: string) => allowed.includes(p) || (p === "store/store.ts" && allowed.includes("store"));
      const wrong = files.flatMap((f) =>
        importsOf(join(src, part, f))
          .filter((p) => !ok(p))
          .map((p) => `${f} → ${p}`),
      );
      expect(wrong).toEqual([]);
    });
  }

  it("no router imports another router (pages they share are rendered by src/http/routes/render-*.ts)", () => {
    const routes = join(src, "http/routes");
    const routers = readdirSync(routes).filter((f) => f.endsWith("-router.ts"));
    const wrong = routers.flatMap((f) => [...readFileSync(join(routes, f), "utf8").matchAll(/from\s+"([^"]+-router\.ts)"/g)].map((m) => `${f} → ${m[1]}`));
    expect(wrong).toEqual([]);
  });

  it("only src/server.ts and command-line tools read the environment or listen", () => {
    const files = readdirSync(src, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts") && !/^(core|cli)\//.test(f));
    const offenders = files.filter((f) => /process\.env|\.listen\(/.test(readFileSync(join(src, f), "utf8")));
    expect(offenders).toEqual(["server.ts"]);
  });
});
