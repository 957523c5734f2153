import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync, existsSync } from "node:fs";
import { connect } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { storeOnDisk } from "../helpers/store-on-disk.ts";
import { setUpFirstAdmin } from "../helpers/session-client.ts";

const root = join(import.meta.dirname, "../..");
const tsx = join(root, "node_modules/.bin/tsx");
const scratch = mkdtempSync(join(tmpdir(), "isnad-start-"));

/** Starts `npm start`'s entry with `env`; resolves with the port once it listens, or the exit code and output. */
function start(env: Record<string, string>) {
  const child = spawn(tsx, [join(root, "src/server.ts")], { cwd: root, env: { ...process.env, ...env } });
  let output = "";
  const done = new Promise<{ port?: number; code?: number | null; output: string }>((resolve) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const port = /serving http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1];
      if (port) resolve({ port: Number(port), output });
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.on("exit", (code) => resolve({ code, output }));
  });
  return { child, done };
}

/** This machine's IPv4 addresses other than loopback (none in some sandboxes). */
function otherAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((list) => (list ?? []).filter((i) => i.family === "IPv4" && !i.internal).map((i) => i.address));
}

/** Whether a TCP connection to `host`:`port` is accepted. */
function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

describe("npm start", () => {
  it("creates a missing store holding the bundled article with its claims, and serves it on 127.0.0.1 only", async () => {
    const dbFile = join(scratch, "fresh.json");
    const { child, done } = start({ PORT: "0", DB_FILE: dbFile });
    try {
      const { port, output } = await done;
      expect(port, output).toBeGreaterThan(0);
      const db = storeOnDisk(dbFile);
      expect(db.schemaVersion).toBe(2);
      expect(db.articles).toHaveLength(1);
      expect(db.documents[0]!.text).toBe(readFileSync(join(root, "fixtures/seed/article.ar.txt"), "utf8"));
      const { cookie } = await setUpFirstAdmin(`http://127.0.0.1:${port}`, "admin", "first admin password");
      const page = await fetch(`http://127.0.0.1:${port}/articles`, { headers: { cookie } }).then((r) => r.text());
      expect(page).toContain("تصريح صادم من واشنطن بشأن التدخل الروسي في كازاخستان");
      for (const address of otherAddresses()) expect(await connects(address, port!), `${address}:${port}`).toBe(false);
    } finally {
      child.kill();
    }
  });

  it.each([
    ["not valid JSON", "{ oops", "not valid JSON"],
    ["of another schema", '{"schemaVersion":1,"articles":[{"id":"a"}]}', "does not match the store schema: articles.0.title"],
  ])("refuses to start on a store file that is %s, naming the file and the problem, and leaves it untouched", async (_name, content, problem) => {
    const dbFile = join(scratch, `bad-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(dbFile, content);
    const mtime = statSync(dbFile).mtimeMs;
    const { done } = start({ PORT: "0", DB_FILE: dbFile });
    const { code, output } = await done;
    expect(code).toBe(1);
    expect(output).toContain(dbFile);
    expect(output).toContain(problem);
    expect(readFileSync(dbFile, "utf8")).toBe(content);
    expect(statSync(dbFile).mtimeMs).toBe(mtime);
  });

  it("refuses a PORT that is not a port number, naming the variable", async () => {
    const dbFile = join(scratch, "never.json");
    const { done } = start({ PORT: "eighty", DB_FILE: dbFile });
    const { code, output } = await done;
    expect(code).toBe(1);
    expect(output).toContain("PORT");
    expect(existsSync(dbFile)).toBe(false);
  });
});
