import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import * as core from "../../src/core/index.ts";

const CORE = join(import.meta.dirname, "../../src/core");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

describe("the core", () => {
  it("exports extractClaims and detectLanguage as its public functions", () => {
    expect(Object.keys(core).sort()).toEqual(["detectLanguage", "extractClaims"]);
  });

  it("imports nothing outside src/core: no node modules, no packages, no I/O", () => {
    const offenders = sources(CORE).flatMap((path) =>
      [...readFileSync(path, "utf8").matchAll(/from\s+"([^"]+)"/g)]
        .map((m) => m[1]!)
        .filter((spec) => !spec.startsWith(".") || relative(CORE, join(path, "..", spec)).startsWith(".."))
        .map((spec) => `${relative(CORE, path)} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it("never throws on odd text", () => {
    const odd = ["", " ", "\u0000\uFFFF", "«««", '"""', "<script>alert(1)</script> said", "\u202Eقال: «", "قال", "x".repeat(100_000), '😀 said "hi"'];
    for (const text of odd) for (const language of ["ar", "en"] as const) expect(() => core.extractClaims(text, { language })).not.toThrow();
  });

  it("gives the same ids on every run and different ids to different claims", () => {
    const article = "وقال الوزير سامي العلي إن الموازنة متوازنة.\nوأضاف: «لن نرفع الضرائب».";
    const first = core.extractClaims(article).map((c) => c.id);
    expect(core.extractClaims(article).map((c) => c.id)).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });
});
