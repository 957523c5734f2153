import { Memory } from "lowdb";
import { emptyDb, type Db } from "../schemas/db.ts";
import { createStore, type Store } from "./store.ts";

/** A store kept in memory (for tests), starting from `db` (empty by default). */
export function createMemoryStore(db: Db = emptyDb()): Promise<Store> {
  return createStore(new Memory<Db>(), () => db);
}
