import type { ChildProcess } from "node:child_process";
import { randomInt } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { DbSchema } from "../../src/schemas/db.ts";
import { parseDocument } from "../../src/store/parse-document.ts";
import { articlesDir } from "../../src/store/store-paths.ts";
import { storeOnDisk } from "../helpers/store-on-disk.ts";
import { setUpFirstAdmin, signIn } from "../helpers/session-client.ts";
import { killHard, startServer } from "./server-process.ts";

/** Set CRASH_SEED to replay a run's schedule of kills (the timing of I/O still varies). */
const SEED = Number(process.env.CRASH_SEED ?? randomInt(2 ** 31));
/** Kills: at least MIN_KILLS; more, up to MAX_KILLS, while the kill phase is within its time budget. */
const MIN_KILLS = 5;
const MAX_KILLS = 8;
const KILL_PHASE_BUDGET_MS = 25_000;
/** Every third kill lands while the server starts (loading, rotating backups); the rest while saves stream. */
const killsDuringStart = (round: number) => round % 3 === 2;
/** Saves in flight at once, so kills also hit queued writes. */
const PARALLEL = 4;
const START_TIMEOUT_MS = 60_000;
const ACCOUNT = { username: "crashtest", password: "crash test password 7f3b" };

const dir = mkdtempSync(join(tmpdir(), "isnad-crash-"));
const dbFile = join(dir, "db.json");
let child: ChildProcess | undefined;

afterAll(async () => {
  if (child) await killHard(child);
});

/** Mulberry32: a small seeded generator of numbers in [0, 1). */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Temporary files of writes a kill interrupted, beside db.json and among the article documents. */
const tempFiles = () =>
  [...readdirSync(dir), ...readdirSync(articlesDir(dbFile)).map((name) => `db.articles/${name}`)].filter((name) => name.includes(".tmp-"));

/**
 * The store as a crash left it: db.json and every article document it lists must parse and validate,
 * and hold every save in `acked` (in the index and in the article's own document).
 */
function checkStore(acked: Map<string, string>, when: string): { articles: number; verified: number; users: string[] } {
  const db = storeOnDisk(dbFile);
  const indexed = new Map(db.articles.map((a) => [a.id, a.title]));
  const titles = new Map(db.documents.filter((a) => indexed.get(a.id) === a.title).map((a) => [a.id, a.title]));
  const missing = [...acked].filter(([id, title]) => titles.get(id) !== title);
  expect(missing, `acknowledged saves missing ${when} (seed ${SEED})`).toEqual([]);
  return { articles: db.articles.length, verified: acked.size - missing.length, users: db.users.map((u) => u.username) };
}

describe("durability", () => {
  it("keeps every acknowledged save through SIGKILLs at random moments, and the store always loads", { timeout: 240_000 }, async () => {
    console.log(`crash test seed ${SEED} (replay with CRASH_SEED=${SEED})`);
    const random = seededRandom(SEED);
    const acked = new Map<string, string>(); // article id → title, for every save answered 303
    const refused: number[] = [];
    const unexpected: unknown[] = [];
    let sent = 0;
    let kills = 0;
    let killsMidWrite = 0;
    let lastStartMs = 1500;
    let adminCreated = false;

    const began = Date.now();
    for (let round = 0; ; round++) {
      const lastStart = kills >= MAX_KILLS || (kills >= MIN_KILLS && Date.now() - began > KILL_PHASE_BUDGET_MS);
      const server = startServer({ PORT: "0", DB_FILE: dbFile });
      child = server.child;
      const spawnedAt = Date.now();

      if (!lastStart && killsDuringStart(round)) {
        await delay(random() * lastStartMs);
        await killHard(server.child);
        kills++;
        checkStore(acked, `after kill ${kills} (during start)`);
        continue;
      }

      const started = await Promise.race([server.started, delay(START_TIMEOUT_MS, { timedOut: true } as const)]);
      if (!("baseUrl" in started)) throw new Error(`the server did not start after ${kills} kills (seed ${SEED}):\n${server.output()}`);
      lastStartMs = Date.now() - spawnedAt;
      if (lastStart) break;

      const { baseUrl } = started;
      const session = await (adminCreated ? signIn : setUpFirstAdmin)(baseUrl, ACCOUNT.username, ACCOUNT.password);
      adminCreated = true;
      const stop = new AbortController();
      let killing = false;
      const save = async () => {
        while (!stop.signal.aborted) {
          const n = ++sent;
          const title = `crash save ${SEED}-${n}`;
          const form = { title, language: "en", text: `Save ${n}. The mayor said the bridge would reopen in May.` };
          try {
            const res = await fetch(`${baseUrl}/articles`, {
              method: "POST",
              redirect: "manual",
              headers: { cookie: session.cookie },
              body: new URLSearchParams({ ...form, _csrf: session.csrf }),
              signal: stop.signal,
            });
            await res.body?.cancel();
            const location = res.headers.get("location") ?? "";
            if (res.status === 303 && location.startsWith("/articles/")) acked.set(decodeURIComponent(location.slice("/articles/".length)), title);
            else refused.push(res.status);
          } catch (error) {
            if (!killing) unexpected.push(error); // requests may fail only once the kill is under way
            return;
          }
        }
      };
      const savers = Array.from({ length: PARALLEL }, save);
      await delay(150 + random() * 1000);
      killing = true;
      await killHard(server.child);
      stop.abort();
      await Promise.all(savers);
      kills++;
      checkStore(acked, `after kill ${kills} (during saves)`);
      if (tempFiles().length > 0) killsMidWrite++; // removed by the next start
    }

    await killHard(child!);
    const { articles, verified, users } = checkStore(acked, "after the last restart");
    expect(users, "the account made through /setup").toContain(ACCOUNT.username);
    for (const n of [1, 2, 3]) {
      const backup = `${dbFile}.${n}`;
      expect(() => parseDocument(readFileSync(backup, "utf8"), backup, DbSchema), `backup ${n}`).not.toThrow();
    }
    expect(tempFiles(), "temporary files left after a good start").toEqual([]);

    console.log(
      `crash test (seed ${SEED}): ${kills} kills survived (${killsMidWrite} of them mid-write); saves sent ${sent}, acknowledged ${acked.size}, verified ${verified}; ` +
        `${articles - 1 - acked.size} unacknowledged saves also landed; refused: ${refused.length ? refused.join(", ") : "none"}`,
    );
    expect(unexpected).toEqual([]);
    expect(refused.filter((status) => status !== 429 && status !== 503)).toEqual([]);
    expect(kills).toBeGreaterThanOrEqual(MIN_KILLS);
    expect(acked.size, "saves acknowledged (too few to prove anything)").toBeGreaterThanOrEqual(20);
    expect(verified).toBe(acked.size);
  });
});
