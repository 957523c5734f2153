import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sessionSecretFile } from "../../src/auth/session-secret.ts";

const scratch = () => mkdtempSync(join(tmpdir(), "isnad-secret-"));

describe("sessionSecretFile", () => {
  it("generates a secret once, readable only by its owner, and returns the same one afterwards", () => {
    const dir = scratch();
    const file = join(dir, "db.json.secret");
    const first = sessionSecretFile(file);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(sessionSecretFile(file)).toBe(first);
    expect(readdirSync(dir)).toEqual(["db.json.secret"]);
  });

  it("refuses a secret file that is too short, naming the file, instead of replacing it", () => {
    const file = join(scratch(), "db.json.secret");
    writeFileSync(file, "short\n");
    expect(() => sessionSecretFile(file)).toThrow(/db\.json\.secret.*shorter than 32/);
  });
});
