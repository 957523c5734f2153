import { z } from "zod";
import { ArticleSchema } from "./article.ts";
import { SettingsSchema } from "./settings.ts";
import { UserSchema, usernameKey } from "./user.ts";

/** The store format this code reads and writes. Bump it (and add a migration) when the shape changes. */
export const SCHEMA_VERSION = 1 as const;

/** Everything Isnad stores: one JSON document. */
export const DbSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION, {
      error: (issue) => `schemaVersion ${JSON.stringify(issue.input)} is not supported (this Isnad reads ${SCHEMA_VERSION})`,
    }),
    articles: z.array(ArticleSchema),
    /** Accounts; a store written before accounts existed has none (the first start shows the setup page). */
    users: z.array(UserSchema).default([]),
    /** Desk settings; a store written before settings existed has the defaults. */
    settings: SettingsSchema.default({ allowedImportHosts: [] }),
  })
  .superRefine((db, ctx) => {
    const ids = new Set<string>();
    db.articles.forEach((a, i) => {
      if (ids.has(a.id)) ctx.addIssue({ code: "custom", message: `duplicate article id ${a.id}`, path: ["articles", i, "id"] });
      ids.add(a.id);
    });
    const names = new Set<string>();
    db.users.forEach((u, i) => {
      const key = usernameKey(u.username);
      if (names.has(key)) ctx.addIssue({ code: "custom", message: `duplicate username ${u.username}`, path: ["users", i, "username"] });
      names.add(key);
    });
  });

export type Db = z.infer<typeof DbSchema>;
/** A store document as written before validation fills in defaults (`users` may be missing). */
export type DbInput = z.input<typeof DbSchema>;

/** A store with no articles and no accounts. */
export function emptyDb(): Db {
  return { schemaVersion: SCHEMA_VERSION, articles: [], users: [], settings: { allowedImportHosts: [] } };
}
