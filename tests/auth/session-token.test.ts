import { describe, expect, it } from "vitest";
import { bumpSessionGeneration, deactivateUser, endSession, MAX_ENDED_SESSIONS, reactivateUser, setPassword } from "../../src/auth/account-changes.ts";
import { deriveKey, openSession, sealSession, sessionIsLive, type SessionClaims } from "../../src/auth/session-token.ts";
import type { User } from "../../src/schemas/user.ts";

const KEY = deriveKey("a secret that is long enough for the tests here", "session-cookie");
const HOUR = 3_600_000;

const user: User = {
  id: "acct-0001",
  username: "Salma",
  role: "reviewer",
  passwordHash: "scrypt$1024$8$1$c2FsdA==$aGFzaA==",
  createdAt: "2026-01-15T09:30:00.000Z",
  sessionGeneration: 3,
  endedSessions: [],
};
const claims: SessionClaims = { account: "acct-0001", generation: 3, session: "s".repeat(22), issuedAt: 1000, lastSeen: 5000 };

describe("session cookies", () => {
  it("open to the claims they were sealed with", () => {
    expect(openSession(sealSession(claims, KEY), KEY)).toEqual(claims);
  });

  it.each([
    ["another key", (v: string) => v, deriveKey("another secret, also long enough to use", "session-cookie")],
    ["the CSRF key of the same secret", (v: string) => v, deriveKey("a secret that is long enough for the tests here", "csrf")],
    ["a changed payload", (v: string) => `${Buffer.from(JSON.stringify({ ...claims, generation: 4 })).toString("base64url")}.${v.split(".")[1]}`, KEY],
    ["a cut signature", (v: string) => v.slice(0, -2), KEY],
    ["no signature", (v: string) => v.split(".")[0]!, KEY],
    ["an extra part", (v: string) => `${v}.x`, KEY],
    ["garbage", () => "%%%.@@@", KEY],
    ["a signed payload that is not claims", () => sealSession({ ...claims, session: "short" }, KEY), KEY],
  ])("refuse %s, without throwing", (_name, change, key) => {
    expect(openSession(change(sealSession(claims, KEY)), key)).toBeUndefined();
  });
});

describe("sessionIsLive", () => {
  const idle = HOUR;
  it.each<[string, SessionClaims, User, number, boolean]>([
    ["a fresh session", claims, user, 5000 + HOUR - 1, true],
    ["an idle one", claims, user, 5000 + HOUR, false],
    ["one of another account", { ...claims, account: "acct-0002" }, user, 6000, false],
    ["one from an older generation", { ...claims, generation: 2 }, user, 6000, false],
    ["one after the password changed", claims, setPassword(user, "scrypt$1024$8$1$bmV3$bmV3"), 6000, false],
    ["one after sign-out everywhere", claims, bumpSessionGeneration(user), 6000, false],
    ["one of a deactivated account", claims, deactivateUser(user, new Date(6000)), 6000, false],
    ["one signed out", claims, endSession(user, claims.session, new Date(5000 + HOUR), new Date(5000)), 6000, false],
    [
      "another session of a signed-out account",
      { ...claims, session: "t".repeat(22) },
      endSession(user, claims.session, new Date(5000 + HOUR), new Date(5000)),
      6000,
      true,
    ],
  ])("%s: %s", (_name, c, u, now, live) => {
    expect(sessionIsLive(c, u, now, idle)).toBe(live);
  });
});

describe("account changes", () => {
  it("leave the record they are given unchanged", () => {
    const before = structuredClone(user);
    bumpSessionGeneration(user);
    setPassword(user, "scrypt$1024$8$1$bmV3$bmV3");
    deactivateUser(user, new Date(0));
    endSession(user, "x".repeat(22), new Date(1), new Date(0));
    expect(user).toEqual(before);
  });

  it("reactivate an account without reviving the sessions that deactivation ended", () => {
    const back = reactivateUser(deactivateUser(user, new Date(0)));
    expect(back.deactivatedAt).toBeUndefined();
    expect(sessionIsLive(claims, back, 6000, HOUR)).toBe(false);
  });

  it("forget signed-out sessions once their cookies would have expired", () => {
    const later = endSession(endSession(user, "a".repeat(22), new Date(2000), new Date(1000)), "b".repeat(22), new Date(9000), new Date(3000));
    expect(later.endedSessions?.map((s) => s.id)).toEqual(["b".repeat(22)]);
  });

  it("end every session instead when too many signed-out ones are remembered", () => {
    let u = user;
    for (let i = 0; i <= MAX_ENDED_SESSIONS; i++) u = endSession(u, `${i}`.padStart(22, "x"), new Date(HOUR), new Date(0));
    expect(u.endedSessions).toEqual([]);
    expect(u.sessionGeneration).toBe(3 + 1);
  });
});
