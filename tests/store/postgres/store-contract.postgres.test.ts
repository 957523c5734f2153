import pg from "pg";
import { afterAll, beforeAll, describe, inject, it } from "vitest";
import { SnapshotSchema } from "../../../src/schemas/snapshot.ts";
import { openPostgresStore } from "../../../src/store/postgres/postgres-store.ts";
import { storeContract } from "../store-contract.ts";
import { freshDatabase } from "./fresh-database.ts";

const postgres = inject("postgres");

if ("skip" in postgres) {
  describe.skip(`postgres store contract (${postgres.skip})`, () => it("needs PostgreSQL", () => undefined));
} else {
  let url = "";
  let drop: () => Promise<void> = async () => undefined;
  beforeAll(async () => ({ url, drop } = await freshDatabase(postgres.url, "contract")));
  afterAll(() => drop());

  storeContract("postgres", {
    async open(snapshot = {}) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query("drop table if exists settings, accounts, articles, claims, evidence, history, sign_in_failures, secrets, schema_migrations cascade");
      await admin.end();
      const initial = SnapshotSchema.parse({ schemaVersion: 1, articles: [], ...snapshot });
      const store = await openPostgresStore(url, { seed: () => initial });
      return Object.assign(store, { reopen: () => openPostgresStore(url) });
    },
  });
}
