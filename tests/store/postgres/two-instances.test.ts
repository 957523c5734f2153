import type { ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openPostgresStore } from "../../../src/store/postgres/postgres-store.ts";
import { SEED_ID } from "../../../src/seed-db.ts";
import { killHard, startServer } from "../../durability/server-process.ts";
import { setUpFirstAdmin } from "../../helpers/session-client.ts";
import { freshDatabase } from "./fresh-database.ts";

const postgres = inject("postgres");
const ADMIN = { username: "hind", password: "a long enough password" };

/** Two real Isnad servers on one PostgreSQL database: what a desk behind a load balancer runs. */
describe.skipIf("skip" in postgres)("two app instances on one database", { timeout: 120_000 }, () => {
  let url = "";
  let drop: () => Promise<void> = async () => undefined;
  const children: ChildProcess[] = [];
  const start = async () => {
    const server = startServer({ DATABASE_URL: url, PORT: "0", DB_FILE: join(mkdtempSync(join(tmpdir(), "isnad-unused-")), "db.json") });
    children.push(server.child);
    const started = await server.started;
    if (!("baseUrl" in started)) throw new Error(`the server did not start:\n${server.output()}`);
    return { ...server, baseUrl: started.baseUrl };
  };
  let a: Awaited<ReturnType<typeof start>>;
  let b: Awaited<ReturnType<typeof start>>;
  let session: { cookie: string; csrf: string };

  beforeAll(async () => {
    ({ url, drop } = await freshDatabase("url" in postgres ? postgres.url : "", "two"));
    [a, b] = await Promise.all([start(), start()]);
    session = await setUpFirstAdmin(a.baseUrl, ADMIN.username, ADMIN.password);
  }, 180_000);
  afterAll(async () => {
    await Promise.all(children.map(killHard));
    await drop();
  });

  const post = (baseUrl: string, path: string, form: Record<string, string>) =>
    fetch(`${baseUrl}${path}`, {
      method: "POST",
      redirect: "manual",
      headers: { cookie: session.cookie },
      body: new URLSearchParams({ ...form, _csrf: session.csrf }),
    });

  it("shares sign-ins: a session made on one instance is valid on the other", async () => {
    const page = await fetch(`${b.baseUrl}/articles`, { headers: { cookie: session.cookie }, redirect: "manual" });
    expect(page.status).toBe(200);
  });

  it("shows a save made through one instance on the other", async () => {
    const res = await post(a.baseUrl, "/articles", { title: "Bridge", language: "en", text: "The mayor said the bridge would reopen in May." });
    expect(res.status).toBe(303);
    const path = res.headers.get("location")!.split("?")[0]!;
    const page = await fetch(`${b.baseUrl}${path}`, { headers: { cookie: session.cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Bridge");
  });

  it("gives one of two reviewers saving the same claim version on different instances a 409, never a silent overwrite", async () => {
    const claims = await (await fetch(`${a.baseUrl}/api/articles/${SEED_ID}/claims`, { headers: { cookie: session.cookie } })).json();
    const claim = claims.claims?.[0] ?? claims[0];
    const form = (notes: string) => ({ version: String(claim.version), verdict: "", notes, action: "save" });
    const results = await Promise.all([
      post(a.baseUrl, `/articles/${SEED_ID}/claims/${claim.id}/review`, form("from instance A")),
      post(b.baseUrl, `/articles/${SEED_ID}/claims/${claim.id}/review`, form("from instance B")),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([303, 409]);
    const loser = results.find((r) => r.status === 409)!;
    const winner = results[0] === loser ? "from instance B" : "from instance A";
    expect(await loser.text()).toContain(winner);
  });

  it("loses no acknowledged save when an instance is killed mid-stream", async () => {
    const acked: string[] = [];
    let n = 0;
    const saver = async () => {
      for (;;) {
        const title = `kill-test ${++n}`;
        try {
          const res = await post(a.baseUrl, "/articles", { title, language: "en", text: `Save ${n}. The mayor said the bridge would reopen.` });
          if (res.status === 303) acked.push(title);
        } catch {
          return; // the instance is gone
        }
      }
    };
    const savers = [saver(), saver(), saver()];
    await delay(1500);
    await killHard(a.child);
    await Promise.all(savers);
    expect(acked.length).toBeGreaterThan(0);
    const store = await openPostgresStore(url);
    const titles = new Set((await store.listArticles()).map((r) => r.title));
    await store.close();
    expect(acked.filter((t) => !titles.has(t))).toEqual([]);
    const still = await fetch(`${b.baseUrl}/articles`, { headers: { cookie: session.cookie } });
    expect(still.status).toBe(200);
  });
});
