import { describe, expect, it } from "vitest";
import { addUser } from "../../src/auth/add-user.ts";
import { changeUser } from "../../src/auth/change-user.ts";
import { hashPassword, verifyPassword } from "../../src/auth/password-hash.ts";
import { signInThrottle } from "../../src/auth/sign-in-throttle.ts";
import { DbSchema, emptyDb } from "../../src/schemas/db.ts";
import { SnapshotSchema } from "../../src/schemas/snapshot.ts";

const CHEAP = { N: 1024, r: 8, p: 1 };

describe("password hashes", () => {
  it("salts each hash, so the same password hashes differently, and both verify", async () => {
    const [a, b] = await Promise.all([hashPassword("same password", CHEAP), hashPassword("same password", CHEAP)]);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{88}$/);
    expect(await verifyPassword("same password", a)).toBe(true);
    expect(await verifyPassword("same password", b)).toBe(true);
  });

  it("uses the default cost when none is given", async () => {
    expect(await hashPassword("x")).toMatch(/^scrypt\$32768\$8\$3\$/);
  });

  it.each([
    ["a wrong password", "other password", undefined],
    ["a hash in another format", "same password", "bcrypt$2b$10$abc"],
    ["a hash with a cost that is not a number", "same password", "scrypt$x$8$1$c2FsdA==$aGFzaA=="],
    ["a truncated hash", "same password", "scrypt$1024$8$1$c2FsdA==$aGFzaA=="],
  ])("never matches %s, and never throws", async (_name, password, stored) => {
    const hash = stored ?? (await hashPassword("same password", CHEAP));
    expect(await verifyPassword(password, hash)).toBe(false);
  });

  it("matches a password typed in another Unicode normal form", async () => {
    const hash = await hashPassword("caf\u00e9 au lait!", CHEAP);
    expect(await verifyPassword("cafe\u0301 au lait!", hash)).toBe(true);
  });
});

describe("accounts in the store", () => {
  const account = { username: "Salma", role: "admin" as const, passwordHash: "scrypt$1024$8$1$c2FsdA==$aGFzaA==" };

  it("loads a store written before accounts existed, with no accounts", () => {
    expect(SnapshotSchema.parse({ schemaVersion: 1, articles: [] }).users).toEqual([]);
  });

  it("refuses a second account with the same name in another case, in code and in the schema", () => {
    const db = emptyDb();
    addUser(db, account, new Date());
    expect(() => addUser(db, { ...account, username: "SALMA" }, new Date())).toThrow(/usernameTaken/);
    expect(DbSchema.safeParse({ ...db, users: [...db.users, { ...db.users[0]!, username: "salma" }] }).success).toBe(false);
  });

  it("adds the first account only while there is none, when asked", () => {
    const db = emptyDb();
    addUser(db, account, new Date(), { onlyIfFirst: true });
    expect(() => addUser(db, { ...account, username: "Omar" }, new Date(), { onlyIfFirst: true })).toThrow(/notFirstAccount/);
  });

  it("never demotes the last admin", () => {
    const db = emptyDb();
    addUser(db, account, new Date());
    expect(() => changeUser(db, "salma", { role: "editor" })).toThrow(/lastAdmin/);
    addUser(db, { ...account, username: "Omar" }, new Date());
    expect(changeUser(db, "salma", { role: "editor" }).role).toBe("editor");
  });
});

describe("signInThrottle", () => {
  const limits = { freeAttempts: 2, firstDelayMs: 1000, maxDelayMs: 5000, windowMs: 60_000 };

  it("lets the first failures through at once, then delays each attempt twice as long as the last, up to the cap", () => {
    const throttle = signInThrottle(limits, () => 0);
    const delays = [];
    for (let i = 0; i < 7; i++) {
      delays.push(throttle.delayFor("a"));
      throttle.fail("a");
    }
    expect(delays).toEqual([0, 0, 1000, 2000, 4000, 5000, 5000]);
    expect(throttle.delayFor("b")).toBe(0);
  });

  it("forgets a key's failures a window after the last one, or on success", () => {
    let now = 0;
    const throttle = signInThrottle(limits, () => now);
    for (let i = 0; i < 3; i++) throttle.fail("a");
    now = 59_999;
    expect(throttle.delayFor("a")).toBe(2000);
    now = 60_000;
    expect(throttle.delayFor("a")).toBe(0);
    for (let i = 0; i < 3; i++) throttle.fail("c");
    throttle.succeed("c");
    expect(throttle.delayFor("c")).toBe(0);
  });
});
