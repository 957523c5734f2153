import type pg from "pg";
import { MIGRATIONS, type Migration } from "./migrations/index.ts";

/** Any pg-compatible queryable: a pool or a client. */
type Queryable = Pick<pg.Pool, "connect">;

/** An arbitrary but fixed key: two instances starting at once take turns applying migrations. */
const MIGRATION_LOCK = 4_711_2026;

/**
 * Brings the database schema up to date: applies, in order and each in its own transaction, every
 * migration not yet recorded in `schema_migrations`. Returns the ids it applied.
 */
export async function migrate(pool: Queryable, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const client = await pool.connect();
  const applied: number[] = [];
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query(
      "create table if not exists schema_migrations (id integer primary key, name text not null, applied_at timestamptz not null default now())",
    );
    const done = new Set((await client.query<{ id: number }>("select id from schema_migrations")).rows.map((row) => row.id));
    for (const migration of migrations) {
      if (done.has(migration.id)) continue;
      await client.query("begin");
      try {
        await client.query(migration.sql);
        await client.query("insert into schema_migrations (id, name) values ($1, $2)", [migration.id, migration.name]);
        await client.query("commit");
      } catch (error) {
        await client.query("rollback");
        throw new Error(`migration ${migration.id} (${migration.name}) failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      applied.push(migration.id);
    }
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
  return applied;
}
