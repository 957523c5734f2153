import { z } from "zod";
import { ArticleSchema } from "./article.ts";

/** The store format this code reads and writes. Bump it (and add a migration) when the shape changes. */
export const SCHEMA_VERSION = 1 as const;

/** Everything Isnad stores: one JSON document. */
export const DbSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION, {
      error: (issue) => `schemaVersion ${JSON.stringify(issue.input)} is not supported (this Isnad reads ${SCHEMA_VERSION})`,
    }),
    articles: z.array(ArticleSchema),
  })
  .superRefine((db, ctx) => {
    const ids = new Set<string>();
    db.articles.forEach((a, i) => {
      if (ids.has(a.id)) ctx.addIssue({ code: "custom", message: `duplicate article id ${a.id}`, path: ["articles", i, "id"] });
      ids.add(a.id);
    });
  });

export type Db = z.infer<typeof DbSchema>;

/** A store with no articles. */
export function emptyDb(): Db {
  return { schemaVersion: SCHEMA_VERSION, articles: [] };
}
