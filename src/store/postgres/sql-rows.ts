import type pg from "pg";

/**
 * Inserts many rows with one statement: the rows travel as one JSON parameter and PostgreSQL spreads
 * them with jsonb_to_recordset, so an import of thousands of claims is a handful of round trips.
 * `columns` maps each column to its SQL type; `conflict` is an optional ON CONFLICT clause.
 */
export async function insertRows(client: pg.ClientBase, table: string, columns: Record<string, string>, rows: readonly object[], conflict = ""): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(columns).join(", ");
  const types = Object.entries(columns)
    .map(([name, type]) => `${name} ${type}`)
    .join(", ");
  await client.query(`insert into ${table} (${names}) select ${names} from jsonb_to_recordset($1::jsonb) as x(${types}) ${conflict}`, [JSON.stringify(rows)]);
}

export const CLAIM_COLUMNS = {
  article_id: "text",
  id: "text",
  position: "integer",
  speaker: "text",
  status: "text",
  verdict: "text",
  version: "integer",
  updated_at: "timestamptz",
  record: "jsonb",
};

export const EVIDENCE_COLUMNS = { article_id: "text", claim_id: "text", position: "integer", url: "text", record: "jsonb" };

export const HISTORY_COLUMNS = { article_id: "text", claim_id: "text", position: "integer", at: "timestamptz", by: "text", action: "text", record: "jsonb" };

/** The ON CONFLICT clause that makes a claim insert an update of the stored claim. */
export const UPSERT_CLAIM = `on conflict (article_id, id) do update set ${Object.keys(CLAIM_COLUMNS)
  .filter((c) => c !== "article_id" && c !== "id")
  .map((c) => `${c} = excluded.${c}`)
  .join(", ")}`;

/** Runs `work` in a transaction on a client of its own: committed when it returns, rolled back when it throws. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("begin");
    const result = await work(client);
    await client.query("commit");
    return result;
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
