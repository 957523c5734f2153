import { describe, expect, it } from "vitest";
import { addUser } from "../../src/auth/add-user.ts";
import { findUser } from "../../src/auth/find-user.ts";
import { confusableWith, usernameSkeleton } from "../../src/auth/username-skeleton.ts";
import { DbSchema, emptyDb } from "../../src/schemas/db.ts";
import { UsernameSchema, usernameFold } from "../../src/schemas/user.ts";

const HASH = "scrypt$1024$8$1$c2FsdA==$aGFzaA==";

describe("usernameFold: the same account whatever the case, width or surrounding spaces", () => {
  it.each([
    ["Salma", "salma"],
    [" SALMA ", "salma"],
    ["\uff53\uff41\uff4c\uff4d\uff41", "salma"],
    ["\uff32\uff25\uff36\uff11", "rev1"],
    ["Stra\u00dfe", "strasse"],
    ["cafe\u0301", "caf\u00e9"],
    ["\ufeb3\ufee0\ufee4\ufef0", "سلمى"],
  ])("%s → %s", (name, key) => {
    expect(usernameFold(name)).toBe(key);
  });

  it("keeps different letters apart", () => {
    expect(usernameFold("r\u0435v1")).not.toBe(usernameFold("rev1"));
  });
});

describe("usernameSkeleton: names that look alike", () => {
  it.each([
    ["r\u0435v1", "Cyrillic е"],
    ["\uff52\uff45\uff56\uff11", "full-width"],
    ["revl", "l for 1"],
    ["REV1", "capitals"],
    ["r\u0435v\u0031", "Cyrillic е and digit"],
  ])("%s (%s) looks like rev1", (name) => {
    expect(usernameSkeleton(name)).toBe(usernameSkeleton("rev1"));
  });

  it.each([["rev2"], ["rev1a"], ["r\u00e9v1"], ["salma"]])("%s does not look like rev1", (name) => {
    expect(usernameSkeleton(name)).not.toBe(usernameSkeleton("rev1"));
  });

  it("names the look-alike it found", () => {
    expect(confusableWith("0mar", ["Salma", "Omar"])).toBe("Omar");
    expect(confusableWith("Nadia", ["Salma", "Omar"])).toBeUndefined();
  });
});

describe("adding accounts with look-alike names", () => {
  it.each([
    ["r\u0435v1", /usernameConfusable/],
    ["revl", /usernameConfusable/],
    ["REV1", /usernameTaken/],
  ])("refuses %s next to rev1 (%s)", (name, error) => {
    const db = emptyDb();
    addUser(db, { username: "rev1", role: "reviewer", passwordHash: HASH }, new Date(0));
    expect(() => addUser(db, { username: name, role: "reviewer", passwordHash: HASH }, new Date(0))).toThrow(error);
    expect(db.users).toHaveLength(1);
  });

  it("stores the NFKC form of a full-width name", () => {
    expect(UsernameSchema.parse(" \uff52\uff45\uff56\uff11 ")).toBe("rev1");
  });

  it("still loads and reaches both accounts of a store that took look-alikes before they were refused", () => {
    const db = DbSchema.parse({
      ...emptyDb(),
      users: [
        { username: "rev1", role: "reviewer", passwordHash: HASH, createdAt: "2026-01-15T09:30:00.000Z" },
        { username: "\uff52\uff45\uff56\uff11", role: "editor", passwordHash: HASH, createdAt: "2026-01-15T09:30:00.000Z" },
      ],
    });
    expect(findUser(db, "rev1")?.role).toBe("reviewer");
    expect(findUser(db, "\uff52\uff45\uff56\uff11")?.role).toBe("editor");
    expect(findUser(db, "REV1")?.role).toBe("reviewer");
  });
});
