import { z } from "zod";
import { ArticleSchema } from "./article.ts";
import { SettingsSchema } from "./settings.ts";
import { UserSchema, usernameKey } from "./user.ts";

/** The format of a whole workspace written as one JSON document: the store before format 2, and the seed. */
export const SNAPSHOT_VERSION = 1 as const;

/**
 * Everything Isnad stores, in one document: articles with their claims, accounts and settings.
 * It was the store file itself up to format 1 (db.json with everything in it); it is now what a new
 * store starts from and what a format-1 store is migrated from.
 */
export const SnapshotSchema = z
  .object({
    schemaVersion: z.literal(SNAPSHOT_VERSION, {
      error: (issue) => `schemaVersion ${JSON.stringify(issue.input)} is not supported (expected ${SNAPSHOT_VERSION})`,
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
    duplicateUsernames(db.users).forEach((i) =>
      ctx.addIssue({ code: "custom", message: `duplicate username ${db.users[i]!.username}`, path: ["users", i, "username"] }),
    );
  });

export type Snapshot = z.infer<typeof SnapshotSchema>;
/** A snapshot as written before validation fills in defaults (`users` may be missing). */
export type SnapshotInput = z.input<typeof SnapshotSchema>;

/** A workspace with no articles and no accounts. */
export function emptySnapshot(): Snapshot {
  return { schemaVersion: SNAPSHOT_VERSION, articles: [], users: [], settings: { allowedImportHosts: [] } };
}

/** Positions of accounts whose name (compared as usernameKey) an earlier account already has. */
export function duplicateUsernames(users: readonly { username: string }[]): number[] {
  const seen = new Set<string>();
  const dups: number[] = [];
  users.forEach((u, i) => {
    const key = usernameKey(u.username);
    if (seen.has(key)) dups.push(i);
    seen.add(key);
  });
  return dups;
}
