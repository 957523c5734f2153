import type { Adapter } from "lowdb";
import { DbSchema, type Db } from "../schemas/db.ts";

/**
 * The one way the app reads and writes data. Reads see the last committed state; writes go
 * through `update`, one at a time, so two requests never interleave their changes.
 */
export interface Store {
  /** The current data. Treat it as read-only: change data only through `update`. */
  read(): Db;
  /**
   * Runs `fn` on a copy of the data, validates the result against the schema and writes it;
   * only then does `read` see it. If `fn` throws, nothing is written and the error is passed on.
   * Calls are queued: each sees the previous one's result.
   */
  update<T>(fn: (draft: Db) => T): Promise<T>;
}

/**
 * A store over a lowdb adapter (lowdb's Low adds nothing here: this keeps the committed data itself,
 * so a failed write leaves it unchanged). When the adapter holds nothing yet, `initial()` is validated and
 * written first (the first start). The adapter's `read` is expected to validate what it loads.
 */
export async function createStore(adapter: Adapter<Db>, initial: () => Db): Promise<Store> {
  const loaded = await adapter.read();
  let data = loaded ?? DbSchema.parse(initial());
  if (!loaded) await adapter.write(data);
  let queue: Promise<unknown> = Promise.resolve();

  const commit = async <T>(fn: (draft: Db) => T): Promise<T> => {
    const draft = structuredClone(data);
    const result = fn(draft);
    const next = DbSchema.parse(draft);
    await adapter.write(next);
    data = next;
    return result;
  };

  return {
    read: () => data,
    update<T>(fn: (draft: Db) => T): Promise<T> {
      const run = queue.then(() => commit(fn));
      queue = run.catch(() => undefined);
      return run;
    },
  };
}
