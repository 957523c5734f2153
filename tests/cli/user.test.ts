import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "../../src/auth/password-hash.ts";
import { USAGE, userCommand } from "../../src/cli/user-command.ts";
import { DbSchema, emptyDb, type Db } from "../../src/schemas/db.ts";

const root = join(import.meta.dirname, "../..");
const tsx = join(root, "node_modules/.bin/tsx");
const cli = join(root, "src/cli/user.ts");
const scratch = mkdtempSync(join(tmpdir(), "isnad-user-"));

/** Runs `npm run -s user -- …args` on `dbFile`, with `stdin` piped in (not a terminal). */
function user(dbFile: string, args: string[], stdin = ""): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(tsx, [cli, ...args], { cwd: root, env: { ...process.env, DB_FILE: dbFile } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code) : 0, stdout, stderr }),
    );
    child.stdin!.end(stdin);
  });
}

/** A store file with no articles, and the accounts given. */
function storeWith(users: Db["users"] = []): string {
  const file = join(scratch, `db-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify({ ...emptyDb(), users }));
  return file;
}
const usersOf = (file: string) => DbSchema.parse(JSON.parse(readFileSync(file, "utf8"))).users;

/** The same command run in this process (fast), with `password` as what stdin would give. */
async function userInProcess(dbFile: string, args: string[], password = "") {
  const out: string[] = [];
  const err: string[] = [];
  const readPassword = async () => {
    if (!password) throw new Error("no password on standard input (give it as its first line)");
    return password;
  };
  const code = await userCommand(args, { dbFile, readPassword, out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

describe("npm run user", () => {
  it("adds an account with the password from stdin, changes it with passwd and lists it", async () => {
    const file = storeWith();
    const added = await user(file, ["add", "Salma", "--role", "editor"], "first long password\n");
    expect(added).toMatchObject({ code: 0, stdout: `Added Salma (editor) to ${file}.\n` });
    const [salma] = usersOf(file);
    expect(salma).toMatchObject({ username: "Salma", role: "editor" });
    expect(readFileSync(file, "utf8")).not.toContain("first long password");
    expect(await verifyPassword("first long password", salma!.passwordHash)).toBe(true);

    expect(await user(file, ["passwd", "salma"], "second long password\n")).toMatchObject({ code: 0, stdout: "Set a new password for Salma.\n" });
    const changed = usersOf(file)[0]!;
    expect(await verifyPassword("second long password", changed.passwordHash)).toBe(true);
    expect(await verifyPassword("first long password", changed.passwordHash)).toBe(false);

    const listed = await user(file, ["list"]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toBe(`Salma\teditor\t${salma!.createdAt}\n`);
  });

  it("exits 2 from the shell for bad use, with one line on stderr", async () => {
    const { code, stderr } = await user(storeWith(), ["frobnicate"]);
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toEqual([`unknown command frobnicate; ${USAGE}`]);
  });

  it.each([
    ["no command", []],
    ["an unknown command", ["frobnicate"]],
    ["add without a name", ["add", "--role", "admin"]],
    ["add without a role", ["add", "Salma"]],
    ["an unknown role", ["add", "Salma", "--role", "boss"]],
    ["an unknown option", ["list", "--all"]],
  ])("exits 2 with one line on stderr for %s, changing nothing", async (_name, args) => {
    const file = storeWith();
    const before = readFileSync(file, "utf8");
    const { code, stderr } = await userInProcess(file, args, "long enough password");
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain("usage: npm run -s user -- add NAME --role reviewer|editor|admin");
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it.each([
    ["a name that is taken (in any case)", ["add", "SALMA", "--role", "reviewer"], "long enough password", "there already is an account called SALMA"],
    ["an unknown account", ["passwd", "Omar"], "long enough password", "there is no account called Omar"],
    ["a short password", ["add", "Omar", "--role", "reviewer"], "short", "the password must be 10 to 200 characters long"],
    ["no password on stdin", ["add", "Omar", "--role", "reviewer"], "", "no password on standard input"],
    ["a name with a space", ["add", "Omar Ali", "--role", "reviewer"], "long enough password", "is not valid"],
  ])("exits 1 and changes nothing for %s", async (_name, args, stdin, message) => {
    const passwordHash = await hashPassword("long enough password", { N: 1024, r: 8, p: 1 });
    const file = storeWith([{ username: "Salma", role: "admin", passwordHash, createdAt: "2026-01-15T09:30:00.000Z" }]);
    const before = usersOf(file);
    const { code, stderr } = await userInProcess(file, args, stdin);
    expect(code).toBe(1);
    expect(stderr).toContain(message);
    expect(usersOf(file)).toEqual(before);
  });
});

describe("npm run user while the server holds the store", () => {
  it("refuses add and passwd with exit 1, naming the server's pid, and changes nothing", async () => {
    const file = storeWith();
    const { acquireStoreLock } = await import("../../src/store/store-lock.ts");
    const lock = await acquireStoreLock(file, "the server");
    try {
      const before = readFileSync(file, "utf8");
      for (const args of [
        ["add", "Salma", "--role", "editor"],
        ["passwd", "salma"],
      ]) {
        const result = await user(file, args, "a long enough password\n");
        expect(result.code).toBe(1);
        expect(result.stderr.trim()).toBe(`Nothing changed: the server (pid ${process.pid}) holds this store: stop it first.`);
      }
      expect(readFileSync(file, "utf8")).toBe(before);
    } finally {
      await lock.release();
    }
  });
});
