import pg from "pg";
import { describe, expect, inject, it } from "vitest";

const postgres = inject("postgres");

describe.skipIf("skip" in postgres)("the test PostgreSQL", () => {
  it("answers a query", async () => {
    const client = new pg.Client({ connectionString: "url" in postgres ? postgres.url : "" });
    await client.connect();
    try {
      expect((await client.query("select 1 + 1 as two")).rows[0]).toEqual({ two: 2 });
    } finally {
      await client.end();
    }
  });
});
