import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const root = join(import.meta.dirname, "../..");
const tsx = join(root, "node_modules/.bin/tsx");
const cli = join(root, "src/cli/extract.ts");
const scratch = mkdtempSync(join(tmpdir(), "isnad-cli-"));

async function extract(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function file(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

describe("npm run extract", () => {
  it("prints the bundled article's claims as a JSON array with exactly the claim fields", async () => {
    const { code, stdout } = await extract(join(root, "fixtures/seed/article.ar.txt"));
    expect(code).toBe(0);
    const claims = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(claims.length).toBeGreaterThan(10);
    expect(Object.keys(claims[0]!).sort()).toEqual(["cue", "end", "id", "kind", "paragraph", "quote", "rule", "speaker", "speakerMention", "start", "text"]);
  });

  it("honours --lang over the detected script", async () => {
    const { code, stdout } = await extract(
      file("en.txt", 'The mayor said the bridge would reopen in May.\n"We are on schedule," she added.\n'),
      "--lang",
      "en",
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).length).toBeGreaterThan(0);
  });

  it.each([
    ["a missing file", () => join(scratch, "missing.txt"), /no such file/],
    ["an empty file", () => file("empty.txt", "  \n \u00A0\n"), /is empty/],
    ["a file that is not UTF-8", () => file("latin1.txt", Buffer.from([0x71, 0xe9, 0xff, 0x0a])), /not UTF-8/],
    ["a binary file", () => file("nul.bin", Buffer.from([0x41, 0x00, 0x42])), /not a text file/],
  ])("rejects %s with one line on stderr and exit code 2", async (_name, path, message) => {
    const { code, stdout, stderr } = await extract(path());
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("rejects an unknown --lang with exit code 2", async () => {
    const { code, stderr } = await extract(join(root, "fixtures/seed/article.ar.txt"), "--lang", "fr");
    expect(code).toBe(2);
    expect(stderr).toMatch(/--lang must be ar or en/);
  });
});
