import type { ClientRateLimitInfo, Store as RateLimitStore } from "express-rate-limit";
import pg from "pg";
import { slowDownDelay, type SlowDownLimits } from "../../auth/sign-in-throttle.ts";
import type { SharedSignInCounters } from "../app-deps.ts";

const { Pool: PgPool } = pg;

/**
 * Failed sign-ins in the `sign_in_failures` table, so every app instance on the database counts the
 * same failures: the per-account slow-down (keys `account:NAME`) and the per-address limit
 * (express-rate-limit's store, keys `address:IP`). Times are the database's, one clock for all.
 */
export function postgresSignInCounters(pool: pg.Pool): SharedSignInCounters {
  const count = async (key: string, windowMs: number) => {
    const { rows } = await pool.query<{ n: number; first: Date | null }>(
      "select count(*)::int as n, min(at) as first from sign_in_failures where key = $1 and at > now() - make_interval(secs => $2)",
      [key, windowMs / 1000],
    );
    return rows[0]!;
  };
  const add = async (key: string, windowMs: number) => {
    await pool.query("delete from sign_in_failures where key = $1 and at <= now() - make_interval(secs => $2)", [key, windowMs / 1000]);
    await pool.query("insert into sign_in_failures (key, at) values ($1, now())", [key]);
  };
  const clear = async (key: string) => void (await pool.query("delete from sign_in_failures where key = $1", [key]));

  return {
    accounts: (limits: SlowDownLimits) => ({
      delayFor: async (name) => slowDownDelay(limits, (await count(`account:${name}`, limits.windowMs)).n),
      fail: (name) => add(`account:${name}`, limits.windowMs),
      succeed: (name) => clear(`account:${name}`),
    }),
    addresses: (windowMs: number): RateLimitStore => ({
      prefix: "address:",
      localKeys: false,
      async increment(key): Promise<ClientRateLimitInfo> {
        await add(`address:${key}`, windowMs);
        const { n, first } = await count(`address:${key}`, windowMs);
        return { totalHits: n, resetTime: new Date((first ?? new Date()).getTime() + windowMs) };
      },
      async decrement(key) {
        await pool.query("delete from sign_in_failures where ctid in (select ctid from sign_in_failures where key = $1 order by at desc limit 1)", [
          `address:${key}`,
        ]);
      },
      resetKey: (key) => clear(`address:${key}`),
    }),
  };
}

/** The shared counters on a small pool of their own (it lives as long as the server). */
export function openPostgresSignInCounters(url: string): SharedSignInCounters {
  const pool = new PgPool({ connectionString: url, max: 4 });
  pool.on("error", () => undefined); // an idle client's lost connection; the next query reconnects
  return postgresSignInCounters(pool);
}
