import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrate } from "../../../src/store/postgres/migrate.ts";
import { MIGRATIONS } from "../../../src/store/postgres/migrations/index.ts";

const postgres = inject("postgres");

describe.skipIf("skip" in postgres)("migrations", () => {
  let admin: pg.Pool;
  const schema = `migrate_${process.pid}`;
  let pool: pg.Pool;

  beforeAll(async () => {
    const url = "url" in postgres ? postgres.url : "";
    admin = new pg.Pool({ connectionString: url });
    await admin.query(`create schema ${schema}`);
    pool = new pg.Pool({ connectionString: url, options: `-c search_path=${schema}` });
  });
  afterAll(async () => {
    await pool.end();
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  });

  it("applies every migration once, in order, and records it", async () => {
    expect(await migrate(pool)).toEqual(MIGRATIONS.map((m) => m.id));
    expect(await migrate(pool)).toEqual([]);
    const { rows } = await pool.query("select id from schema_migrations order by id");
    expect(rows.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
  });

  it("leaves nothing behind when a migration fails, and names it", async () => {
    const broken = [...MIGRATIONS, { id: 999, name: "broken", sql: "create table half_done (x int); select no_such_function();" }];
    await expect(migrate(pool, broken)).rejects.toThrow(/migration 999 \(broken\) failed/);
    const { rows } = await pool.query("select to_regclass('half_done') as t, (select count(*) from schema_migrations where id = 999)::int as n");
    expect(rows[0]).toEqual({ t: null, n: 0 });
  });

  it("lets two instances start at once: each migration is applied exactly once", async () => {
    const other = `${schema}_b`;
    await admin.query(`create schema ${other}`);
    const pools = [1, 2].map(() => new pg.Pool({ connectionString: "url" in postgres ? postgres.url : "", options: `-c search_path=${other}` }));
    try {
      const results = await Promise.all(pools.map((p) => migrate(p)));
      expect(results.flat().sort()).toEqual(MIGRATIONS.map((m) => m.id));
    } finally {
      await Promise.all(pools.map((p) => p.end()));
      await admin.query(`drop schema ${other} cascade`);
    }
  });
});
