import { initialSchema } from "./0001-initial-schema.ts";

/** A versioned schema change. Never edit one that has shipped: add the next. */
export interface Migration {
  id: number;
  name: string;
  sql: string;
}

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = [initialSchema];
