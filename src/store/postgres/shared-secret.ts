import { randomBytes } from "node:crypto";
import pg from "pg";
import { migrate } from "./migrate.ts";

/**
 * A secret every instance on the database shares (the session-signing key when SESSION_SECRET is not
 * set): the first instance to ask makes it, the others read the same one.
 */
export async function sharedSecret(url: string, name: string): Promise<string> {
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    await migrate(pool);
    await pool.query("insert into secrets (name, value) values ($1, $2) on conflict (name) do nothing", [name, randomBytes(32).toString("hex")]);
    const { rows } = await pool.query<{ value: string }>("select value from secrets where name = $1", [name]);
    return rows[0]!.value;
  } finally {
    await pool.end();
  }
}
