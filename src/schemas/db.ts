import { z } from "zod";
import { ArticleSummarySchema } from "./article-summary.ts";
import { SettingsSchema } from "./settings.ts";
import { duplicateUsernames } from "./snapshot.ts";
import { UserSchema, type User } from "./user.ts";

/**
 * The store format this code reads and writes. 1: one db.json with everything (migrated on start);
 * 2: db.json holds accounts, settings and the article index, each article is its own document.
 */
export const SCHEMA_VERSION = 2 as const;

/** The accounts of db.json: valid each, no two with the same name. */
export const UsersSchema = z.array(UserSchema).superRefine((users, ctx) => {
  duplicateUsernames(users).forEach((i) => ctx.addIssue({ code: "custom", message: `duplicate username ${users[i]!.username}`, path: [i, "username"] }));
});

/** db.json: accounts, settings and the article index (one row per article document, in import order). */
export const DbSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION, {
      error: (issue) => `schemaVersion ${JSON.stringify(issue.input)} is not supported (this Isnad reads ${SCHEMA_VERSION}, and migrates 1)`,
    }),
    articles: z.array(ArticleSummarySchema),
    users: UsersSchema,
    settings: SettingsSchema,
    /**
     * When the index was taken (ms since 1970): every article document written before it has its
     * row here. Documents modified since are read again at start (a stop between the two writes).
     */
    indexedAt: z.number().int().nonnegative().optional(),
    /** The last entry of the index journal (db.json.journal) that this file already holds; later entries are replayed on start. */
    journalSeq: z.number().int().nonnegative().optional(),
  })
  .superRefine((db, ctx) => {
    const ids = new Set<string>();
    db.articles.forEach((a, i) => {
      if (ids.has(a.id)) ctx.addIssue({ code: "custom", message: `duplicate article id ${a.id}`, path: ["articles", i, "id"] });
      ids.add(a.id);
    });
  });

export type Db = z.infer<typeof DbSchema>;
export type Users = User[];

/** db.json of a store with no articles and no accounts. */
export function emptyDb(): Db {
  return { schemaVersion: SCHEMA_VERSION, articles: [], users: [], settings: { allowedImportHosts: [] } };
}
