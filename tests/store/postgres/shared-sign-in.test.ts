import pg from "pg";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from "vitest";
import { createApp } from "../../../src/http/create-app.ts";
import { createMemoryStore } from "../../../src/store/memory-store.ts";
import { postgresSignInCounters } from "../../../src/http/auth/postgres-sign-in-counters.ts";
import { migrate } from "../../../src/store/postgres/migrate.ts";
import { addAccount, csrfIn, TEST_PASSWORD } from "../../helpers/session-client.ts";
import { freshDatabase } from "./fresh-database.ts";

const postgres = inject("postgres");

/** Two app instances on one store and one database, as behind a load balancer; each records its sign-in waits. */
async function twoInstances(url: string, limits: { perAccount: number; perAddress: number; windowMinutes: number }) {
  const store = await createMemoryStore();
  await addAccount(store, "Salma", "reviewer");
  const pool = new pg.Pool({ connectionString: url });
  pool.on("error", () => undefined);
  await pool.query("truncate sign_in_failures"); // each test starts with no failures counted
  const waits: number[] = [];
  const instance = () =>
    createApp({
      store,
      passwordCost: { N: 1024, r: 8, p: 1 },
      signInLimits: limits,
      sleep: async (ms) => void waits.push(ms),
      sharedSignInCounters: postgresSignInCounters(pool),
    });
  return { a: instance(), b: instance(), waits, pool };
}

async function attempt(app: ReturnType<typeof createApp>, password: string) {
  const agent = request.agent(app);
  const login = await agent.get("/login").expect(200);
  return agent
    .post("/login")
    .type("form")
    .send({ username: "Salma", password, _csrf: csrfIn(login.text) });
}

describe.skipIf("skip" in postgres)("sign-in failures shared by app instances on one database", () => {
  let url = "";
  let drop: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    ({ url, drop } = await freshDatabase("url" in postgres ? postgres.url : "", "signin"));
    const pool = new pg.Pool({ connectionString: url });
    await migrate(pool);
    await pool.end();
  });
  afterAll(() => drop());

  it("slows an account down on one instance for failures made on the other, and the right password still gets in", async () => {
    const { a, b, waits, pool } = await twoInstances(url, { perAccount: 2, perAddress: 100, windowMinutes: 15 });
    onTestFinished(() => pool.end());
    for (let i = 0; i < 3; i++) expect((await attempt(a, `guess ${i}`)).status).toBe(401);
    expect(waits).toEqual([1000]);
    expect((await attempt(b, "guess 3")).status).toBe(401);
    expect(waits).toEqual([1000, 2000]);
    expect((await attempt(b, TEST_PASSWORD)).status).toBe(303);
    expect(waits).toEqual([1000, 2000, 4000]);
    expect((await attempt(a, TEST_PASSWORD)).status).toBe(303); // a success forgot the failures for both
    expect(waits).toEqual([1000, 2000, 4000]);
  });

  it("stops an address on one instance after the failures it made on the other", async () => {
    const { a, b, pool } = await twoInstances(url, { perAccount: 100, perAddress: 3, windowMinutes: 10 });
    onTestFinished(() => pool.end());
    for (let i = 0; i < 3; i++) expect((await attempt(i % 2 ? a : b, `guess ${i}`)).status).toBe(401);
    expect((await attempt(b, TEST_PASSWORD)).status).toBe(429);
    expect((await attempt(a, TEST_PASSWORD)).status).toBe(429);
  });
});
