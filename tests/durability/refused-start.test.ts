import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emptyDb } from "../../src/schemas/db.ts";
import { startServer } from "./server-process.ts";

/** Every file in `dir` with its content and modification time. */
const snapshot = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((name) => [name, [readFileSync(join(dir, name), "utf8"), statSync(join(dir, name)).mtimeMs]]));

describe("starting on a store that does not load", () => {
  it("exits naming the file, the problem, the backups and how to restore one, and changes no file", { timeout: 30_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "isnad-refused-"));
    const dbFile = join(dir, "db.json");
    writeFileSync(dbFile, '{"schemaVersion":1,"articles":[{"id":"a"}');
    writeFileSync(`${dbFile}.1`, "not json");
    writeFileSync(`${dbFile}.2`, JSON.stringify(emptyDb()));
    const before = snapshot(dir);

    const server = startServer({ PORT: "0", DB_FILE: dbFile });
    const ended = await server.started;

    expect(ended, server.output()).toEqual({ code: 1, signal: null });
    const output = server.output();
    expect(output).toContain(`${dbFile}: not valid JSON`);
    expect(output).toContain("left untouched");
    expect(output).toMatch(new RegExp(`${dbFile}\\.1 .*not usable: not valid JSON`));
    expect(output).toMatch(new RegExp(`${dbFile}\\.2 .*usable, 0 articles`));
    expect(output).toContain(`cp ${dbFile}.2 ${dbFile}`);
    expect(snapshot(dir)).toEqual(before);
  });
});
