import { z } from "zod";
import { ArticleSummarySchema } from "./article-summary.ts";
import { UsersSchema } from "./db.ts";
import { SettingsSchema } from "./settings.ts";

/**
 * One line of the index journal (db.json.journal): the changes of db.json made by one group of
 * saves, appended instead of rewriting db.json. `seq` numbers entries across the store's life
 * (db.json's journalSeq says which it already holds); `at` is the indexedAt the entry makes true.
 * Rows replace the row with the same id (or are appended, in order); users and settings replace
 * the whole list or object.
 */
export const JournalEntrySchema = z.object({
  seq: z.number().int().positive(),
  at: z.number().int().nonnegative(),
  rows: z.array(ArticleSummarySchema).optional(),
  users: UsersSchema.optional(),
  settings: SettingsSchema.optional(),
});

export type JournalEntry = z.infer<typeof JournalEntrySchema>;
